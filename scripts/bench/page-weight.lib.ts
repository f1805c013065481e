// First-visit weight of a built page: the HTML and everything it pulls in (CSS, JS, fonts, icons), compressed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Resource { path: string; kind: ResourceKind; raw: number; gzip: number; brotli: number }
export interface PageWeight {
  page: string;
  resources: Resource[];
  total: Record<'raw' | 'gzip' | 'brotli', number>;
  byKind: Record<ResourceKind, number>;
  /** All the page's CSS, inlined <style> blocks and stylesheet files together, gzip. */
  cssGzip: number;
}

const KB = 1024;
/** The one budget table, first visit, gzip: the page-weight test enforces it and BENCHMARKS.md shows it. */
export const BUDGETS = {
  /** The longest document page (seed 003). */
  // 23 KB before the link-preview tags, structured data and share bar that every document page now carries (1,4 KB
  // after trimming: the share island loads on first use, the QR code only when opened) and the CSS of the figures'
  // kind and qualifier components (1,1 KB, on every page), and the Content-Security-Policy meta tag with its SHA-256
  // hashes of every script and style (about 1 KB: hashes do not compress).
  longestDocument: { page: 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/', bytes: 25.75 * KB },
  /** Any page without a chart. */
  pageWithoutChart: 30 * KB,
  /** A page's CSS. */
  css: 6.5 * KB,
  /** The one JavaScript file a page without a chart may load (the search page's island). */
  islandJs: 4 * KB,
} as const;

function kindOf(path: string): ResourceKind {
  if (/\.html?$/.test(path) || path.endsWith('/')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(svg|png|jpe?g|webp|avif|ico)$/.test(path)) return 'image';
  return 'other';
}

function measure(path: string, bytes: Buffer): Resource {
  return {
    path,
    kind: kindOf(path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** `page` is a site path ("van-ban/x/"); `base` is the path the site was built under. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const file = join(dist, page.endsWith('.html') ? page : `${page}index.html`);
  const html = readFileSync(file);
  const resources: Resource[] = [measure(`/${page}`, html)];
  const seen = new Set<string>();
  const add = (ref: string) => {
    if (!ref.startsWith(base) || seen.has(ref)) return;
    seen.add(ref);
    const local = join(dist, ref.slice(base.length).split(/[?#]/)[0]!);
    if (!existsSync(local)) return;
    const bytes = readFileSync(local);
    resources.push(measure(ref, bytes));
    if (ref.endsWith('.css')) cssUrls(bytes.toString('utf8')).forEach(add);
    // A module's static imports load with it (a dynamic import() loads on use, so it is not counted).
    if (/\.m?js$/.test(ref)) staticImports(bytes.toString('utf8')).forEach((spec) => add(new URL(spec, `http://x${ref}`).pathname));
  };
  const doc = parse(html.toString('utf8'));
  for (const el of doc.querySelectorAll('link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=modulepreload]')) add(el.getAttribute('href')!);
  // A lazy image (the share bar's QR code, in a closed box) loads only when it is shown.
  for (const el of doc.querySelectorAll('script[src], img[src]:not([loading=lazy])')) add(el.getAttribute('src')!);
  const inlineCss = doc.querySelectorAll('style').map((el) => el.textContent).join('\n');
  cssUrls(inlineCss).forEach(add);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const byKind = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 } as Record<ResourceKind, number>;
  for (const r of resources) {
    total.raw += r.raw; total.gzip += r.gzip; total.brotli += r.brotli;
    byKind[r.kind] += r.gzip;
  }
  const cssFiles = resources.filter((r) => r.kind === 'css').map((r) => readFileSync(join(dist, r.path.slice(base.length))).toString('utf8'));
  const cssGzip = gzipSync(Buffer.from([inlineCss, ...cssFiles].join('\n')), { level: 9 }).length;
  return { page, resources, total, byKind, cssGzip };
}

function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*,\s]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => m[1]!);
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:'));
}
