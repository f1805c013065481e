// How a figure reads wherever it appears (card, chart, table, home strip, downloads, link preview): whose it is,
// what kind, for when, and its value in the document's own words. Pure functions of the figure.
import { figureKinds, type FigureKind, type FigureValue } from './schema.ts';
import { formatNumber, formatPartialDate, type PartialDate } from '../site/format.ts';

/** What `figureFrame` needs of a figure. */
export interface FrameInput {
  kind: FigureKind;
  when?: string | undefined;
}

export const NO_HORIZON = 'không ghi thời hạn';

/** When the figure holds, as the document prints it; never invented. */
export const figureWhen = (f: FrameInput) => f.when ?? NO_HORIZON;

/** Who the figure belongs to: the ward whose document it is, or the city for a city aim the ward plan carries. */
export function figureOwner(kind: FigureKind, ward: string, city: string): string {
  return kind === 'muc-tieu-thanh-pho' ? city : `Phường ${ward}`;
}

/** The kind with its period, as a badge: "Chỉ tiêu · năm 2026", "Kết quả · quý I/2026", "Chỉ tiêu · không ghi thời hạn". */
export const kindLabel = (f: FrameInput) => `${figureKinds[f.kind]} · ${figureWhen(f)}`;

/** The whole frame in one line, for places that show a figure alone (home strip, preview, bulletin). */
export const figureFrame = (f: FrameInput, owner: string) => `${owner} · ${kindLabel(f)}`;

export interface TextPiece { text: string; figure: boolean }

/**
 * The value's words split around its number (and "%" or unit right after it), so the number can stand out while
 * the qualifier stays beside it: "đạt từ " + "96,7%" + " trở lên".
 */
export function valuePieces(v: FigureValue): TextPiece[] {
  if (v.value === undefined) return [{ text: v.text, figure: false }];
  const n = v.of === undefined ? numberPattern(v.value) : `${numberPattern(v.value)}\\/${numberPattern(v.of)}`;
  const unit = v.unit === '%' ? '\\s?%' : v.unit ? `(?:\\s${escape(v.unit)})?` : '';
  const m = new RegExp(`(?<![\\d.,])${n}${unit}`, 'u').exec(v.text.replace(/\*+/g, ''));
  const text = v.text.replace(/\*+/g, '');
  if (!m) return [{ text, figure: false }];
  return [
    { text: text.slice(0, m.index), figure: false },
    { text: m[0], figure: true },
    { text: text.slice(m.index + m[0].length), figure: false },
  ].filter((p) => p.text);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The number as Vietnamese text prints it, with or without leading zeros ("08", "01"). */
const numberPattern = (n: number) => `0*${escape(formatNumber(n))}`;

/** The number with its unit, vi-VN: "96,5%", "2.525 tỷ đồng", "11/19 chỉ tiêu". */
export function formatAmount(v: Pick<FigureValue, 'value' | 'unit' | 'of'>): string {
  if (v.value === undefined) return '';
  const n = v.of === undefined ? formatNumber(v.value) : `${formatNumber(v.value)}/${formatNumber(v.of)}`;
  if (!v.unit) return n;
  return v.unit.startsWith('%') ? `${n}${v.unit}` : `${n} ${v.unit}`;
}

export interface CountPart { label: string; value: number }

/** A count's whole in its parts: "đạt 11", "chưa đến kỳ đánh giá 8", and what is left (0 when they add up). */
export function countParts(v: FigureValue): CountPart[] {
  if (v.value === undefined || v.of === undefined) return [];
  const named = [{ label: 'đạt', value: v.value }, ...v.parts.map((p) => ({ label: p.label, value: p.value }))];
  const rest = v.of - named.reduce((sum, p) => sum + p.value, 0);
  return [...named, { label: 'còn lại', value: rest }];
}

/** The order figures are shown and counted in: what happened, what fell short, then what is set for later. */
export const KIND_ORDER: FigureKind[] = ['ket-qua', 'han-che', 'chi-tieu', 'nhiem-vu', 'muc-tieu-thanh-pho'];

/** "5 kết quả; 2 hạn chế, chưa đạt; 1 chỉ tiêu và 2 nhiệm vụ": a set's count says what its figures are. */
export function countByKind(kinds: FigureKind[]): string {
  const parts = KIND_ORDER
    .map((k) => ({ k, n: kinds.filter((x) => x === k).length }))
    .filter(({ n }) => n > 0)
    .map(({ k, n }) => `${n} ${figureKinds[k].toLocaleLowerCase('vi')}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join('; ')} và ${parts.at(-1)}`;
}

/** The section a passage's anchor points at: "muc-ii-2-b-doan-6" → "mục II.2.b". */
export function sectionOfAnchor(anchor: string): string {
  const parts = anchor.replace(/^muc-/, '').replace(/-doan-\d+$/, '').split('-');
  return `mục ${parts.map((p) => (/^[ivxlc]+$/.test(p) ? p.toUpperCase() : p)).join('.')}`;
}

/** Where a figure is printed, for a one-line source: its own number "(14)" or its section. */
export const figurePlace = (f: { number?: string | undefined; passage: { anchor: string } }) => (f.number ? `mục ${f.number}` : sectionOfAnchor(f.passage.anchor));

/** A target beside its results says what it is and for when: "Chỉ tiêu năm 2026", "Chỉ tiêu (không ghi thời hạn)". */
export const targetHeading = (f: FrameInput) => (f.when ? `${figureKinds[f.kind]} ${f.when}` : `${figureKinds[f.kind]} (${NO_HORIZON})`);

/** What `resultHeading` needs of a result. */
export interface ResultFrame { when: string; reportedDate: PartialDate }

/** The date a result was reported: "báo cáo ngày 05/04/2026", or "báo cáo tháng 04 năm 2026" when the day is blank. */
export const reportedLabel = (d: PartialDate) => `báo cáo ${d.day === undefined ? '' : 'ngày '}${formatPartialDate(d)}`;

/** A result says its period and its report's date: "Kết quả Quý I/2026 (báo cáo ngày 05/04/2026)". */
export const resultHeading = (r: ResultFrame) => `${figureKinds['ket-qua']} ${r.when} (${reportedLabel(r.reportedDate)})`;

/** A result against its target, as the site computes it (the documents print no such share). */
export interface ResultProgress {
  /** The target value it is measured against. */
  target: FigureValue;
  /** The result as a share of the target, in %. */
  share: number;
  /** The bar's length, in % of the track (at most 100). */
  bar: number;
  /** The computation in words, saying whose it is. */
  text: string;
}

/**
 * The result's value as a share of its target, only where both are numbers of one unit that add up over the year
 * (an amount, a count): never for a rate ("%": a growth of 4% is not a third of a growth of 13%), never for a count
 * of a whole ("11/19"). The target value is the one with the result's label, else the only one in its unit.
 */
export function resultProgress(targets: FigureValue[], result: FigureValue): ResultProgress | undefined {
  if (result.value === undefined || result.of !== undefined || !result.unit || result.unit.startsWith('%')) return undefined;
  const sameUnit = targets.filter((t) => t.value !== undefined && t.value > 0 && t.of === undefined && t.unit === result.unit);
  const labelled = result.label ? sameUnit.filter((t) => t.label === result.label) : [];
  const candidates = labelled.length ? labelled : sameUnit;
  if (candidates.length !== 1) return undefined;
  const target = candidates[0]!;
  const share = (result.value / target.value!) * 100;
  const rounded = Math.round(share * 10) / 10;
  return {
    target,
    share,
    bar: Math.round(Math.min(100, Math.max(0, share)) * 10) / 10,
    text: `Trang tự tính, văn bản không ghi: ${formatAmount(result)} bằng ${formatNumber(rounded)}% của chỉ tiêu ${formatAmount(target)}.`,
  };
}
