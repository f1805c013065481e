// The build's PDF step for the A4 handouts: after Astro, on the built pages. Each page with a handout carries a PDF
// link placeholder (HandoutTools.astro: <a data-handout-pdf="…" hidden>, no address). Where Chromium is, the step
// serves the built folder on 127.0.0.1, prints each such page with Chromium's own print (playwright-core page.pdf:
// A4, the print stylesheet, no header or footer), writes the PDF where the placeholder says, and only then turns the
// placeholder into a link. Where Chromium is missing, nothing changes: pages link no PDF. It never fails the build;
// it returns one line of information for the build to print.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { handoutText } from './handout.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Chromium's program: CHROMIUM_PATH, else Debian's; undefined when it is not there. */
export function chromiumPath(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const path = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM;
  return exists(path) ? path : undefined;
}

const PLACEHOLDER = /<a\b[^>]*\sdata-handout-pdf="([^"]+)"[^>]*>[^<]*<\/a>/g;

/** The PDFs a built page's placeholders ask for, as site paths under the base ("/to-tin/nhom-1-….pdf"). */
export function pdfPlaceholders(html: string): string[] {
  return [...html.matchAll(PLACEHOLDER)].filter((m) => /\shidden(?=[\s>])/.test(m[0])).map((m) => m[1]!);
}

/** The PDF's size as the link says it: whole KB, at least 1. */
export const pdfKb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** Turns the placeholder for `sitePath` into a link to the PDF, with its size; other placeholders stay as they are. */
export function linkHandoutPdf(html: string, sitePath: string, bytes: number): string {
  return html.replace(PLACEHOLDER, (tag, path: string) => {
    if (path !== sitePath) return tag;
    const open = tag.slice(0, tag.indexOf('>')).replace(/\shidden(?=\s|$)/, '');
    return `${open} href="${path}" type="application/pdf" download>${handoutText.pdfWithSize(pdfKb(bytes))}</a>`;
  });
}

/** Pages in a PDF: its page objects ("/Type /Page", not "/Pages"). */
export function countPdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** Every built HTML page (not the search index's or the scripts' folders), as paths relative to `dir`. */
function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !/^(pagefind|_astro)\//.test(p));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.json': 'application/json', '.ico': 'image/x-icon', '.xml': 'application/xml',
};

/** The built folder served under its base on 127.0.0.1, as the portal would serve it. */
async function serve(folder: string, base: string) {
  const dir = resolve(folder);
  const server = createServer((req, res) => {
    let path = '';
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed address is a 404.
    }
    let file = path.startsWith(base) ? resolve(dir, `.${path.slice(base.length - 1)}`) : '';
    if (file && file !== dir && !file.startsWith(dir + sep)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface HandoutPdf { page: string; pdf: string; bytes: number; pages: number }

export interface HandoutPdfResult {
  /** The PDFs written and linked. */
  made: HandoutPdf[];
  /** Why none were made (no Chromium, Chromium failed), for the build's line. */
  skipped?: string | undefined;
  seconds: number;
}

export interface HandoutPdfOptions {
  env?: Record<string, string | undefined>;
  /** Per page, for loading and printing. */
  timeoutMs?: number;
}

/**
 * Prints every built page that has a handout placeholder to its PDF and links it. `base` is the site's base path
 * ("/" or "/tuyen-truyen/"), as the pages were built with.
 */
export async function makeHandoutPdfs(distDir: string, base: string, options: HandoutPdfOptions = {}): Promise<HandoutPdfResult> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const pages = htmlPages(distDir)
    .map((page) => ({ page, pdfs: pdfPlaceholders(readFileSync(join(distDir, page), 'utf8')) }))
    .filter((p) => p.pdfs.length > 0);
  if (!pages.length) return { made: [], seconds: seconds() };
  const executablePath = chromiumPath(options.env ?? process.env);
  if (!executablePath) {
    return { made: [], seconds: seconds(), skipped: `không có Chromium (${(options.env ?? process.env).CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM})` };
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { made: [], seconds: seconds(), skipped: 'thiếu gói playwright-core (chạy "npm install")' };
  }
  const made: HandoutPdf[] = [];
  const server = await serve(distDir, base);
  let browser: import('playwright-core').Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const tab = await browser.newPage();
    tab.setDefaultTimeout(options.timeoutMs ?? 30_000);
    await tab.emulateMedia({ media: 'print' });
    for (const { page, pdfs } of pages) {
      // The handout needs nothing but the page and its inline CSS: no image, no script.
      await tab.goto(`${server.origin}${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: false, printBackground: false });
      let html = readFileSync(join(distDir, page), 'utf8');
      for (const sitePath of pdfs) {
        if (!sitePath.startsWith(base)) continue;
        const file = join(distDir, sitePath.slice(base.length));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, pdf);
        html = linkHandoutPdf(html, sitePath, pdf.length);
        made.push({ page, pdf: sitePath, bytes: pdf.length, pages: countPdfPages(pdf) });
      }
      writeFileSync(join(distDir, page), html);
    }
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0]!.slice(0, 200);
    return { made, seconds: seconds(), skipped: `Chromium dừng giữa chừng (${reason})` };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
  return { made, seconds: seconds() };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** The one line the build prints about the handouts' PDFs: information, never a warning. */
export function handoutPdfLine(r: HandoutPdfResult): string {
  const time = `${Math.round(r.seconds)} giây`;
  if (r.skipped && !r.made.length) {
    return `Tờ tin PDF: ${r.skipped}, nên không tạo tệp PDF; các trang không ghi liên kết PDF, nút "${handoutText.print}" vẫn in được tờ tin. Cài gói chromium hoặc đặt CHROMIUM_PATH để có PDF.`;
  }
  const bytes = r.made.reduce((sum, p) => sum + p.bytes, 0);
  const made = `${r.made.length} tệp, ${mb(bytes)} MB, ${time}`;
  return r.skipped ? `Tờ tin PDF: ${made}; ${r.skipped}, các trang còn lại không ghi liên kết PDF.` : `Tờ tin PDF: ${made}.`;
}

/** The build's step: the base from content/site.yaml and SITE_BASE; one line to print. */
export async function handoutPdfStep(distDir: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  try {
    const { loadSiteConfig } = await import('../site/config.ts');
    return handoutPdfLine(await makeHandoutPdfs(distDir, loadSiteConfig(env).base, { env }));
  } catch (err) {
    return `Tờ tin PDF: không tạo được (${(err as Error).message.split('\n')[0]}); các trang không ghi liên kết PDF.`;
  }
}
