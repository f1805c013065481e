// Infographic pages in Chromium on a 390 px phone: the static charts fit one screen, keep their text readable and
// growing with the text size, shift nothing and need no script; every figure card says what kind it is; a count
// never loses its parts; everything reads with JavaScript off; every source link lands on its passage; the
// downloads open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages, documentFiles } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';

const PHONE = { width: 390, height: 844 };
const pages = builtPages(SITE_DIST);
const infographicPages = pages.filter((p) => p.startsWith('nhiem-vu/') || p.startsWith('chi-tieu/'));
const setPages = ['chi-tieu/gia-vien-2026/', 'chi-tieu/hai-duong-2026-2030/', 'chi-tieu/thuy-nguyen-quy-i-2026/'];
/** The pages that draw a chart: the results against the year's pace, and wards whose levels differ. */
const chartPages = ['chi-tieu/thuy-nguyen-quy-i-2026/', 'chi-tieu/so-sanh/'];
const KINDS = ['Chỉ tiêu', 'Kết quả', 'Hạn chế, chưa đạt', 'Nhiệm vụ', 'Mục tiêu của thành phố'];

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

interface OpenOptions { javaScriptEnabled?: boolean; textSize?: string; colorScheme?: 'light' | 'dark' }

async function open(path: string, { javaScriptEnabled = true, textSize, colorScheme = 'light' }: OpenOptions = {}) {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => requests.push(r.url()));
  if (textSize) await page.addInitScript((v) => localStorage.setItem('co-chu', v), textSize);
  await page.goto(server.url(path));
  return { page, problems, requests };
}

/** Font sizes (px) of every element inside `selector` that holds text of its own. */
const textSizes = (page: Page, selector: string) => page.evaluate((sel) => {
  const out: Array<{ text: string; size: number }> = [];
  for (const root of document.querySelectorAll(sel)) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join(' ').trim();
      if (own) out.push({ text: own.slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) });
    }
  }
  return out;
}, selector);

describe('infographic pages', () => {
  it('there are 10 task-group pages, an overview, the target sets, their index and the comparison', () => {
    expect(infographicPages.filter((p) => /^nhiem-vu\/.+\//.test(p))).toHaveLength(10);
    expect(infographicPages).toEqual(expect.arrayContaining(['nhiem-vu/', 'chi-tieu/', 'chi-tieu/so-sanh/', ...setPages]));
  });

  for (const path of chartPages) {
    it(`/${path}: every chart is a static figure that fits one 390×844 screen, with its source and table, and no script`, async () => {
      const { page, problems, requests } = await open(path);
      // Nothing but the page itself while it loads: the share island arrives on the reader's first touch (the table
      // clicks below are one).
      expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
      const charts = page.locator('[data-chart]');
      const count = await charts.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const chart = charts.nth(i);
        const box = (await chart.boundingBox())!;
        expect(box.height, `chart ${i + 1} is ${box.height} px tall`).toBeLessThanOrEqual(PHONE.height);
        expect(box.width).toBeLessThanOrEqual(PHONE.width);
        // The finding as its title, the source inside the figure, a bar and the value's words on every row.
        expect((await chart.locator('h2, h3, h4').first().textContent())!.length).toBeGreaterThan(20);
        await expect(chart.locator('[data-chart-source]').textContent()).resolves.toMatch(/^Nguồn: .+ phường /);
        const rows = await chart.locator('[data-chart-row]').count();
        expect(rows).toBeGreaterThan(1);
        expect(await chart.locator('[data-chart-row] svg rect[width]').count()).toBeGreaterThanOrEqual(rows);
        expect(await chart.locator('[data-chart-value]').count()).toBe(rows);
        // The table has the same rows, one tap away.
        const block = page.locator('[data-chart-block]').nth(i);
        await block.locator('summary').click();
        expect(await block.locator('table').isVisible()).toBe(true);
        expect(await block.locator('tbody tr').count()).toBeGreaterThanOrEqual(rows);
      }
      // Bar lengths are SVG attributes: no style attribute anywhere in a chart (a strict CSP comes later).
      expect(await page.locator('[data-chart-block] [style]').count()).toBe(0);
      // No chart script: the page's inline modules are its islands only (share bar, Nghe, the handout's print button),
      // one module per kind of island.
      expect(await page.locator('script[src]').count()).toBe(0);
      let islands = 0;
      for (const marker of ['[data-share-bar]', '[data-listen]', '[data-handout-print]']) {
        if ((await page.locator(marker).count()) > 0) islands++;
      }
      expect(await page.locator('script[type="module"]').count()).toBe(islands);
      expect(requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname)).toEqual(
        requests.some((u) => u.endsWith('.js')) ? [expect.stringMatching(/^\/_astro\/share-island-[\w-]+\.js$/)] : [],
      );
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it(`/${path}: chart text is at least 14 px, and grows with the text size`, async () => {
      const { page } = await open(path);
      for (const s of await page.locator('[data-chart-block] summary').all()) await s.click();
      const normal = await textSizes(page, '[data-chart-block]');
      expect(normal.length).toBeGreaterThan(5);
      expect(normal.filter((t) => t.size < 14)).toEqual([]);
      const rowLabel = await page.locator('[data-chart-row] p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      await page.context().close();

      const { page: large } = await open(path, { textSize: '3' });
      const bigLabel = await large.locator('[data-chart-row] p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(bigLabel).toBeCloseTo(rowLabel * 1.5, 0);
      // Larger text makes a chart taller, never wider than the screen.
      expect(await large.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      for (const chart of await large.locator('[data-chart]').all()) expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
      await large.context().close();
    });

    it(`/${path}: nothing shifts as the page loads and scrolls (CLS under 0.02)`, async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(server.url(path), { waitUntil: 'load' });
      for (const y of [800, 1600, 3200, 100_000]) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        await page.waitForTimeout(150);
      }
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.02);
      await context.close();
    });
  }

  it('the set pages without anything a list cannot say draw no chart', async () => {
    for (const path of ['chi-tieu/gia-vien-2026/', 'chi-tieu/hai-duong-2026-2030/']) {
      const { page } = await open(path);
      expect(await page.locator('[data-chart]').count()).toBe(0);
      await page.context().close();
    }
  });

  it('the index gives each set\'s document date with the editor\'s note on it, as the set page does (P30)', async () => {
    const { page } = await open('chi-tieu/');
    const notes = new Map(documentFiles().map((d) => [d.data.title, d.data.dateNote as string | undefined]));
    const tiles = page.locator('[data-set-card]');
    expect(await tiles.count()).toBe(setPages.length);
    let withNote = 0;
    for (const tile of await tiles.all()) {
      const set = (await tile.locator('h3 a').getAttribute('href'))!;
      const setPage = await page.context().newPage();
      await setPage.goto(server.url(set.slice(1)));
      const title = (await setPage.locator('dl a[href*="/van-ban/"]').first().textContent())!.trim();
      await setPage.close();
      expect(notes.has(title), `${set}: "${title}" is a document`).toBe(true);
      const note = notes.get(title);
      if (note) {
        expect((await tile.textContent())!.replace(/\s+/g, ' ')).toContain(note);
        withNote++;
      }
    }
    // Gia Viên's resolution: 08/12/2025 is the day of the meeting, not a printed date of issue.
    expect(withNote).toBeGreaterThan(0);
    await page.context().close();
  });

  it('a set page says whose it is, its document and date, and what it holds by kind; results never sit among targets', async () => {
    const { page } = await open('chi-tieu/thuy-nguyen-quy-i-2026/');
    const frame = page.locator('[data-set-frame]');
    await expect(frame.locator('[data-owner]').textContent()).resolves.toContain('Phường Thủy Nguyên');
    await expect(frame.locator('[data-kind-count]').textContent()).resolves.toBe('5 kết quả; 2 hạn chế, chưa đạt; 1 chỉ tiêu và 2 nhiệm vụ');
    expect(await frame.textContent()).not.toMatch(/\b10 chỉ tiêu\b/);
    const kinds = await page.locator('[data-kind-section]').evaluateAll((sections) => sections.map((s) => ({
      kind: s.getAttribute('data-kind-section'),
      cards: [...s.querySelectorAll('[data-target-card]')].map((c) => c.getAttribute('data-kind')),
    })));
    expect(kinds.map((k) => k.kind)).toEqual(['ket-qua', 'han-che', 'chi-tieu', 'nhiem-vu']);
    for (const k of kinds) expect(new Set(k.cards)).toEqual(new Set([k.kind]));
    await page.context().close();

    // Gia Viên's date is the meeting date: the document's note stands beside it.
    const { page: gv } = await open('chi-tieu/gia-vien-2026/');
    await expect(gv.locator('[data-set-frame]').textContent()).resolves.toMatch(/08\/12\/2025.*ngày Hội nghị/s);
    await gv.context().close();
  });

  it('every figure card on every infographic page wears its kind as a badge, and names its ward', async () => {
    const { page } = await open('chi-tieu/');
    const missing: string[] = [];
    let cards = 0;
    for (const path of infographicPages) {
      await page.goto(server.url(path));
      const found = await page.locator('[data-target-card]').evaluateAll((els) => els.map((el) => ({
        badge: el.querySelector('[data-kind-badge]')?.textContent?.trim() ?? '',
        owner: el.querySelector('[data-owner]')?.textContent?.trim() ?? '',
        label: el.querySelector('h2, h3, h4')?.textContent?.trim() ?? '',
      })));
      cards += found.length;
      for (const c of found) {
        if (!KINDS.some((k) => c.badge.startsWith(`${k} · `)) || !c.owner) missing.push(`/${path}: ${c.label} [${c.badge}] [${c.owner}]`);
      }
    }
    expect(cards).toBeGreaterThan(100);
    expect(missing).toEqual([]);
    await page.context().close();
  });

  it('the index puts the site\'s own ward first, other wards under "Tham khảo", each tile with every value', async () => {
    const { page } = await open('chi-tieu/');
    const sections = page.locator('section[data-wards]');
    await expect(sections.nth(0).getAttribute('data-wards')).resolves.toBe('own');
    expect(new Set(await sections.nth(0).locator('[data-target-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ward'))))).toEqual(new Set(['Hải Dương']));
    await expect(sections.nth(1).locator('h2').textContent()).resolves.toBe('Tham khảo: các phường khác');
    expect(await sections.nth(1).locator('[data-target-card][data-ward="Hải Dương"]').count()).toBe(0);
    // P23: a figure of several values shows them all (supervision 07 beside inspection 08; 43 closures beside 64 new).
    const tile = (id: string) => page.locator(`[data-target-card]:has(a[href$="#${id}"])`);
    expect(await tile('chi-tieu-gia-vien-2026-kiem-tra-giam-sat').locator('[data-figure-text]').count()).toBe(4);
    await expect(tile('chi-tieu-thuy-nguyen-quy-i-2026-doanh-nghiep').textContent()).resolves.toContain('43 doanh nghiệp dừng kinh doanh');
    await page.context().close();
  });

  it('the comparison puts the site\'s own ward first, says how each indicator is measured, and charts only levels that differ', async () => {
    const { page } = await open('chi-tieu/so-sanh/');
    const sections = await page.locator('[data-comparison]').all();
    expect(sections.length).toBeGreaterThan(2);
    for (const s of sections) {
      await expect(s.locator('[data-comparison-rows] > li').first().getAttribute('data-ward')).resolves.toBe('Hải Dương');
      await expect(s.locator('[data-definition]').textContent()).resolves.toMatch(/^Cách tính: đo “.+”, tính trên “.+”\.$/);
      expect(await s.locator('[data-source-link]').count()).toBe(await s.locator('[data-comparison-rows] > li').count());
    }
    // Equal levels (100% and 100%) are a list, not a row of full bars.
    expect(await page.locator('[data-comparison="nuoc-sach"] [data-chart]').count()).toBe(0);
    expect(await page.locator('[data-comparison="truong-chuan-quoc-gia"] [data-chart]').count()).toBe(1);
    await expect(page.locator('[data-comparison="truong-chuan-quoc-gia"] [data-chart-row]').first().textContent()).resolves.toMatch(/^\s*Phường Hải Dương · /);
    await page.context().close();
  });

  it('11/19 is never shown without the 08 targets not yet due, on any page or in any description', async () => {
    const { page } = await open('');
    const bare: string[] = [];
    for (const path of pages.filter((p) => p.endsWith('/'))) {
      await page.goto(server.url(path));
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!/11\s*\/\s*19/.test(n.textContent!)) continue;
          const block = n.parentElement!.closest('[data-target-card], li, p, dd, td, blockquote') ?? n.parentElement!;
          if (!/\b08\b/.test(block.textContent!)) out.push(block.textContent!.replace(/\s+/g, ' ').trim().slice(0, 120));
        }
        for (const m of document.querySelectorAll('meta[name="description"], meta[property="og:description"]')) {
          const c = m.getAttribute('content') ?? '';
          if (/11\s*\/\s*19/.test(c) && !/\b08\b/.test(c)) out.push(`meta: ${c.slice(0, 120)}`);
        }
        return out;
      });
      bare.push(...found.map((f) => `/${path}: ${f}`));
    }
    expect(bare).toEqual([]);
    await page.context().close();
  });

  it('with JavaScript off, the charts, tables, figures and source links are all there', async () => {
    for (const path of chartPages) {
      const { page, problems } = await open(path, { javaScriptEnabled: false });
      for (const chart of await page.locator('[data-chart]').all()) {
        expect(await chart.isVisible()).toBe(true);
        expect(await chart.locator('[data-chart-row] svg rect').first().isVisible()).toBe(true);
      }
      const table = page.locator('[data-chart-block] details, [data-chart-table]').first();
      await table.locator('summary').click();
      expect(await table.locator('table').isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await page.context().close();
    }
    const { page } = await open('chi-tieu/gia-vien-2026/', { javaScriptEnabled: false });
    expect(await page.locator('[data-target-card]').count()).toBe(23);
    await expect(page.locator('#chi-tieu-gia-vien-2026-thu-ngan-sach [data-value]').first().textContent()).resolves.toBe('2.525 tỷ đồng');
    await expect(page.locator('#chi-tieu-gia-vien-2026-thu-ngan-sach [data-figure-text]').first().textContent()).resolves.toBe('đạt trên 2.525 tỷ đồng');
    const source = page.locator('#chi-tieu-gia-vien-2026-bao-hiem-y-te');
    await source.locator('summary').click();
    expect(await source.locator('[data-source-link]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('a figure links to its passage, which the document page highlights', async () => {
    const { page, problems } = await open('chi-tieu/gia-vien-2026/');
    const card = page.locator('#chi-tieu-gia-vien-2026-bao-hiem-y-te');
    await expect(card.locator('summary').textContent()).resolves.toBe('Nguồn: Nghị quyết phường Gia Viên, mục (14)');
    await card.locator('summary').click();
    const link = card.locator('[data-source-link]');
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

  // No page asks anything of another origin: every page, through nginx, in tests/site/nginx.test.ts.
});

describe('downloads', () => {
  for (const set of ['gia-vien-2026', 'hai-duong-2026-2030', 'thuy-nguyen-quy-i-2026']) {
    it(`${set} as CSV, Excel and JSON, each linked from its page with a line on what it is for`, async () => {
      const csv = await fetch(server.url(`chi-tieu/${set}.csv`));
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      // A BOM, Vietnamese column names, ";" between them: Excel set to Vietnamese opens it as it is.
      const bytes = Buffer.from(await csv.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(/^Bộ số liệu;Của;Văn bản;/);
      const xlsx = await fetch(server.url(`chi-tieu/${set}.xlsx`));
      expect(xlsx.status).toBe(200);
      expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
      const json = await fetch(server.url(`chi-tieu/${set}.json`));
      expect(json.status).toBe(200);
      const data = await json.json();
      expect(data.figures.length).toBeGreaterThan(5);
      expect(data.figures.every((f: { kind: string; when: string }) => f.kind && f.when)).toBe(true);

      const { page } = await open(`chi-tieu/${set}/`);
      const links = page.locator('[data-downloads] a[download]');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-download')))).toEqual(['csv', 'xlsx', 'json']);
      for (const a of await links.all()) {
        expect((await a.locator('xpath=following-sibling::p').textContent())!.length).toBeGreaterThan(20);
        expect((await fetch(server.origin + (await a.getAttribute('href'))!)).status).toBe(200);
      }
      await page.context().close();
    });
  }
});
