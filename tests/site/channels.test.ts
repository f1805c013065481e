// The ward radio's bulletins and "Nghe", as built and in Chromium on a 390 px phone:
// - every task group and target set has a bulletin section (collapsible, with its reading time) and a UTF-8 .txt
//   file whose script is the page's, word for word; /ban-tin/ lists them all with their reading times;
// - "Nghe" shows only where a Vietnamese voice exists (also when the voices arrive late), starts, marks the passage
//   being read and keeps it in view, pauses, continues and stops, with a stubbed speechSynthesis; on a document
//   page it reads from the chosen section, abbreviations spelled out; its size follows the text-size setting;
// - the player loads only when pressed, from the site itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages } from '../support/site-files.ts';
import { BASE_DIST, SITE_DIST, SUB_PATH } from '../support/paths.ts';

// A build elsewhere can be checked too (CHANNELS_SITE_DIST, CHANNELS_BASE_DIST); by default the test run's own.
const DIST = process.env.CHANNELS_SITE_DIST || SITE_DIST;
const SUB_DIST = process.env.CHANNELS_BASE_DIST || BASE_DIST;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GROUP = 'nhiem-vu/bo-may-chinh-quyen-hai-cap/';
const DOC = 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/';

const pages = builtPages(DIST);
const groupPages = pages.filter((p) => /^nhiem-vu\/[^/]+\/$/.test(p));
const setPages = pages.filter((p) => /^chi-tieu\/[^/]+\/$/.test(p) && p !== 'chi-tieu/so-sanh/');
const documentPages = pages.filter((p) => /^van-ban\/[a-z0-9-]+\/$/.test(p) && !/^van-ban\/(loai|phuong|nam)\//.test(p));
const html = (path: string, dist = DIST) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

let browser: Browser;
let server: RunningServer;
let subServer: RunningServer;
beforeAll(async () => {
  server = await serveSite(DIST, '/');
  subServer = await serveSite(SUB_DIST, SUB_PATH);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await subServer?.close();
});

/** What the stubbed browser offers: its voices, whether they arrive late, or no speechSynthesis at all. */
interface Speech { voices: Array<{ lang: string; name: string }>; late?: boolean; none?: boolean }
const VI: Speech = { voices: [{ lang: 'en-US', name: 'English' }, { lang: 'vi-VN', name: 'Tiếng Việt' }] };

interface Visit { page: Page; problems: string[]; requests: string[] }

async function visit(path: string, speech: Speech, options: BrowserContextOptions & { on?: RunningServer } = {}): Promise<Visit> {
  const { on = server, ...context } = options;
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, ...context });
  await ctx.addInitScript((s: Speech) => {
    const w = window as unknown as Record<string, unknown>;
    const log = { spoken: [] as Array<{ text: string; lang: string; voice: string | undefined }>, cancels: 0, current: null as EventTarget | null, scrolls: [] as unknown[] };
    w.__speech = log;
    const scroll = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (arg?: boolean | ScrollIntoViewOptions) {
      log.scrolls.push(arg);
      return scroll.call(this, arg);
    };
    if (s.none) {
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
      return;
    }
    class Utterance extends EventTarget {
      text: string; lang = ''; voice: { name: string } | null = null; rate = 1; pitch = 1; volume = 1;
      constructor(text = '') { super(); this.text = text; }
    }
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    let ready = !s.late;
    synth.getVoices = () => (ready ? s.voices : []);
    synth.speak = (u: Utterance) => {
      log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      log.current = u;
      setTimeout(() => {
        u.dispatchEvent(new Event('start'));
        u.dispatchEvent(Object.assign(new Event('boundary'), { charIndex: 0, name: 'word' }));
      }, 0);
    };
    synth.cancel = () => {
      log.cancels++;
      const u = log.current;
      log.current = null;
      u?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    };
    synth.pause = () => {};
    synth.resume = () => {};
    // The voice finishes the sentence it is reading.
    w.__finish = () => {
      const u = log.current;
      log.current = null;
      u?.dispatchEvent(Object.assign(new Event('boundary'), { charIndex: 1, name: 'word' }));
      u?.dispatchEvent(new Event('end'));
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    w.SpeechSynthesisUtterance = Utterance;
    // Late voices arrive when the test says so.
    w.__voicesArrive = () => { ready = true; synth.dispatchEvent(new Event('voiceschanged')); };
  }, speech);
  const page = await ctx.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(on.origin) && !r.url().startsWith('data:')) problems.push(`other origin: ${r.url()}`);
  });
  await page.goto(on.url(path), { waitUntil: 'load' });
  return { page, problems, requests };
}

type Log = { spoken: Array<{ text: string; lang: string; voice: string | undefined }>; cancels: number; scrolls: unknown[] };
const log = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Log }).__speech);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __finish: () => void }).__finish());
const spokenCount = async (page: Page) => (await log(page)).spoken.length;
const marked = (page: Page) => page.evaluate(() => {
  const m = [...document.querySelectorAll<HTMLElement>('[data-listen-current]')];
  return m.map((el) => ({ text: el.textContent!.trim(), id: el.id, index: [...document.querySelectorAll('[data-listen-passage]')].indexOf(el) }));
});

async function axe(page: Page, include: string[]): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (inc) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run({ include: inc }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v: { id: string; help: string }) => `${v.id}: ${v.help}`);
  }, include);
}

describe('bulletins, as built', () => {
  it('every task group and target set has a collapsible bulletin with its reading time, the "Nghe" control and its .txt file', () => {
    expect(groupPages).toHaveLength(10);
    expect(setPages.length).toBeGreaterThanOrEqual(3);
    const problems: string[] = [];
    for (const path of [...groupPages, ...setPages]) {
      const doc = html(path);
      const sections = doc.querySelectorAll('[data-bulletin]');
      if (sections.length !== 1) { problems.push(`/${path}: ${sections.length} bulletin sections`); continue; }
      const section = sections[0]!;
      const slug = section.getAttribute('data-bulletin')!;
      if (!/^Thời lượng đọc: khoảng (\d+ phút)?( ?\d+ giây)?/.test(section.querySelector('[data-reading-time]')?.textContent ?? '')) problems.push(`/${path}: no reading time`);
      const summary = section.querySelector('details > summary')?.textContent ?? '';
      if (!/\(khoảng .+\)/.test(summary)) problems.push(`/${path}: summary without reading time`);
      if (section.querySelector('details')?.hasAttribute('open')) problems.push(`/${path}: bulletin open by default`);
      const control = doc.querySelectorAll('[data-listen]');
      if (control.length !== 1 || control[0]!.getAttribute('data-mode') !== 'bulletin' || !control[0]!.hasAttribute('hidden')) problems.push(`/${path}: listen control`);
      const link = section.querySelector('[data-bulletin-download]')!;
      if (link.getAttribute('download') !== `bantin-${slug}.txt`) problems.push(`/${path}: download name ${link.getAttribute('download')}`);
      const file = join(DIST, link.getAttribute('href')!.slice(1));
      if (!existsSync(file)) { problems.push(`/${path}: no ${file}`); continue; }
      const bytes = readFileSync(file);
      if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) problems.push(`/${path}: .txt without UTF-8 byte-order mark`);
      const text = bytes.toString('utf8');
      if (/[^\r]\n/.test(text)) problems.push(`/${path}: .txt line ends are not CRLF`);
      // The file's script is the page's, line for line.
      const lines = section.querySelectorAll('[data-listen-passage]').map((p) => p.textContent.trim());
      const fileLines = text.split('\r\n');
      const missing = lines.filter((l) => !fileLines.includes(l));
      if (missing.length) problems.push(`/${path}: ${missing.length} lines not in the file, e.g. "${missing[0]}"`);
      if (!lines[0]!.startsWith('Đài truyền thanh phường') || !lines.some((l) => l.startsWith('Theo '))) problems.push(`/${path}: framing or attribution missing`);
    }
    expect(problems).toEqual([]);
  });

  it('/ban-tin/ lists every task group and target set, each with its reading time, its page and its file', () => {
    const doc = html('ban-tin/');
    const items = doc.querySelectorAll('[data-bulletin-item]');
    const slugs = items.map((i) => i.getAttribute('data-bulletin-item'));
    expect(items).toHaveLength(groupPages.length + setPages.length);
    for (const path of [...groupPages, ...setPages]) expect(slugs).toContain(path.split('/')[1]);
    for (const item of items) {
      expect(item.querySelector('[data-reading-time]')!.textContent).toMatch(/^Thời lượng đọc: khoảng /);
      const page = item.querySelector('a')!.getAttribute('href')!;
      expect(page).toMatch(/^\/(nhiem-vu|chi-tieu)\/[a-z0-9-]+\/#ban-tin$/);
      expect(html(page.slice(1).replace(/#.*$/, '')).querySelector('#ban-tin')).not.toBeNull();
      expect(existsSync(join(DIST, item.querySelector('[data-bulletin-download]')!.getAttribute('href')!.slice(1)))).toBe(true);
    }
  });

  it('every document page has "Nghe văn bản" with its sections to start from, hidden until a voice is found', () => {
    expect(documentPages.length).toBeGreaterThanOrEqual(5);
    for (const path of documentPages) {
      const doc = html(path);
      const control = doc.querySelector('[data-listen][data-mode="document"]');
      expect(control, path).not.toBeNull();
      expect(control!.hasAttribute('hidden')).toBe(true);
      const article = doc.querySelector(control!.getAttribute('data-target')!);
      expect(article, path).not.toBeNull();
      for (const option of control!.querySelectorAll('option').slice(1)) expect(article!.querySelector(`[id="${option.getAttribute('value')}"]`), `${path} ${option.getAttribute('value')}`).not.toBeNull();
      // The player is not on the page: it loads when pressed.
      expect(doc.querySelectorAll('script[src], link[rel=modulepreload]').map((s) => s.getAttribute('src') ?? s.getAttribute('href')).filter((s) => /listen/.test(s ?? ''))).toEqual([]);
    }
  });
});

describe('"Nghe" in Chromium', () => {
  it('on a task-group page: shows, starts, marks and moves the mark, keeps it in view, pauses, continues and stops', async () => {
    const { page, problems, requests } = await visit(GROUP, VI);
    const toggle = page.locator('[data-listen-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.textContent()).toBe('Nghe bản tin');
    expect(requests.some((r) => /listen-player/.test(r))).toBe(false);
    const lines = await page.locator('[data-listen-passage]').allTextContents();

    await toggle.click();
    await expect.poll(() => spokenCount(page)).toBe(1);
    expect(requests.some((r) => /listen-player/.test(r))).toBe(true);
    let l = await log(page);
    expect(l.spoken[0]).toEqual({ text: lines[0]!.trim(), lang: 'vi-VN', voice: 'Tiếng Việt' });
    expect(await marked(page)).toMatchObject([{ index: 0 }]);
    expect(await page.locator('[data-bulletin-text]').getAttribute('open')).not.toBeNull();
    expect(await toggle.textContent()).toBe('Tạm dừng');
    expect(await page.locator('[data-listen-status]').textContent()).toBe('Đang đọc');
    // The controls ride at the foot of the screen while reading.
    expect(await page.locator('[data-listen]').evaluate((b) => getComputedStyle(b).position)).toBe('fixed');

    // Each sentence read, the mark moves on.
    for (let i = 1; i <= 4; i++) {
      await finish(page);
      await expect.poll(() => spokenCount(page)).toBe(i + 1);
      expect(await marked(page)).toMatchObject([{ index: i }]);
    }
    l = await log(page);
    expect(l.spoken.slice(0, 5).map((s) => s.text)).toEqual(lines.slice(0, 5).map((t) => t.trim()));
    // Kept in view above the controls.
    await expect.poll(() => page.evaluate(() => {
      const r = document.querySelector('[data-listen-current]')!.getBoundingClientRect();
      const bar = document.querySelector('[data-listen]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= bar.top;
    }), { timeout: 5000 }).toBe(true);
    // The first passage is far down the page: a jump; the next ones glide.
    expect((l.scrolls as ScrollIntoViewOptions[]).map((s) => s.behavior)).toEqual(['auto', ...Array(l.scrolls.length - 1).fill('smooth')]);
    expect(l.scrolls.length).toBeGreaterThan(1);

    // Pause: the voice stops; a late "end" of the sentence cut short moves nothing.
    await toggle.click();
    expect(await toggle.textContent()).toBe('Tiếp tục');
    expect(await page.locator('[data-listen-status]').textContent()).toBe('Đã tạm dừng');
    expect((await log(page)).cancels).toBeGreaterThan(0);
    await finish(page);
    await page.waitForTimeout(100);
    expect(await spokenCount(page)).toBe(5);
    expect(await marked(page)).toMatchObject([{ index: 4 }]);

    // Continue: the sentence cut short is read again, then on.
    await toggle.click();
    await expect.poll(() => spokenCount(page)).toBe(6);
    expect((await log(page)).spoken[5]!.text).toBe(lines[4]!.trim());
    await finish(page);
    await expect.poll(() => spokenCount(page)).toBe(7);
    expect(await marked(page)).toMatchObject([{ index: 5 }]);

    // Stop: quiet, no mark, back to the start button, in the page's flow again.
    const cancels = (await log(page)).cancels;
    await page.getByRole('button', { name: 'Dừng', exact: true }).click();
    expect((await log(page)).cancels).toBeGreaterThan(cancels);
    expect(await marked(page)).toEqual([]);
    expect(await toggle.textContent()).toBe('Nghe bản tin');
    expect(await page.getByRole('button', { name: 'Dừng', exact: true }).isVisible()).toBe(false);
    expect(await page.locator('[data-listen]').evaluate((b) => getComputedStyle(b).position)).toBe('static');
    await finish(page);
    await page.waitForTimeout(100);
    expect(await spokenCount(page)).toBe(7);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reads to the end, each part framed, and then stops by itself', async () => {
    const { page, problems } = await visit('chi-tieu/hai-duong-2026-2030/', VI);
    const lines = (await page.locator('[data-listen-passage]').allTextContents()).map((t) => t.trim());
    await page.locator('[data-listen-toggle]').click();
    await expect.poll(() => spokenCount(page)).toBe(1);
    // A bulletin line may be read in more than one utterance (one a sentence): finish until all are read.
    for (let i = 0; i < 200 && (await page.locator('[data-listen-toggle]').textContent()) !== 'Nghe bản tin'; i++) await finish(page);
    const spoken = (await log(page)).spoken.map((s) => s.text);
    expect(spoken.join(' ')).toBe(lines.join(' '));
    expect(await marked(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('follows the text-size setting (rem) and respects reduced motion', async () => {
    const { page } = await visit(GROUP, VI, { reducedMotion: 'reduce' });
    const toggle = page.locator('[data-listen-toggle]');
    const size = () => toggle.evaluate((b) => [parseFloat(getComputedStyle(b).fontSize), b.getBoundingClientRect().height]);
    const [font, height] = await size();
    await page.evaluate(() => { document.documentElement.dataset.textSize = '3'; });
    const [bigFont, bigHeight] = await size();
    expect(bigFont! / font!).toBeCloseTo(1.5, 1);
    expect(bigHeight!).toBeGreaterThan(height! * 1.3);
    await toggle.click();
    for (let i = 0; i < 6; i++) {
      await expect.poll(() => spokenCount(page)).toBe(i + 1);
      await finish(page);
    }
    const scrolls = (await log(page)).scrolls as ScrollIntoViewOptions[];
    expect(scrolls.length).toBeGreaterThan(0);
    expect(scrolls.every((s) => s.behavior === 'auto')).toBe(true);
    await page.context().close();
  });

  it('shows once the voices arrive late (voiceschanged)', async () => {
    const { page } = await visit(GROUP, { ...VI, late: true });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-listen]').isVisible()).toBe(false);
    await page.evaluate(() => (window as unknown as { __voicesArrive: () => void }).__voicesArrive());
    await expect.poll(() => page.locator('[data-listen]').isVisible()).toBe(true);
    await page.locator('[data-listen-toggle]').click();
    await expect.poll(() => spokenCount(page)).toBe(1);
    await page.context().close();
  });

  it('stays hidden without a Vietnamese voice, or without speechSynthesis, and loads nothing', async () => {
    for (const speech of [{ voices: [{ lang: 'en-US', name: 'English' }, { lang: 'fr-FR', name: 'Français' }] }, { voices: [], none: true }]) {
      for (const path of [GROUP, DOC]) {
        const { page, problems, requests } = await visit(path, speech);
        await page.waitForTimeout(400);
        expect(await page.locator('[data-listen]').isVisible(), path).toBe(false);
        expect(await page.getByRole('button', { name: /^Nghe/ }).count()).toBe(0);
        expect(requests.filter((r) => /listen-player|viet-tat/.test(r))).toEqual([]);
        // The bulletin itself is there to read and download.
        if (path === GROUP) expect(await page.locator('[data-bulletin-text] summary').isVisible()).toBe(true);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    }
  });

  for (const [name, on] of [['at the root', () => server], ['under the sub-path', () => subServer]] as const) {
    it(`on a document page (${name}): reads from the chosen section, marker dropped and abbreviations spelled out`, async () => {
      const { page, problems } = await visit(DOC, VI, { on: on() });
      const control = page.locator('[data-listen]');
      expect(await control.isVisible()).toBe(true);
      const option = page.locator('[data-listen-from] option', { hasText: 'Nhiệm vụ trọng tâm' });
      const id = (await option.getAttribute('value'))!;
      await page.locator('[data-listen-from]').selectOption(id);
      await page.getByRole('button', { name: 'Nghe văn bản' }).click();
      await expect.poll(() => spokenCount(page)).toBe(1);
      expect((await log(page)).spoken[0]!.text).toBe('Nhiệm vụ trọng tâm');
      expect(await marked(page)).toMatchObject([{ id }]);
      await finish(page);
      await expect.poll(() => spokenCount(page)).toBe(2);
      // "(1)- Triển khai …. Lãnh đạo, … đại biểu HĐND các cấp …": one sentence an utterance, "(1)-" dropped.
      expect((await log(page)).spoken[1]!.text).toBe('Triển khai nghiêm túc, hiệu quả Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Nghị quyết Đại hội Đảng bộ thành phố, Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.');
      const item = (await marked(page))[0]!;
      expect(item.text).toMatch(/^\(1\)- Triển khai/);
      await finish(page);
      await expect.poll(() => spokenCount(page)).toBe(3);
      expect((await log(page)).spoken[2]!.text).toBe('Lãnh đạo, chỉ đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.');
      // Same passage, still marked.
      expect((await marked(page))[0]!.text).toBe(item.text);
      await page.getByRole('button', { name: 'Dừng', exact: true }).click();
      expect(await marked(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('the controls and the bulletin pass axe while reading', async () => {
    // axe is injected as an inline script, which the page's Content-Security-Policy refuses.
    const { page } = await visit(GROUP, VI, { bypassCSP: true });
    await page.locator('[data-listen-toggle]').click();
    await expect.poll(() => spokenCount(page)).toBe(1);
    expect(await axe(page, ['[data-listen]', '[data-bulletin]'])).toEqual([]);
    await page.context().close();
  });
});
