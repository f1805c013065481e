// The sharing facts of every page, from the site's own data: the one place pages and the image route get them,
// so a page's og:image always names a file the route builds. Build-time glue; the logic is in page-meta.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facetPath, getDocuments, type DocumentEntry, type FacetValue } from '../documents/documents.ts';
import { pagePath, type ListPage, type Pager } from '../documents/library.ts';
import { comparisons, infographics, targetSetPath, taskGroupPath } from '../infographics/site-data.ts';
import { documentPath } from '../site/urls.ts';
import { site } from '../site/site.ts';
import {
  comparisonPage, documentFacts, metaSite, documentPage, homePage, libraryMeta, otherPageMeta, sectionMeta, siteImages, targetSetPage, taskGroupPage,
  type MetaContext, type PageMeta, type SectionKey, type SiteInput,
} from './page-meta.ts';

/** Everything that draws an image besides its content: the drawing code and the versions of its packages. */
function renderKey(): string {
  // Not every package exports its package.json: read it where npm puts it.
  const version = (pkg: string) => (JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256');
  for (const pkg of ['satori', '@resvg/resvg-js', '@fontsource/be-vietnam-pro', 'uqr']) hash.update(`${pkg}@${version(pkg)}\n`);
  for (const file of ['src/lib/sharing/cards.ts', 'src/lib/sharing/render.ts']) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export const sharingContext: MetaContext = {
  site: metaSite(site),
  renderKey: renderKey(),
};

let input: Promise<SiteInput> | undefined;
function siteInput(): Promise<SiteInput> {
  input ??= getDocuments().then((docs) => ({
    documents: docs.map((d) => documentFacts(d.id, d.data)),
    data: infographics,
    comparisons: comparisons(),
  }));
  return input;
}

const ctx = sharingContext;
export const homePageMeta = async (): Promise<PageMeta> => homePage(ctx, await siteInput());
export const documentPageMeta = async (doc: DocumentEntry): Promise<PageMeta> => documentPage(ctx, await siteInput(), doc.id);
export const taskGroupPageMeta = async (id: string): Promise<PageMeta> => taskGroupPage(ctx, await siteInput(), id);
export const targetSetPageMeta = async (id: string): Promise<PageMeta> => targetSetPage(ctx, await siteInput(), id);
export const comparisonPageMeta = async (): Promise<PageMeta> => comparisonPage(ctx, await siteInput());
/** The library or one of its filter pages, with the breadcrumbs it shows. */
export function libraryPageMeta(p: {
  title: string; total: number; current?: FacetValue | undefined; page?: ListPage<unknown> | undefined; pager?: Pager | undefined;
  crumbs: Array<{ label: string; href?: string | undefined }>;
}): PageMeta {
  const later = p.current && p.page && p.page.number > 1;
  return libraryMeta(ctx, {
    path: p.current ? pagePath(facetPath(p.current), p.page?.number ?? 1) : 'van-ban/',
    title: p.title,
    count: p.total,
    filter: p.current && { facet: p.current.facet, label: p.current.label },
    pageLabel: later ? p.pager?.label : undefined,
    crumbs: p.crumbs.map((c) => ({ name: c.label, href: c.href })),
  });
}
export const sectionPageMeta = (key: SectionKey, title: string): PageMeta => sectionMeta(ctx, key, title);
/** A page that passes no meta of its own: the site's card, its title, its description made long enough. */
export const otherMeta = (path: string, title: string, description?: string): PageMeta => otherPageMeta(ctx, { path, title, description });
export const allImages = async () => siteImages(ctx, await siteInput());

/** Every page that has a share bar, as site paths: its QR code file is built for each. */
export async function sharedPagePaths(): Promise<string[]> {
  return [
    ...(await getDocuments()).map((d) => documentPath(d.id)),
    ...infographics.taskGroups.map((g) => taskGroupPath(g.id)),
    ...infographics.targetSets.map((s) => targetSetPath(s.id)),
  ];
}
