// Infographic pages in Chromium: charts draw, tables and figures are there with or without JavaScript,
// every figure's source link lands on (and highlights) its passage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';

const chartPages = ['chi-tieu/gia-vien-2026/', 'chi-tieu/hai-duong-2026-2030/', 'chi-tieu/thuy-nguyen-quy-i-2026/', 'chi-tieu/so-sanh/'];
const infographicPages = builtPages(SITE_DIST).filter((p) => p.startsWith('nhiem-vu/') || p.startsWith('chi-tieu/'));

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  server = await serveSite(SITE_DIST, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(server.url(path));
  return { page, problems };
}

/** True when the canvas has drawn pixels (not blank). */
const canvasDrawn = (page: Page, index: number) => page.evaluate((i) => {
  const canvas = document.querySelectorAll('canvas')[i] as HTMLCanvasElement;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) painted++;
  return painted;
}, index);

describe('infographic pages', () => {
  it('there are 10 task-group pages, an overview, target pages and a comparison', () => {
    expect(infographicPages.filter((p) => /^nhiem-vu\/.+\//.test(p))).toHaveLength(10);
    expect(infographicPages).toEqual(expect.arrayContaining(['nhiem-vu/', 'chi-tieu/', ...chartPages]));
  });

  for (const path of chartPages) {
    it(`/${path} draws every chart, and keeps its data table`, async () => {
      const { page, problems } = await open(path);
      const charts = page.locator('[data-chart]');
      const count = await charts.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => charts.nth(i).getAttribute('data-chart-ready'), { timeout: 10_000 }).toBe('true');
        expect(await canvasDrawn(page, i)).toBeGreaterThan(500);
        expect(await charts.nth(i).locator('table tbody tr').count()).toBeGreaterThan(0);
        // The table is one click away.
        await charts.nth(i).locator('summary').click();
        expect(await charts.nth(i).locator('table').isVisible()).toBe(true);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('Chart.js loads only on pages with a chart, and only when a chart nears the viewport', async () => {
    const { page } = await open('nhiem-vu/tang-truong-ngan-sach/');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect(scripts).toEqual([]);
    await page.context().close();

    // The page itself names only the small island; Chart.js is a separate file fetched by it.
    const html = await (await fetch(server.url('chi-tieu/so-sanh/'))).text();
    expect(html).not.toMatch(/<(script|link)[^>]+chart\.[\w-]+\.js/);

    // A chart far down the page is not drawn until the reader scrolls near it.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p2 = await context.newPage();
    await p2.goto(server.url('chi-tieu/so-sanh/'));
    await p2.waitForLoadState('networkidle');
    const last = p2.locator('[data-chart]').last();
    expect(await last.getAttribute('data-chart-ready')).toBeNull();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.getAttribute('data-chart-ready'), { timeout: 10_000 }).toBe('true');
    await context.close();
  });

  it('with JavaScript off, tables, figures and source links are all there', async () => {
    for (const path of chartPages) {
      const { page, problems } = await open(path, false);
      for (const table of await page.locator('[data-chart] table').all()) expect(await table.isVisible()).toBe(true);
      expect(await page.locator('[data-chart] canvas').first().isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await page.context().close();
    }
    const { page } = await open('chi-tieu/gia-vien-2026/', false);
    expect(await page.locator('[data-target-card]').count()).toBe(23);
    await expect(page.locator('#chi-tieu-gia-vien-2026-thu-ngan-sach [data-value]').first().textContent()).resolves.toBe('2.525 tỷ đồng');
    await page.context().close();
  });

  it('a figure links to its passage, which the document page highlights', async () => {
    const { page, problems } = await open('chi-tieu/gia-vien-2026/');
    const link = page.locator('#chi-tieu-gia-vien-2026-bao-hiem-y-te [data-source-link]');
    expect(await link.getAttribute('href')).toMatch(/\/van-ban\/nghi-quyet-muc-tieu-chi-tieu-nam-2026\/#muc-ii-2-2-14:~:text=/);
    await link.click();
    await page.waitForURL(/van-ban\/nghi-quyet-muc-tieu-chi-tieu-nam-2026/);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      return el ? { id: el.id, text: el.textContent, outline: getComputedStyle(el).outlineStyle } : null;
    });
    expect(target).toEqual({ id: 'muc-ii-2-2-14', text: expect.stringContaining('bảo hiểm y tế đạt 96,5%'), outline: 'solid' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('every source link on the infographic pages points to an element holding its passage', async () => {
    const { page } = await open('chi-tieu/');
    const links = new Set<string>();
    for (const path of infographicPages) {
      await page.goto(server.url(path));
      for (const href of await page.locator('a[data-source-link]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))) links.add(href);
    }
    expect(links.size).toBeGreaterThan(60);
    const byDoc = new Map<string, string[]>();
    for (const href of links) {
      const [path, fragment] = href.split('#');
      byDoc.set(path!, [...(byDoc.get(path!) ?? []), fragment!]);
    }
    const missing: string[] = [];
    for (const [path, fragments] of byDoc) {
      await page.goto(server.origin + path);
      for (const f of fragments) {
        const [id, directive] = f.split(':~:text=');
        const start = decodeURIComponent(directive!.split(',')[0]!);
        const ok = await page.evaluate(([i, s]) => {
          const el = document.getElementById(i!);
          return !!el && el.textContent!.replace(/\s+/g, ' ').includes(s!);
        }, [id, start]);
        if (!ok) missing.push(`${path}#${id} "${start}"`);
      }
    }
    expect(missing).toEqual([]);
    await page.context().close();
  });
});

describe('downloads', () => {
  for (const set of ['gia-vien-2026', 'hai-duong-2026-2030', 'thuy-nguyen-quy-i-2026']) {
    it(`${set} as CSV and JSON`, async () => {
      const csv = await fetch(server.url(`chi-tieu/${set}.csv`));
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect((await csv.text()).split('\r\n')[0]).toContain('chi_tieu');
      const json = await fetch(server.url(`chi-tieu/${set}.json`));
      expect(json.status).toBe(200);
      expect((await json.json()).targets.length).toBeGreaterThan(5);
    });
  }
});
