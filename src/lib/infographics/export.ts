// Downloadable data: a target set as CSV (for spreadsheets) and JSON.
import type { TargetSet } from './data.ts';
import { categories, measures } from './schema.ts';
import { formatTargetValue } from './target-format.ts';

export interface ExportContext { ward: string; document: string; documentUrl: (anchor: string) => string }

const HEADER = ['bo_chi_tieu', 'phuong', 'van_ban', 'so_thu_tu', 'ma_chi_tieu', 'chi_tieu', 'linh_vuc', 'nhom_nhiem_vu', 'noi_dung_gia_tri', 'gia_tri', 'tren_tong', 'don_vi', 'cach_tinh', 'thoi_han', 'nguyen_van', 'lien_ket_nguyen_van'];

const cell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per value; numbers use a decimal point (machine-readable), the text column says it the Vietnamese way. */
export function targetSetToCsv(set: TargetSet, ctx: ExportContext): string {
  const rows = set.targets.flatMap((t) => t.values.map((v) => [
    set.title, ctx.ward, ctx.document, t.number, t.id, v.label ? `${t.label} – ${v.label}` : t.label, categories[t.category],
    t.taskGroups.join(' '), formatTargetValue(v), v.value, v.of, v.unit, measures[v.measure], t.deadline ?? set.period,
    t.quote, ctx.documentUrl(t.passage.anchor),
  ]));
  // BOM: spreadsheet programs then read the Vietnamese letters as UTF-8.
  return `\uFEFF${[HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function targetSetToJson(set: TargetSet, ctx: ExportContext) {
  return {
    id: set.id,
    title: set.title,
    ward: ctx.ward,
    document: ctx.document,
    kind: set.kind,
    period: set.period,
    section: set.section,
    targets: set.targets.map((t) => ({
      id: t.id,
      number: t.number ?? null,
      label: t.label,
      category: t.category,
      taskGroups: t.taskGroups,
      deadline: t.deadline ?? null,
      values: t.values.map((v) => ({ ...v, text: formatTargetValue(v) })),
      source: { quote: t.quote, url: ctx.documentUrl(t.passage.anchor) },
    })),
  };
}
