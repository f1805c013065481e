// Real browser (Debian's Chromium): every page as a resident would load it.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages, documentFiles } from '../support/site-files.ts';
import { SCREENSHOT_DIR, SITE_DIST } from '../support/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = builtPages(SITE_DIST);
const docs = documentFiles();

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

async function axe(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v: { id: string; help: string; nodes: Array<{ target: unknown }> }) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  return result as string[];
}

describe('every page', () => {
  it('there are pages to check', () => {
    expect(pages).toContain('');
    expect(pages).toContain('van-ban/');
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const path of pages) {
    it(`/${path} loads cleanly, in Vietnamese, and axe finds no violation`, async () => {
      const { page, problems } = await visit(path);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axe(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('dark colours pass axe on a document page', async () => {
    const { page, problems } = await visit(`van-ban/${docs[0]!.id}/`, { colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 21, 20)');
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
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
    expect(await page.locator('[data-toc] summary').isVisible()).toBe(true);
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
