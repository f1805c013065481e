// What the target pages and downloads share: the export context of a set.
import type { TargetSet } from './infographics.ts';
import type { DocumentEntry } from './documents.ts';
import type { ExportContext } from './target-export.ts';
import { documentPath } from './urls.ts';

export function exportContext(set: TargetSet, doc: DocumentEntry, site: URL, basePath: string): ExportContext {
  return {
    ward: `Phường ${doc.data.issuer.ward}`,
    document: doc.data.title,
    documentUrl: (anchor) => new URL(`${basePath}${documentPath(set.document)}#${anchor}`, site).href,
  };
}
