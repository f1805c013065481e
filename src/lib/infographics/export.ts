// Downloadable data of a target set: CSV and .xlsx for a ward office's spreadsheet, JSON for machines.
// Every row carries the figure's frame (whose, what kind, for when) and its value in the document's own words.
// A result reported against a target is a row of its own, kind "Kết quả", with its report, date and passage, under
// the target's code: never one number with the target.
//
// CSV: Excel on a Vietnamese Windows reads a double-clicked .csv with the list separator ";" and the decimal
// comma of the regional settings, so the file uses both ("149,432" is 149 and a fraction there, never 149 thousand),
// without a thousands separator. LibreOffice asks for the separator and the language on opening: ";" and
// Vietnamese read it the same way. Where a machine is set to English, the .xlsx (typed numbers) opens right anywhere.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Figure, Result, TargetSet } from './data.ts';
import { categories, figureKinds } from './schema.ts';
import { figureWhen, resultProgress } from './figures.ts';

export interface ExportContext {
  /** The ward or city the figures belong to, per figure. */
  owner: (f: Figure) => string;
  /** The title of the set's document. */
  document: string;
  /** The title of another document (a result's report). */
  documentTitle: (id: string) => string;
  /** The address of a passage: its anchor in a document (the set's, when not given). */
  documentUrl: (anchor: string, document?: string) => string;
}

/** The columns, in order, with what each holds (also written into the .xlsx and the README). */
export const COLUMNS = [
  ['Bộ số liệu', 'tên bộ chỉ tiêu, kết quả'],
  ['Của', 'phường (hoặc thành phố) có con số'],
  ['Văn bản', 'văn bản nguồn (với kết quả: văn bản báo cáo kết quả)'],
  ['Mục', 'số thứ tự in trong văn bản, nếu có'],
  ['Mã', 'mã con số trên trang; kết quả mang mã của chỉ tiêu mà nó báo cáo'],
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
  ['Ngày báo cáo', 'với kết quả: ngày của văn bản báo cáo, như văn bản in'],
  ['So với chỉ tiêu (%, trang tự tính)', 'với kết quả: số của kết quả chia cho số của chỉ tiêu cùng đơn vị; trang tự tính, văn bản không ghi'],
] as const;

type Cell = string | number | undefined;

function rows(set: TargetSet, ctx: ExportContext): Cell[][] {
  const label = (f: Figure, v: { label?: string | undefined }) => (v.label ? `${f.label} – ${v.label}` : f.label);
  return set.figures.flatMap((f) => [
    ...f.values.map((v) => [
      set.title, ctx.owner(f), ctx.document, f.number, f.id, label(f, v),
      figureKinds[f.kind], figureWhen(f), categories[f.category], f.taskGroups.join(' '), v.text, v.value, v.of, v.unit,
      f.quote, ctx.documentUrl(f.passage.anchor), f.note, undefined, undefined,
    ]),
    ...f.results.flatMap((r) => r.values.map((v) => [
      set.title, ctx.owner(f), ctx.documentTitle(r.document), undefined, f.id, label(f, v),
      figureKinds['ket-qua'], r.when, categories[f.category], f.taskGroups.join(' '), v.text, v.value, v.of, v.unit,
      r.quote, ctx.documentUrl(r.passage.anchor, r.document), r.note, r.reported, progressOf(f, v),
    ])),
  ]);
}

/** The site's share of the target, rounded to a tenth of a percent; none where the two do not compare. */
function progressOf(f: Figure, v: Result['values'][number]): number | undefined {
  const p = resultProgress(f.values, v);
  return p && Math.round(p.share * 10) / 10;
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

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export async function targetSetToXlsx(set: TargetSet, ctx: ExportContext): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = ctx.document;
  // A fixed date keeps the file the same from one build to the next (here and on every entry of its zip below).
  book.created = book.modified = FIXED_DATE;
  const sheet = book.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(COLUMNS.map(([name]) => name)).font = { bold: true };
  for (const r of rows(set, ctx)) sheet.addRow(r.map((v) => (typeof v === 'string' ? safeText(v) : v ?? null)));
  sheet.columns.forEach((c, i) => { c.width = [30, 18, 30, 6, 18, 40, 16, 18, 18, 10, 40, 10, 10, 14, 60, 40, 40, 14, 18][i]; });
  sheet.getColumn(12).numFmt = '#,##0.###';
  const guide = book.addWorksheet('Giải thích cột');
  guide.addRow(['Cột', 'Nội dung']).font = { bold: true };
  COLUMNS.forEach(([name, meaning]) => guide.addRow([name, meaning]));
  guide.getColumn(1).width = 24;
  guide.getColumn(2).width = 80;
  // ExcelJS stamps each entry of the zip with the time of writing: the same entries again, with the fixed date.
  const written = await JSZip.loadAsync(await book.xlsx.writeBuffer() as ArrayBuffer);
  const zip = new JSZip();
  for (const entry of Object.values(written.files)) {
    if (!entry.dir) zip.file(entry.name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<Uint8Array<ArrayBuffer>>;
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
      results: f.results.map((r) => ({
        kind: 'ket-qua',
        kindLabel: figureKinds['ket-qua'],
        when: r.when,
        reported: r.reported,
        document: r.document,
        documentTitle: ctx.documentTitle(r.document),
        values: r.values.map((v) => {
          const p = resultProgress(f.values, v);
          return {
            text: v.text, value: v.value ?? null, of: v.of ?? null, unit: v.unit ?? null, label: v.label ?? null,
            siteComputed: p ? { shareOfTarget: Math.round(p.share * 10) / 10, text: p.text } : null,
          };
        }),
        note: r.note ?? null,
        source: { quote: r.quote, url: ctx.documentUrl(r.passage.anchor, r.document) },
      })),
    })),
  };
}
