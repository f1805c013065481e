// Word-for-word comparison of a received document and its page: every word and number, in order.
// A number is compared as written: with its separators ("13,5" is not "13.5"), its sign (">", "≥", "~", a minus)
// and its unit ("13,5%" is not "13,5").

/** Spaces or Markdown emphasis between a sign and its number, or a number and its "%". */
const GAP = '[ \\t\\u00a0*_]*';
/** A comparison sign or "~", as typed, escaped for MDX ("\\<") or as an HTML entity. */
const SIGN = '(?:\\\\?[<>≤≥~]|&lt;|&gt;|&le;|&ge;)';
/** A minus stands right before a digit and after a space or an opening mark, never inside "2025-2026" or "14-CTr". */
const MINUS = '(?<![\\p{L}\\p{N}])[-−](?=\\d)';
const TOKEN = new RegExp(`(?:${SIGN}${GAP}|${MINUS})?\\d+(?:[.,/]\\d+)*(?:${GAP}[%‰])?|[\\p{L}\\p{N}]+`, 'gu');

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&le;': '≤', '&ge;': '≥' };

/** A token as compared: the sign and unit kept, the spacing, emphasis and escapes around them dropped. */
function normalizeToken(raw: string): string {
  if (!/\d/.test(raw) || /^[\p{L}\p{N}]+$/u.test(raw)) return raw;
  return raw.replace(/&(?:lt|gt|le|ge);/g, (e) => ENTITIES[e]!).replace(/[\\ \t\u00a0*_]/g, '').replace('−', '-');
}

/** A number token: digits with their separators, maybe a sign before and a unit after. */
export const isNumberToken = (token: string) => /^[<>≤≥~-]?\d/.test(token);

/** Words and numbers of a text, NFC: punctuation, Markdown marks and spacing do not count; a number keeps its sign, separators and unit. */
export function words(text: string): string[] {
  return [...text.normalize('NFC').matchAll(TOKEN)].map((m) => normalizeToken(m[0]));
}

export interface Tokens { text: string; words: string[]; starts: number[]; ends: number[] }

/** Words with their places in the (NFC) text. */
export function tokenize(raw: string): Tokens {
  const text = raw.normalize('NFC');
  const t: Tokens = { text, words: [], starts: [], ends: [] };
  for (const m of text.matchAll(TOKEN)) {
    t.words.push(normalizeToken(m[0]));
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

const what = (w: string) => (isNumberToken(w) ? 'số' : 'chữ');

/** What a number's change is, in a reader's terms: its separators, its sign, its unit. */
function numberHint(a: string, b: string): string {
  const digits = (s: string) => s.replace(/\D/g, '');
  const sign = (s: string) => /^[<>≤≥~-]?/.exec(s)![0];
  const unit = (s: string) => /[%‰]?$/.exec(s)![0];
  const core = (s: string) => s.slice(sign(s).length, s.length - unit(s).length);
  const hints: string[] = [];
  if (core(a) !== core(b) && digits(a) === digits(b)) {
    hints.push('giữ dấu phẩy, dấu chấm trong số như văn bản gốc: dấu phẩy ngăn phần thập phân, dấu chấm ngăn hàng nghìn');
  }
  if (sign(a) !== sign(b)) hints.push(sign(a) ? `văn bản gốc có dấu "${sign(a)}" trước số` : `văn bản gốc không có dấu "${sign(b)}" trước số`);
  if (unit(a) !== unit(b)) hints.push(unit(a) ? `văn bản gốc có dấu "${unit(a)}" sau số` : `văn bản gốc không có dấu "${unit(b)}" sau số`);
  return hints.length ? ` (${hints.join('; ')})` : '';
}

/** The first difference between the source's words and the page's at `i`, said plainly. */
function describeDifference(src: string[], page: string[], i: number): string {
  const a = src[i];
  const b = page[i];
  const sameFrom = (x: number, y: number) => [0, 1, 2].every((k) => src[x + k] === page[y + k]);
  if (a === undefined) return `trang có thêm ${what(b!)} "${b}" mà văn bản gốc không có.`;
  if (b === undefined) return `trang thiếu ${what(a)} "${a}" của văn bản gốc.`;
  if (isNumberToken(a) && isNumberToken(b)) return `số ${a} trong văn bản gốc thành ${b} trên trang${numberHint(a, b)}.`;
  for (let d = 1; d <= 3; d++) {
    const run = (list: string[]) => list.slice(i, i + d);
    const said = (list: string[]) => `${d === 1 ? what(list[i]!) : `${d} từ`} "${run(list).join(' ')}"`;
    if (sameFrom(i, i + d)) return `trang thêm ${said(page)} mà văn bản gốc không có.`;
    if (sameFrom(i + d, i)) return `trang thiếu ${said(src)} của văn bản gốc.`;
  }
  return `văn bản gốc ghi "${a}", trang ghi "${b}".`;
}

/** A line of the header or the signature block: `field` names the front-matter field; none for a line the site prints itself. */
export interface PageField { field?: string; text: string }

export interface PageText {
  /** The header block: as text (compared one way), or as fields (compared both ways). */
  head: string | PageField[];
  body: string;
  /** The recipients and signature block, like `head`. */
  tail: string | PageField[];
}

const HEAD_FIELDS = 'number, header.issuerLines, header.placeDate, header.heading, subject, addressees';
const TAIL_FIELDS = 'recipientsLabel, recipients, signer.authority, signer.title, signer.name';

/**
 * The header or signature block against the source's own: every source word is on the page, and, for named fields,
 * every field's words stand in the source in that order, no word added, no line repeated.
 */
function compareBlock(region: string[], page: string | PageField[], missingLabel: string, where: string, fieldNames: string): string[] {
  const fields: PageField[] = typeof page === 'string' ? [{ text: page }] : page;
  const named = fields.filter((f) => f.field);
  const problems: string[] = [];
  const missing = missingFromBag(region, fields.flatMap((f) => words(f.text)));
  if (missing.length) problems.push(`${missingLabel}: ${missing.join(' ')}${named.length ? ` (ghi vào trường phù hợp: ${fieldNames})` : ''}`);
  for (const f of named) {
    const w = words(f.text);
    if (indexOfRun(region, w) >= 0) continue;
    const added = missingFromBag(w, region);
    problems.push(added.length
      ? `trường "${f.field}" ("${f.text}") có ${added.map((x) => `${what(x)} "${x}"`).join(', ')} mà ${where} văn bản gốc không có. Chép đúng như văn bản gốc in; không tự thêm số, ngày hay chữ.`
      : `trường "${f.field}" ("${f.text}"): các chữ không liền nhau, đúng thứ tự như ${where} văn bản gốc. Chép đúng dòng này như văn bản gốc in.`);
  }
  if (problems.length === 0) {
    const repeated = missingFromBag(named.flatMap((f) => words(f.text)), region);
    if (repeated.length) problems.push(`${where[0]!.toUpperCase()}${where.slice(1)} của trang có chữ lặp mà văn bản gốc chỉ in một lần: ${repeated.join(' ')}. Kiểm tra dòng ghi hai lần.`);
  }
  return problems;
}

/**
 * Problems found comparing a source text with its page, first one first; [] when faithful.
 * The body must match word for word in order, numbers as written; the header and signature blocks may be re-laid,
 * so their words need only all be there, and, field by field, add nothing.
 */
export function compareWithSource(source: string, page: PageText): string[] {
  const srcTokens = tokenize(source);
  const bodyTokens = tokenize(page.body);
  const src = srcTokens.words;
  const body = bodyTokens.words;
  if (body.length === 0) return ['Trang không có phần thân văn bản.'];
  const probe = Math.min(6, body.length);
  // Where the body starts and ends in the source: its first and last words, or, when a word there was changed,
  // the nearest run of words after (before) it, so that the change itself is reported.
  const reach = Math.max(0, Math.min(40, body.length - probe));
  let start = -1;
  for (let k = 0; k <= reach && start < 0; k++) {
    const at = indexOfRun(src, body.slice(k, k + probe));
    if (at >= 0) start = Math.max(0, at - k);
  }
  if (start < 0) return [`Đoạn đầu của trang không có trong văn bản gốc: "${body.slice(0, probe).join(' ')}"`];
  let end = -1;
  for (let k = 0; k <= reach && end < 0; k++) {
    const at = lastIndexOfRun(src, body.slice(body.length - probe - k, body.length - k));
    if (at >= start) end = Math.min(src.length, at + probe + k);
  }
  if (end < 0) return [`Đoạn cuối của trang không có trong văn bản gốc: "${body.slice(-probe).join(' ')}"`];
  const srcBody = src.slice(start, end);
  const problems: string[] = [];
  const n = Math.min(srcBody.length, body.length);
  let i = 0;
  while (i < n && srcBody[i] === body[i]) i++;
  if (i < srcBody.length || i < body.length) {
    problems.push(
      `Thân văn bản lệch tại từ thứ ${start + i + 1} của văn bản gốc: ${describeDifference(srcBody, body, i)}\n` +
        `  gốc:  …${passage(srcTokens, start + i)}…\n  trang: …${passage(bodyTokens, i)}…`,
    );
  }
  problems.push(...compareBlock(src.slice(0, start), page.head, 'Phần đầu văn bản thiếu', 'phần đầu', HEAD_FIELDS));
  problems.push(...compareBlock(src.slice(end), page.tail, 'Phần cuối (nơi nhận, chữ ký) thiếu', 'phần cuối (nơi nhận, chữ ký)', TAIL_FIELDS));
  return problems;
}

/** Numbers `text` writes (as written: separators, sign, unit) that the document's words never write. */
export function numbersNotIn(text: string, documentWords: string[]): string[] {
  const have = new Set(documentWords.filter(isNumberToken));
  return [...new Set(words(text).filter((w) => isNumberToken(w) && !have.has(w)))];
}
