// The site's real data as page-meta.ts takes it, read from content/ the way the build reads it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { splitMdx } from '../../../src/lib/documents/mdx-file.ts';
import { documentSchema } from '../../../src/lib/documents/schema.ts';
import { parseSiteConfig } from '../../../src/lib/site/config.ts';
import { partialDateSortKey } from '../../../src/lib/site/format.ts';
import { documentFacts, metaSite, type MetaContext, type SiteInput } from '../../../src/lib/sharing/page-meta.ts';

export function siteInput(): SiteInput {
  const { data } = loadInfographicData(readDataFiles(), fileDocuments());
  const docs = readdirSync('content/documents').filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: documentSchema.parse(splitMdx(readFileSync(`content/documents/${f}`, 'utf8'), f).frontMatter) }))
    .sort((a, b) => partialDateSortKey(b.data.date) - partialDateSortKey(a.data.date) || a.id.localeCompare(b.id));
  // As site-data.ts's comparisons(): indicators named by figures of more than one set.
  const comparisons = Object.entries(data.indicators)
    .map(([id, indicator]) => ({ id, indicator, figures: data.targetSets.flatMap((s) => s.figures.filter((f) => f.indicator === id)) }))
    .filter((c) => new Set(c.figures.map((f) => f.set)).size > 1);
  return { documents: docs.map((d) => documentFacts(d.id, d.data)), data, comparisons };
}

export function context(env: { SITE_URL?: string; SITE_BASE?: string } = {}, renderKey = 'test'): MetaContext {
  const site = parseSiteConfig(readFileSync('content/site.yaml', 'utf8'), env);
  return { site: metaSite(site), renderKey };
}
