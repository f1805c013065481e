// What each page tells link-preview services and search engines: its description (written for that page, 70–160
// characters, naming the ward and what the page is), its image (a card, and on task groups and target sets a
// poster too) and its JSON-LD. Pure functions of plain data; src/lib/sharing/site-meta.ts feeds them the site's.
import { checkDescription, fitDescription, DESCRIPTION_MAX, DESCRIPTION_MIN } from './description.ts';
import { midSentence } from '../infographics/charts.ts';
import { breadcrumbData, datasetData, documentData, websiteData, type Publisher } from './structured-data.ts';
import {
  IMAGE_SIZE, IMAGE_WORDS, bareNumber, comparisonImage, documentImage, homeImage, imageFigure, imageFile, publisherName, siteImage, targetSetImages,
  taskGroupImages, type DocumentFacts, type FigureLike, type ImageContent, type ImageFigure, type ImageFormat, type SiteFacts, type TargetSetFacts,
  type TaskGroupFacts,
} from './cards.ts';
import { byWard, groupPageTitle, headingText } from '../infographics/sections.ts';
import { countByKind, figureOwner, KIND_ORDER } from '../infographics/figures.ts';
import { comparisonView } from '../infographics/target-pages.ts';
import { categories, type IndicatorData } from '../infographics/schema.ts';
import type { Figure, InfographicData } from '../infographics/data.ts';
import { isBlankNumber } from '../documents/number.ts';
import { documentTypes, type DocumentData } from '../documents/schema.ts';
import { formatPartialDate, isoPartialDate } from '../site/format.ts';
import { ui } from '../site/ui.ts';

export interface MetaSite extends Omit<SiteFacts, 'rootUrl'> {
  /** "https://haiduong.haiphong.gov.vn" (SITE_URL). */
  siteUrl: string;
  /** "/" or "/tuyen-truyen/" (SITE_BASE). */
  base: string;
  description: string;
  portalUrl: string;
}

/** The identity the link previews need, from content/site.yaml (with SITE_URL and SITE_BASE applied). */
export function metaSite(s: Omit<MetaSite, 'portalUrl'> & { portal: { url: string } }): MetaSite {
  return {
    ward: s.ward, wardName: s.wardName, city: s.city, siteName: s.siteName, theme: s.theme,
    siteUrl: s.siteUrl, base: s.base, description: s.description, portalUrl: s.portal.url,
  };
}

export interface MetaContext {
  site: MetaSite;
  /** Versions of the renderer, folded into each image's hash. */
  renderKey: string;
}

export interface ImageRef {
  format: ImageFormat;
  /** "chi-tieu-gia-vien-2026-3f9a1c2e.png". */
  file: string;
  /** Site path: "anh/chi-tieu-gia-vien-2026-3f9a1c2e.png". */
  path: string;
  /** Absolute, under SITE_URL and SITE_BASE. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/png';
  content: ImageContent;
}

export interface Crumb { name: string; url: string }

export interface PageMeta {
  title: string;
  description: string;
  /** Canonical, absolute. */
  url: string;
  ogType: 'website' | 'article';
  /** The og:image: the page's card, or the site's. */
  image: ImageRef;
  /** Offered under "Tải ảnh": the page's own card and poster (none on pages with the site's card). */
  downloads: ImageRef[];
  breadcrumbs: Crumb[];
  jsonLd: object[];
}

/** The site path folder "anh/" that the image route serves. */
export const IMAGE_DIR = 'anh/';

/** Site path → absolute URL under SITE_URL and SITE_BASE: ("van-ban/") → "https://x.gov.vn/tuyen-truyen/van-ban/". */
export function absoluteUrl(site: Pick<MetaSite, 'siteUrl' | 'base'>, path = ''): string {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  return new URL(base + path.replace(/^\/+/, ''), site.siteUrl).href;
}

const siteFacts = (site: MetaSite): SiteFacts => ({ ...site, rootUrl: absoluteUrl(site) });

export function imageRef(ctx: MetaContext, content: ImageContent): ImageRef {
  const file = imageFile(content, ctx.renderKey);
  const path = `${IMAGE_DIR}${file}`;
  return { format: content.format, file, path, url: absoluteUrl(ctx.site, path), ...IMAGE_SIZE[content.format], alt: content.alt, type: 'image/png', content };
}

export const publisherOf = (site: MetaSite): Publisher => ({ name: publisherName(site.ward), url: site.portalUrl });

/** A breadcrumb as a page shows it: a site path ("van-ban/"), or the link it shows (with the base); none on the page itself. */
export interface ShownCrumb { name: string; path?: string | undefined; href?: string | undefined }

/** The crumbs shown on the page (the last one may be the page itself, without a link), then the page; absolute. */
export function crumbsOf(site: MetaSite, shown: ShownCrumb[], page: { name: string; url: string }): Crumb[] {
  const crumbs = shown.map((c) => ({
    name: c.name,
    url: c.path !== undefined ? absoluteUrl(site, c.path) : c.href !== undefined ? new URL(c.href, site.siteUrl).href : page.url,
  }));
  const last = crumbs.at(-1);
  return last && last.url === page.url ? crumbs : [...crumbs, page];
}

interface PageInput {
  path: string;
  title: string;
  description: string;
  ogType?: 'website' | 'article';
  /** The breadcrumbs the page shows, without the page itself unless it shows it. */
  crumbs: ShownCrumb[];
  card?: ImageContent | undefined;
  poster?: ImageContent | undefined;
  data?: object[];
}

function pageMeta(ctx: MetaContext, p: PageInput): PageMeta {
  const { site } = ctx;
  const url = absoluteUrl(site, p.path);
  const problems = checkDescription(p.description);
  if (problems.length) throw new Error(`Mô tả trang /${p.path}: ${problems.join('; ')}: "${p.description}"`);
  const own = [p.card, p.poster].filter((c): c is ImageContent => !!c).map((c) => imageRef(ctx, c));
  const breadcrumbs = crumbsOf(site, p.crumbs, { name: p.title, url });
  return {
    title: p.title,
    description: p.description,
    url,
    ogType: p.ogType ?? 'website',
    image: own[0] ?? imageRef(ctx, siteImage(siteFacts(site))),
    downloads: own,
    breadcrumbs,
    jsonLd: [
      websiteData(site.siteName, absoluteUrl(site), fitDescription(site.description), publisherOf(site)),
      breadcrumbData(breadcrumbs),
      ...(p.data ?? []),
    ],
  };
}

/** Adds a closing sentence to a description that would be too short. */
const atLeast = (d: string, tail: string) => (d.length >= DESCRIPTION_MIN ? d : fitDescription(`${d} ${tail}`));
/** A sentence, and a second one when both fit whole; else the first, fitted. */
const withTail = (d: string, tail: string) => (`${d} ${tail}`.length <= DESCRIPTION_MAX ? `${d} ${tail}` : atLeast(fitDescription(d), tail));
/** "Hải Dương", "Hải Dương và Gia Viên", "A, B và C". */
const listed = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`);
const lowerIfShouting = (s: string) => (s === s.toLocaleUpperCase('vi') ? s.toLocaleLowerCase('vi') : s);
const home = { name: ui.nav.home, path: '' };

// ---- Pages ----------------------------------------------------------------------------------------------------

export function homeMeta(ctx: MetaContext, figures: ImageFigure[]): PageMeta {
  const { site } = ctx;
  return pageMeta(ctx, {
    path: '', title: site.siteName, crumbs: [],
    description: fitDescription(`Trang tuyên truyền năm 2026 của phường ${site.ward}, ${site.city}: văn bản của cấp ủy, mười nhóm nhiệm vụ trọng tâm, chỉ tiêu và kết quả, có số liệu tải về.`),
    card: homeImage(siteFacts(site), figures),
  });
}

/** "Nghị quyết", "Kết luận (để trống số)", "Quyết định số 12-QĐ/ĐU". */
function documentLead(d: DocumentFacts): string {
  if (!d.number) return d.type;
  return isBlankNumber(d.number) ? `${d.type} ${IMAGE_WORDS.blankNumber}` : `${d.type} số ${bareNumber(d.number)}`;
}

export function documentDescription(d: DocumentFacts): string {
  const issuer = d.issuer.toLocaleLowerCase('vi').includes(`phường ${d.ward}`.toLocaleLowerCase('vi')) ? d.issuer : `${d.issuer} (phường ${d.ward})`;
  const date = /^\d/.test(d.date) ? `ngày ${d.date}` : d.date;
  const subject = midSentence(lowerIfShouting(d.subject).replace(/^(v\/v|về)\s+/iu, '')).replace(/[.\s]+$/u, '');
  return withTail(`${documentLead(d)} của ${issuer}, ${date}, về ${subject}.`, 'Toàn văn, mục lục và bản in.');
}

export function documentMeta(ctx: MetaContext, d: DocumentFacts): PageMeta {
  const { site } = ctx;
  const path = `van-ban/${d.id}/`;
  const url = absoluteUrl(site, path);
  return pageMeta(ctx, {
    path, title: d.title, ogType: 'article', description: documentDescription(d),
    crumbs: [home, { name: ui.nav.documents, path: 'van-ban/' }],
    card: documentImage(siteFacts(site), d),
    data: [documentData({ ...d, url, date: d.dateIso }, publisherOf(site))],
  });
}

export function taskGroupDescription(site: MetaSite, g: TaskGroupFacts): string {
  return fitDescription(`${IMAGE_WORDS.groupOf(g.number)} năm 2026 của thành phố, với chỉ tiêu, nhiệm vụ của phường ${site.ward}: ${headingText(g.title)}`);
}

export function taskGroupMeta(ctx: MetaContext, g: TaskGroupFacts & { pageTitle: string }, figures: ImageFigure[]): PageMeta {
  const { site } = ctx;
  const path = `nhiem-vu/${g.id}/`;
  const images = taskGroupImages(siteFacts(site), g, figures, absoluteUrl(site, path));
  return pageMeta(ctx, {
    path, title: g.pageTitle, description: taskGroupDescription(site, g),
    crumbs: [home, { name: ui.nav.groups, path: 'nhiem-vu/' }],
    ...images,
  });
}

export interface TargetSetPage extends TargetSetFacts {
  summary: string;
  document: DocumentFacts;
  keywords: string[];
}

export function targetSetDescription(s: TargetSetFacts): string {
  const title = s.title.toLocaleLowerCase('vi').includes(`phường ${s.ward}`.toLocaleLowerCase('vi')) ? s.title : `${s.title} (phường ${s.ward})`;
  return atLeast(fitDescription(`${title}: ${s.counts}, mỗi con số dẫn về đúng đoạn văn bản; tải về CSV, Excel, JSON.`), 'Có biểu đồ và bảng số liệu.');
}

export const DOWNLOAD_FORMATS = [
  { ext: 'csv', encodingFormat: 'text/csv' },
  { ext: 'xlsx', encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { ext: 'json', encodingFormat: 'application/json' },
] as const;

export function targetSetMeta(ctx: MetaContext, s: TargetSetPage, figures: ImageFigure[]): PageMeta {
  const { site } = ctx;
  const path = `chi-tieu/${s.id}/`;
  const url = absoluteUrl(site, path);
  const images = targetSetImages(siteFacts(site), s, figures, url);
  return pageMeta(ctx, {
    path, title: s.title, description: targetSetDescription(s),
    crumbs: [home, { name: ui.nav.targets, path: 'chi-tieu/' }],
    ...images,
    data: [datasetData({
      title: s.title,
      url,
      description: s.summary,
      creator: s.document.issuer,
      document: { title: s.document.title, url: absoluteUrl(site, `van-ban/${s.document.id}/`) },
      downloads: DOWNLOAD_FORMATS.map((f) => ({ url: absoluteUrl(site, `chi-tieu/${s.id}.${f.ext}`), encodingFormat: f.encodingFormat })),
      keywords: s.keywords,
    }, publisherOf(site))],
  });
}

export interface ComparisonPage {
  title: string;
  /** The indicators compared, by label. */
  indicators: string[];
  wards: string[];
  /** The first indicator's rows (the site's own ward first), for the card. */
  first: { label: string; rows: ImageFigure[] };
}

export function comparisonMeta(ctx: MetaContext, c: ComparisonPage): PageMeta {
  const { site } = ctx;
  const wards = listed(c.wards.map((w) => w.replace(/^Phường /u, '')));
  return pageMeta(ctx, {
    path: 'chi-tieu/so-sanh/', title: c.title,
    description: fitDescription(`So sánh ${c.indicators.length} chỉ tiêu cùng cách tính giữa các phường ${wards} (phường ${site.ward} ở dòng đầu): ${c.indicators.map((i) => midSentence(i)).join('; ')}.`),
    crumbs: [home, { name: ui.nav.targets, path: 'chi-tieu/' }],
    card: comparisonImage(siteFacts(site), c.title, c.indicators.length, c.first.label, c.first.rows),
  });
}

export interface LibraryPage {
  path: string;
  title: string;
  /** Documents in the whole list. */
  count: number;
  filter?: { facet: 'loai' | 'phuong' | 'nam'; label: string } | undefined;
  /** "Trang 2/3" on later pages of a filter. */
  pageLabel?: string | undefined;
  crumbs: ShownCrumb[];
}

export function libraryDescription(site: MetaSite, p: LibraryPage): string {
  const n = `${p.count} văn bản`;
  const what = !p.filter
    ? `Thư viện ${n} của cấp ủy phường ${site.ward} và các phường khác về mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2026, đăng nguyên văn`
    : p.filter.facet === 'loai'
      ? `${p.filter.label}: ${n} trong thư viện văn bản của trang tuyên truyền phường ${site.ward}, đăng nguyên văn, có mục lục và bản in`
      : p.filter.facet === 'phuong'
        ? `Văn bản của cấp ủy ${p.filter.label.toLocaleLowerCase('vi').startsWith('phường') ? `p${p.filter.label.slice(1)}` : p.filter.label}: ${n} trong thư viện của trang tuyên truyền phường ${site.ward}, đăng nguyên văn`
        : `Văn bản ban hành năm ${p.filter.label}: ${n} trong thư viện của trang tuyên truyền phường ${site.ward}, đăng nguyên văn, có mục lục`;
  return fitDescription(`${what}${p.pageLabel ? ` (${p.pageLabel.toLocaleLowerCase('vi')})` : ''}.`);
}

export function libraryMeta(ctx: MetaContext, p: LibraryPage): PageMeta {
  return pageMeta(ctx, { path: p.path, title: p.title, description: libraryDescription(ctx.site, p), crumbs: p.crumbs });
}

export type SectionKey = 'groups' | 'targets' | 'search' | 'about' | 'notFound';

export const SECTION_PAGES: Record<SectionKey, { path: string; description: (site: MetaSite) => string }> = {
  groups: { path: 'nhiem-vu/', description: (s) => `Mười nhóm nhiệm vụ, giải pháp trọng tâm phát triển kinh tế - xã hội năm 2026 của thành phố ${s.city.replace(/^Thành phố /u, '')}, mỗi nhóm kèm chỉ tiêu, nhiệm vụ của phường ${s.ward}.` },
  targets: { path: 'chi-tieu/', description: (s) => `Chỉ tiêu, kết quả, hạn chế và nhiệm vụ của phường ${s.ward} và các phường khác, theo lĩnh vực, dẫn về đúng đoạn văn bản; có so sánh và số liệu tải về.` },
  search: { path: 'tim-kiem/', description: (s) => `Tìm văn bản, nhiệm vụ, chỉ tiêu trên trang tuyên truyền năm 2026 của phường ${s.ward}: gõ có dấu hoặc không dấu, hoặc số hiệu như 14-CTr/TU.` },
  about: { path: 'gioi-thieu/', description: (s) => `Giới thiệu trang tuyên truyền năm 2026 của phường ${s.ward}: đăng văn bản nguyên văn, ghi rõ nguồn mỗi con số; cách dùng trang và liên hệ.` },
  notFound: { path: '404.html', description: (s) => `Không tìm thấy trang này trên trang tuyên truyền năm 2026 của phường ${s.ward}; tìm văn bản, chỉ tiêu hoặc về trang chủ.` },
};

export function sectionMeta(ctx: MetaContext, key: SectionKey, title: string): PageMeta {
  const page = SECTION_PAGES[key];
  return pageMeta(ctx, { path: page.path, title, description: fitDescription(page.description(ctx.site)), crumbs: [home] });
}

export function otherPageMeta(ctx: MetaContext, p: { path: string; title: string; description?: string | undefined }): PageMeta {
  const description = atLeast(fitDescription(p.description ?? ''), `Trang tuyên truyền năm 2026 của phường ${ctx.site.ward}, ${ctx.site.city}.`);
  return pageMeta(ctx, { path: p.path, title: p.title, description, crumbs: [home] });
}

// ---- From the site's data -------------------------------------------------------------------------------------

/** The site's data as the pages have it: documents (newest first), infographics, and the comparable indicators. */
export interface SiteInput {
  documents: DocumentFacts[];
  data: Pick<InfographicData, 'taskGroups' | 'targetSets'>;
  comparisons: Array<{ id: string; indicator: IndicatorData; figures: Figure[] }>;
}

/** A document's facts from its front matter. */
export function documentFacts(id: string, d: Pick<DocumentData, 'title' | 'type' | 'number' | 'date' | 'issuer' | 'subject' | 'summary'>): DocumentFacts {
  return {
    id, title: d.title, type: documentTypes[d.type], number: d.number, date: formatPartialDate(d.date), dateIso: isoPartialDate(d.date),
    issuer: d.issuer.body, ward: d.issuer.ward, subject: d.subject, summary: d.summary,
  };
}

function lookup(input: SiteInput) {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const doc = (id: string) => {
    const d = docs.get(id);
    if (!d) throw new Error(`Không có văn bản "${id}".`);
    return d;
  };
  return { doc, wardOf: (id: string) => doc(id).ward };
}

/** A figure framed for an image: whose (the document's ward, or the city for a city aim), its kind, when, words. */
export function framedFigure(f: FigureLike & { document: string }, input: SiteInput, city: string, label?: string): ImageFigure {
  const d = lookup(input).doc(f.document);
  return imageFigure(f, figureOwner(f.kind, d.ward, city), d, label);
}

/** A set's headline figures: those marked featured (at most three), or its first three, results first. */
export function headlineFigures(figures: Figure[]): Figure[] {
  const featured = figures.filter((f) => f.featured);
  if (featured.length) return featured.slice(0, 3);
  return KIND_ORDER.flatMap((k) => figures.filter((f) => f.kind === k)).slice(0, 3);
}

/** A task group's figures: its own (city aims), then the site's own ward's figures for it, featured first. */
export function groupFigures(input: SiteInput, groupNumber: number, ward: string): Array<FigureLike & { document: string }> {
  const group = input.data.taskGroups.find((g) => g.number === groupNumber);
  const { wardOf } = lookup(input);
  const own = input.data.targetSets.flatMap((s) => s.figures).filter((f) => f.taskGroups.includes(groupNumber) && wardOf(f.document) === ward);
  return [...(group?.figures ?? []), ...own.filter((f) => f.featured), ...own.filter((f) => !f.featured)].slice(0, 3);
}

export function homePage(ctx: MetaContext, input: SiteInput): PageMeta {
  const { site } = ctx;
  const { wardOf } = lookup(input);
  const own = byWard(input.data.targetSets.flatMap((s) => s.figures.filter((f) => f.featured)), (f) => wardOf(f.document), site.ward).own;
  return homeMeta(ctx, own.slice(0, 3).map((f) => framedFigure(f, input, site.city)));
}

export function documentPage(ctx: MetaContext, input: SiteInput, id: string): PageMeta {
  return documentMeta(ctx, lookup(input).doc(id));
}

export function taskGroupPage(ctx: MetaContext, input: SiteInput, id: string): PageMeta {
  const g = input.data.taskGroups.find((x) => x.id === id);
  if (!g) throw new Error(`Không có nhóm nhiệm vụ "${id}".`);
  const figures = groupFigures(input, g.number, ctx.site.ward).map((f) => framedFigure(f, input, ctx.site.city));
  return taskGroupMeta(ctx, { id: g.id, number: g.number, title: g.title, emphasis: g.emphasis, pageTitle: groupPageTitle(g) }, figures);
}

export function targetSetPage(ctx: MetaContext, input: SiteInput, id: string): PageMeta {
  const s = input.data.targetSets.find((x) => x.id === id);
  if (!s) throw new Error(`Không có bộ số liệu "${id}".`);
  const document = lookup(input).doc(s.document);
  const figures = headlineFigures(s.figures).map((f) => framedFigure(f, input, ctx.site.city));
  return targetSetMeta(ctx, {
    id: s.id, title: s.title, ward: document.ward, own: document.ward === ctx.site.ward,
    counts: countByKind(s.figures.map((f) => f.kind)), summary: s.summary, document,
    keywords: [...new Set(s.figures.map((f) => categories[f.category]))],
  }, figures);
}

export function comparisonPage(ctx: MetaContext, input: SiteInput): PageMeta {
  const { site } = ctx;
  const { doc } = lookup(input);
  const views = input.comparisons.map(({ indicator, figures }) => ({
    indicator,
    ...comparisonView(indicator, figures.map((figure) => {
      const d = doc(figure.document);
      return { figure, owner: `Phường ${d.ward}`, ward: d.ward, type: d.type };
    }), site.ward),
  }));
  const first = views[0];
  return comparisonMeta(ctx, {
    title: ui.targets.compare,
    indicators: views.map((v) => v.indicator.label),
    wards: [...new Set(views.flatMap((v) => v.rows.map((r) => r.owner)))],
    first: {
      label: first?.indicator.label ?? '',
      // Each row with the value the indicator compares, framed like the page's rows.
      rows: (first?.rows ?? []).map((r) => framedFigure({ ...r.figure, values: [r.value] }, input, site.city, '')),
    },
  });
}

/** Every image the site links to, once each: the route renders these. */
export function siteImages(ctx: MetaContext, input: SiteInput): ImageRef[] {
  const metas = [
    homePage(ctx, input),
    comparisonPage(ctx, input),
    ...input.documents.map((d) => documentPage(ctx, input, d.id)),
    ...input.data.taskGroups.map((g) => taskGroupPage(ctx, input, g.id)),
    ...input.data.targetSets.map((s) => targetSetPage(ctx, input, s.id)),
  ];
  const all = [imageRef(ctx, siteImage(siteFacts(ctx.site))), ...metas.flatMap((m) => [m.image, ...m.downloads])];
  return [...new Map(all.map((i) => [i.file, i])).values()];
}

/** The "Tải ảnh" block's words. */
export const DOWNLOAD_WORDS = {
  title: 'Tải ảnh',
  intro: 'Ảnh của trang này, để đăng thẳng lên Facebook, Zalo hoặc in ra.',
  card: {
    label: (w: number, h: number) => `Ảnh xem trước ${w}×${h} (PNG)`,
    use: 'Ảnh Facebook, Zalo hiện khi dán liên kết trang này; cũng đăng kèm bài viết được.',
  },
  poster: {
    label: (w: number, h: number) => `Áp phích khổ dọc ${w}×${h}, có mã QR (PNG)`,
    use: 'Đăng thẳng hoặc in ra; quét mã QR trên ảnh sẽ mở đúng trang này.',
  },
} as const;
