// Charts built from the data files only: no number that is not a target's value.
import { axisMax, type ChartSpec } from './chart-spec.ts';
import type { Target, TargetSet } from './data.ts';
import { formatTargetValue } from './target-format.ts';

const shortLabel = (t: Target) => (t.number ? `${t.number} ${t.label}` : t.label);

/** The percentage values of a set (levels, not growth rates), one bar each; a results set shows results only. */
export function percentChart(set: TargetSet): ChartSpec | null {
  const wanted = (m: string) => (set.kind === 'ket-qua' ? m === 'ket-qua' : m !== 'tang' && m !== 'giam' && m !== 'ket-qua');
  const rows = set.targets.flatMap((t) =>
    t.values
      .filter((v) => v.value !== undefined && v.unit === '%' && wanted(v.measure))
      .map((v) => ({ label: [shortLabel(t), ...(v.label ? [v.label] : [])], value: v.value!, display: formatTargetValue(v) })),
  );
  if (rows.length < 2) return null;
  return { rows, unit: '%', horizontal: true, max: axisMax(rows.map((r) => r.value), true) };
}

/** A target with two or more values in the same unit (other than %): compared side by side. */
export function sameUnitCharts(set: TargetSet): Array<{ target: Target; spec: ChartSpec }> {
  return set.targets.flatMap((t) => {
    const byUnit = new Map<string, typeof t.values>();
    for (const v of t.values) if (v.value !== undefined && v.unit && v.unit !== '%') byUnit.set(v.unit, [...(byUnit.get(v.unit) ?? []), v]);
    return [...byUnit].filter(([, vs]) => vs.length >= 2).map(([unit, vs]) => ({
      target: t,
      spec: { rows: vs.map((v) => ({ label: [v.label ?? t.label], value: v.value!, display: formatTargetValue(v) })), unit, horizontal: false },
    }));
  });
}

/** One bar per ward for the same indicator: its first value, labelled with ward, period and document. */
export function comparisonChart(targets: Target[], describe: (t: Target) => string[], unit: string, colorOf: (t: Target) => number): ChartSpec {
  const rows = targets.map((t) => ({ label: describe(t), value: t.values[0]!.value ?? 0, display: formatTargetValue(t.values[0]!), color: colorOf(t) }));
  return { rows, unit, horizontal: true, max: axisMax(rows.map((r) => r.value), unit === '%') };
}
