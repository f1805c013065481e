// Word-for-word comparison of a received document and its page: every word and number, in order.

const WORD = /[\p{L}\p{N}]+/gu;

/** Words and numbers of a text, NFC: punctuation, Markdown marks and spacing do not count. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

export interface Tokens { text: string; words: string[]; starts: number[]; ends: number[] }

/** Words with their places in the (NFC) text. */
export function tokenize(raw: string): Tokens {
  const text = raw.normalize('NFC');
  const t: Tokens = { text, words: [], starts: [], ends: [] };
  for (const m of text.matchAll(WORD)) {
    t.words.push(m[0]);
    t.starts.push(m.index);
    t.ends.push(m.index + m[0].length);
  }
  return t;
}

/** The passage around word `at`, as written (punctuation kept, Markdown marks and line breaks folded). */
function passage(t: Tokens, at: number, radius = 8): string {
  if (t.words.length === 0) return '';
  const from = Math.max(0, Math.min(at, t.words.length - 1) - radius);
  const to = Math.min(t.words.length - 1, at + radius - 1);
  return t.text.slice(t.starts[from], t.ends[to]).replace(/[*_\\]/g, '').replace(/\s+/g, ' ');
}

/** Where `needle` stands as a contiguous run of words in `haystack`, or -1; an empty needle is never found. */
export function indexOfRun(haystack: string[], needle: string[], from = 0): number {
  if (needle.length === 0) return -1;
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOfRun(haystack: string[], needle: string[]): number {
  for (let i = haystack.length - needle.length; i >= 0; i--) {
    if (needle.every((w, j) => haystack[i + j] === w)) return i;
  }
  return -1;
}

/** Words of `expected` missing from `actual`, counting repeats (for header and signature blocks, re-laid). */
export function missingFromBag(expected: string[], actual: string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of actual) counts.set(w, (counts.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of expected) {
    const n = counts.get(w) ?? 0;
    if (n === 0) missing.push(w);
    else counts.set(w, n - 1);
  }
  return missing;
}

export interface PageText {
  head: string;
  body: string;
  tail: string;
}

/**
 * Problems found comparing a source text with its page, first one first; [] when faithful.
 * The body must match word for word in order; the header and signature blocks may be re-laid,
 * so their words need only all be there.
 */
export function compareWithSource(source: string, page: PageText): string[] {
  const srcTokens = tokenize(source);
  const bodyTokens = tokenize(page.body);
  const src = srcTokens.words;
  const body = bodyTokens.words;
  if (body.length === 0) return ['Trang không có phần thân văn bản.'];
  const probe = Math.min(6, body.length);
  const start = indexOfRun(src, body.slice(0, probe));
  if (start < 0) return [`Đoạn đầu của trang không có trong văn bản gốc: "${body.slice(0, probe).join(' ')}"`];
  const lastRun = body.slice(-probe);
  const endRun = lastIndexOfRun(src, lastRun);
  if (endRun < start) return [`Đoạn cuối của trang không có trong văn bản gốc: "${lastRun.join(' ')}"`];
  const end = endRun + probe;
  const srcBody = src.slice(start, end);
  const problems: string[] = [];
  const n = Math.min(srcBody.length, body.length);
  let i = 0;
  while (i < n && srcBody[i] === body[i]) i++;
  if (i < srcBody.length || i < body.length) {
    problems.push(
      `Thân văn bản lệch tại từ thứ ${start + i + 1} của văn bản gốc.\n` +
        `  gốc:  …${passage(srcTokens, start + i)}…\n  trang: …${passage(bodyTokens, i)}…`,
    );
  }
  const missingHead = missingFromBag(src.slice(0, start), words(page.head));
  if (missingHead.length) problems.push(`Phần đầu văn bản thiếu: ${missingHead.join(' ')}`);
  const missingTail = missingFromBag(src.slice(end), words(page.tail));
  if (missingTail.length) problems.push(`Phần cuối (nơi nhận, chữ ký) thiếu: ${missingTail.join(' ')}`);
  return problems;
}
