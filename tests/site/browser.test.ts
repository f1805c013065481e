// Real browser (Debian's Chromium): every page as a resident would load it.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { smallTapTargets } from '../support/tap-targets.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages, documentFiles } from '../support/site-files.ts';
import { SCREENSHOT_DIR, SITE_DIST } from '../support/paths.ts';
import { loadSiteConfig } from '../../src/lib/site/config.ts';
import { contactPlaceholders } from '../../src/lib/site/placeholder.ts';
import { hasFullHistory } from '../../src/lib/site/last-updated.ts';

const pages = builtPages(SITE_DIST);
const docs = documentFiles();
const site = loadSiteConfig({});

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  server = await serveSite(SITE_DIST, '/');
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit { page: Page; problems: string[] }

/** Opens a page and records console errors, failed requests and any request to another origin. */
async function visit(path: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 390, height: 844 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`script error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`failed: ${req.url()}`));
  page.on('request', (req) => { if (!req.url().startsWith(server.origin) && !req.url().startsWith('data:')) problems.push(`other origin: ${req.url()}`); });
  page.on('response', (res) => { if (res.status() >= 400 && !path.endsWith('404.html')) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  await page.goto(server.url(path), { waitUntil: 'load' });
  return { page, problems };
}

// Every page, light and dark, with axe (WCAG 2.2 AA and best practice), its language, one h1 and no console error,
// failed request or other origin, is checked as served through nginx: tests/site/nginx.test.ts.
describe('every page', () => {
  it('there are pages to check', () => {
    expect(pages).toContain('');
    expect(pages).toContain('van-ban/');
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });
});

describe('document pages', () => {
  for (const doc of docs) {
    it(`${doc.id}: header block, anchors, signature; screenshot at 390 px`, async () => {
      const { page } = await visit(`van-ban/${doc.id}/`);
      await expect(page.locator('[data-fidelity="head"] [data-party]').textContent()).resolves.toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
      await expect(page.locator('[data-fidelity="tail"] [data-signer-name]').textContent()).resolves.toBe(String((doc.data.signer as { name: string }).name));
      // Nothing wider than the phone's screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Every TOC link leads to an element on the page.
      const broken = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')].map((a) => a.hash.slice(1)).filter((id) => !document.getElementById(id)));
      expect(broken).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/390-${doc.id}.png`, fullPage: true });
      await page.context().close();
    });
  }

  it('numbered items have stable anchors a reader can link to', async () => {
    const { page } = await visit('van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/#muc-ii-2-2-14');
    await expect(page.locator('#muc-ii-2-2-14').textContent()).resolves.toMatch(/^\(14\)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%/);
    await expect(page.locator('#muc-ii-2-1').textContent()).resolves.toBe('2.1. Chỉ tiêu về công tác xây dựng Đảng và hệ thống chính trị');
    const highlighted = await page.evaluate(() => getComputedStyle(document.querySelector(':target')!).outlineStyle);
    expect(highlighted).toBe('solid');
    await page.context().close();
  });

  it('with JavaScript off, the text is all there and the JS-only controls stay hidden', async () => {
    const { page, problems } = await visit('van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/', { javaScriptEnabled: false });
    await expect(page.locator('[data-fidelity="body"]').textContent()).resolves.toContain('2.525');
    expect(await page.locator('[data-text-size-control]').isVisible()).toBe(false);
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    expect(await page.locator('[data-toc] a').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints as a document: no site chrome, serif type, A4 pages', async () => {
    const { page } = await visit('van-ban/cong-van-thuc-hien-chuong-trinh-14-ctr-tu/', { width: 1280 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.locator('[data-doc-aside]').isVisible()).toBe(false);
    expect(await page.locator('[data-fidelity="document"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Times New Roman/);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBeGreaterThanOrEqual(1);
    expect(pageCount).toBeLessThanOrEqual(3);
    await page.context().close();
  });
});

describe('reader controls', () => {
  it('text size grows, and stays chosen on the next page', async () => {
    const { page, problems } = await visit('van-ban/');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.getByRole('button', { name: /Tăng cỡ chữ/ }).click();
    await page.getByRole('button', { name: /Tăng cỡ chữ/ }).click();
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(after).toBeCloseTo(before * 1.25, 1);
    await page.goto(server.url(`van-ban/${docs[0]!.id}/`));
    expect(await page.getAttribute('html', 'data-text-size')).toBe('2');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /Cỡ chữ mặc định/ }).click();
    expect(await page.getAttribute('html', 'data-text-size')).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the skip link moves focus to the main content', async () => {
    const { page } = await visit('');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
    await page.context().close();
  });

  it('library filters work as links without JavaScript', async () => {
    const { page } = await visit('van-ban/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: /Phường Gia Viên/ }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Thư viện văn bản: Phường Gia Viên');
    expect(await page.locator('[data-document-card]').count()).toBe(1);
    await page.getByRole('link', { name: /^2026/ }).click();
    expect(await page.locator('[data-document-card]').count()).toBe(4);
    await page.context().close();
  });
});

// Every page's tap targets at 390 px are checked as served through nginx (tests/site/nginx.test.ts).
describe('tap targets at 390 px', () => {
  it('/tim-kiem/?q=ngan sach: the results and their filters are 44 × 44 px too', async () => {
    const { page } = await visit('tim-kiem/?q=ngan%20sach');
    await page.waitForSelector('[data-search-results] li');
    expect(await smallTapTargets(page)).toEqual([]);
    await page.context().close();
  });

  it('the header keeps brand, text size and search on one row, the menu below, and its controls are 44 px', async () => {
    const { page } = await visit('');
    const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
    const brand = await box('header > div > a');
    const control = await box('[data-text-size-control]');
    const search = await box('[data-search-open]');
    const nav = await box('header nav');
    expect(control.y).toBeLessThan(brand.y + brand.height);
    expect(search.y).toBeLessThan(brand.y + brand.height);
    expect(nav.y).toBeGreaterThanOrEqual(brand.y + brand.height - 1);
    // The menu's five links on one row.
    const tops = await page.locator('header nav a').evaluateAll((as) => [...new Set(as.map((a) => Math.round(a.getBoundingClientRect().top)))]);
    expect(tops).toHaveLength(1);
    await expect(page.locator('[data-text-size-control]').textContent()).resolves.toMatch(/^Cỡ chữ/);
    expect(await page.locator('[data-text-size-control]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('at the largest text size the header still works: nothing overflows, every control reachable', async () => {
    const { page } = await visit('van-ban/');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Tăng cỡ chữ/ }).click();
    expect(await page.getAttribute('html', 'data-text-size')).toBe('3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await smallTapTargets(page)).toEqual([]);
    await page.getByRole('button', { name: /Cỡ chữ mặc định/ }).click();
    expect(await page.getAttribute('html', 'data-text-size')).toBeNull();
    await page.context().close();
  });
});

describe('official signals', () => {
  it(`the home page shows the site's own ward (${site.wardName}) first in the key numbers`, async () => {
    const { page } = await visit('');
    // Each key-number tile names its ward in data-ward (the issuing ward of its document).
    const wards = await page.locator('[data-figure-tile]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ward')));
    expect(wards.length).toBeGreaterThan(0);
    expect(wards[0]).toBe(site.ward);
    // The site's own tiles come before any other ward's.
    const firstOther = wards.findIndex((w) => w !== site.ward);
    if (firstOther >= 0) expect(wards.slice(firstOther)).not.toContain(site.ward);
    await page.context().close();
  });

  it('the footer shows who runs the site and how to reach them; a value not filled in is marked, never shown as real', async () => {
    const { page } = await visit('gioi-thieu/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('[data-contact-line="office"]').textContent()).resolves.toBe(site.contact.office);
    for (const key of ['address', 'phone', 'email'] as const) {
      const line = footer.locator(`[data-contact-line="${key}"]`);
      expect(await line.isVisible()).toBe(true);
      if (contactPlaceholders(site.contact).includes(`contact.${key}`)) {
        await expect(line.textContent()).resolves.toBe('(chưa cập nhật)');
      } else {
        await expect(line.textContent()).resolves.toBe(site.contact[key]);
      }
    }
    const text = (await footer.textContent()) ?? '';
    expect(text).not.toMatch(/Cần điền|\.invalid/i);
    // The about page carries the same contact lines.
    expect(await page.getByRole('main').locator('[data-contact] [data-contact-line]').count()).toBe(4);
    await page.context().close();
  });

  it('every page says when it was last updated (from git), or nothing when the history is missing', async () => {
    for (const path of ['', `van-ban/${docs[0]!.id}/`, 'gioi-thieu/']) {
      const { page } = await visit(path);
      const updated = page.locator('[data-last-updated]');
      if (hasFullHistory()) {
        await expect(updated.textContent()).resolves.toMatch(/^Cập nhật: \d{2}\/\d{2}\/\d{4}$/);
        await expect(updated.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        expect(await updated.count()).toBe(0);
      }
      await page.context().close();
    }
  });
});

describe('document pages for a reader on a phone', () => {
  for (const doc of docs) {
    it(`${doc.id}: summary and key facts above the paper, contents open, a blank number explained`, async () => {
      const { page } = await visit(`van-ban/${doc.id}/`);
      const paper = (await page.locator('[data-fidelity="document"]').boundingBox())!;
      const summary = page.locator('[data-doc-summary]');
      expect(await summary.isVisible()).toBe(true);
      await expect(summary.textContent()).resolves.toContain(String(doc.data.summary).replace(/\s+/g, ' ').trim());
      expect((await summary.boundingBox())!.y).toBeLessThan(paper.y);
      await expect(page.locator('[data-key-facts]').textContent()).resolves.toContain(String((doc.data.signer as { name: string }).name));
      const number = doc.data.number as string | undefined;
      if (number && /^Số\s*-/.test(number)) {
        await expect(page.locator('[data-key-number] [data-blank-number]').textContent()).resolves.toBe('(văn bản để trống số)');
        expect(await page.locator('[data-fidelity="head"] [data-blank-number]').isVisible()).toBe(true);
      }
      const toc = page.locator('[data-toc]');
      if (await toc.count()) {
        // Open, not folded away, and above the paper on a phone.
        expect(await toc.locator('a').first().isVisible()).toBe(true);
        expect((await toc.boundingBox())!.y).toBeLessThan(paper.y);
        // A way back to it from deep in the page.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
        const back = page.locator('[data-back-to-toc]');
        expect(await back.isVisible()).toBe(true);
        const inView = await back.evaluate((a) => { const r = a.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
        expect(inView).toBe(true);
        await back.click();
        await expect(page.evaluate(() => location.hash)).resolves.toBe('#muc-luc');
      }
      await page.context().close();
    });
  }

  it('on a desktop the contents stay in view at the top of the side column', async () => {
    const { page } = await visit('van-ban/chuong-trinh-hanh-dong-tang-truong-hai-con-so/', { width: 1280 });
    await page.evaluate(() => window.scrollTo(0, 3000));
    const heading = (await page.locator('[data-toc] h2').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(200);
    expect(await page.locator('[data-back-to-toc]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('document cards explain a blank number where it stands', async () => {
    const { page } = await visit('van-ban/');
    const blank = docs.filter((d) => /^Số\s*-/.test(String(d.data.number ?? '')));
    expect(blank.length).toBeGreaterThan(0);
    expect(await page.locator('[data-document-card] [data-blank-number]').count()).toBe(blank.length);
    await expect(page.locator('[data-document-card] [data-blank-number]').first().textContent()).resolves.toBe('(văn bản để trống số)');
    await page.context().close();
  });
});

describe('search excerpts', () => {
  it('keep words apart: no "nămliên", "trên2.525" or "hằng nămPhường"', async () => {
    const { page } = await visit('tim-kiem/');
    const excerpts = await page.evaluate(async (base) => {
      // A real import() in the page: written as a string, so Vitest's transform leaves it alone.
      const load = new Function('u', 'return import(u)') as (u: string) => Promise<{ options(o: object): Promise<void>; search(q: string): Promise<{ results: Array<{ data(): Promise<{ excerpt: string }> }> }> }>;
      const pf = await load(`${base}pagefind/pagefind.js`);
      await pf.options({ excerptLength: 30 });
      const out: string[] = [];
      for (const q of ['ngan sach', '12 năm', 'tiến độ', 'Phường Gia Viên']) {
        const found = await pf.search(q);
        for (const r of found.results.slice(0, 12)) out.push((await r.data()).excerpt.replace(/<\/?mark>/g, ''));
      }
      return out;
    }, '/');
    expect(excerpts.length).toBeGreaterThan(20);
    expect(excerpts.join('\n')).toContain('12 năm liên tiếp');
    // A lower-case letter or a digit straight against a capital is two words run together.
    const joined = excerpts.flatMap((e) => [...e.matchAll(/\S*[\p{Ll}\d][\p{Lu}“]\S*/gu)].map((m) => m[0]));
    expect(joined).toEqual([]);
    await page.context().close();
  });
});
