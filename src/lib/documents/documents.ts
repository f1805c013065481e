// Documents as the pages need them: sorted, labelled, grouped for the library filters.
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentTypes } from './schema.ts';
import { formatPartialDate, partialDateSortKey } from '../site/format.ts';
import { slugify } from '../site/slug.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

export async function getDocuments(): Promise<DocumentEntry[]> {
  const docs = await getCollection('documents');
  return docs.sort((a, b) => partialDateSortKey(b.data.date) - partialDateSortKey(a.data.date) || a.id.localeCompare(b.id));
}

export const typeLabel = (doc: DocumentEntry) => documentTypes[doc.data.type];
/** "Phường Gia Viên": every page says which ward issued what. */
export const wardLabel = (ward: string) => `Phường ${ward}`;
export const dateLabel = (doc: DocumentEntry) => formatPartialDate(doc.data.date);

export type FacetKey = 'loai' | 'phuong' | 'nam';

export interface FacetValue {
  facet: FacetKey;
  slug: string;
  label: string;
  documents: DocumentEntry[];
}

const facetOf: Record<FacetKey, (doc: DocumentEntry) => { slug: string; label: string }> = {
  loai: (doc) => ({ slug: doc.data.type, label: documentTypes[doc.data.type] }),
  phuong: (doc) => ({ slug: slugify(doc.data.issuer.ward), label: wardLabel(doc.data.issuer.ward) }),
  nam: (doc) => ({ slug: String(doc.data.date.year), label: String(doc.data.date.year) }),
};

/** The values each filter can take, with their documents: one static page per value. */
export function facetValues(docs: DocumentEntry[]): FacetValue[] {
  const values: FacetValue[] = [];
  for (const facet of Object.keys(facetOf) as FacetKey[]) {
    const groups = new Map<string, FacetValue>();
    for (const doc of docs) {
      const { slug, label } = facetOf[facet](doc);
      const group = groups.get(slug) ?? { facet, slug, label, documents: [] };
      group.documents.push(doc);
      groups.set(slug, group);
    }
    values.push(...[...groups.values()].sort((a, b) => (facet === 'nam' ? b.label.localeCompare(a.label) : a.label.localeCompare(b.label, 'vi'))));
  }
  return values;
}

export const facetPath = (value: Pick<FacetValue, 'facet' | 'slug'>) => `van-ban/${value.facet}/${value.slug}/`;

/** All documents by id, for labelling data that cites them. */
export async function getDocumentMap(): Promise<Map<string, DocumentEntry>> {
  return new Map((await getDocuments()).map((d) => [d.id, d]));
}

/** "Nghị quyết · Ban Chấp hành Đảng bộ phường Gia Viên · 08/12/2025": who issued what, always said. */
export const sourceLabel = (doc: DocumentEntry) => `${typeLabel(doc)} · ${doc.data.issuer.body} · ${dateLabel(doc)}`;
