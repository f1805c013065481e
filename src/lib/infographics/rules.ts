// The truth-of-frame rules for figures: each a plain function that returns what is wrong (in Vietnamese, for
// the editor) or nothing. The data loader calls them for every figure; `npm run check` and the build use it.
import { figureKinds, type FigureKind, type FigureValue } from './schema.ts';
import { numbersIn } from '../documents/passages.ts';
import { formatNumber } from '../site/format.ts';

/** Text as compared: NFC, lower case, Markdown emphasis and repeated spaces gone. */
export const plain = (s: string) => s.normalize('NFC').replace(/\*+/g, '').replace(/\\/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/**
 * The numbers a figure's words print, without the ones that only look like figures: an item marker at the
 * start ("(1)-"), a year ("năm 2026", "quý I/2026", "2026 - 2030").
 */
export function printedNumbers(text: string): number[] {
  const cleaned = text
    .replace(/^\s*\(\d+\)\s*-?\s*/, ' ')
    .replace(/(năm|quý\s+[ivx]+\/|giai đoạn)\s*\d{4}(\s*[-–]\s*\d{4})?/giu, ' ')
    .replace(/\b(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}\b/g, ' ');
  return numbersIn(cleaned);
}

/** The value's words are the quote's own, and print its number (with "%" right after it for a percentage). */
export function checkValueText(v: FigureValue, quote: string): string[] {
  const problems: string[] = [];
  if (!plain(quote).includes(plain(v.text))) {
    problems.push(`"text" phải chép nguyên văn một đoạn của "quote" (kể cả dấu phẩy, dấu chấm trong số): "${v.text}" không có trong đoạn trích.`);
    return problems;
  }
  const printed = printedNumbers(v.text);
  const has = (n: number) => printed.some((p) => Math.abs(p - n) < 1e-9);
  if (v.value !== undefined) {
    if (!has(v.value)) {
      problems.push(`số ${v.value} không có trong "text" ("${v.text}"). Số thứ tự của mục, năm không tính; ghi "text" là cụm từ có con số này.`);
    } else if (v.unit === '%' && !new RegExp(`${escapeRegExp(formatNumber(v.value))}\\s*%`).test(v.text.replace(/\*+/g, '').replace(/(^|[^\d.,])0+(\d)/g, '$1$2'))) {
      problems.push(`"text" ("${v.text}") phải có dấu % ngay sau số ${formatNumber(v.value)}, như văn bản in.`);
    }
  }
  if (v.of !== undefined) {
    if (v.value === undefined) problems.push('"of" (tổng số) cần có "value".');
    if (!has(v.of)) problems.push(`tổng số ${v.of} ("of") không có trong "text" ("${v.text}").`);
    // A count states its whole: every part the document names is in the words shown with it.
    for (const part of v.parts) if (!has(part.value)) problems.push(`phần "${part.label}" (${part.value}) phải có trong "text", để con số luôn kèm đủ các phần của tổng.`);
  } else if (v.parts.length) {
    problems.push('"parts" chỉ dùng cho con số có tổng ("of").');
  }
  return problems;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The horizon or period is printed by the document: in the quote, a heading above it, or `whenQuote`. */
export function checkWhen(when: string | undefined, quote: string, headings: string[], whenQuote: string | undefined): string[] {
  if (!when) return whenQuote ? ['"whenQuote" chỉ dùng khi có "when".'] : [];
  const w = plain(when);
  if ([quote, ...headings, ...(whenQuote ? [whenQuote] : [])].some((t) => plain(t).includes(w))) return [];
  return [`thời hạn "${when}" không có trong đoạn trích hay đề mục phía trên nó. Không tự thêm thời hạn: bỏ "when" (trang ghi "không ghi thời hạn"), hoặc thêm "whenQuote" là đoạn văn bản in thời hạn này.`];
}

const SHORTFALL = ['tồn tại', 'hạn chế', 'chưa đạt'];
const RESULT = ['kết quả'];
const TARGET = ['chỉ tiêu', 'mục tiêu'];

/** The label a numbered paragraph opens with: "2. Những tồn tại, hạn chế: …" → "2. Những tồn tại, hạn chế". */
export function leadLabel(blockText: string): string | undefined {
  const m = /^\s*(?:[IVX]+[.-]|\d+(?:\.\d+)*\\?\.|[a-zđ]\)|\(\d+\))\s*([^:.;]{2,80}):/u.exec(blockText);
  return m ? m[0].slice(0, -1) : undefined;
}

/**
 * The kind a figure may have under its headings (innermost first): under "tồn tại", "hạn chế", "chưa đạt" only a
 * shortfall; under "kết quả" a result or a shortfall; under "chỉ tiêu", "mục tiêu" a target or a city aim.
 */
export function allowedKinds(contexts: string[]): { kinds: FigureKind[]; heading: string } | undefined {
  for (const heading of [...contexts].reverse()) {
    const h = plain(heading);
    if (SHORTFALL.some((w) => h.includes(w))) return { kinds: ['han-che'], heading };
    if (RESULT.some((w) => h.includes(w))) return { kinds: ['ket-qua', 'han-che'], heading };
    if (TARGET.some((w) => h.includes(w))) return { kinds: ['chi-tieu', 'muc-tieu-thanh-pho'], heading };
  }
  return undefined;
}

export function checkKind(kind: FigureKind, contexts: string[]): string[] {
  const allowed = allowedKinds(contexts);
  if (!allowed || allowed.kinds.includes(kind)) return [];
  return [`"kind: ${kind}" (${figureKinds[kind]}) không hợp với đề mục "${allowed.heading}": ở đây chỉ được ${allowed.kinds.map((k) => `${k} (${figureKinds[k]})`).join(' hoặc ')}.`];
}

/** A result or a shortfall says for which period it is reported. */
export function checkKindNeeds(kind: FigureKind, when: string | undefined): string[] {
  return (kind === 'ket-qua' || kind === 'han-che') && !when ? [`"${figureKinds[kind]}" cần "when": kỳ báo cáo như văn bản in (ví dụ quý I/2026).`] : [];
}

/** A short name is made only of the title's own words. */
export function checkShortTitle(shortTitle: string, title: string): string[] {
  const titleWords = new Set(plain(title).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const foreign = plain(shortTitle).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !titleWords.has(w));
  return foreign.length ? [`"shortTitle" chỉ dùng chữ có trong tên nhóm ("title"); các chữ không có: ${[...new Set(foreign)].join(', ')}.`] : [];
}

/** A figure charted on its own needs something a list cannot show. */
export function checkChart(values: FigureValue[]): string[] {
  if (values.some((v) => v.yearShare && v.value !== undefined)) return [];
  const numeric = values.filter((v) => v.value !== undefined);
  const byUnit = Map.groupBy(numeric, (v) => v.unit ?? '');
  const worth = [...byUnit.values()].some((vs) => vs.length >= 2 && new Set(vs.map((v) => v.value)).size > 1);
  return worth ? [] : ['"chart: true" cần ít nhất hai số cùng đơn vị và khác nhau (một hàng cột bằng nhau chỉ là một danh sách), hoặc một giá trị "yearShare".'];
}

export interface ComparedFigure { file: string; entry: string; kind: FigureKind; quote: string; comparisonNote?: string | undefined }

/** Figures compared measure the same thing of the same whole, and are of one kind. */
export function checkComparison(indicator: { label: string; definition: { measured: string; of: string } }, figures: ComparedFigure[]): string[] {
  const problems: string[] = [];
  const kinds = new Set(figures.map((f) => f.kind));
  for (const f of figures) {
    if (kinds.size > 1) problems.push(`${f.file}: ${f.entry}: so sánh "${indicator.label}" gộp nhiều loại con số (${[...kinds].map((k) => figureKinds[k]).join(', ')}); chỉ so sánh cùng loại, ví dụ chỉ tiêu với chỉ tiêu. Bỏ "indicator" ở con số khác loại.`);
    const missing = [indicator.definition.measured, indicator.definition.of].filter((p) => !plain(f.quote).includes(plain(p)));
    if (missing.length && !f.comparisonNote) {
      problems.push(`${f.file}: ${f.entry}: đoạn trích không nói "${missing.join('", "')}", nên không cùng cách tính với chỉ số "${indicator.label}". Bỏ "indicator", hoặc thêm "comparisonNote" giải thích khác biệt (trang sẽ hiện ghi chú).`);
    }
  }
  return problems;
}

export interface StatedCount { value: number; of: number; parts: Array<{ value: number; label: string }> }

/** Wherever a count "11/19" is written, its named parts ("08 … chưa đến kỳ đánh giá") are written with it. */
export function checkCountsStated(text: string, counts: StatedCount[]): string[] {
  const problems: string[] = [];
  for (const c of counts) {
    const at = new RegExp(`(?<![\\d.,])0*${c.value}\\s*/\\s*0*${c.of}(?![\\d.,])`, 'u').exec(text);
    if (!at) continue;
    const printed = printedNumbers(text);
    const missing = c.parts.filter((p) => !printed.includes(p.value));
    if (missing.length) problems.push(`"${at[0]}" phải đi kèm ${missing.map((p) => `"${p.value} ${p.label}"`).join(', ')}, như văn bản ghi.`);
  }
  return problems;
}
