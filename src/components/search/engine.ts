// Loaded only when the reader searches: Pagefind, plus the Vietnamese handling of src/lib/search/query.ts.
import { holdsAllTerms, matchTier, mergeResults, nearestAnchor, phraseLocation, queryVariants, type Scored } from '../../lib/search/query.ts';

interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: Array<{ id: string; location: number; element: string; text: string }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: Array<{ score: number; data(): Promise<PagefindData> }> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit { url: string; title: string; kind: string; ward: string; documentType: string; date: string; excerpt: string }

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind from the site's own /pagefind/ (under the base path). */
export function loadEngine(base: string): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 24, ranking: { diacriticSimilarity: 1 } });
    await pf.init();
    return pf;
  })();
  return engine;
}

/** How many results of each variant search to read per step: each read fetches that page's fragment. */
export const PAGE_SIZE = 8;

/** Runs the d/đ variants of the query, keeps pages that hold every term; phrases and exact matches first. */
export async function search(base: string, query: string, filters: Record<string, string>, limit = PAGE_SIZE): Promise<{ hits: SearchHit[]; more: boolean }> {
  const pf = await loadEngine(base);
  let more = false;
  const lists = await Promise.all(queryVariants(query).map(async (variant) => {
    const found = await pf.search(variant, { filters });
    if (found.results.length > limit) more = true;
    const data = await Promise.all(found.results.slice(0, limit).map(async (r) => ({ score: r.score, d: await r.data() })));
    return data
      .filter(({ d }) => holdsAllTerms(`${d.meta.title ?? ''} ${d.content}`, query))
      .map(({ score, d }): Scored<PagefindData> => ({ key: d.url, score, tier: matchTier(`${d.meta.title ?? ''} ${d.content}`, query), item: d }));
  }));
  const hits = mergeResults(lists).map(({ item: d }) => {
    // Land on the item nearest the words together, else nearest the first match.
    const phrase = phraseLocation(d.content, query, false);
    const at = phrase >= 0 ? phrase : d.locations[0];
    const anchor = at === undefined ? undefined : nearestAnchor(d.anchors, at);
    return {
      url: anchor ? `${d.url}#${anchor.id}` : d.url,
      title: d.meta.title ?? d.url,
      kind: d.meta.loai ?? '',
      ward: d.meta.phuong ?? '',
      documentType: d.meta['loai-van-ban'] ?? '',
      date: d.meta.ngay ?? '',
      excerpt: d.excerpt,
    };
  });
  return { hits, more };
}

