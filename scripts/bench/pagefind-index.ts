// Indexes a built site with Pagefind's Node API, as the build integration (src/lib/search/index-integration.ts)
// does, into another folder: node scripts/bench/pagefind-index.ts <site-dir> <out-dir>. Stage (c) of bench:scale.
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

const [site, out] = process.argv.slice(2);
if (!site || !out) throw new Error('Usage: node scripts/bench/pagefind-index.ts <site-dir> <out-dir>');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// close() kills Pagefind's binary but does not wait for it (the child is unref'd). Wait until Node has reaped
// it, so the time, CPU and memory measured around this process include the binary's.
const children = () => readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim();
for (let waited = 0; children() && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
console.log(`Pagefind: ${added.page_count} pages`);
