// Page weight of every built page (run `npm run build` first): npm run bench:weight
import { builtPages } from '../../tests/support/site-files.ts';
import { formatBytes } from '../../src/lib/site/format.ts';
import { BUDGETS, pageWeight } from './page-weight.lib.ts';

const dist = process.argv[2] ?? 'dist';
const rows = builtPages(dist).map((p) => pageWeight(dist, p));
const kb = (n: number) => formatBytes(n);
console.log(`Budget (gzip): seed-003 document ≤ ${kb(BUDGETS.longestDocument.bytes)}; a page without a chart ≤ ${kb(BUDGETS.pageWithoutChart)}; CSS ≤ ${kb(BUDGETS.css)}.\n`);
console.log('| page | HTML (with inline CSS) | of which CSS | JS | fonts | images | total gzip | total brotli | raw |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const k = r.byKind;
  console.log(`| /${r.page} | ${kb(k.html + k.css)} | ${kb(r.cssGzip)} | ${kb(k.js)} | ${kb(k.font)} | ${kb(k.image)} | ${kb(r.total.gzip)} | ${kb(r.total.brotli)} | ${kb(r.total.raw)} |`);
}
