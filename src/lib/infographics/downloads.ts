// The CSV and JSON download routes of each target set (/chi-tieu/<set>.csv, .json).
import type { APIRoute } from 'astro';
import { infographics } from './site-data.ts';
import type { TargetSet } from './data.ts';
import { getDocumentMap } from '../documents/documents.ts';
import { targetSetToCsv, targetSetToJson, type ExportContext } from './export.ts';
import { wardLabel, type DocumentEntry } from '../documents/documents.ts';
import { documentPath } from '../site/urls.ts';

function exportContext(set: TargetSet, doc: DocumentEntry, site: URL, basePath: string): ExportContext {
  return {
    ward: wardLabel(doc.data.issuer.ward),
    document: doc.data.title,
    documentUrl: (anchor) => new URL(`${basePath}${documentPath(set.document)}#${anchor}`, site).href,
  };
}

export const targetSetPaths = () => infographics.targetSets.map((set) => ({ params: { set: set.id }, props: { set } }));

export function downloadRoute(format: 'csv' | 'json'): APIRoute {
  return async ({ props, site }) => {
    const { set } = props as { set: TargetSet };
    const doc = (await getDocumentMap()).get(set.document)!;
    const ctx = exportContext(set, doc, site!, import.meta.env.BASE_URL);
    return format === 'csv'
      ? new Response(targetSetToCsv(set, ctx), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
      : new Response(JSON.stringify(targetSetToJson(set, ctx), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
  };
}
