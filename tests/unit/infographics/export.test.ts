import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { COLUMNS, safeText, targetSetToCsv, targetSetToJson, targetSetToXlsx, type ExportContext } from '../../../src/lib/infographics/export.ts';

const { data } = loadInfographicData(readDataFiles(), fileDocuments());
const gv = data.targetSets.find((s) => s.id === 'gia-vien-2026')!;
const tn = data.targetSets.find((s) => s.id === 'thuy-nguyen-quy-i-2026')!;
const ctx: ExportContext = { owner: () => 'Phường Gia Viên', document: 'Nghị quyết', documentTitle: (id) => id, documentUrl: (a) => `https://x.vn/van-ban/nq/#${a}` };

/** Splits a CSV line on ";" outside quotes, as a spreadsheet does. */
const fields = (line: string) => [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));

describe('CSV for a spreadsheet set to Vietnamese', () => {
  const csv = targetSetToCsv(tn, { ...ctx, owner: () => 'Phường Thủy Nguyên' });
  const lines = csv.trim().split('\r\n');
  const header = fields(lines[0]!.replace(/^\uFEFF/, ''));
  const row = (id: string, n = 0) => fields(lines.filter((l) => fields(l)[header.indexOf('Mã')] === id)[n]!);
  it('starts with a BOM and Vietnamese column names, separated by ";"', () => {
    expect(csv.startsWith('\uFEFFBộ số liệu;Của;Văn bản')).toBe(true);
    expect(header).toEqual(COLUMNS.map(([name]) => name));
    expect(lines).toHaveLength(1 + tn.figures.reduce((n, f) => n + f.values.length, 0));
  });
  it('writes numbers with a decimal comma and no thousands separator: 149,432 is never read as 149 thousand', () => {
    expect(row('thu-ngan-sach')[header.indexOf('Số')]).toBe('149,432');
    expect(row('thu-ngan-sach', 1)[header.indexOf('Số')]).toBe('29,04');
    const gvCsv = targetSetToCsv(gv, ctx).split('\r\n').map(fields);
    expect(gvCsv.find((r) => r[header.indexOf('Mã')] === 'thu-ngan-sach')![header.indexOf('Số')]).toBe('2525');
  });
  it('keeps the frame on every row: kind, period, value in the document\'s words, and the shortfall as a shortfall', () => {
    const r = row('doanh-nghiep');
    expect(r[header.indexOf('Loại')]).toBe('Hạn chế, chưa đạt');
    expect(r[header.indexOf('Thời hạn hoặc kỳ')]).toBe('quý I/2026');
    expect(row('chi-tieu-hoan-thanh')[header.indexOf('Giá trị theo văn bản')]).toContain('(trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá)');
  });
  it('never lets a text cell run as a formula', () => {
    expect(safeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeText('-5%')).toBe("'-5%");
    expect(safeText('+1')).toBe("'+1");
    expect(safeText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeText('đạt 96,5%')).toBe('đạt 96,5%');
    const evil = { ...gv, figures: [{ ...gv.figures[0]!, label: '=1+1', values: [{ ...gv.figures[0]!.values[0]!, text: '-2' }] }] };
    const cells = fields(targetSetToCsv(evil, ctx).trim().split('\r\n')[1]!);
    expect(cells[header.indexOf('Nội dung')]).toBe("'=1+1");
    expect(cells[header.indexOf('Giá trị theo văn bản')]).toBe("'-2");
    expect(cells[header.indexOf('Số')]).toBe('3');
  });
});

describe('Excel file', () => {
  it('has typed numbers, the frame, and a sheet explaining the columns', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await targetSetToXlsx(tn, ctx)) as never);
    const sheet = book.getWorksheet('Số liệu')!;
    expect(sheet.getRow(1).values).toContain('Giá trị theo văn bản');
    const numbers = sheet.getColumn(12).values.filter((x) => typeof x === 'number');
    expect(numbers).toContain(149.432);
    expect(numbers).toContain(11);
    expect(book.getWorksheet('Giải thích cột')!.rowCount).toBe(COLUMNS.length + 1);
  });
  it('is the same from one build to the next, whatever the clock says', async () => {
    const first = Buffer.from(await targetSetToXlsx(gv, ctx));
    // ExcelJS dates each zip entry with the time of writing: two seconds later would differ without the fixed date.
    vi.useFakeTimers({ now: Date.now() + 3_600_000, toFake: ['Date'] });
    try {
      expect(Buffer.from(await targetSetToXlsx(gv, ctx)).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('JSON', () => {
  it('every figure with its frame, its values in words and its source', () => {
    const json = targetSetToJson(gv, ctx);
    expect(json.figures).toHaveLength(23);
    expect(json.figures[5]).toMatchObject({ kind: 'chi-tieu', kindLabel: 'Chỉ tiêu', when: 'năm 2026', owner: 'Phường Gia Viên' });
    expect(json.figures[5]!.values[0]).toMatchObject({ value: 2525, text: 'đạt trên 2.525 tỷ đồng' });
    expect(json.figures[5]!.source.url).toMatch(/#muc-ii-2-2-6$/);
  });
});
