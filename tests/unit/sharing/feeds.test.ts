import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { parse } from 'node-html-parser';
import {
  APP_ICONS, FEED_LIMIT, absoluteUrl, basePath, escapeXml, feedChannel, feedItems, headLinks, iconSvg, machineDate,
  robotsTxt, shortName, webManifest, type FeedDocument, type SiteIdentity,
} from '../../../src/lib/sharing/feeds.ts';

const SITE = 'https://phuong.example.gov.vn';
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a3161a"/><path d="M0 0"/></svg>';

const identity = (base: string): SiteIdentity => ({
  siteName: 'Tuyên truyền năm 2026 – Phường Hải Dương',
  wardName: 'Phường Hải Dương',
  ward: 'Hải Dương',
  description: 'Văn bản của Đảng ủy phường;\n  nhiệm vụ và chỉ tiêu.',
  siteUrl: SITE,
  base,
});

const doc = (id: string, date: FeedDocument['date'], extra: Partial<FeedDocument> = {}): FeedDocument => ({
  id,
  title: `Văn bản ${id}`,
  typeLabel: 'Nghị quyết',
  date,
  summary: 'Tóm tắt\n  nội dung.',
  issuer: 'Đảng ủy phường',
  ...extra,
});

describe('URLs under the base', () => {
  it('joins the base and a path with one slash', () => {
    expect(basePath('/', 'rss.xml')).toBe('/rss.xml');
    expect(basePath('/tuyen-truyen/', '/rss.xml')).toBe('/tuyen-truyen/rss.xml');
    expect(basePath('/tuyen-truyen')).toBe('/tuyen-truyen/');
  });

  it('makes absolute URLs from the site URL and the base', () => {
    expect(absoluteUrl(SITE, '/tuyen-truyen/', 'van-ban/a/')).toBe(`${SITE}/tuyen-truyen/van-ban/a/`);
    expect(absoluteUrl(`${SITE}/`, '/')).toBe(`${SITE}/`);
  });
});

describe('machineDate', () => {
  it('keeps a whole date', () => {
    expect(machineDate({ year: 2025, month: 12, day: 8 }).toISOString()).toBe('2025-12-08T00:00:00.000Z');
  });

  it('uses the first day of the known month, or of the known year', () => {
    expect(machineDate({ year: 2026, month: 2 }).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(machineDate({ year: 2026 }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('feedItems', () => {
  it('keeps the order given and stops at the limit', () => {
    const docs = Array.from({ length: 60 }, (_, i) => doc(`d${i}`, { year: 2026 }));
    const items = feedItems(docs, SITE, '/');
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items.map((i) => i.title)).toEqual(docs.slice(0, 50).map((d) => d.title));
    expect(feedItems(docs.slice(0, 3), SITE, '/')).toHaveLength(3);
  });

  it('links each document under the base, with its summary, type and dates', () => {
    const [item] = feedItems([doc('nq-1', { year: 2026, month: 2 })], SITE, '/tuyen-truyen/');
    expect(item).toMatchObject({
      title: 'Văn bản nq-1',
      link: `${SITE}/tuyen-truyen/van-ban/nq-1/`,
      description: 'Tóm tắt nội dung.',
      categories: ['Nghị quyết'],
    });
    expect(item!.pubDate.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    // The date as precise as the document prints it: no invented day.
    expect(item!.customData).toContain('<dc:date>2026-02</dc:date>');
  });

  it('escapes XML in custom data', () => {
    expect(escapeXml(`a & <b> "c" 'd'`)).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
    const [item] = feedItems([doc('x', { year: 2026 }, { issuer: 'Ban A & B' })], SITE, '/');
    expect(item!.customData).toContain('<dc:creator>Ban A &amp; B</dc:creator>');
  });

  it('makes a feed whose channel and items stay under the base', async () => {
    const docs = [doc('a', { year: 2026, month: 4 }, { summary: 'Thu & chi <ngân sách>' }), doc('b', { year: 2025, month: 12, day: 8 })];
    const xml = await getRssString({ ...feedChannel(identity('/tuyen-truyen/')), items: feedItems(docs, SITE, '/tuyen-truyen/') });
    // Void-free parsing: <link> holds text in RSS.
    const root = parse(xml, { voidTag: { tags: [] } });
    expect(root.querySelector('channel > link')?.text).toBe(`${SITE}/tuyen-truyen/`);
    expect(root.querySelector('channel > title')?.text).toBe('Văn bản mới – Phường Hải Dương');
    expect(root.querySelector('channel > language')?.text).toBe('vi');
    const items = root.querySelectorAll('item');
    expect(items.map((i) => i.querySelector('link')?.text)).toEqual([`${SITE}/tuyen-truyen/van-ban/a/`, `${SITE}/tuyen-truyen/van-ban/b/`]);
    expect(items[0]!.querySelector('description')?.innerHTML).toBe('Thu &amp; chi &lt;ngân sách&gt;');
    expect(items[0]!.querySelector('category')?.text).toBe('Nghị quyết');
    // node-html-parser matches tag names in lower case.
    expect(items[1]!.querySelector('pubdate')?.text).toBe('Mon, 08 Dec 2025 00:00:00 GMT');
  });
});

describe('app icons', () => {
  it('offers 192 and 512 for any purpose and maskable, and an Apple icon of 180', () => {
    const sizes = (p?: string) => APP_ICONS.filter((i) => i.purpose === p).map((i) => i.size);
    expect(sizes('any')).toEqual([192, 512]);
    expect(sizes('maskable')).toEqual([192, 512]);
    expect(APP_ICONS.find((i) => i.name === 'apple-touch-icon')).toMatchObject({ size: 180, variant: 'full-bleed' });
  });

  it('uses the favicon as drawn for "any"', () => {
    expect(iconSvg(FAVICON, 'any')).toBe(FAVICON);
  });

  it('fills the square and shrinks the drawing for full-bleed icons', () => {
    const svg = iconSvg(FAVICON, 'full-bleed', '#a3161a', 0.75);
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
      + '<rect x="0" y="0" width="32" height="32" fill="#a3161a"/>'
      + '<g transform="translate(16 16) scale(0.75) translate(-16 -16)">'
      + '<rect width="32" height="32" rx="6" fill="#a3161a"/><path d="M0 0"/></g></svg>');
  });

  it('refuses an SVG without a viewBox', () => {
    expect(() => iconSvg('<svg></svg>', 'full-bleed')).toThrow(/viewBox/);
  });
});

describe('webManifest', () => {
  it('starts and is scoped at the base, with icons under it', () => {
    const m = webManifest(identity('/tuyen-truyen/'));
    expect(m).toMatchObject({
      name: 'Tuyên truyền năm 2026 – Phường Hải Dương',
      short_name: 'Hải Dương',
      lang: 'vi',
      start_url: '/tuyen-truyen/',
      scope: '/tuyen-truyen/',
      id: '/tuyen-truyen/',
      display: 'standalone',
      theme_color: '#a3161a',
      description: 'Văn bản của Đảng ủy phường; nhiệm vụ và chỉ tiêu.',
    });
    expect(m.icons).toEqual([
      { src: '/tuyen-truyen/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/tuyen-truyen/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/tuyen-truyen/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/tuyen-truyen/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });

  it('keeps a short name that fits under a home-screen icon', () => {
    expect(shortName('Phường An', 'An')).toBe('Phường An');
    expect(shortName('Phường Hải Dương', 'Hải Dương')).toBe('Hải Dương');
  });
});

describe('robotsTxt', () => {
  it('allows all and names the sitemap by its absolute URL', () => {
    expect(robotsTxt(SITE, '/')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });

  it('under a sub-path, names the sitemap there and says to copy the line to the root robots.txt', () => {
    const txt = robotsTxt(SITE, '/tuyen-truyen/');
    expect(txt).toContain(`Sitemap: ${SITE}/tuyen-truyen/sitemap-index.xml\n`);
    expect(txt.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['User-agent: *', 'Allow: /', `Sitemap: ${SITE}/tuyen-truyen/sitemap-index.xml`]);
    expect(txt).toMatch(/^# .*gốc tên miền/m);
  });
});

describe('headLinks', () => {
  it('links the favicon, icons, manifest and feed under the base', () => {
    expect(headLinks('/tuyen-truyen/', 'Phường Hải Dương')).toEqual([
      { rel: 'icon', href: '/tuyen-truyen/favicon.svg', type: 'image/svg+xml' },
      { rel: 'apple-touch-icon', href: '/tuyen-truyen/icons/apple-touch-icon.png', sizes: '180x180' },
      { rel: 'manifest', href: '/tuyen-truyen/manifest.webmanifest' },
      { rel: 'alternate', href: '/tuyen-truyen/rss.xml', type: 'application/rss+xml', title: 'Văn bản mới – Phường Hải Dương' },
    ]);
  });
});
