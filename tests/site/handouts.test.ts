// The A4 handouts ("tờ tin") of the built site, in Chromium: printing a task-group page gives exactly one A4 page,
// a target-set page at most two, with nothing of the site around the handout; the handout holds the page's title,
// the emphasis points word for word and the figures, black on white, no text under 10 pt, and a QR code that
// decodes to the page's address. The "In tờ tin" button prints; without JavaScript it is hidden. The build's PDF
// step made a PDF of each handout, linked from its page (under the sub-path too); a page links only a PDF that
// exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import jsQR from 'jsqr';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages } from '../support/site-files.ts';
import { BASE_DIST, SITE_DIST, SUB_PATH } from '../support/paths.ts';
import { countPdfPages } from '../../src/lib/channels/handout-pdf.ts';

const pages = builtPages(SITE_DIST);
const groupPages = pages.filter((p) => /^nhiem-vu\/[^/]+\/$/.test(p));
const setPages = pages.filter((p) => /^chi-tieu\/[^/]+\/$/.test(p) && p !== 'chi-tieu/so-sanh/');
const html = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
/** 10 pt in CSS pixels. */
const TEN_PT = 40 / 3;
/** An A4 page in PDF points, as Chromium writes it (595.28 × 841.89, rounded by the printer to whole hundredths). */
const A4 = { width: 595, height: 842 };

let browser: Browser;
let server: RunningServer;
let baseServer: RunningServer;
beforeAll(async () => {
  server = await serveSite(SITE_DIST, '/');
  baseServer = await serveSite(BASE_DIST, SUB_PATH);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await baseServer?.close();
});

async function open(path: string, options: BrowserContextOptions & { print?: boolean } = {}): Promise<Page> {
  const { print = true, ...context } = options;
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...context });
  const page = await ctx.newPage();
  if (print) await page.emulateMedia({ media: 'print' });
  await page.goto(server.url(path), { waitUntil: 'load' });
  return page;
}

function mediaBoxes(pdf: Buffer): Array<{ width: number; height: number }> {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({ width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) }));
}

/** The QR code as printed: a screenshot of it under print media, read by jsQR in a blank page (no site CSP there). */
async function scanPrintedQr(page: Page): Promise<string | undefined> {
  const png = await page.locator('[data-handout-qr]').screenshot();
  const reader = await browser.newPage();
  const { width, height, data } = await reader.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0);
    return { width: canvas.width, height: canvas.height, data: [...g.getImageData(0, 0, canvas.width, canvas.height).data] };
  }, `data:image/png;base64,${png.toString('base64')}`);
  await reader.close();
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

describe('handouts in the built pages', () => {
  it('every task group and target set has one handout and one "In tờ tin" button, hidden until JavaScript runs', () => {
    expect(groupPages).toHaveLength(10);
    expect(setPages.length).toBeGreaterThanOrEqual(3);
    for (const path of [...groupPages, ...setPages]) {
      const doc = html(SITE_DIST, path);
      expect(doc.querySelectorAll('[data-handout]'), path).toHaveLength(1);
      const button = doc.querySelectorAll('[data-handout-tools] button[data-handout-print]');
      expect(button, path).toHaveLength(1);
      expect(button[0]!.hasAttribute('hidden')).toBe(true);
      expect(button[0]!.textContent).toBe('In tờ tin');
      // Inline QR code, so that it prints; no image file to wait for.
      expect(doc.querySelector('[data-handout] svg[data-handout-qr] path')?.getAttribute('d')?.length ?? 0).toBeGreaterThan(100);
      // Nothing of the handout is indexed twice by the search.
      expect(doc.querySelector('[data-handout]')!.getAttribute('data-pagefind-ignore')).toBe('all');
    }
  });

  for (const [name, dist, base] of [['root', SITE_DIST, '/'], ['sub-path', BASE_DIST, SUB_PATH]] as const) {
    it(`the ${name} build links each handout's PDF beside the button, and only a PDF that exists`, () => {
      const linked: string[] = [];
      for (const path of [...groupPages, ...setPages]) {
        const links = html(dist, path).querySelectorAll('a[data-handout-pdf]');
        expect(links, path).toHaveLength(1);
        const a = links[0]!;
        const href = a.getAttribute('href');
        if (href === undefined) {
          // A placeholder: no address, not shown.
          expect(a.hasAttribute('hidden')).toBe(true);
          continue;
        }
        expect(href).toBe(a.getAttribute('data-handout-pdf'));
        expect(href.startsWith(`${base}to-tin/`)).toBe(true);
        const file = join(dist, href.slice(base.length));
        expect(existsSync(file), file).toBe(true);
        const pdf = readFileSync(file);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(a.hasAttribute('hidden')).toBe(false);
        expect(a.textContent).toBe(`Tải tờ tin (PDF, ${Math.max(1, Math.round(pdf.length / 1024))} KB)`);
        linked.push(path);
      }
      // This machine has Chromium (the browser tests need it), so the build made every PDF.
      expect(linked).toEqual([...groupPages, ...setPages]);
    });
  }

  it('each PDF the build made is A4: one page for a task group, at most two for a target set', () => {
    const sizes: string[] = [];
    for (const path of [...groupPages, ...setPages]) {
      const href = html(SITE_DIST, path).querySelector('a[data-handout-pdf]')!.getAttribute('href')!;
      const pdf = readFileSync(join(SITE_DIST, href.slice(1)));
      const count = countPdfPages(pdf);
      if (path.startsWith('nhiem-vu/')) expect(count, path).toBe(1);
      else expect(count, path).toBeGreaterThanOrEqual(1);
      expect(count, path).toBeLessThanOrEqual(2);
      expect(mediaBoxes(pdf).every((b) => b.width === A4.width && b.height === A4.height), path).toBe(true);
      sizes.push(`${href}: ${count} trang, ${Math.round(pdf.length / 1024)} KB`);
    }
    console.log(`[handouts] ${sizes.join('; ')}`);
  });
});

describe('printing a page', () => {
  for (const path of [...groupPages, ...setPages]) {
    const group = path.startsWith('nhiem-vu/');
    it(`/${path}: ${group ? 'exactly one A4 page' : 'at most two A4 pages'}, the handout alone, its title${group ? ', emphasis' : ''} and figures, a QR code to the page, black on white, nothing under 10 pt`, async () => {
      // Target sets print with the reader's dark colour scheme on: the handout is black on white all the same.
      const page = await open(path, { deviceScaleFactor: 2, colorScheme: group ? 'light' : 'dark' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const count = countPdfPages(pdf);
      if (group) expect(count).toBe(1);
      else expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
      expect(mediaBoxes(pdf).every((b) => b.width === A4.width && b.height === A4.height)).toBe(true);

      // Nothing of the site around it prints: all the printed text is the handout's.
      const handout = page.locator('[data-handout]');
      expect(await handout.isVisible()).toBe(true);
      const printed = await page.evaluate(() => document.body.innerText.trim());
      expect(printed).toBe((await handout.innerText()).trim());
      for (const chrome of ['body > header', 'body > footer', 'nav', '[data-share-bar]', '[data-handout-tools]', 'h1']) {
        for (const el of await page.locator(chrome).all()) expect(await el.isVisible(), chrome).toBe(false);
      }

      // The page's title, word for word; a task group's emphasis points, word for word.
      expect((await page.locator('[data-handout-title]').textContent())!.trim()).toBe((await page.locator('h1').textContent())!.trim());
      if (group) {
        const onPage = await page.locator('section[aria-labelledby="trong-tam"] li').allTextContents();
        expect(onPage.length).toBeGreaterThan(0);
        expect(await page.locator('[data-handout-emphasis] li').allTextContents()).toEqual(onPage);
      }

      // The figures: a set's handout has every figure of the page; a group's, figures of the site's ward or the
      // group's own, each with its value in the words the page prints and its source.
      const figures = page.locator('[data-handout-figure]');
      const shown = await figures.count();
      if (group) {
        const cards = await page.locator('main [data-target-card]').evaluateAll((els) => els.map((el) => ({ kind: el.getAttribute('data-kind'), ward: el.getAttribute('data-ward') })));
        const eligible = cards.filter((c) => c.ward === 'Hải Dương' || c.kind === 'muc-tieu-thanh-pho').length;
        expect(shown).toBeGreaterThanOrEqual(Math.min(eligible, 1));
        expect(shown).toBeLessThanOrEqual(eligible);
      } else {
        expect(shown).toBe(await page.locator('main [data-target-card]').count());
      }
      const pageTexts = new Set((await page.locator('main [data-figure-text]').allTextContents()).map((t) => t.trim()));
      for (const value of await page.locator('[data-handout-value]').evaluateAll((els) => els.map((el) => [...el.children].filter((c) => !c.classList.contains('block')).map((c) => c.textContent).join('').trim()))) {
        expect(pageTexts.has(value), value).toBe(true);
      }
      expect(await page.locator('[data-handout-figure] [data-handout-source]').count()).toBe(shown);

      // The page's address, printed and as a QR code that decodes to it.
      const url = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
      expect((await page.locator('[data-handout-url]').textContent())!.trim()).toBe(url);
      expect(await scanPrintedQr(page)).toBe(url);
      // The ward and the date of each source document.
      expect(await handout.innerText()).toMatch(/THÀNH PHỐ HẢI PHÒNG\s+PHƯỜNG HẢI DƯƠNG/);
      for (const source of await page.locator('[data-handout-sources] li').allTextContents()) expect(source).toMatch(/, (\d{2}\/\d{2}\/\d{4}|tháng \d{2} năm \d{4}|năm \d{4})$/);

      // Photocopy-ready: black text, no fill, no text under 10 pt.
      const looks = await handout.evaluate((root) => [root, ...root.querySelectorAll('*')].map((el) => {
        const s = getComputedStyle(el);
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        return { tag: el.tagName, text: own ? el.textContent!.trim().slice(0, 30) : '', size: parseFloat(s.fontSize), color: s.color, background: s.backgroundColor };
      }));
      for (const l of looks.filter((x) => x.text)) {
        expect(l.size, l.text).toBeGreaterThanOrEqual(TEN_PT - 0.01);
        expect(l.color, l.text).toBe('rgb(0, 0, 0)');
      }
      expect(looks.filter((l) => !['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'].includes(l.background))).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the "In tờ tin" button', () => {
  it('shows with JavaScript and prints the page; the handout stays off the screen', async () => {
    const page = await open(groupPages[0]!, { print: false });
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => { w.printed++; };
    });
    const button = page.getByRole('button', { name: 'In tờ tin' });
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await page.locator('[data-handout]').isVisible()).toBe(false);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // The PDF link sits beside it.
    expect(await page.getByRole('link', { name: /^Tải tờ tin \(PDF, \d+ KB\)$/ }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('is hidden without JavaScript; the PDF link still shows, and the browser\'s Print prints the handout', async () => {
    const page = await open(setPages[0]!, { print: false, javaScriptEnabled: false });
    expect(await page.locator('[data-handout-print]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /^Tải tờ tin \(PDF/ }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-handout]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('under the sub-path, the handout\'s address and QR code are the page\'s own', async () => {
    const ctx = await browser.newContext({ deviceScaleFactor: 3 });
    const page = await ctx.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(baseServer.url(groupPages[0]!), { waitUntil: 'load' });
    const url = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
    expect(new URL(url).pathname.startsWith(SUB_PATH)).toBe(true);
    expect((await page.locator('[data-handout-url]').textContent())!.trim()).toBe(url);
    expect(await scanPrintedQr(page)).toBe(url);
    await ctx.close();
  });
});
