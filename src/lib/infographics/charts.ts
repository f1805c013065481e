// Charts that say what a list cannot: a result against an even pace through the year, two figures of one thing
// side by side, the same indicator in two wards. Each title states a finding the data holds, made here by a
// tested function, never typed by hand. A row of equal bars is not a chart: those return null and stay a list.
import { figureKinds, type FigureKind, type FigureValue } from './schema.ts';
import { kindLabel, valuePieces, type TextPiece } from './figures.ts';
import { formatNumber } from '../site/format.ts';

export interface BarRow {
  /** Read before the label: the kind and period ("Kết quả · quý I/2026") when rows differ in them. */
  frame?: string | undefined;
  /** Who and when first, then what: "Phường Hải Dương · đến năm 2030", "thành lập mới". */
  label: string;
  value: number;
  /** The bar's length, in % of the axis (value / max). */
  share: number;
  /** The value in the document's own words, with its qualifier ("đạt trên 70%"). */
  text: string;
  /** The same words split around the number, so the number can stand out. */
  pieces: TextPiece[];
  kind: FigureKind;
}

export interface BarChartSpec {
  /** The finding, generated from the rows. */
  title: string;
  /** What is measured, in which unit. */
  subtitle: string;
  unit: string;
  rows: BarRow[];
  /** Upper end of the value axis: a bar's length is value / max. */
  max: number;
  /** A reference line the rows are read against (an even pace through the year). */
  reference?: { value: number; share: number; label: string } | undefined;
  /** Printed inside the figure, so a screenshot carries it: "Nguồn: Kết luận phường Thủy Nguyên, mục I.2; quý I/2026". */
  source?: string | undefined;
}

type Unscaled = Omit<BarChartSpec, 'rows' | 'reference'> & {
  rows: Array<Omit<BarRow, 'share'>>;
  reference?: { value: number; label: string } | undefined;
};

/** Bar lengths as a share of the axis, rounded for the markup. */
function scaled(spec: Unscaled): BarChartSpec {
  const share = (v: number) => (spec.max > 0 ? Math.round((Math.max(0, v) / spec.max) * 10000) / 100 : 0);
  return {
    ...spec,
    rows: spec.rows.map((r) => ({ ...r, share: share(r.value) })),
    reference: spec.reference && { ...spec.reference, share: share(spec.reference.value) },
  };
}

const pct = (n: number) => `${formatNumber(n)}%`;
const amount = (n: number, unit: string) => (unit === '%' ? pct(n) : `${formatNumber(n)} ${unit}`);

/** Words that keep their capital inside a sentence: institutions, not common nouns. */
const PROPER = /^(Đảng|Nhà nước|Nhân dân|Quốc|Thành ủy|Ủy ban|Hội đồng|Công an|Chính phủ|Trung ương|Mặt trận|Phường\s+\p{Lu})/u;

/** A label or quoted value placed inside a sentence: "Thu ngân sách" → "thu ngân sách"; "Đảng", "HĐND" stay. */
export function midSentence(s: string): string {
  if (!s || PROPER.test(s) || /^\p{Lu}{2}/u.test(s)) return s;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** What a row is about, inside a title: the label without its period and bracketed remarks. */
export function subjectOf(label: string, when?: string): string {
  let s = label;
  if (when) s = s.replace(new RegExp(`\\s*${when.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu'), '');
  return midSentence(s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim());
}

/** The share of the year a period has run: "quý I/2026" → 25, "quý III" → 75, "6 tháng đầu năm" → 50. */
export function evenPace(period: string): number | undefined {
  const quarter = /quý\s+(i{1,3}|iv)(?![\p{L}])/iu.exec(period)?.[1]?.toLowerCase();
  if (quarter) return { i: 25, ii: 50, iii: 75, iv: 100 }[quarter];
  const months = /(\d{1,2})\s+tháng/u.exec(period)?.[1];
  return months ? Math.round((Number(months) / 12) * 1000) / 10 : undefined;
}

export interface YearShareInput {
  /** Whose figure: "Phường Thủy Nguyên". */
  owner: string;
  label: string;
  kind: FigureKind;
  when: string;
  value: FigureValue;
}

const RELATIONS = ['cao hơn', 'bằng', 'thấp hơn'] as const;
const relation = (v: number, ref: number) => (v > ref ? RELATIONS[0] : v === ref ? RELATIONS[1] : RELATIONS[2]);

/**
 * Shares of the year's plan reached by one period, against the even pace for that period: "Phường Thủy Nguyên,
 * quý I/2026: thu ngân sách nhà nước (29,04%) cao hơn mức chia đều 25%, còn thu ngân sách địa phương (20,79%)
 * thấp hơn". Null without a number, or when the period is not a part of a year the site can name.
 */
export function yearShareChart(items: YearShareInput[]): BarChartSpec | null {
  const rows = items.filter((i) => i.value.value !== undefined);
  if (!rows.length) return null;
  const period = rows[0]!.when;
  // One period only: shares of different periods are read against different paces.
  if (rows.some((r) => r.when.toLocaleLowerCase('vi') !== period.toLocaleLowerCase('vi'))) return null;
  const pace = evenPace(period);
  if (pace === undefined) return null;
  const groups = RELATIONS.map((rel) => ({ rel, rows: rows.filter((r) => relation(r.value.value!, pace) === rel) })).filter((g) => g.rows.length);
  const clauses = groups.map((g, i) => {
    const who = g.rows.map((r) => `${subjectOf(r.label, r.when)} (${pct(r.value.value!)})`).join(' và ');
    return i === 0 ? `${who} ${g.rel} mức chia đều ${pct(pace)}` : `${who} ${g.rel}${g.rel === 'bằng' ? ' mức đó' : ''}`;
  });
  const owners = new Set(rows.map((r) => r.owner));
  const kinds = new Set(rows.map((r) => r.kind));
  return scaled({
    title: `${owners.size === 1 ? `${rows[0]!.owner}, ` : ''}${period}: ${clauses.slice(0, -1).join(', ')}${clauses.length > 1 ? ', còn ' : ''}${clauses.at(-1)}`,
    subtitle: `Tỷ lệ đã đạt so với mức giao cả năm (%). Vạch đứt ${pct(pace)}: mức chia đều theo thời gian đã qua của năm, do trang này tính, không phải số của văn bản.`,
    unit: '%',
    rows: rows.map((r) => ({
      frame: kinds.size > 1 ? kindLabel(r) : undefined,
      label: r.label,
      value: r.value.value!,
      text: r.value.text,
      pieces: valuePieces(r.value),
      kind: r.kind,
    })),
    max: Math.max(100, ...rows.map((r) => r.value.value!)),
    reference: { value: pace, label: `mức chia đều ${pct(pace)}` },
  });
}

export interface PairInput {
  owner: string;
  label: string;
  kind: FigureKind;
  when?: string | undefined;
  values: FigureValue[];
}

/**
 * Two or more values of one figure in one unit: "Phường Thủy Nguyên, quý I/2026: 64 doanh nghiệp thành lập mới,
 * 43 doanh nghiệp dừng kinh doanh, chênh lệch 21 doanh nghiệp". Null when fewer than two differ.
 */
export function pairChart({ owner, label, kind, when, values }: PairInput): BarChartSpec | null {
  const unit = values.find((v) => v.value !== undefined && v.unit)?.unit;
  const same = values.filter((v) => v.value !== undefined && v.unit === unit);
  if (!unit || same.length < 2 || new Set(same.map((v) => v.value)).size < 2) return null;
  const named = (v: FigureValue) => `${amount(v.value!, unit)}${v.label ? ` ${v.label}` : ''}`;
  const sorted = [...same].sort((a, b) => b.value! - a.value!);
  const finding = same.length === 2
    ? `${same.map(named).join(', ')}, chênh lệch ${amount(sorted[0]!.value! - sorted[1]!.value!, unit)}`
    : `nhiều nhất ${named(sorted[0]!)}, ít nhất ${named(sorted.at(-1)!)}`;
  return scaled({
    title: `${owner}${when ? `, ${when}` : ''}: ${finding}`,
    subtitle: `${kindLabel({ kind, when })}. ${label}, tính bằng ${unit}.`,
    unit,
    rows: same.map((v) => ({ label: v.label ?? v.text, value: v.value!, text: v.text, pieces: valuePieces(v), kind })),
    max: Math.max(...same.map((v) => v.value!)),
  });
}

export interface ComparedRow { owner: string; when: string; kind: FigureKind; value: FigureValue }

/**
 * The same indicator in several wards, in the order given (the site's own ward first): "Phường Hải Dương đặt mức
 * cao hơn phường Gia Viên: 100% trường học đạt chuẩn Quốc gia (không ghi thời hạn) so với đạt trên 70% (năm 2026)".
 * Null when every level is the same: a row of equal bars is a list.
 */
export function comparisonChart(indicator: string, unit: string, rows: ComparedRow[]): BarChartSpec | null {
  const numeric = rows.filter((r) => r.value.value !== undefined);
  if (numeric.length < 2 || new Set(numeric.map((r) => r.value.value)).size < 2) return null;
  const sorted = [...numeric].sort((a, b) => b.value.value! - a.value.value!);
  const [hi, lo] = [sorted[0]!, sorted.at(-1)!];
  // Targets are set; results are reached.
  const verb = hi.kind === 'ket-qua' || hi.kind === 'han-che' ? 'đạt' : 'đặt';
  const kinds = new Set(numeric.map((r) => r.kind));
  return scaled({
    title: `${hi.owner} ${verb} mức cao hơn ${midSentence(lo.owner.replace(/^Phường/u, 'phường'))}: ${midSentence(hi.value.text)} (${hi.when}) so với ${midSentence(lo.value.text)} (${lo.when})`,
    subtitle: `${indicator} (${unit}). Mỗi dòng là ${kinds.size === 1 ? figureKinds[[...kinds][0]!].toLocaleLowerCase('vi') : 'con số'} riêng của một phường, thời hạn ghi đầu dòng.`,
    unit,
    rows: numeric.map((r) => ({ label: `${r.owner} · ${r.when}`, value: r.value.value!, text: r.value.text, pieces: valuePieces(r.value), kind: r.kind })),
    max: unit === '%' ? Math.max(100, ...numeric.map((r) => r.value.value!)) : Math.max(...numeric.map((r) => r.value.value!)),
  });
}

/** The value of a figure that an indicator compares: in its unit, and naming what it measures when several do. */
export function indicatorValue(values: FigureValue[], indicator: { unit: string; definition: { measured: string } }): FigureValue | undefined {
  const inUnit = values.filter((v) => v.value !== undefined && v.unit === indicator.unit);
  const measured = indicator.definition.measured.toLocaleLowerCase('vi');
  return inUnit.find((v) => v.text.toLocaleLowerCase('vi').includes(measured)) ?? inUnit[0];
}

export interface SourceRef {
  /** The document type: "Nghị quyết". */
  type: string;
  ward: string;
  /** Where in it: "mục (14)", "mục I.2". */
  place: string;
}

/** "Nguồn: Kết luận phường Thủy Nguyên, mục I.1.4, mục I.2; quý I/2026": documents in order, places once each. */
export function sourceLine(refs: SourceRef[], period?: string): string {
  const byDoc = Map.groupBy(refs, (r) => `${r.type} phường ${r.ward}`);
  const docs = [...byDoc].map(([doc, rs]) => `${doc}, ${[...new Set(rs.map((r) => r.place))].join(', ')}`);
  return `Nguồn: ${docs.join('; ')}${period ? `; ${period}` : ''}`;
}
