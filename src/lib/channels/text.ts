// Text as it is read aloud: whole sentences of a passage, item markers and Markdown emphasis dropped, abbreviations
// spelled out from the glossary. No imports: the listening island uses these in the browser too.

/** One glossary entry: the abbreviation as printed, and what is said for it. */
export type GlossaryEntry = readonly [abbreviation: string, spoken: string];

/** Spacing folded to single spaces, NFC. */
export const normalizeSpace = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Markdown emphasis marks ("**14/14**", "*Chính quyền thân thiện*", "__x__") dropped; the words stay. */
export const stripEmphasis = (s: string) => s.replace(/\*+/g, '').replace(/__/g, '');

/**
 * The printed number or label a passage opens with: "(14)- ", "(10) - ", "(1) ", "1. ", "2.1. ", "II- ", "a) ",
 * a list dash. A figure at the start ("100% trường học…") is not a marker.
 */
const ITEM_MARKER = /^\s*(?:\(\d+\)\s*[-–.]?\s*|\d+(?:\.\d+)*\.\s+|[IVXLC]+\s*[.–-]\s+|[a-zđ]\)\s+|[-–•+]\s+)/u;

export const stripItemMarker = (s: string) => s.replace(ITEM_MARKER, '');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Every abbreviation of the glossary spelled out, longest first. An abbreviation counts as one where it stands as a
 * word of its own: not inside a longer word, nor inside a document number such as "199-KL/TW" or "Số -CV/ĐU"
 * (a document number is read as printed).
 */
export function expandAbbreviations(text: string, glossary: readonly GlossaryEntry[]): string {
  const entries = glossary.filter(([a]) => a.length > 0).sort((a, b) => b[0].length - a[0].length);
  if (!entries.length) return text;
  const spoken = new Map(entries.map(([a, s]) => [a, s]));
  const alternatives = entries.map(([a]) => {
    const before = WORDISH.test(a[0]!) ? '(?<![\\p{L}\\p{N}/-])' : '';
    const after = WORDISH.test(a.at(-1)!) ? '(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])' : '';
    return `${before}${escapeRegExp(a)}${after}`;
  });
  return text.replace(new RegExp(alternatives.join('|'), 'gu'), (m) => spoken.get(m) ?? m);
}

/** A passage made ready to be read aloud: one line, no marker, no emphasis, abbreviations spelled out. */
export const spokenText = (passage: string, glossary: readonly GlossaryEntry[]) =>
  expandAbbreviations(stripItemMarker(stripEmphasis(normalizeSpace(passage))), glossary);

/** Words with a letter in them, for telling a sentence from a bare item number ("2."). */
const letterWords = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * The sentences of a passage, as [start, end) offsets: a sentence ends at ".", "!", "?" or "…" (and a closing quote
 * or bracket after it) followed by a space and a capital letter, an opening quote or bracket, or a digit. A period
 * after a bare item number ("2. Những tồn tại") or inside a number ("2.525", "01/7/2025") ends nothing.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const end = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[\p{Lu}\d])/gu;
  let start = 0;
  for (const m of text.matchAll(end)) {
    const stop = m.index + m[0].length;
    if (letterWords(text.slice(start, stop)) < 2) continue;
    spans.push([start, stop]);
    start = stop;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length && text.slice(start).trim()) spans.push([start, text.trimEnd().length]);
  return spans;
}

export const splitSentences = (text: string) => sentenceSpans(text).map(([s, e]) => text.slice(s, e));

/** A sentence ends in a full stop when read out: a closing ";", ":" or "," becomes one, a missing one is added. */
export function endSentence(s: string): string {
  const t = s.trim();
  if (/[.!?…]["”’)\]]*$/u.test(t)) return t;
  return `${t.replace(/[\s;:,]+$/u, '')}.`;
}
