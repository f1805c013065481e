// Compares the visible text of two builds page by page, to prove that a restructure changed no words:
//   npm run compare:text -- <dist-before> <dist-after>
// Exit 0 when every page reads the same, 1 otherwise (with the first difference of each page).
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages } from '../tests/support/site-files.ts';

/** What a reader sees: the text of <body> without scripts, styles and templates, whitespace collapsed. */
export function visibleText(html: string): string {
  const root = parse(html);
  const body = root.querySelector('body') ?? root;
  body.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
  return body.textContent.replace(/\s+/g, ' ').trim();
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `  trước: …${a.slice(from, i + 80)}…\n  sau:   …${b.slice(from, i + 80)}…`;
}

const [before, after] = process.argv.slice(2);
if (!before || !after || !existsSync(before) || !existsSync(after)) {
  console.error('Cách dùng: npm run compare:text -- <thư mục bản dựng trước> <thư mục bản dựng sau>');
  process.exit(2);
}
const read = (dist: string, page: string) => readFileSync(join(dist, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
const pagesBefore = new Set(builtPages(before));
const pagesAfter = new Set(builtPages(after));
let differences = 0;
for (const page of [...new Set([...pagesBefore, ...pagesAfter])].sort()) {
  if (!pagesAfter.has(page)) { console.log(`- /${page}: chỉ có ở bản trước`); differences++; continue; }
  if (!pagesBefore.has(page)) { console.log(`+ /${page}: chỉ có ở bản sau`); differences++; continue; }
  const a = visibleText(read(before, page));
  const b = visibleText(read(after, page));
  if (a !== b) {
    differences++;
    console.log(`≠ /${page}\n${firstDifference(a, b)}`);
  }
}
console.log(`${pagesAfter.size} trang, ${differences} trang khác nhau.`);
process.exit(differences ? 1 : 0);
