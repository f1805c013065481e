// The share bar and the share control of a document's numbered items, in Chromium on a 390 px phone: the bar is on
// every document, task-group and target page; every link it makes is the page's canonical URL (under the sub-path
// too), correctly encoded; the share sheet shows only where the browser offers it; copy link copies; an in-app
// browser without share sheet or clipboard still gets the address in a field it can select; nothing breaks with
// JavaScript off; nothing is requested from another origin.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import jsQR from 'jsqr';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages, documentFiles } from '../support/site-files.ts';
import { BASE_DIST, SITE_DIST, SUB_PATH } from '../support/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FACEBOOK = 'https://www.facebook.com/sharer/sharer.php';
const DOC = 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/';
const ITEM = 'muc-ii-2-2-14';

const pages = builtPages(SITE_DIST);
const sharedPages = [
  ...documentFiles().map((d) => `van-ban/${d.id}/`),
  ...pages.filter((p) => /^nhiem-vu\/[^/]+\/$/.test(p)),
  ...pages.filter((p) => /^chi-tieu\/[^/]+\/$/.test(p) && p !== 'chi-tieu/so-sanh/'),
];

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

/** Stubs for the browser's share sheet and clipboard, as phones and in-app browsers offer them or not. */
type Offer = { share: boolean; clipboard: boolean };

interface Visit { page: Page; problems: string[] }

async function visit(path: string, offer: Offer | null, options: BrowserContextOptions & { on?: RunningServer } = {}): Promise<Visit> {
  const { on = server, ...context } = options;
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, ...context });
  if (offer) {
    await ctx.addInitScript((o: Offer) => {
      const w = window as unknown as { shared: unknown[] };
      w.shared = [];
      const share = o.share ? async (data: unknown) => { w.shared.push(data); } : undefined;
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: share });
      if (!o.clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    }, offer);
  }
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith(on.origin) && !r.url().startsWith('data:')) problems.push(`other origin: ${r.url()}`); });
  await page.goto(on.url(path), { waitUntil: 'load' });
  return { page, problems };
}

const canonical = (page: Page) => page.locator('link[rel=canonical]').getAttribute('href') as Promise<string>;
const facebookTarget = (href: string) => {
  const u = new URL(href);
  expect(u.origin + u.pathname).toBe(FACEBOOK);
  expect([...u.searchParams.keys()]).toEqual(['u']);
  return u.searchParams.get('u');
};
const bar = (page: Page) => page.locator('[data-share-bar]');

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // not an inline <script>: the page's CSP refuses those
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v: { id: string; help: string; nodes: Array<{ target: unknown }> }) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}

/** The URL the bar's QR code holds: its image file drawn on a canvas in the page, read by jsQR. */
async function scanQr(page: Page): Promise<string | undefined> {
  const { width, data } = await page.locator('[data-share-bar] details img').evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 400, 400);
    g.drawImage(el, 0, 0, 400, 400);
    return { width: 400, data: [...g.getImageData(0, 0, 400, 400).data] };
  });
  return jsQR(Uint8ClampedArray.from(data), width, width)?.data;
}

describe('the share bar, as built', () => {
  it('is on every document, task-group and target page, with Facebook, the address field and the QR code', () => {
    expect(sharedPages.filter((p) => p.startsWith('nhiem-vu/'))).toHaveLength(10);
    expect(sharedPages.filter((p) => p.startsWith('chi-tieu/')).length).toBeGreaterThanOrEqual(3);
    const problems: string[] = [];
    for (const path of sharedPages) {
      const html = parse(readFileSync(`${SITE_DIST}/${path}index.html`, 'utf8'));
      const url = html.querySelector('link[rel=canonical]')!.getAttribute('href')!;
      const b = html.querySelectorAll('[data-share-bar]');
      if (b.length !== 1) { problems.push(`/${path}: ${b.length} share bars`); continue; }
      const fb = b[0]!.querySelector('[data-share-facebook]')?.getAttribute('href') ?? '';
      if (new URL(fb).searchParams.get('u') !== url) problems.push(`/${path}: Facebook u= is not ${url}`);
      if (b[0]!.querySelector('[data-share-address]')?.getAttribute('value') !== url) problems.push(`/${path}: address field`);
      if (b[0]!.querySelector('[data-share-tools]')?.getAttribute('data-url') !== url) problems.push(`/${path}: data-url`);
      const qr = b[0]!.querySelector('details img')?.getAttribute('src') ?? '';
      if (!/\/qr\/qr-[0-9a-f]{10}\.svg$/.test(qr) || !existsSync(join(SITE_DIST, qr.slice(1)))) problems.push(`/${path}: no QR code file (${qr})`);
      // Nothing from another origin: no script, iframe, image or stylesheet outside the site.
      for (const el of html.querySelectorAll('script[src], iframe, img[src], link[rel=stylesheet]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(ref)) problems.push(`/${path}: ${ref}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the share bar in Chromium', () => {
  it("where the phone offers a share sheet, \"Chia sẻ\" shows and hands it the page's canonical URL and title", async () => {
    const { page, problems } = await visit(DOC, { share: true, clipboard: true });
    const url = await canonical(page);
    const share = bar(page).getByRole('button', { name: 'Chia sẻ', exact: true });
    expect(await share.isVisible()).toBe(true);
    // The first tap loads the island, which then opens the share sheet for that same tap.
    await share.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([{ title: 'Nghị quyết về mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2026 của Đảng bộ phường Gia Viên', url }]);
    expect(facebookTarget((await bar(page).getByRole('link', { name: /Facebook/ }).getAttribute('href'))!)).toBe(url);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('in an in-app browser without share sheet or clipboard, no dead button: the address is in a field that selects itself', async () => {
    const { page, problems } = await visit('nhiem-vu/tang-truong-ngan-sach/', { share: false, clipboard: false });
    const url = await canonical(page);
    expect(await bar(page).getByRole('button', { name: 'Chia sẻ', exact: true }).isVisible()).toBe(false);
    expect(await bar(page).getByRole('button', { name: 'Chép liên kết' }).isVisible()).toBe(false);
    expect(await bar(page).getByRole('link', { name: /Facebook/ }).isVisible()).toBe(true);
    const field = bar(page).getByRole('textbox', { name: 'Địa chỉ để chép' });
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(url);
    expect(await field.isEditable()).toBe(false);
    await field.click();
    const selected = await field.evaluate((f: HTMLInputElement) => f.value.slice(f.selectionStart!, f.selectionEnd!));
    expect(selected).toBe(url);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('"Chép liên kết" puts the canonical URL on the clipboard and says "Đã chép" where it can be seen and heard', async () => {
    const { page, problems } = await visit('chi-tieu/gia-vien-2026/', { share: false, clipboard: true }, { permissions: ['clipboard-read', 'clipboard-write'] });
    const url = await canonical(page);
    expect(await bar(page).getByRole('button', { name: 'Chia sẻ', exact: true }).isVisible()).toBe(false);
    await bar(page).getByRole('button', { name: 'Chép liên kết' }).click();
    const status = bar(page).getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Đã chép');
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('every control is 44 × 44 px and keyboard-reachable; on a desktop the QR code opens and scans to the page', async () => {
    const { page, problems } = await visit(DOC, { share: true, clipboard: true }, { viewport: { width: 1280, height: 900 } });
    const url = await canonical(page);
    const controls = bar(page).locator('a, button:visible, summary, input');
    for (const box of await controls.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]))) {
      expect(box[0]).toBeGreaterThanOrEqual(44);
      expect(box[1]).toBeGreaterThanOrEqual(44);
    }
    for (const el of await controls.elementHandles()) expect(await el.evaluate((e: HTMLElement) => e.tabIndex)).toBeGreaterThanOrEqual(0);
    await bar(page).getByText('Quét mã để mở trên điện thoại').click();
    expect(await bar(page).getByRole('img', { name: 'Mã QR dẫn đến trang này' }).isVisible()).toBe(true);
    expect(await scanQr(page)).toBe(url);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('numbered items of a document', () => {
  it('each has a share control, off the words of the document, shown on focus and 44 × 44 px', async () => {
    const { page, problems } = await visit(DOC, { share: false, clipboard: true });
    // Nothing of the island runs while the page loads: the controls come with the reader's first key, touch or hover.
    expect(await page.locator('[data-item-share]').count()).toBe(0);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('[data-item-share]').count()).toBeGreaterThan(0);
    const item = page.locator(`#${ITEM}`);
    // The item's words are as they were: the control has none of its own.
    await expect(item.textContent()).resolves.toMatch(/^\(14\)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%/);
    const numbered = await page.locator('[data-fidelity="body"] [id^="muc-"]:not([id*="-doan-"])').count();
    expect(await page.locator('[data-fidelity="body"] [data-item-share]').count()).toBe(numbered);
    expect(numbered).toBeGreaterThan(20);
    const control = item.getByRole('button', { name: 'Chia sẻ mục (14)' });
    const opacity = () => control.evaluate((b) => getComputedStyle(b).opacity);
    expect(await opacity()).toBe('0');
    await control.focus();
    expect(await opacity()).toBe('1');
    const box = (await control.boundingBox())!;
    expect(Math.round(box.width)).toBeGreaterThanOrEqual(44);
    expect(Math.round(box.height)).toBeGreaterThanOrEqual(44);
    expect(box.x).toBeGreaterThanOrEqual(0);
    // Reached with the Tab key from the item before it.
    await page.locator('#muc-ii-2-2-13 [data-item-share]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Chia sẻ mục (14)');
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("a tap on the item's number shows its control; the control copies the item's URL with its anchor", async () => {
    const { page, problems } = await visit(DOC, { share: false, clipboard: true }, { permissions: ['clipboard-read', 'clipboard-write'], hasTouch: true });
    const url = await canonical(page);
    const control = page.locator(`#${ITEM} [data-item-share]`);
    await page.locator(`#${ITEM}`).scrollIntoViewIfNeeded();
    // The middle of "(14)-", the item's number.
    const at = await page.locator(`#${ITEM}`).evaluate((el) => {
      const r = document.createRange();
      r.setStart(el.firstChild!, 0);
      r.setEnd(el.firstChild!, 5);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width * 0.6, y: b.y + b.height / 2 };
    });
    // The first tap on the page both loads the island and counts: the control shows.
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => control.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    expect(await control.getAttribute('aria-expanded')).toBe('false');
    await control.click();
    expect(await control.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator('#chia-se-muc');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.getByRole('textbox').inputValue()).toBe(`${url}#${ITEM}`);
    // Facebook's link carries the anchor inside u=, encoded (a bare "#" would end Facebook's own URL there).
    const fb = (await panel.getByRole('link', { name: /Facebook/ }).getAttribute('href'))!;
    expect(fb).toContain(`u=${encodeURIComponent(`${url}#${ITEM}`)}`);
    expect(facebookTarget(fb)).toBe(`${url}#${ITEM}`);
    await panel.getByRole('button', { name: 'Chép liên kết' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Đã chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#${ITEM}`);
    expect(await axe(page)).toEqual([]);
    // The same control closes it again.
    await control.click();
    expect(await panel.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('with JavaScript off', () => {
  for (const path of [DOC, 'nhiem-vu/tang-truong-ngan-sach/', 'chi-tieu/hai-duong-2026-2030/']) {
    it(`/${path}: the Facebook link and the address field work; no JavaScript-only control shows`, async () => {
      const { page, problems } = await visit(path, null, { javaScriptEnabled: false });
      const url = await canonical(page);
      expect(facebookTarget((await bar(page).getByRole('link', { name: /Facebook/ }).getAttribute('href'))!)).toBe(url);
      expect(await bar(page).getByRole('link', { name: /Facebook/ }).getAttribute('target')).toBe('_blank');
      expect(await bar(page).getByRole('textbox').inputValue()).toBe(url);
      expect(await bar(page).locator('button:visible').count()).toBe(0);
      expect(await page.locator('[data-item-share]').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});

describe(`under ${SUB_PATH}`, () => {
  it('every share URL carries the sub-path: the bar, the QR code and an item', async () => {
    const { page, problems } = await visit(DOC, { share: true, clipboard: true }, { on: baseServer, viewport: { width: 1280, height: 900 } });
    const url = await canonical(page);
    expect(new URL(url).pathname).toBe(`${SUB_PATH}${DOC}`);
    expect(facebookTarget((await bar(page).getByRole('link', { name: /Facebook/ }).getAttribute('href'))!)).toBe(url);
    expect(await bar(page).getByRole('textbox').inputValue()).toBe(url);
    await bar(page).getByText('Quét mã để mở trên điện thoại').click();
    expect(await scanQr(page)).toBe(url);
    await bar(page).getByRole('button', { name: 'Chia sẻ', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared[0]?.url)).toBe(url);
    // On a desktop, the control shows when the pointer is over its item.
    await page.locator(`#${ITEM}`).hover();
    await page.locator(`#${ITEM} [data-item-share]`).click();
    expect(await page.locator('#chia-se-muc').getByRole('textbox').inputValue()).toBe(`${url}#${ITEM}`);
    await page.locator('#chia-se-muc').getByRole('button', { name: 'Chia sẻ', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared[1]?.url)).toBe(`${url}#${ITEM}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
