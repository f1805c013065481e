// The truth-of-frame rules for figures: each a plain function that returns what is wrong (in Vietnamese, for
// the editor) or nothing. The data loader calls them for every figure; `npm run check` and the build use it.
import { figureKinds, type FigureKind, type FigureValue } from './schema.ts';
import { numbersIn, type Block } from '../documents/passages.ts';
import { numbersNotIn } from '../editing/fidelity.ts';
import { formatNumber } from '../site/format.ts';

/** Text as compared: NFC, lower case, Markdown emphasis and repeated spaces gone. */
export const plain = (s: string) => s.normalize('NFC').replace(/\*+/g, '').replace(/\\/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

/** A number a figure's words print, and where. */
export interface PrintedFigure { value: number; raw: string; start: number; end: number }

/** Day/month/year and month/year dates: their numbers are not figures. */
const DATES = [/(?<![\d/.,])\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}(?![\d/])/gu, /(?<![\d/.,])\d{1,2}\s*\/\s*(?:19|20)\d{2}(?![\d/])/gu];
/** An item marker: "(1)" anywhere, "1." or "1)" opening the text. */
const MARKERS = [/\(\s*\d{1,3}\s*\)/gu, /^\s*\d{1,3}[.)](?=\s)/gu];
const FIGURE = /(?<![\p{L}\p{N}])([-−])?(\d+(?:[.,]\d+)*)/gu;

/** Text with emphasis marks and escapes taken out, so that "**13,5**%" reads as "13,5%". */
const unmarked = (text: string) => text.normalize('NFC').replace(/[*\\]/g, '');

/**
 * The figures a text prints, as Vietnamese writes them ("2.525" → 2525, "96,5" → 96.5, "-5" → -5), without the
 * numbers that only look like figures: an item marker ("(1)", "1." at the start), a year (1900–2100 written
 * without separators: "năm 2026", "2026 - 2030", "quý I/2026"), the parts of a date ("08/12/2025", "7/2025").
 */
export function printedFigures(text: string): PrintedFigure[] {
  const s = unmarked(text);
  const excluded: Array<[number, number]> = [];
  for (const re of [...DATES, ...MARKERS]) for (const m of s.matchAll(re)) excluded.push([m.index, m.index + m[0].length]);
  const figures: PrintedFigure[] = [];
  for (const m of s.matchAll(FIGURE)) {
    const raw = m[2]!;
    const start = m.index + (m[1]?.length ?? 0);
    const end = start + raw.length;
    if (excluded.some(([a, b]) => start >= a && end <= b)) continue;
    if (/^(19|20)\d{2}$/.test(raw)) continue;
    const value = numbersIn(raw)[0]!;
    figures.push({ value: m[1] ? -value : value, raw, start, end });
  }
  return figures;
}

/** The numbers a figure's words print (printedFigures), values only. */
export function printedNumbers(text: string): number[] {
  return printedFigures(text).map((f) => f.value);
}

/** The figure stands right before its unit: "1.120 doanh nghiệp", "96,7%", "11/19 chỉ tiêu". */
function beforeUnit(text: string, figure: PrintedFigure, unit: string): boolean {
  const rest = unmarked(text).slice(figure.end);
  if (unit === '%') return /^\s*%/u.test(rest);
  return plain(rest.replace(/^\s*\/\s*\d+(?:[.,]\d+)*/u, '')).startsWith(plain(unit));
}

/**
 * The value's words are the quote's own, and print its number as the figure of the value: with "%" right after it
 * for a percentage, next to its unit when the words print other numbers, never an item marker, a year or a date.
 */
export function checkValueText(v: FigureValue, quote: string): string[] {
  const problems: string[] = [];
  if (!plain(quote).includes(plain(v.text))) {
    problems.push(`"text" phải chép nguyên văn một đoạn của "quote" (kể cả dấu phẩy, dấu chấm trong số): "${v.text}" không có trong đoạn trích.`);
    return problems;
  }
  const figures = printedFigures(v.text);
  const at = (n: number) => figures.filter((p) => Math.abs(p.value - n) < 1e-9);
  const has = (n: number) => at(n).length > 0;
  if (v.value !== undefined) {
    const found = at(v.value);
    if (found.length === 0) {
      problems.push(`số ${v.value} không có trong "text" ("${v.text}"). Số thứ tự của mục như "(1)", năm, ngày tháng không tính; ghi "text" là cụm từ có con số này, như văn bản in.`);
    } else if (v.unit === '%' && !found.some((p) => beforeUnit(v.text, p, '%'))) {
      problems.push(`"text" ("${v.text}") phải có dấu % ngay sau số ${formatNumber(v.value)}, như văn bản in.`);
    } else if (v.unit && v.unit !== '%' && figures.length > 1 && !found.some((p) => beforeUnit(v.text, p, v.unit!))) {
      const others = figures.filter((p) => beforeUnit(v.text, p, v.unit!)).map((p) => p.raw);
      problems.push(
        `số ${formatNumber(v.value)} không đứng cạnh đơn vị "${v.unit}" trong "text" ("${v.text}"): "text" có nhiều con số, con số của giá trị phải là con số ghi liền trước "${v.unit}"` +
          (others.length ? ` (ở đây là ${others.join(', ')}).` : '. Ghi "text" là cụm từ có con số kèm đơn vị của nó.'),
      );
    }
  }
  if (v.of !== undefined) {
    if (v.value === undefined) problems.push('"of" (tổng số) cần có "value".');
    if (!has(v.of)) problems.push(`tổng số ${v.of} ("of") không có trong "text" ("${v.text}").`);
    else if (v.value !== undefined && has(v.value)) {
      const s = unmarked(v.text);
      const together = at(v.value).some((p) => at(v.of!).some((q) => /^\s*\/\s*$/u.test(s.slice(p.end, q.start))));
      if (!together) problems.push(`"text" ("${v.text}") phải ghi số đếm và tổng số liền nhau như văn bản in: ${v.value}/${v.of}.`);
    }
    // A count states its whole: every part the document names is in the words shown with it.
    for (const part of v.parts) if (!has(part.value)) problems.push(`phần "${part.label}" (${part.value}) phải có trong "text", để con số luôn kèm đủ các phần của tổng.`);
  } else if (v.parts.length) {
    problems.push('"parts" chỉ dùng cho con số có tổng ("of").');
  }
  return problems;
}

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

/** How many items (paragraphs, list items) a document sets under each of its headings: "a) Các chỉ tiêu kinh tế" → 4. */
export function itemCounts(blocks: Block[]): Set<number> {
  const headings = new Set(blocks.map((b) => b.headings.join('\n')));
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (headings.has([...b.headings, b.text].join('\n'))) continue;
    for (let i = 1; i <= b.headings.length; i++) {
      const key = b.headings.slice(0, i).join('\n');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set(counts.values());
}

/**
 * A summary (cards, link previews) writes only its document's figures, as written: each number stands in the
 * document's words with its separators, sign and unit, or is a count of the items the document lists under one heading.
 */
export function checkSummaryFigures(summary: string, documentWords: string[], blocks: () => Block[]): string[] {
  const foreign = numbersNotIn(summary, documentWords);
  if (foreign.length === 0) return [];
  const counts = itemCounts(blocks());
  const left = foreign.filter((n) => !(/^\d+$/.test(n) && counts.has(Number(n))));
  if (left.length === 0) return [];
  return [`${left.map((n) => `số "${n}"`).join(', ')} không có trong văn bản. Tóm tắt chỉ ghi số như văn bản in (kể cả dấu phẩy, dấu chấm, dấu %), hoặc số mục văn bản liệt kê dưới một đề mục; không tự tính hay làm tròn.`];
}
