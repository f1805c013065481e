// Search benchmark in Chromium (run `npm run build` first): npm run bench:search
// For each query, in a fresh browser context (cold cache): bytes fetched from the first keystroke to the first
// results shown, and the time it took; plus the index size on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveSite } from '../../tests/support/static-server.ts';
import { formatBytes, formatNumber } from '../../src/lib/site/format.ts';

const dist = process.argv[2] ?? 'dist';
const queries = ['ngan sach', 'đảng viên', 'chuyen doi so', '14-CTr/TU', 'Phạm Công Quân'];

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = sizeOf(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const server = await serveSite(dist, '/');
const browser = await launchBrowser();
/** Bytes on the wire with gzip, as a web server sends them: Pagefind's index files are gzip already. */
function wireBytes(url: string): number {
  const file = join(dist, new URL(url).pathname);
  const body = readFileSync(file);
  return /\.(pf_\w+|pagefind)$/.test(file) ? body.length : gzipSync(body, { level: 6 }).length;
}

console.log('| query | fetched after the first keystroke (gzip) | requests | time to first results |');
console.log('|---|---:|---:|---:|');
for (const query of queries) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.url('tim-kiem/'));
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  let requests = 0;
  const seen: string[] = [];
  // Pagefind fetches from a worker too; the context sees those requests.
  context.on('requestfinished', (r) => { if (r.url().startsWith(server.origin)) { seen.push(r.url()); bytes += wireBytes(r.url()); requests += 1; } });
  const started = performance.now();
  await page.locator('#q').pressSequentially(query, { delay: 0 });
  await page.waitForSelector('[data-search-results] li', { timeout: 20_000 });
  const ms = performance.now() - started;
  console.log(`| ${query} | ${formatBytes(bytes)} | ${requests} | ${formatNumber(Math.round(ms))} ms |`);
  if (process.env.VERBOSE) console.log(seen.map((u) => `    ${new URL(u).pathname} ${wireBytes(u)}`).join("\n"));
  await context.close();
}
await browser.close();
await server.close();

const index = sizeOf(join(dist, 'pagefind'));
const data = ['index', 'fragment'].map((d) => sizeOf(join(dist, 'pagefind', d)));
console.log(`\nIndex on disk: ${formatBytes(index.bytes)} in ${index.files} files (word index ${formatBytes(data[0]!.bytes)}, page fragments ${formatBytes(data[1]!.bytes)}).`);
