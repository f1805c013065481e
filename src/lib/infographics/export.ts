// Downloadable data of a target set: CSV and .xlsx for a ward office's spreadsheet, JSON for machines.
// Every row carries the figure's frame (whose, what kind, for when) and its value in the document's own words.
//
// CSV: Excel on a Vietnamese Windows reads a double-clicked .csv with the list separator ";" and the decimal
// comma of the regional settings, so the file uses both ("149,432" is 149 and a fraction there, never 149 thousand),
// without a thousands separator. LibreOffice asks for the separator and the language on opening: ";" and
// Vietnamese read it the same way. Where a machine is set to English, the .xlsx (typed numbers) opens right anywhere.
import ExcelJS from 'exceljs';
import type { Figure, TargetSet } from './data.ts';
import { categories, figureKinds } from './schema.ts';
import { figureWhen } from './figures.ts';

export interface ExportContext {
  /** The ward or city the figures belong to, per figure. */
  owner: (f: Figure) => string;
  document: string;
  documentUrl: (anchor: string) => string;
}

/** The columns, in order, with what each holds (also written into the .xlsx and the README). */
export const COLUMNS = [
  ['Bộ số liệu', 'tên bộ chỉ tiêu, kết quả'],
  ['Của', 'phường (hoặc thành phố) có con số'],
  ['Văn bản', 'văn bản nguồn'],
  ['Mục', 'số thứ tự in trong văn bản, nếu có'],
  ['Mã', 'mã con số trên trang'],
  ['Nội dung', 'con số nói về điều gì'],
  ['Loại', 'chỉ tiêu, kết quả, hạn chế – chưa đạt, nhiệm vụ, mục tiêu của thành phố'],
  ['Thời hạn hoặc kỳ', 'như văn bản ghi; "không ghi thời hạn" nếu văn bản không ghi'],
  ['Lĩnh vực', 'lĩnh vực'],
  ['Nhóm nhiệm vụ', 'số các nhóm nhiệm vụ liên quan (1–10)'],
  ['Giá trị theo văn bản', 'nguyên văn, kèm "trên", "từ … trở lên", "(nếu có)"…'],
  ['Số', 'con số để tính toán (bảng tính tiếng Việt: dấu phẩy thập phân)'],
  ['Trên tổng số', 'tổng số khi con số là một phần (11 trên 19)'],
  ['Đơn vị', 'đơn vị của con số'],
  ['Nguyên văn', 'đoạn văn bản có con số'],
  ['Liên kết nguyên văn', 'địa chỉ đoạn văn bản trên trang'],
  ['Ghi chú của biên tập', 'ghi chú của người biên tập trang, nếu có'],
] as const;

type Cell = string | number | undefined;

function rows(set: TargetSet, ctx: ExportContext): Cell[][] {
  return set.figures.flatMap((f) => f.values.map((v) => [
    set.title, ctx.owner(f), ctx.document, f.number, f.id, v.label ? `${f.label} – ${v.label}` : f.label,
    figureKinds[f.kind], figureWhen(f), categories[f.category], f.taskGroups.join(' '), v.text, v.value, v.of, v.unit,
    f.quote, ctx.documentUrl(f.passage.anchor), f.note,
  ]));
}

/** A text cell a spreadsheet would run as a formula (=, +, -, @, tab, return first) is kept as text. */
export function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(v: Cell): string {
  if (v === undefined) return '';
  const s = typeof v === 'number' ? String(v).replace('.', ',') : safeText(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function targetSetToCsv(set: TargetSet, ctx: ExportContext): string {
  const lines = [COLUMNS.map(([name]) => name), ...rows(set, ctx)].map((r) => r.map(csvCell).join(';'));
  // BOM: spreadsheet programs then read the Vietnamese letters as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function targetSetToXlsx(set: TargetSet, ctx: ExportContext): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = ctx.document;
  // A fixed date keeps the file the same from one build to the next.
  book.created = book.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = book.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(COLUMNS.map(([name]) => name)).font = { bold: true };
  for (const r of rows(set, ctx)) sheet.addRow(r.map((v) => (typeof v === 'string' ? safeText(v) : v ?? null)));
  sheet.columns.forEach((c, i) => { c.width = [30, 18, 30, 6, 18, 40, 16, 18, 18, 10, 40, 10, 10, 14, 60, 40, 40][i]; });
  sheet.getColumn(12).numFmt = '#,##0.###';
  const guide = book.addWorksheet('Giải thích cột');
  guide.addRow(['Cột', 'Nội dung']).font = { bold: true };
  COLUMNS.forEach(([name, meaning]) => guide.addRow([name, meaning]));
  guide.getColumn(1).width = 24;
  guide.getColumn(2).width = 80;
  return new Uint8Array(await book.xlsx.writeBuffer() as ArrayBuffer);
}

export function targetSetToJson(set: TargetSet, ctx: ExportContext) {
  return {
    id: set.id,
    title: set.title,
    document: ctx.document,
    section: set.section,
    figures: set.figures.map((f) => ({
      id: f.id,
      number: f.number ?? null,
      label: f.label,
      owner: ctx.owner(f),
      kind: f.kind,
      kindLabel: figureKinds[f.kind],
      when: figureWhen(f),
      category: f.category,
      taskGroups: f.taskGroups,
      values: f.values.map((v) => ({ text: v.text, value: v.value ?? null, of: v.of ?? null, unit: v.unit ?? null, label: v.label ?? null, parts: v.parts })),
      note: f.note ?? null,
      source: { quote: f.quote, url: ctx.documentUrl(f.passage.anchor) },
    })),
  };
}
