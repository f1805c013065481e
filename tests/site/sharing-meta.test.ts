// Link previews and structured data on the built site, in both builds (at "/" and under the sub-path): every page
// has its title, description, canonical URL, Open Graph and Twitter tags, read the way link-preview services read
// them (open-graph-scraper); its og:image is a PNG of the stated size in the build; its JSON-LD parses and has the
// fields; the generated images keep their weight; the "Tải ảnh" links point at them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import ogs from 'open-graph-scraper';
import { builtPages, documentFiles } from '../support/site-files.ts';
import { BASE_DIST, SITE_DIST, SUB_PATH } from '../support/paths.ts';
import { loadSiteConfig } from '../../src/lib/site/config.ts';
import { checkDescription } from '../../src/lib/sharing/description.ts';
import { isPng, pngHeader } from '../unit/sharing/png.ts';

const MAX_BYTES = { card: 150 * 1024, poster: 300 * 1024 };
const documents = new Map(documentFiles().map((d) => [d.id, d.data]));

const builds = [
  { name: 'root', dist: SITE_DIST, base: '/' },
  { name: 'sub-path', dist: BASE_DIST, base: SUB_PATH },
];

for (const build of builds) {
  const site = loadSiteConfig({ SITE_BASE: build.base });
  const root = new URL(build.base, site.siteUrl).href;
  const pages = builtPages(build.dist);
  const read = (path: string) => readFileSync(join(build.dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
  /** A URL under the site's root, as its file in this build. */
  const fileOf = (url: string) => join(build.dist, decodeURIComponent(url.slice(root.length)));

  describe(`link previews (${build.name} build, under ${root})`, () => {
    it('has pages to check', () => expect(pages.length).toBeGreaterThan(30));

    it('every page: title, description, canonical, Open Graph and Twitter tags, as a link-preview service reads them', async () => {
      const problems: string[] = [];
      for (const path of pages) {
        const html = read(path);
        const head = parse(html).querySelector('head')!;
        const meta = (attr: string, key: string) => head.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content');
        const url = root + path;
        const say = (what: string) => problems.push(`/${path}: ${what}`);
        if (!head.querySelector('title')?.text.trim()) say('no <title>');
        const description = meta('name', 'description') ?? '';
        for (const p of checkDescription(description)) say(p);
        if (head.querySelector('link[rel=canonical]')?.getAttribute('href') !== url) say(`canonical is not ${url}`);
        const { error, result } = await ogs({ html });
        if (error) { say('open-graph-scraper failed'); continue; }
        const expected: Record<string, unknown> = {
          ogType: path.startsWith('van-ban/') && documents.has(path.split('/')[1]!) ? 'article' : 'website',
          ogLocale: 'vi_VN', ogSiteName: site.siteName, ogDescription: description, ogUrl: url, twitterCard: 'summary_large_image',
        };
        for (const [key, value] of Object.entries(expected)) if ((result as Record<string, unknown>)[key] !== value) say(`${key} is ${JSON.stringify((result as Record<string, unknown>)[key])}, not ${JSON.stringify(value)}`);
        if (!result.ogTitle) say('og:title missing');
        // X falls back to og:title, og:description and og:image; its own copies would only repeat them.
        if (result.twitterTitle || result.twitterDescription || result.twitterImage?.length) say('twitter:title/description/image repeat the og: tags');
        const image = result.ogImage?.[0];
        if (!image) { say('no og:image'); continue; }
        if (!image.url.startsWith(`${root}anh/`) || !/\.png$/.test(image.url)) say(`og:image ${image.url} is not a PNG under ${root}anh/`);
        if (image.type !== 'image/png' || !image.alt) say('og:image:type or og:image:alt missing');
        const file = fileOf(image.url);
        if (!existsSync(file)) { say(`og:image ${image.url} is not in the build`); continue; }
        const png = readFileSync(file);
        if (!isPng(png)) { say(`${image.url} is not a PNG file`); continue; }
        const { width, height } = pngHeader(png);
        if (Number(image.width) !== width || Number(image.height) !== height) say(`og:image is ${width}×${height}, tags say ${image.width}×${image.height}`);
        if (width !== 1200 || height !== 630) say(`og:image is ${width}×${height}, not 1200×630`);
      }
      expect(problems).toEqual([]);
    });

    it('descriptions are unique across the site', () => {
      const seen = new Map<string, string>();
      const repeats: string[] = [];
      for (const path of pages) {
        const d = parse(read(path)).querySelector('meta[name=description]')!.getAttribute('content')!;
        if (seen.has(d)) repeats.push(`/${path} repeats /${seen.get(d)}`);
        seen.set(d, path);
      }
      expect(repeats).toEqual([]);
    });

    it('JSON-LD parses: the site with its publisher, breadcrumbs as shown, documents and data sets with their fields', () => {
      const problems: string[] = [];
      let documentsSeen = 0;
      let datasetsSeen = 0;
      for (const path of pages) {
        const doc = parse(read(path));
        const say = (what: string) => problems.push(`/${path}: ${what}`);
        let data: Array<Record<string, any>>;
        try {
          data = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, any>);
        } catch (e) {
          say(`JSON-LD does not parse: ${(e as Error).message}`);
          continue;
        }
        const of = (type: string) => data.filter((d) => d['@type'] === type);
        const website = of('WebSite')[0];
        if (!website || website.url !== root || website.publisher?.name !== `Đảng ủy phường ${site.ward}` || website.inLanguage !== 'vi-VN') say('WebSite or its publisher missing');
        const crumbs = of('BreadcrumbList')[0]?.itemListElement as Array<{ position: number; name: string; item: string }> | undefined;
        if (!crumbs?.length) { say('no BreadcrumbList'); continue; }
        if (crumbs.at(-1)!.item !== root + path) say('breadcrumbs do not end at the page');
        if (crumbs.some((c, i) => c.position !== i + 1 || !c.item.startsWith(root))) say('breadcrumb positions or URLs wrong');
        // The crumbs the page shows lead the list, with the same names and targets.
        const shown = doc.querySelectorAll('nav[aria-label="Đường dẫn"] li').map((li: HTMLElement) => ({ name: li.text.trim(), href: li.querySelector('a')?.getAttribute('href') }));
        shown.forEach((s, i) => {
          if (crumbs[i]?.name !== s.name) say(`breadcrumb ${i + 1} is "${crumbs[i]?.name}", the page shows "${s.name}"`);
          if (s.href && crumbs[i]?.item !== new URL(s.href, site.siteUrl).href) say(`breadcrumb ${i + 1} links elsewhere than the page's`);
        });
        const id = path.match(/^van-ban\/([^/]+)\/$/)?.[1];
        if (id && documents.has(id)) {
          documentsSeen++;
          const fm = documents.get(id) as { number?: string; subject: string; issuer: { body: string } };
          const d = of('DigitalDocument')[0];
          if (!d) { say('no DigitalDocument'); continue; }
          if (d.about !== fm.subject || d.author?.name !== fm.issuer.body || !/^\d{4}(-\d{2}){0,2}$/.test(d.dateCreated ?? '')) say('DigitalDocument lacks subject, issuer or date');
          if ((d.identifier?.value ?? undefined) !== fm.number) say(`DigitalDocument number ${JSON.stringify(d.identifier?.value)} is not ${JSON.stringify(fm.number)}`);
        }
        const set = path.match(/^chi-tieu\/([^/]+)\/$/)?.[1];
        if (set && set !== 'so-sanh') {
          datasetsSeen++;
          const d = of('Dataset')[0];
          const downloads = (d?.distribution ?? []) as Array<{ '@type': string; contentUrl: string; encodingFormat: string }>;
          const urls = ['csv', 'xlsx', 'json'].map((ext) => `${root}chi-tieu/${set}.${ext}`);
          if (JSON.stringify(downloads.map((x) => x.contentUrl)) !== JSON.stringify(urls) || downloads.some((x) => x['@type'] !== 'DataDownload')) say('Dataset downloads wrong');
          for (const u of urls) if (!existsSync(fileOf(u))) say(`${u} is not in the build`);
        }
      }
      expect(documentsSeen).toBe(documents.size);
      expect(datasetsSeen).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });

    it('generated images: PNGs of their size, a card under 150 KB and a poster under 300 KB', () => {
      const dir = join(build.dist, 'anh');
      const files = readdirSync(dir);
      expect(files.filter((f) => f.includes('-ap-phich-')).length).toBeGreaterThan(0);
      for (const f of files) {
        const png = readFileSync(join(dir, f));
        const format = f.includes('-ap-phich-') ? 'poster' : 'card';
        expect(pngHeader(png), f).toMatchObject(format === 'poster' ? { width: 1080, height: 1350 } : { width: 1200, height: 630 });
        expect(statSync(join(dir, f)).size, f).toBeLessThan(MAX_BYTES[format]);
      }
    });

    it('"Tải ảnh" on pages with their own images: download links to the page\'s card and poster', () => {
      const withBlock = pages.filter((p) => read(p).includes('data-image-downloads'));
      const kinds = (prefix: string) => withBlock.filter((p) => p.startsWith(prefix)).length;
      expect(kinds('nhiem-vu/')).toBeGreaterThanOrEqual(10);
      expect(kinds('van-ban/')).toBe(documents.size);
      expect(withBlock).toContain('');
      expect(withBlock).toContain('chi-tieu/so-sanh/');
      for (const path of withBlock) {
        const doc = parse(read(path));
        const links = doc.querySelectorAll('[data-image-downloads] a[download]');
        const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
        expect(links.length, path).toBeGreaterThan(0);
        expect(new URL(links[0]!.getAttribute('href')!, site.siteUrl).href, path).toBe(og);
        for (const a of links) expect(existsSync(fileOf(new URL(a.getAttribute('href')!, site.siteUrl).href)), a.getAttribute('href')).toBe(true);
        const isGroupOrSet = /^(nhiem-vu|chi-tieu)\/[^/]+\/$/.test(path) && path !== 'chi-tieu/so-sanh/';
        expect(links.map((a) => a.getAttribute('data-image-download')), path).toEqual(isGroupOrSet ? ['card', 'poster'] : ['card']);
      }
    });
  });
}
