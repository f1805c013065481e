// What the search index reads of a built page. Pagefind keeps apart only the text of elements it knows as blocks
// (p, li, div, td, headings, article, section); the text of any other neighbours runs together, and Astro's
// compressHTML drops the line breaks between elements written on separate lines. So "<dt>Tiến độ</dt><dd>Triển
// khai…" indexed as "Tiến độTriển khai", "<span>hằng năm</span><span>Phường…" as "nămPhường", in the index and in
// the excerpts. A space between a closing tag and the next opening tag keeps words apart; the page served is not
// changed. Text that touches a tag ("<strong>5</strong>%") stays as it is.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** "…</dt><dd>…" → "…</dt> <dd>…", everywhere in the page. */
export function spaceBetweenElements(html: string): string {
  return html.replace(/(<\/[a-z][\w-]*\s*>)(?=<[a-z])/gi, '$1 ');
}

/** Every .html file under a built site, as a path relative to it with "/" separators ("van-ban/x/index.html"). */
export function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(site, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}
