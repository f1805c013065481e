// What the target pages (/chi-tieu/…) show of the data: a set's figures in sections by kind, its period words,
// its charts with their source lines, a comparison's rows with the site's own ward first. Pure functions.
import { categories, type Category, type FigureKind, type FigureValue, type IndicatorData } from './schema.ts';
import type { Figure, TargetSet } from './data.ts';
import { figurePlace, figureWhen, KIND_ORDER, NO_HORIZON } from './figures.ts';
import { byWard } from './sections.ts';
import { comparisonChart, indicatorValue, midSentence, pairChart, sourceLine, yearShareChart, type BarChartSpec } from './charts.ts';

const HEADINGS: Record<FigureKind, string> = {
  'ket-qua': 'Kết quả',
  'han-che': 'Tồn tại, hạn chế: chỉ tiêu chưa đạt',
  'chi-tieu': 'Chỉ tiêu',
  'nhiem-vu': 'Nhiệm vụ',
  'muc-tieu-thanh-pho': 'Mục tiêu của thành phố',
};

/** "Kết quả quý I/2026", "Nhiệm vụ quý II năm 2026"; the kind alone when its figures differ in period. */
export function kindHeading(kind: FigureKind, whens: Array<string | undefined>): string {
  const distinct = new Set(whens.map((w) => w?.toLocaleLowerCase('vi')));
  const when = distinct.size === 1 ? whens[0] : undefined;
  return when ? `${HEADINGS[kind]} ${midSentence(when)}` : HEADINGS[kind];
}

export interface CategoryGroup<T> { category: Category; id: string; label: string; figures: T[] }

export interface KindSection {
  kind: FigureKind;
  /** The section's anchor: the kind's own slug ("ket-qua"). */
  id: string;
  heading: string;
  figures: Figure[];
  /** Targets by category, in the document's order; empty when all are of one category or not targets. */
  byCategory: Array<CategoryGroup<Figure>>;
}

/** A set's figures in one section per kind: a result never stands among targets. */
export function kindSections(figures: Figure[]): KindSection[] {
  return KIND_ORDER.flatMap((kind) => {
    const of = figures.filter((f) => f.kind === kind);
    if (!of.length) return [];
    const groups = [...Map.groupBy(of, (f) => f.category)].map(([category, fs]) => ({ category, id: `linh-vuc-${category}`, label: categories[category], figures: fs }));
    return [{ kind, id: kind, heading: kindHeading(kind, of.map((f) => f.when)), figures: of, byCategory: kind === 'chi-tieu' && groups.length > 1 ? groups : [] }];
  });
}

/** Figures by category in the order of `categories` (for lists across sets). */
export function byCategory<T extends { category: Category }>(figures: T[]): Array<CategoryGroup<T>> {
  const groups = Map.groupBy(figures, (f) => f.category);
  return (Object.keys(categories) as Category[]).filter((c) => groups.has(c)).map((c) => ({ category: c, id: `lv-${c}`, label: categories[c], figures: groups.get(c)! }));
}

/** The periods a set's figures hold for, then those its results report, as printed; "không ghi thời hạn" last. */
export function periodWords(figures: Array<{ when?: string | undefined; results?: Array<{ when: string }> }>): string[] {
  const whens = [...figures.map((f) => f.when), ...figures.flatMap((f) => (f.results ?? []).map((r) => r.when))];
  const words = [...new Set(whens.filter((w): w is string => !!w))];
  return figures.some((f) => !f.when) ? [...words, NO_HORIZON] : words;
}

export interface SetSource { type: string; ward: string; owner: string }
export interface PlacedChart { id: string; spec: BarChartSpec }

/**
 * The charts of a set that say something: the shares of the year's plan against the even pace (one chart per
 * period), and each figure marked `chart: true` (new against closed businesses). Each with its source line.
 */
export function setCharts(set: TargetSet, doc: SetSource): PlacedChart[] {
  const ref = (f: Figure) => ({ type: doc.type, ward: doc.ward, place: figurePlace(f) });
  const shares = set.figures.flatMap((f) => f.values.filter((v) => v.yearShare).map((value) => ({ f, value })));
  const byPeriod = [...Map.groupBy(shares, ({ f }) => figureWhen(f).toLocaleLowerCase('vi')).values()];
  const yearShare = byPeriod.flatMap((items, i) => {
    const spec = yearShareChart(items.map(({ f, value }) => ({ owner: doc.owner, label: f.label, kind: f.kind, when: figureWhen(f), value })));
    if (!spec) return [];
    const figures = [...new Set(items.map(({ f }) => f))];
    return [{ id: `bieu-do-ty-le-ca-nam${i ? `-${i + 1}` : ''}`, spec: { ...spec, source: sourceLine(figures.map(ref), figureWhen(figures[0]!)) } }];
  });
  const pairs = set.figures.filter((f) => f.chart).flatMap((f) => {
    const spec = pairChart({ owner: doc.owner, label: f.label, kind: f.kind, when: f.when, values: f.values });
    return spec ? [{ id: `bieu-do-${f.id}`, spec: { ...spec, source: sourceLine([ref(f)], f.when) } }] : [];
  });
  return [...yearShare, ...pairs];
}

export interface ComparedItem {
  figure: Figure;
  /** "Phường Hải Dương". */
  owner: string;
  ward: string;
  /** The document type: "Nghị quyết". */
  type: string;
}

export interface ComparisonRow extends ComparedItem { when: string; value: FigureValue }

/**
 * One indicator across wards: the rows (the site's own ward first), each with the value the indicator compares,
 * and a chart only when the levels differ (a row of equal bars is a list).
 */
export function comparisonView(indicator: IndicatorData, items: ComparedItem[], siteWard: string): { rows: ComparisonRow[]; chart: BarChartSpec | null } {
  const { own, others } = byWard(items, (i) => i.ward, siteWard);
  const rows = [...own, ...others].map((i) => ({ ...i, when: figureWhen(i.figure), value: indicatorValue(i.figure.values, indicator) ?? i.figure.values[0]! }));
  const spec = comparisonChart(indicator.label, indicator.unit, rows.map((r) => ({ owner: r.owner, when: r.when, kind: r.figure.kind, value: r.value })));
  const source = sourceLine(rows.map((r) => ({ type: r.type, ward: r.ward, place: figurePlace(r.figure) })));
  return { rows, chart: spec && { ...spec, source } };
}
