// The build's PDF step for the handouts (src/lib/channels/handout-pdf.ts), without a browser: the placeholder a page
// carries until a PDF exists, the link it becomes, the page count of a PDF, where Chromium is looked for, and the one
// line of information the build prints, also when Chromium is missing (then nothing changes). Printing with
// Chromium is tested on the built site (tests/site/handouts.test.ts).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chromiumPath, countPdfPages, DEFAULT_CHROMIUM, handoutPdfLine, handoutPdfStep, linkHandoutPdf, makeHandoutPdfs, pdfKb, pdfPlaceholders,
} from '../../../src/lib/channels/handout-pdf.ts';

const CLASS = 'inline-flex min-h-11 items-center';
const placeholder = (path: string) => `<a class="${CLASS}" data-handout-pdf="${path}" hidden>Tải tờ tin (PDF)</a>`;
const page = (...paths: string[]) => `<!doctype html><html lang="vi"><body><main><div data-handout-tools>${paths.map(placeholder).join('')}</div><section data-handout>Tờ tin</section></main></body></html>`;

const dirs: string[] = [];
const tempSite = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'to-tin-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the PDF link placeholder', () => {
  it('is found on a built page while it has no address', () => {
    expect(pdfPlaceholders(page('/to-tin/nhom-1-a.pdf'))).toEqual(['/to-tin/nhom-1-a.pdf']);
    expect(pdfPlaceholders(page('/tuyen-truyen/to-tin/chi-tieu-b.pdf', '/tuyen-truyen/to-tin/nhom-2-c.pdf'))).toHaveLength(2);
    expect(pdfPlaceholders('<a href="/x/">Tải</a>')).toEqual([]);
  });

  it('becomes a shown link to the PDF, with its size, and only the one named', () => {
    const html = page('/to-tin/nhom-1-a.pdf', '/to-tin/nhom-2-b.pdf');
    const linked = linkHandoutPdf(html, '/to-tin/nhom-1-a.pdf', 61_000);
    expect(linked).toContain(`<a class="${CLASS}" data-handout-pdf="/to-tin/nhom-1-a.pdf" href="/to-tin/nhom-1-a.pdf" type="application/pdf" download>Tải tờ tin (PDF, 60 KB)</a>`);
    // The other placeholder is untouched; the linked one is no longer a placeholder.
    expect(pdfPlaceholders(linked)).toEqual(['/to-tin/nhom-2-b.pdf']);
    expect(linked.replace(/<a [^>]*nhom-1-a[^>]*>[^<]*<\/a>/, '')).toBe(html.replace(placeholder('/to-tin/nhom-1-a.pdf'), ''));
  });

  it('says a size of at least 1 KB', () => {
    expect(pdfKb(100)).toBe(1);
    expect(pdfKb(1536)).toBe(2);
  });
});

describe('a PDF\'s pages', () => {
  it('are its page objects, not its page tree', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >>\n2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n%%EOF', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
    expect(countPdfPages(Buffer.from('%PDF-1.4 /Type /Pages'))).toBe(0);
  });
});

describe('Chromium', () => {
  it('is CHROMIUM_PATH when set, else Debian\'s /usr/bin/chromium, and missing when that file is not there', () => {
    const there = (p: string) => p === '/opt/chrome' || p === DEFAULT_CHROMIUM;
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome' }, there)).toBe('/opt/chrome');
    expect(chromiumPath({}, there)).toBe(DEFAULT_CHROMIUM);
    expect(chromiumPath({ CHROMIUM_PATH: ' ' }, there)).toBe(DEFAULT_CHROMIUM);
    expect(chromiumPath({ CHROMIUM_PATH: '/nowhere' }, there)).toBeUndefined();
    expect(chromiumPath({}, () => false)).toBeUndefined();
  });
});

describe('the build\'s one line', () => {
  const notWarning = (line: string) => {
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/\bWARN\b|warning|error|lỗi/i);
    expect(line.startsWith('Tờ tin PDF: ')).toBe(true);
  };

  it('without Chromium: one line of information; no PDF is written and no page links one', async () => {
    const dir = tempSite({ 'nhiem-vu/a/index.html': page('/to-tin/nhom-1-a.pdf'), 'index.html': '<!doctype html><p>Trang chủ</p>' });
    const before = readFileSync(join(dir, 'nhiem-vu/a/index.html'), 'utf8');
    const result = await makeHandoutPdfs(dir, '/', { env: { CHROMIUM_PATH: join(dir, 'khong-co-chromium') } });
    expect(result.made).toEqual([]);
    expect(result.skipped).toBe(`không có Chromium (${join(dir, 'khong-co-chromium')})`);
    const line = handoutPdfLine(result);
    notWarning(line);
    expect(line).toContain('CHROMIUM_PATH');
    expect(line).toContain('"In tờ tin"');
    expect(readFileSync(join(dir, 'nhiem-vu/a/index.html'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'to-tin'))).toBe(false);
    // The step as the build calls it: one line, never a throw.
    notWarning(await handoutPdfStep(dir, { CHROMIUM_PATH: join(dir, 'khong-co-chromium') }));
  });

  it('with PDFs made: how many, how big and how long', () => {
    const made = [{ page: 'a', pdf: '/to-tin/a.pdf', bytes: 600_000, pages: 1 }, { page: 'b', pdf: '/to-tin/b.pdf', bytes: 448_576, pages: 2 }];
    const line = handoutPdfLine({ made, seconds: 12.4 });
    notWarning(line);
    expect(line).toBe('Tờ tin PDF: 2 tệp, 1 MB, 12 giây.');
    expect(handoutPdfLine({ made: made.slice(0, 1), seconds: 3, skipped: 'Chromium dừng giữa chừng (x)' }))
      .toBe('Tờ tin PDF: 1 tệp, 0,6 MB, 3 giây; Chromium dừng giữa chừng (x), các trang còn lại không ghi liên kết PDF.');
  });

  it('a site without handouts needs no Chromium and changes nothing', async () => {
    const dir = tempSite({ 'index.html': '<!doctype html><p>Trang chủ</p>' });
    const result = await makeHandoutPdfs(dir, '/', { env: { CHROMIUM_PATH: '/nowhere' } });
    expect(result.made).toEqual([]);
    expect(result.skipped).toBeUndefined();
  });
});
