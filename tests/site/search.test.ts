// Search in Chromium, as residents type it: with and without diacritics, document numbers, names,
// nonsense that must find nothing. Each query must bring its page into the top three results.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { BASE_DIST, SITE_DIST, SUB_PATH } from '../support/paths.ts';

const NQ = 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/';
const KL = 'van-ban/ket-luan-hoi-nghi-dang-uy-quy-i-2026/';
const KH = 'van-ban/ke-hoach-tuyen-truyen-ket-luan-199-kl-tw/';
const CV = 'van-ban/cong-van-thuc-hien-chuong-trinh-14-ctr-tu/';
const CTR = 'van-ban/chuong-trinh-hanh-dong-tang-truong-hai-con-so/';

/** [query, a page that must be among the first three results] */
const QUERIES: Array<[string, string]> = [
  ['ngân sách', 'nhiem-vu/tang-truong-ngan-sach/'],
  ['ngan sach', 'nhiem-vu/tang-truong-ngan-sach/'],
  ['đảng viên', NQ],
  ['dang vien', NQ],
  ['chuyển đổi số', 'nhiem-vu/nhan-luc-khoa-hoc-chuyen-doi-so/'],
  ['chuyen doi so', 'nhiem-vu/nhan-luc-khoa-hoc-chuyen-doi-so/'],
  ['đầu tư công', 'chi-tieu/gia-vien-2026/'],
  ['dau tu cong', CTR],
  ['kinh te so', 'nhiem-vu/mo-hinh-tang-truong-kinh-te-so/'],
  ['tang truong 2 con so', CTR],
  ['bảo hiểm y tế', 'chi-tieu/so-sanh/'],
  ['bao hiem xa hoi', 'chi-tieu/gia-vien-2026/'],
  ['nuoc sach', 'chi-tieu/so-sanh/'],
  ['thu gom rac', 'nhiem-vu/moi-truong-thien-tai/'],
  ['giải phóng mặt bằng', KL],
  ['loa truyen thanh', KH],
  ['dan van kheo', NQ],
  ['binh dan hoc vu so', KL],
  ['to dan pho khong ma tuy', KL],
  ['camera AI', KL],
  ['Hoa Phượng Đỏ', KL],
  ['dien bien phu', KL],
  ['14-CTr/TU', CV],
  ['244/2025/QH15', CV],
  ['199-KL/TW', KH],
  ['203-KL/TW', CTR],
  ['01-NQ/TU', KL],
  ['11/19', 'chi-tieu/thuy-nguyen-quy-i-2026/'],
  ['2.525', NQ],
  ['149,432', 'chi-tieu/thuy-nguyen-quy-i-2026/'],
  ['Phạm Hưng Hùng', KL],
  ['pham hung hung', KL],
  ['Vũ Văn Hạnh', CV],
  ['Nguyễn Thị Hà Phương', KH],
  ['tran quang tuong', NQ],
  ['Phạm Công Quân', CTR],
];
const NOTHING = ['xqzt', 'abcdef', 'qwrtpsdf', 'zzzz xqzt'];

let browser: Browser;
let server: RunningServer;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await serveSite(SITE_DIST, '/');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function results(p: Page, origin: string, query: string): Promise<{ status: string; hrefs: string[] }> {
  await p.goto(`${origin}tim-kiem/?q=${encodeURIComponent(query)}`);
  await p.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s !== '' && s !== 'Đang tìm…';
  }, null, { timeout: 15_000 });
  return {
    status: (await p.locator('[data-search-status]').textContent()) ?? '',
    hrefs: await p.locator('[data-search-results] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
  };
}

describe('search finds what residents mean', () => {
  it(`the table has at least 30 queries`, () => {
    expect(QUERIES.length + NOTHING.length).toBeGreaterThanOrEqual(30);
  });

  for (const [query, expected] of QUERIES) {
    it(`"${query}" → /${expected}`, async () => {
      const { hrefs } = await results(page, server.url(), query);
      const top = hrefs.slice(0, 3).map((h) => h.split('#')[0]);
      expect(top, `top results: ${top.join(', ')}`).toContain(`/${expected}`);
    });
  }

  for (const query of NOTHING) {
    it(`"${query}" finds nothing, and says so with suggestions`, async () => {
      const { status, hrefs } = await results(page, server.url(), query);
      expect(hrefs).toEqual([]);
      expect(status).toBe(`Không tìm thấy kết quả nào cho "${query}".`);
      expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
      expect(await page.locator('[data-search-empty] a').count()).toBeGreaterThan(3);
    });
  }

  it('a result inside a long document lands on its numbered item', async () => {
    const { hrefs } = await results(page, server.url(), 'tham gia bảo hiểm y tế đạt 96,5%');
    expect(hrefs).toContain(`/${NQ}#muc-ii-2-2-14`);
    // The ward task on a task-group page quotes the same passage; the document's own item is among the first three.
    const { hrefs: h2 } = await results(page, server.url(), 'Hoa Phượng Đỏ');
    expect(h2.slice(0, 3)).toContain(`/${KL}#muc-ii-6`);
  });

  it('only the main content is indexed: no navigation, skip link, controls, breadcrumbs or source links', async () => {
    await page.goto(server.url('tim-kiem/'));
    // A string, so the test runner does not rewrite the browser's own import().
    const contents = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const all = await pf.search(null);
      return Promise.all(all.results.map((r) => r.data()));
    })()`) as Array<{ url: string; content: string }>;
    expect(contents.length).toBe(19);
    for (const { url, content } of contents) {
      for (const chrome of ['Bỏ qua, đến nội dung chính', 'Giảm cỡ chữ', 'Xem đoạn này trong văn bản', 'Trang chủ', 'Tải số liệu', 'Bảng số liệu']) {
        expect(content, `${url} holds "${chrome}"`).not.toContain(chrome);
      }
    }
  });

  it('a query typed with diacritics ranks the exact words first', async () => {
    const { hrefs } = await results(page, server.url(), 'Phạm Công Quân');
    expect(hrefs[0]!.split('#')[0]).toBe(`/${CTR}`);
  });

  it('results show title, type, ward, date and a highlighted excerpt', async () => {
    await results(page, server.url(), 'dang vien');
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('[data-result-meta]').textContent()).resolves.toMatch(/^(Văn bản|Nhiệm vụ|Chỉ tiêu)( · .+)+/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    // The excerpt is text and <mark> only: no other markup of Pagefind's excerpt reaches the page.
    const tags = await page.locator('[data-search-results] li > p:last-child *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(['MARK']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('filter chips narrow the results and stay in the URL', async () => {
    const all = await results(page, server.url(), 'dang vien');
    await page.getByRole('button', { name: 'Văn bản', exact: true }).click();
    await expect.poll(() => page.url()).toContain('loai=V%C4%83n+b%E1%BA%A3n');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length < n, all.hrefs.length);
    const kinds = await page.locator('[data-search-results] [data-result-meta]').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.startsWith('Văn bản'))).toBe(true);
    await page.reload();
    await page.waitForSelector('[data-search-results] li');
    expect(await page.getByRole('button', { name: 'Văn bản', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it('the query lives in the URL as the reader types', async () => {
    await page.goto(server.url('tim-kiem/'));
    await page.locator('#q').pressSequentially('ngan sach', { delay: 20 });
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 5000 }).toBe('ngan sach');
    await page.waitForSelector('[data-search-results] li');
  });

  it('axe finds no violation on the results, chips and suggestions', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const query of ['dang vien', 'xqzt']) {
      await results(page, server.url(), query);
      await page.evaluate(axeSource); // not an inline <script>: the page's CSP refuses those
      const violations = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.help))`);
      expect(violations).toEqual([]);
    }
  });

  it('no console errors along the way', () => {
    expect(problems).toEqual([]);
  });
});

describe('search interface', () => {
  it('results arrive without moving what is on screen (CLS under 0.02 at 390 px)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await context.newPage();
    await p.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(server.url('tim-kiem/?q=ngan%20sach'));
    await p.waitForSelector('[data-search-results] li');
    await p.waitForTimeout(500);
    expect(await p.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.02);
    await context.close();
  });

  it('the engine and index load only when the reader searches', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await context.newPage();
    const fetched: string[] = [];
    p.on('request', (r) => fetched.push(r.url()));
    await p.goto(server.url(NQ));
    await p.goto(server.url('tim-kiem/'));
    await p.waitForLoadState('networkidle');
    const engine = (u: string) => /\/_astro\/engine\.[\w-]+\.js$/.test(u);
    expect(fetched.filter((u) => u.includes('/pagefind/') || engine(u))).toEqual([]);
    await p.locator('#q').fill('ngan sach');
    await p.waitForSelector('[data-search-results] li');
    expect(fetched.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(fetched.some(engine)).toBe(true);
    await context.close();
  });

  it('"/" opens and focuses the header search on a phone; the form submits to the search page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await context.newPage();
    await p.goto(server.url('van-ban/'));
    expect(await p.locator('#tu-khoa').isVisible()).toBe(false);
    await p.keyboard.press('/');
    await expect(p.evaluate(() => document.activeElement?.id)).resolves.toBe('tu-khoa');
    await p.keyboard.press('Escape');
    expect(await p.locator('#tu-khoa').isVisible()).toBe(false);
    await expect(p.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe('o-tim-kiem');
    await p.keyboard.press('/');
    await p.keyboard.type('chuyen doi so');
    await p.keyboard.press('Enter');
    await p.waitForURL(/tim-kiem\/\?q=chuyen\+doi\+so/);
    await p.waitForSelector('[data-search-results] li');
    await context.close();
  });

  it('without JavaScript the header form still reaches the search page, which says so and offers the documents', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(server.url(''));
    await p.locator('#tu-khoa').fill('ngan sach');
    await p.locator('#tu-khoa').press('Enter');
    await p.waitForURL(/tim-kiem\/\?q=ngan\+sach/);
    await expect(p.locator('[data-search-nojs]').textContent()).resolves.toContain('Tìm kiếm cần bật JavaScript');
    await p.locator('[data-search-nojs] a').click();
    await p.waitForURL(/\/van-ban\/$/);
    await context.close();
  });

  it(`works under ${SUB_PATH}: results link inside the sub-path`, async () => {
    const sub = await serveSite(BASE_DIST, SUB_PATH);
    const context = await browser.newContext();
    const p = await context.newPage();
    const { hrefs } = await results(p, sub.url(), '14-CTr/TU');
    expect(hrefs[0]).toMatch(new RegExp(`^${SUB_PATH}van-ban/`));
    expect((await fetch(sub.origin + hrefs[0]!.split('#')[0])).status).toBe(200);
    await context.close();
    await sub.close();
  });
});

describe('more results', () => {
  it('a broad query shows a first batch and a button for more', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await context.newPage();
    const { hrefs } = await results(p, server.url(), 'phường');
    const more = p.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await p.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, hrefs.length);
    await context.close();
  });
});
