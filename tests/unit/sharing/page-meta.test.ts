import { describe, expect, it } from 'vitest';
import {
  SECTION_PAGES, absoluteUrl, comparisonPage, documentDescription, documentPage, groupFigures, homePage, libraryMeta, otherPageMeta, sectionMeta,
  siteImages, targetSetPage, taskGroupPage, type PageMeta, type SectionKey,
} from '../../../src/lib/sharing/page-meta.ts';
import { checkDescription } from '../../../src/lib/sharing/description.ts';
import { context, siteInput } from './site-input.ts';

const input = siteInput();
const ctx = context();
const sub = context({ SITE_BASE: '/tuyen-truyen/', SITE_URL: 'https://phuong.example.gov.vn' });

/** Every page of the site, as the build makes them (library pages with their shown breadcrumbs). */
function allPages(c = ctx): Array<{ path: string; meta: PageMeta }> {
  const pages: PageMeta[] = [
    homePage(c, input),
    comparisonPage(c, input),
    ...input.documents.map((d) => documentPage(c, input, d.id)),
    ...input.data.taskGroups.map((g) => taskGroupPage(c, input, g.id)),
    ...input.data.targetSets.map((s) => targetSetPage(c, input, s.id)),
    ...(Object.keys(SECTION_PAGES) as SectionKey[]).map((k) => sectionMeta(c, k, `Trang ${k}`)),
    libraryMeta(c, { path: 'van-ban/', title: 'Thư viện văn bản', count: input.documents.length, crumbs: [{ name: 'Trang chủ', href: c.site.base }, { name: 'Văn bản' }] }),
  ];
  const facets = [
    ...new Set(input.documents.map((d) => d.type)).values().map((label) => ({ facet: 'loai' as const, label, n: input.documents.filter((d) => d.type === label).length })),
    ...new Set(input.documents.map((d) => d.ward)).values().map((w) => ({ facet: 'phuong' as const, label: `Phường ${w}`, n: input.documents.filter((d) => d.ward === w).length })),
    ...new Set(input.documents.map((d) => d.dateIso.slice(0, 4))).values().map((y) => ({ facet: 'nam' as const, label: y, n: input.documents.filter((d) => d.dateIso.startsWith(y)).length })),
  ];
  for (const [i, f] of facets.entries()) {
    pages.push(libraryMeta(c, { path: `van-ban/${f.facet}/${i}/`, title: `Thư viện văn bản: ${f.label}`, count: f.n, filter: f, crumbs: [{ name: 'Trang chủ', href: c.site.base }, { name: f.label }] }));
  }
  return pages.map((meta) => ({ path: meta.url, meta }));
}

describe('descriptions', () => {
  const pages = allPages();
  it('every page has one, 70–160 characters, unique across the site', () => {
    for (const { path, meta } of pages) expect(checkDescription(meta.description), path).toEqual([]);
    const seen = new Map<string, string>();
    for (const { path, meta } of pages) {
      expect(seen.get(meta.description), `${path} repeats ${seen.get(meta.description)}`).toBeUndefined();
      seen.set(meta.description, path);
    }
  });
  it('each names a ward', () => {
    for (const { path, meta } of pages) expect(meta.description, path).toMatch(/phường (Hải Dương|Gia Viên|Thủy Nguyên)/);
  });
  it('a document\'s from its type, number, issuer, date and subject', () => {
    const d = (id: string) => documentDescription(input.documents.find((x) => x.id === id)!);
    expect(d('nghi-quyet-muc-tieu-chi-tieu-nam-2026')).toBe(
      'Nghị quyết của Ban Chấp hành Đảng bộ phường Gia Viên, ngày 08/12/2025, về mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2026. Toàn văn, mục lục và bản in.',
    );
    expect(d('ket-luan-hoi-nghi-dang-uy-quy-i-2026')).toMatch(/^Kết luận \(để trống số\) của Ban Chấp hành Đảng bộ phường Thủy Nguyên, tháng 04 năm 2026, về sơ kết nhiệm vụ Quý I\/2026/);
    expect(d('ke-hoach-tuyen-truyen-ket-luan-199-kl-tw')).toMatch(/^Kế hoạch của Ban Thường vụ Đảng ủy phường Hải Dương, năm 2026, về tuyên truyền, phổ biến/);
  });
  it('a target set\'s from its title and count by kind; a task group\'s from its official title', () => {
    expect(targetSetPage(ctx, input, 'gia-vien-2026').description).toMatch(/^Chỉ tiêu năm 2026 của phường Gia Viên: 23 chỉ tiêu/);
    expect(taskGroupPage(ctx, input, 'tang-truong-ngan-sach').description).toMatch(/^Nhóm nhiệm vụ 1\/10 .*phường Hải Dương: Tiếp tục ưu tiên thúc đẩy tăng trưởng/);
  });
  it('a page without its own is made long enough', () => {
    expect(checkDescription(otherPageMeta(ctx, { path: 'x/', title: 'X', description: 'Ngắn.' }).description)).toEqual([]);
  });
});

describe('URLs and images', () => {
  it('are absolute, under SITE_URL and SITE_BASE', () => {
    for (const { meta } of allPages(sub)) {
      expect(meta.url.startsWith('https://phuong.example.gov.vn/tuyen-truyen/')).toBe(true);
      expect(meta.image.url).toMatch(/^https:\/\/phuong\.example\.gov\.vn\/tuyen-truyen\/anh\/[a-z0-9-]+-[0-9a-f]{8}\.png$/);
      for (const c of meta.breadcrumbs) expect(c.url.startsWith('https://phuong.example.gov.vn/tuyen-truyen/')).toBe(true);
    }
    expect(absoluteUrl(sub.site, 'van-ban/')).toBe('https://phuong.example.gov.vn/tuyen-truyen/van-ban/');
    expect(absoluteUrl(ctx.site, '')).toBe('https://haiduong.haiphong.gov.vn/');
  });
  it('home, each document, task group, target set and the comparison have their own card; groups and sets a poster too', () => {
    const own = (m: PageMeta) => m.downloads.map((d) => d.format);
    expect(own(homePage(ctx, input))).toEqual(['card']);
    expect(own(comparisonPage(ctx, input))).toEqual(['card']);
    for (const d of input.documents) expect(own(documentPage(ctx, input, d.id))).toEqual(['card']);
    for (const g of input.data.taskGroups) expect(own(taskGroupPage(ctx, input, g.id))).toEqual(['card', 'poster']);
    for (const s of input.data.targetSets) expect(own(targetSetPage(ctx, input, s.id))).toEqual(['card', 'poster']);
    const about = sectionMeta(ctx, 'about', 'Giới thiệu');
    expect(about.downloads).toEqual([]);
    expect(about.image.file).toMatch(/^trang-[0-9a-f]{8}\.png$/);
    expect(about.image).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
  });
  it('the route builds every image a page names, once', () => {
    const files = new Set(siteImages(ctx, input).map((i) => i.file));
    const named = allPages().flatMap(({ meta }) => [meta.image, ...meta.downloads].map((i) => i.file));
    for (const f of named) expect(files.has(f), f).toBe(true);
    expect(files.size).toBe(new Set(named).size);
    expect(files.size).toBe(1 + 1 + 1 + input.documents.length + 2 * input.data.taskGroups.length + 2 * input.data.targetSets.length);
  });
  it('a task group\'s figures: its own first, then the ward\'s own, featured first', () => {
    const figures = groupFigures(input, 1, 'Hải Dương');
    expect(figures[0]!.kind).toBe('muc-tieu-thanh-pho');
    expect(figures.slice(1).every((f) => f.document === 'chuong-trinh-hanh-dong-tang-truong-hai-con-so')).toBe(true);
    expect(figures.length).toBeLessThanOrEqual(3);
  });
});

describe('structured data', () => {
  const types = (m: PageMeta) => m.jsonLd.map((d) => (d as { '@type': string })['@type']);
  it('every page: the site with the ward\'s Party committee as publisher, and its breadcrumbs', () => {
    for (const { meta } of allPages()) {
      expect(types(meta).slice(0, 2)).toEqual(['WebSite', 'BreadcrumbList']);
      expect(meta.jsonLd[0]).toMatchObject({ publisher: { '@type': 'GovernmentOrganization', name: 'Đảng ủy phường Hải Dương' } });
      const crumbs = meta.jsonLd[1] as { itemListElement: Array<{ position: number; name: string; item: string }> };
      expect(crumbs.itemListElement.at(-1)!.item).toBe(meta.url);
      expect(crumbs.itemListElement.map((c) => c.position)).toEqual(crumbs.itemListElement.map((_, i) => i + 1));
    }
  });
  it('breadcrumbs follow the page\'s own: Trang chủ › Văn bản › the document', () => {
    const m = documentPage(ctx, input, 'ket-luan-hoi-nghi-dang-uy-quy-i-2026');
    expect(m.breadcrumbs.map((c) => c.name)).toEqual(['Trang chủ', 'Văn bản', 'Kết luận Hội nghị Đảng ủy mở rộng sơ kết Quý I/2026, triển khai nhiệm vụ Quý II/2026']);
    const lib = libraryMeta(sub, { path: 'van-ban/nam/2026/trang-2/', title: 'X – Trang 2/2', count: 12, filter: { facet: 'nam', label: '2026' }, pageLabel: 'Trang 2/2', crumbs: [
      { name: 'Trang chủ', href: '/tuyen-truyen/' }, { name: 'Văn bản', href: '/tuyen-truyen/van-ban/' }, { name: '2026', href: '/tuyen-truyen/van-ban/nam/2026/' }, { name: 'Trang 2/2' },
    ] });
    expect(lib.breadcrumbs.map((c) => c.url)).toEqual([
      'https://phuong.example.gov.vn/tuyen-truyen/', 'https://phuong.example.gov.vn/tuyen-truyen/van-ban/',
      'https://phuong.example.gov.vn/tuyen-truyen/van-ban/nam/2026/', 'https://phuong.example.gov.vn/tuyen-truyen/van-ban/nam/2026/trang-2/',
    ]);
  });
  it('a document: number (a blank one says so), date, issuer, subject', () => {
    const kl = documentPage(ctx, input, 'ket-luan-hoi-nghi-dang-uy-quy-i-2026').jsonLd[2];
    expect(kl).toMatchObject({
      '@type': 'DigitalDocument', dateCreated: '2026-04', author: { name: 'Ban Chấp hành Đảng bộ phường Thủy Nguyên' },
      identifier: { '@type': 'PropertyValue', value: 'Số -KL/ĐU', description: 'văn bản để trống số' },
      about: 'sơ kết nhiệm vụ Quý I/2026 và triển khai nhiệm vụ, giải pháp Quý II/2026',
    });
    const nq = documentPage(ctx, input, 'nghi-quyet-muc-tieu-chi-tieu-nam-2026').jsonLd[2] as Record<string, unknown>;
    expect(nq.dateCreated).toBe('2025-12-08');
    expect(nq.identifier).toBeUndefined();
  });
  it('a target set: a Dataset with its CSV, XLSX and JSON downloads, absolute', () => {
    const ds = targetSetPage(sub, input, 'gia-vien-2026').jsonLd[2] as { '@type': string; distribution: Array<{ contentUrl: string; encodingFormat: string }> };
    expect(ds['@type']).toBe('Dataset');
    expect(ds.distribution.map((d) => d.contentUrl)).toEqual(['csv', 'xlsx', 'json'].map((e) => `https://phuong.example.gov.vn/tuyen-truyen/chi-tieu/gia-vien-2026.${e}`));
    expect(ds.distribution.map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/json']);
  });
});
