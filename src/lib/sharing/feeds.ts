// Feeds and discovery: the RSS items, the web manifest, robots.txt, the app icons and the <head> links to them.
// Pure: every URL is built from the site URL and base path passed in, so the site works under any sub-path.
import { isoPartialDate, type PartialDate } from '../site/format.ts';

export const FEED_LIMIT = 50;
export const FEED_PATH = 'rss.xml';
export const MANIFEST_PATH = 'manifest.webmanifest';
export const FAVICON_PATH = 'favicon.svg';
export const SITEMAP_PATH = 'sitemap-index.xml';
/** The browser's colour (theme-color) and the favicon's background. */
export const THEME_COLOR = '#a3161a';
/** The page background (--color-page, light), shown while an installed app starts. */
export const BACKGROUND_COLOR = '#fbfaf8';

/** Site path under the base: ("/tuyen-truyen/", "rss.xml") → "/tuyen-truyen/rss.xml". */
export function basePath(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Absolute URL of a site path under the base: what feeds, robots.txt and the sitemap must carry. */
export const absoluteUrl = (siteUrl: string, base: string, path = '') => new URL(basePath(base, path), siteUrl).href;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * A Date for machines only (RSS pubDate), from a date the document may print only in part. RSS needs a whole
 * date, so a missing day or month becomes the first of the known month or year. The site never prints this day;
 * the item also carries dc:date exactly as precise as the document ("2026-02"). A feed reader may still show
 * pubDate as a full date: RSS 2.0 has no partial one.
 */
export function machineDate(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

export interface FeedDocument {
  id: string;
  title: string;
  /** "Nghị quyết": the document type, as the library labels it. */
  typeLabel: string;
  date: PartialDate;
  summary: string;
  /** The issuing body, as printed. */
  issuer: string;
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  customData: string;
}

/**
 * The feed's items: the first `limit` documents in the order given (the library's: newest first), each linking
 * to its page under the base.
 */
export function feedItems(docs: FeedDocument[], siteUrl: string, base: string, limit = FEED_LIMIT): FeedItem[] {
  return docs.slice(0, limit).map((d) => ({
    title: d.title,
    link: absoluteUrl(siteUrl, base, `van-ban/${d.id}/`),
    pubDate: machineDate(d.date),
    description: d.summary.replace(/\s+/g, ' ').trim(),
    categories: [d.typeLabel],
    customData: `<dc:date>${isoPartialDate(d.date)}</dc:date><dc:creator>${escapeXml(d.issuer)}</dc:creator>`,
  }));
}

/** Namespaces the feed's customData uses. */
export const feedXmlns = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

export interface SiteIdentity {
  siteName: string;
  wardName: string;
  ward: string;
  description: string;
  siteUrl: string;
  base: string;
}

export const feedTitle = (wardName: string) => `Văn bản mới – ${wardName}`;

/** The channel: its link is the site's home under the base (@astrojs/rss would drop the base otherwise). */
export function feedChannel(site: SiteIdentity) {
  const self = absoluteUrl(site.siteUrl, site.base, FEED_PATH);
  return {
    title: feedTitle(site.wardName),
    description: `Các văn bản mới nhất trên trang ${site.siteName}, mỗi văn bản kèm ngày ban hành và tóm tắt.`,
    site: absoluteUrl(site.siteUrl, site.base),
    xmlns: feedXmlns,
    customData: `<language>vi</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  };
}

// ---- App icons: all drawn from the one favicon.svg. ----

export type IconVariant = 'any' | 'full-bleed';

export interface AppIcon {
  /** Route parameter and file name, under icons/. */
  name: string;
  size: number;
  variant: IconVariant;
  /** Web-manifest purpose; absent for icons not listed there. */
  purpose?: 'any' | 'maskable';
}

export const APP_ICONS: AppIcon[] = [
  { name: 'icon-192', size: 192, variant: 'any', purpose: 'any' },
  { name: 'icon-512', size: 512, variant: 'any', purpose: 'any' },
  { name: 'maskable-192', size: 192, variant: 'full-bleed', purpose: 'maskable' },
  { name: 'maskable-512', size: 512, variant: 'full-bleed', purpose: 'maskable' },
  // iOS fills transparent corners with black and rounds the icon itself: it gets the full-bleed one.
  { name: 'apple-touch-icon', size: 180, variant: 'full-bleed' },
];

export const iconPath = (icon: AppIcon) => `icons/${icon.name}.png`;
export const appIcon = (name: string) => {
  const icon = APP_ICONS.find((i) => i.name === name);
  if (!icon) throw new Error(`No app icon named ${name}`);
  return icon;
};

/** Share of a maskable icon that launchers may crop: keep the drawing inside the central 80% circle. */
export const MASKABLE_SCALE = 0.75;

/**
 * The SVG for an icon. "any" is the favicon as drawn (rounded corners, transparent outside them). "full-bleed"
 * fills the whole square with the background and shrinks the drawing into the safe zone, for maskable and
 * Apple icons, which the platform crops to its own shape.
 */
export function iconSvg(favicon: string, variant: IconVariant, background = THEME_COLOR, scale = MASKABLE_SCALE): string {
  if (variant === 'any') return favicon;
  const open = favicon.match(/<svg\b[^>]*>/);
  const viewBox = open?.[0].match(/viewBox="([^"]+)"/)?.[1];
  if (!open || !viewBox) throw new Error('favicon.svg needs an <svg> element with a viewBox');
  const [x, y, w, h] = viewBox.trim().split(/[\s,]+/).map(Number) as [number, number, number, number];
  const inner = favicon.slice(favicon.indexOf(open[0]) + open[0].length, favicon.lastIndexOf('</svg>'));
  const cx = x + w / 2;
  const cy = y + h / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">`
    + `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${background}"/>`
    + `<g transform="translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})">${inner}</g></svg>`;
}

// ---- Web manifest and robots.txt ----

/** A home-screen label fits about 12 characters: the ward's full name if it fits, else its name alone. */
export const shortName = (wardName: string, ward: string) => (wardName.length <= 12 ? wardName : ward);

export function webManifest(site: SiteIdentity) {
  const home = basePath(site.base);
  return {
    name: site.siteName,
    short_name: shortName(site.wardName, site.ward),
    description: site.description.replace(/\s+/g, ' ').trim(),
    lang: 'vi',
    dir: 'ltr',
    id: home,
    start_url: home,
    scope: home,
    // Standalone: opened from the home screen it reads like an app; the share bar offers the page address.
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['government', 'news'],
    icons: APP_ICONS.filter((i) => i.purpose).map((i) => ({
      src: basePath(site.base, iconPath(i)),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}

/**
 * Allows every crawler and names the sitemap. Crawlers read robots.txt only at the root of a host: under a
 * sub-path the file says so, for the portal's webmaster to copy the Sitemap line into the root one.
 */
export function robotsTxt(siteUrl: string, base: string): string {
  const sitemap = absoluteUrl(siteUrl, base, SITEMAP_PATH);
  const lines = basePath(base) === '/'
    ? []
    : [
      `# Trang nằm ở đường dẫn con ${basePath(base)}: máy tìm kiếm chỉ đọc robots.txt ở gốc tên miền.`,
      '# Chép dòng Sitemap dưới đây vào robots.txt của cổng thông tin.',
    ];
  return [...lines, 'User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
}

// ---- <head> links ----

export interface HeadLink {
  rel: string;
  href: string;
  type?: string;
  sizes?: string;
  title?: string;
}

/** The links every page's head carries to the favicon, app icons, manifest and feed, under the base. */
export function headLinks(base: string, wardName: string): HeadLink[] {
  const at = (path: string) => basePath(base, path);
  return [
    // One rel=icon only: the SVG. Browsers without SVG favicons use apple-touch-icon or the manifest's PNGs,
    // and a second rel=icon PNG would count against every page's first-visit weight (page-weight.lib.ts).
    { rel: 'icon', href: at(FAVICON_PATH), type: 'image/svg+xml' },
    { rel: 'apple-touch-icon', href: at(iconPath(appIcon('apple-touch-icon'))), sizes: '180x180' },
    { rel: 'manifest', href: at(MANIFEST_PATH) },
    { rel: 'alternate', href: at(FEED_PATH), type: 'application/rss+xml', title: feedTitle(wardName) },
  ];
}
