// Feeds and discovery, in both builds (at "/" and under the sub-path): the sitemap lists every page, the RSS feed
// parses and lists the latest documents, the manifest and its PNG icons are whole, robots.txt names the sitemap,
// and every page's head links them all with URLs that exist in the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/static-server.ts';
import { builtPages, documentFiles } from '../support/site-files.ts';
import { BASE_DIST, SITE_DIST, SUB_PATH } from '../support/paths.ts';
import { loadSiteConfig } from '../../src/lib/site/config.ts';
import { isoPartialDate, partialDateSortKey, type PartialDate } from '../../src/lib/site/format.ts';
import { documentTypes, type DocumentType } from '../../src/lib/documents/schema.ts';

interface XmlNode { name: string; attrs: Record<string, string>; text: string; children: XmlNode[] }

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => { await browser?.close(); });

/** Parses with Chromium's strict XML parser: a well-formedness error fails the test. */
async function parseXml(xml: string): Promise<XmlNode> {
  const result = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror');
    if (error) return { error: error.textContent ?? 'parsererror' };
    type Node = { name: string; attrs: Record<string, string>; text: string; children: Node[] };
    const walk = (el: Element): Node => ({
      name: el.tagName,
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      text: el.children.length ? '' : (el.textContent ?? ''),
      children: [...el.children].map(walk),
    });
    return { root: walk(doc.documentElement) };
  }, xml);
  if ('error' in result) throw new Error(`not well-formed XML: ${result.error}`);
  return result.root;
}

const child = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);
const children = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
const textOf = (n: XmlNode, name: string) => child(n, name)?.text;

/** Width and height from a PNG's IHDR chunk; throws if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!b.subarray(0, 8).equals(signature) || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The library's order: newest first, a partly known date after the known ones of its period. */
const libraryOrder = documentFiles()
  .map((d) => ({ ...d, date: d.data.date as PartialDate }))
  .sort((a, b) => partialDateSortKey(b.date) - partialDateSortKey(a.date) || a.id.localeCompare(b.id));

for (const [dist, base] of [[SITE_DIST, '/'], [BASE_DIST, SUB_PATH]] as const) {
  const site = loadSiteConfig({ ...process.env, SITE_BASE: base });
  const home = new URL(base, site.siteUrl).href;
  const pages = builtPages(dist);
  /** The file a root-relative URL under the base points at, or null when it is outside the base. */
  const fileFor = (href: string): string | null => {
    const path = new URL(href, home).pathname;
    if (!path.startsWith(base)) return null;
    const rel = path.slice(base.length);
    return join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
  };

  describe(`feeds and discovery at ${base}`, () => {
    it('the sitemap lists every built page except 404, by absolute URL under the base', async () => {
      const index = await parseXml(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
      const sitemaps = children(index, 'sitemap').map((s) => textOf(s, 'loc')!);
      expect(sitemaps.length).toBeGreaterThan(0);
      const listed: string[] = [];
      for (const loc of sitemaps) {
        expect(loc.startsWith(home)).toBe(true);
        const file = fileFor(new URL(loc).pathname)!;
        const urlset = await parseXml(readFileSync(file, 'utf8'));
        listed.push(...children(urlset, 'url').map((u) => textOf(u, 'loc')!));
      }
      const expected = pages.filter((p) => p !== '404.html').map((p) => new URL(p, home).href);
      expect(expected.length).toBeGreaterThan(30);
      expect([...listed].sort()).toEqual([...expected].sort());
    });

    it('the RSS feed parses and lists the latest documents in the library order, under the base', async () => {
      const rss = await parseXml(readFileSync(join(dist, 'rss.xml'), 'utf8'));
      expect(rss.name).toBe('rss');
      expect(rss.attrs.version).toBe('2.0');
      const channel = child(rss, 'channel')!;
      expect(textOf(channel, 'title')).toMatch(/^Văn bản mới – /);
      expect(textOf(channel, 'link')).toBe(home);
      expect(textOf(channel, 'language')).toBe('vi');
      expect(child(channel, 'atom:link')?.attrs.href).toBe(new URL('rss.xml', home).href);

      const items = children(channel, 'item');
      const expected = libraryOrder.slice(0, 50);
      expect(items).toHaveLength(expected.length);
      items.forEach((item, i) => {
        const doc = expected[i]!;
        const link = textOf(item, 'link')!;
        expect(link).toBe(new URL(`van-ban/${doc.id}/`, home).href);
        expect(existsSync(fileFor(link)!), link).toBe(true);
        expect(textOf(item, 'title')).toBe(doc.data.title);
        expect(textOf(item, 'description')).toBe(String(doc.data.summary).replace(/\s+/g, ' ').trim());
        expect(textOf(item, 'category')).toBe(documentTypes[doc.data.type as DocumentType]);
        // pubDate is a whole date for machines; dc:date keeps what the document prints.
        const pubDate = new Date(textOf(item, 'pubDate')!);
        expect(pubDate.getUTCFullYear()).toBe(doc.date.year);
        expect(pubDate.getUTCMonth() + 1).toBe(doc.date.month ?? 1);
        expect(pubDate.getUTCDate()).toBe(doc.date.day ?? 1);
        expect(textOf(item, 'dc:date')).toBe(isoPartialDate(doc.date));
      });
    });

    it('the web manifest is valid JSON, starts at the base and its icons are PNGs of the stated sizes', () => {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
      expect(manifest).toMatchObject({
        name: site.siteName,
        lang: 'vi',
        start_url: base,
        scope: base,
        theme_color: '#a3161a',
      });
      expect(manifest.short_name.length).toBeGreaterThan(0);
      expect(manifest.short_name.length).toBeLessThanOrEqual(12);
      expect(['standalone', 'browser']).toContain(manifest.display);
      expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
      const purposes = new Set<string>();
      for (const icon of manifest.icons as Array<{ src: string; sizes: string; type: string; purpose: string }>) {
        expect(icon.src.startsWith(base)).toBe(true);
        expect(icon.type).toBe('image/png');
        const [w, h] = icon.sizes.split('x').map(Number);
        expect(pngSize(fileFor(icon.src)!), icon.src).toEqual({ width: w, height: h });
        purposes.add(`${icon.purpose} ${icon.sizes}`);
      }
      expect([...purposes].sort()).toEqual(['any 192x192', 'any 512x512', 'maskable 192x192', 'maskable 512x512']);
    });

    it('the manifest, feed and robots.txt are served with their content types; Chromium reads the manifest', async () => {
      const server = await serveSite(dist, base);
      try {
        const type = async (p: string) => (await fetch(server.url(p))).headers.get('content-type');
        expect(await type('manifest.webmanifest')).toMatch(/^application\/manifest\+json/);
        expect(await type('rss.xml')).toMatch(/^(application|text)\/(rss\+)?xml/);
        expect(await type('robots.txt')).toMatch(/^text\/plain/);
        expect(await type('icons/apple-touch-icon.png')).toBe('image/png');
        // Chromium's own manifest parser finds it from a page and reports no error.
        await page.goto(server.url('van-ban/'));
        const cdp = await page.context().newCDPSession(page);
        const manifest = await cdp.send('Page.getAppManifest');
        expect(manifest.url).toBe(server.url('manifest.webmanifest'));
        expect(manifest.errors).toEqual([]);
        await cdp.detach();
      } finally {
        await server.close();
      }
    });

    it('robots.txt allows all and names the sitemap by its absolute URL', () => {
      const lines = readFileSync(join(dist, 'robots.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
      expect(lines).toContain('User-agent: *');
      expect(lines.some((l) => /^Disallow:\s*\S/.test(l))).toBe(false);
      const sitemap = new URL('sitemap-index.xml', home).href;
      expect(lines).toContain(`Sitemap: ${sitemap}`);
      expect(existsSync(fileFor(sitemap)!)).toBe(true);
    });

    it('every page links the feed, manifest, icons and favicon, each a file of the build under the base', () => {
      expect(pages.length).toBeGreaterThan(30);
      const problems: string[] = [];
      const appleIcons = new Set<string>();
      for (const p of pages) {
        const html = parse(readFileSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`), 'utf8'));
        const head = html.querySelector('head')!;
        const links = {
          feed: head.querySelector('link[rel=alternate][type="application/rss+xml"]'),
          manifest: head.querySelector('link[rel=manifest]'),
          favicon: head.querySelector('link[rel=icon][type="image/svg+xml"]'),
          apple: head.querySelector('link[rel=apple-touch-icon]'),
        };
        for (const [what, el] of Object.entries(links)) {
          const href = el?.getAttribute('href');
          if (!href) { problems.push(`/${p}: no ${what} link`); continue; }
          const file = fileFor(href);
          if (!file) problems.push(`/${p}: ${what} ${href} is outside ${base}`);
          else if (!existsSync(file)) problems.push(`/${p}: ${what} ${href} is not in the build`);
        }
        if (!/^Văn bản mới – /.test(links.feed?.getAttribute('title') ?? '')) problems.push(`/${p}: the feed link has no Vietnamese title`);
        if (links.apple && links.apple.getAttribute('sizes') !== '180x180') problems.push(`/${p}: apple-touch-icon is not marked 180x180`);
        if (links.apple) appleIcons.add(links.apple.getAttribute('href')!);
      }
      expect(problems).toEqual([]);
      for (const href of appleIcons) expect(pngSize(fileFor(href)!), href).toEqual({ width: 180, height: 180 });
      expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toMatch(/^<svg[^>]*viewBox=/);
    });
  });
}
