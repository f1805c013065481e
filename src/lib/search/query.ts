// Vietnamese search on top of Pagefind: Pagefind folds tone and vowel marks but keeps đ as its own letter,
// matches all terms, and can fall back to loose matches for a nonsense word. These pure functions close the gaps:
// d/đ variants of a query, a strict check that a page holds every term, and the anchor nearest a match.

/** Lower case, no tone or vowel marks, đ → d: "Đảng viên" → "dang vien". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().normalize('NFC');
}

/** The words of a query or a text, as typed (lower case, NFC). */
export function queryTerms(query: string): string[] {
  return query.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when the reader typed any Vietnamese mark: then exact matches rank first. */
export const hasDiacritics = (query: string) => fold(query) !== query.normalize('NFC').toLowerCase();

/**
 * The queries to run so "d" typed for "đ" finds the word: every combination of d/đ at the start of a syllable
 * ("dang vien" → "dang vien", "đang vien"). The query is otherwise kept as typed ("14-CTr/TU" stays whole,
 * as Pagefind splits it the same way on both sides). Capped: only the first `maxWords` d-words vary.
 */
export function queryVariants(query: string, maxWords = 3): string[] {
  const q = query.normalize('NFC').trim();
  if (!q) return [];
  const starts = [...q.matchAll(/(?<![\p{L}\p{N}])[dD](?=\p{L})/gu)].map((m) => m.index!).slice(0, maxWords);
  let variants = [q];
  for (const at of starts) {
    variants = variants.flatMap((v) => [v, `${v.slice(0, at)}${v[at] === 'D' ? 'Đ' : 'đ'}${v.slice(at + 1)}`]);
  }
  return variants;
}

/**
 * Does a page's text hold every term of the query (folded, as whole words; the last term may be the start of a
 * word, as the reader is still typing)? Keeps Pagefind's loose fallback matches out.
 */
export function holdsAllTerms(content: string, query: string): boolean {
  const terms = queryTerms(fold(query));
  if (terms.length === 0) return false;
  const words = new Set(queryTerms(fold(content)));
  return terms.every((term, i) => words.has(term) || (i === terms.length - 1 && term.length >= 2 && [...words].some((w) => w.startsWith(term))));
}

/** Does the text hold the query exactly as typed, marks included (for ranking exact matches first)? */
export function holdsExactTerms(content: string, query: string): boolean {
  const words = new Set(queryTerms(content));
  return queryTerms(query).every((t) => words.has(t));
}

/**
 * Where the query's words stand together in a text, as a word index (Pagefind counts words split at spaces),
 * or -1. `exact` compares with marks; otherwise folded.
 */
export function phraseLocation(content: string, query: string, exact: boolean): number {
  const norm = (w: string) => (exact ? queryTerms(w).join(' ') : queryTerms(fold(w)).join(' '));
  const want = queryTerms(exact ? query : fold(query));
  if (want.length === 0) return -1;
  // One entry per word of the content; a word may hold several terms ("14-CTr/TU").
  const words = content.split(/\s+/).map(norm);
  const flat: Array<{ term: string; at: number }> = [];
  words.forEach((w, at) => { for (const term of w.split(' ').filter(Boolean)) flat.push({ term, at }); });
  outer: for (let i = 0; i + want.length <= flat.length; i++) {
    for (let j = 0; j < want.length; j++) if (flat[i + j]!.term !== want[j]) continue outer;
    return flat[i]!.at;
  }
  return -1;
}

/** How well a page matches, best first: 3 exact phrase, 2 phrase without marks, 1 every word exact, 0 the rest. */
export function matchTier(content: string, query: string): number {
  const marked = hasDiacritics(query);
  if (marked && phraseLocation(content, query, true) >= 0) return 3;
  if (phraseLocation(content, query, false) >= 0) return marked ? 2 : 3;
  if (marked && holdsExactTerms(content, query)) return 1;
  return 0;
}

export interface Anchor { id: string; location: number }

/** The last anchor (heading, numbered item, paragraph) at or before a word location. */
export function nearestAnchor(anchors: Anchor[], location: number): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) if (a.location <= location && (!best || a.location >= best.location)) best = a;
  return best;
}

export interface Scored<T> { key: string; score: number; tier: number; item: T }

/** Merges the results of the variant searches: one per page, best tier first, then by Pagefind's score. */
export function mergeResults<T>(lists: Array<Array<Scored<T>>>): Array<Scored<T>> {
  const best = new Map<string, Scored<T>>();
  for (const list of lists) {
    for (const r of list) {
      const seen = best.get(r.key);
      if (!seen || r.tier > seen.tier || (r.tier === seen.tier && r.score > seen.score)) best.set(r.key, r);
    }
  }
  return [...best.values()].sort((a, b) => b.tier - a.tier || b.score - a.score);
}
