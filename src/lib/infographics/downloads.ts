// The download routes of each target set (/chi-tieu/<set>.csv, .xlsx, .json).
import type { APIRoute } from 'astro';
import { infographics } from './site-data.ts';
import type { Figure, TargetSet } from './data.ts';
import { getDocumentMap } from '../documents/documents.ts';
import { targetSetToCsv, targetSetToJson, targetSetToXlsx, type ExportContext } from './export.ts';
import { figureOwner } from './figures.ts';
import { type DocumentEntry } from '../documents/documents.ts';
import { documentPath } from '../site/urls.ts';
import { site } from '../site/site.ts';

function exportContext(set: TargetSet, docs: Map<string, DocumentEntry>, siteUrl: URL, basePath: string): ExportContext {
  const doc = docs.get(set.document)!;
  return {
    owner: (f: Figure) => figureOwner(f.kind, doc.data.issuer.ward, site.city),
    document: doc.data.title,
    documentTitle: (id) => docs.get(id)?.data.title ?? id,
    documentUrl: (anchor, document = set.document) => new URL(`${basePath}${documentPath(document)}#${anchor}`, siteUrl).href,
  };
}

export const targetSetPaths = () => infographics.targetSets.map((set) => ({ params: { set: set.id }, props: { set } }));

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function downloadRoute(format: keyof typeof TYPES): APIRoute {
  return async ({ props, site: siteUrl }) => {
    const { set } = props as { set: TargetSet };
    const ctx = exportContext(set, await getDocumentMap(), siteUrl!, import.meta.env.BASE_URL);
    const body = format === 'csv' ? targetSetToCsv(set, ctx)
      : format === 'json' ? JSON.stringify(targetSetToJson(set, ctx), null, 2)
      : await targetSetToXlsx(set, ctx);
    return new Response(body, { headers: { 'content-type': TYPES[format] } });
  };
}
