// A quarterly result is one YAML entry under its target: traced to its report like any figure, shown against the
// target in the kind model (a target and a result never one number), and carried into the downloads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData, type DocumentLookup, type Figure } from '../../../src/lib/infographics/data.ts';
import { documentBlocks } from '../../../src/lib/documents/passages.ts';
import { reportedLabel, resultHeading, resultProgress, targetHeading } from '../../../src/lib/infographics/figures.ts';
import { periodWords } from '../../../src/lib/infographics/target-pages.ts';
import { COLUMNS, targetSetToCsv, targetSetToJson, targetSetToXlsx, type ExportContext } from '../../../src/lib/infographics/export.ts';
import { parseReportDate } from '../../../src/lib/infographics/schema.ts';
import { contentFixture } from '../../support/content-fixture.ts';
import { BUDGET_RESULTS, MEMBERS_RESULTS, REPORT_BODY, REPORT_ID, REPORT_TITLE, TARGETS_FILE, withResults, writeReport } from './result-fixture.ts';

const NQ = 'nghi-quyet-muc-tieu-chi-tieu-nam-2026';
const KL = 'ket-luan-hoi-nghi-dang-uy-quy-i-2026';
const files = readDataFiles();
const real = fileDocuments();
const reportBlocks = documentBlocks(REPORT_BODY);
/** The committed documents plus the test's report, with the date and ward each prints. */
const docs: DocumentLookup = {
  exists: (id) => id === REPORT_ID || real.exists(id),
  blocks: (id) => (id === REPORT_ID ? reportBlocks : real.blocks(id)),
  meta: (id) => ({
    [REPORT_ID]: { date: { year: 2026, month: 4, day: 5 }, ward: 'Gia Viên' },
    [NQ]: { date: { year: 2025, month: 12, day: 8 }, ward: 'Gia Viên' },
    [KL]: { date: { year: 2026, month: 4 }, ward: 'Thủy Nguyên' },
  })[id],
};
const gvYaml = files[TARGETS_FILE]!;
const load = (yaml: string, lookup: DocumentLookup = docs) => loadInfographicData({ ...files, [TARGETS_FILE]: yaml }, lookup);
const problemsOf = (yaml: string, lookup?: DocumentLookup) => load(yaml, lookup).problems.join('\n');
/** The budget result with one of its lines changed. */
const budget = (from: string, to: string) => {
  expect(BUDGET_RESULTS).toContain(from);
  return withResults(gvYaml, BUDGET_RESULTS.replace(from, to));
};
const at = `${TARGETS_FILE}: con số "thu-ngan-sach", results[1]`;

describe('a result entry is loaded and traced to its report', () => {
  const { data, problems } = load(withResults(gvYaml, BUDGET_RESULTS, MEMBERS_RESULTS));
  const gv = data.targetSets.find((s) => s.id === 'gia-vien-2026')!;
  const target = (id: string) => gv.figures.find((f) => f.id === id)!;

  it('passes the rules: the quote is in the report, each value in its quote, the period printed, date and ward agree', () => {
    expect(problems).toEqual([]);
  });
  it('stays under its target, never a figure of its own: the set still holds 23 targets', () => {
    expect(gv.figures).toHaveLength(23);
    expect(gv.figures.every((f) => f.kind === 'chi-tieu')).toBe(true);
    expect(target('thu-ngan-sach').values.map((v) => v.value)).toEqual([2525, 736]);
    expect(target('thu-ngan-sach').results).toHaveLength(1);
    expect(target('ho-ngheo').results).toEqual([]);
  });
  it('carries its period, report date, report and passage', () => {
    const [r] = target('thu-ngan-sach').results;
    expect(r).toMatchObject({ when: 'quý I/2026', reported: '05/04/2026', document: REPORT_ID, reportedDate: { year: 2026, month: 4, day: 5 } });
    expect(r!.values.map((v) => v.value)).toEqual([700, 190]);
    expect(r!.passage.document).toBe(REPORT_ID);
    expect(r!.passage.anchor).toBe(reportBlocks.find((b) => b.text.includes('ước đạt 700 tỷ đồng'))!.id);
    expect(r!.passage.contexts[0]).toBe('I- KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ I/2026');
  });
  it('one result a period: a second entry for the same period is refused', () => {
    const again = MEMBERS_RESULTS.replace('    results:\n', `    results:\n${MEMBERS_RESULTS.split('\n').slice(1).join('\n')}`);
    expect(problemsOf(withResults(gvYaml, BUDGET_RESULTS, again))).toContain(`${TARGETS_FILE}: con số "ket-nap-dang-vien", results[2], trường "when": kỳ "quý I/2026" đã có kết quả ở results[1]`);
  });
  it('results of several periods are listed in the order of their reports, whatever their place in the file', () => {
    const half = 'bao-cao-6-thang-2026-gia-vien';
    const halfBlocks = documentBlocks('## I- KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2026\n\n**2.** Kết nạp được 20 đảng viên mới.\n');
    const lookup: DocumentLookup = {
      exists: (id) => id === half || docs.exists(id),
      blocks: (id) => (id === half ? halfBlocks : docs.blocks(id)),
      meta: (id) => (id === half ? { date: { year: 2026, month: 7, day: 6 }, ward: 'Gia Viên' } : docs.meta!(id)),
    };
    const later = `      - when: 6 tháng đầu năm 2026\n        reported: "06/07/2026"\n        document: ${half}\n        quote: "Kết nạp được 20 đảng viên mới."\n        values:\n          - { text: "Kết nạp được 20 đảng viên mới", value: 20, unit: đảng viên }\n`;
    const { data, problems } = load(withResults(gvYaml, BUDGET_RESULTS, MEMBERS_RESULTS.replace('    results:\n', `    results:\n${later}`)), lookup);
    expect(problems).toEqual([]);
    const results = data.targetSets[0]!.figures.find((f) => f.id === 'ket-nap-dang-vien')!.results;
    expect(results.map((r) => [r.when, r.reported])).toEqual([['quý I/2026', '05/04/2026'], ['6 tháng đầu năm 2026', '06/07/2026']]);
  });
  it('the set page lists the results\' period among its periods', () => {
    expect(periodWords(gv.figures)).toEqual(['năm 2026', 'quý I/2026']);
  });
});

describe('a result is refused, naming file, entry and field, in Vietnamese', () => {
  it('when its quote is not in the report, word for word', () => {
    const out = problemsOf(budget('ước đạt 700 tỷ đồng; thu thuế', 'ước đạt 750 tỷ đồng; thu thuế'));
    expect(out).toContain(`${at}, trường "quote": đoạn trích không có nguyên văn trong văn bản content/documents/${REPORT_ID}.mdx`);
    expect(out).toMatch(/khớp đến: "Tổng thu ngân sách nhà nước trên địa bàn quý I.2026 ước đạt"/);
  });
  it('when its value is not the number its words print', () => {
    expect(problemsOf(budget('value: 700,', 'value: 710,'))).toMatch(new RegExp(`${at.replace(/[[\]()]/g, '\\$&')}, trường "values\\[1\\]\\.(text|value)": [^\\n]*710`));
  });
  it('when its words are not its quote\'s own ("7.000" is not "700")', () => {
    expect(problemsOf(budget('text: "ước đạt 700 tỷ đồng"', 'text: "ước đạt 7.000 tỷ đồng"'))).toMatch(/con số "thu-ngan-sach", results\[1\], trường "values\[1\]\.text": .*7\.000/);
  });
  it('when its report is not a document of the site', () => {
    expect(problemsOf(budget(`document: ${REPORT_ID}`, 'document: bao-cao-khac'))).toContain(`${at}: văn bản "bao-cao-khac" không có trong content/documents/`);
  });
  it('when the report does not print its period', () => {
    expect(problemsOf(budget('when: quý I/2026', 'when: 6 tháng đầu năm 2026'))).toContain(`${at}, trường "when": thời hạn "6 tháng đầu năm 2026" không có trong đoạn trích`);
  });
  it('when its period is missing, or its date is not a date', () => {
    const noWhen = problemsOf(budget('      - when: quý I/2026\n        reported', '      - reported'));
    expect(noWhen).toContain('trường "figures[6].results[1].when": Thiếu trường "when"');
    const badDate = problemsOf(budget('reported: "05/04/2026"', 'reported: "31/02/2026"'));
    expect(badDate).toContain('trường "figures[6].results[1].reported": "reported" là ngày của văn bản báo cáo, dạng ngày/tháng/năm');
    expect(badDate).not.toMatch(/Invalid|expected|Required/);
  });
  it('when its date is not the report\'s date', () => {
    expect(problemsOf(budget('reported: "05/04/2026"', 'reported: "06/04/2026"'))).toContain(`${at}, trường "reported": ngày báo cáo "06/04/2026" khác ngày của văn bản content/documents/${REPORT_ID}.mdx (05/04/2026)`);
  });
  it('when the report is another ward\'s', () => {
    const other = budget(`document: ${REPORT_ID}`, `document: ${KL}`)
      .replace('quote: "Tổng thu ngân sách nhà nước trên địa bàn quý I/2026 ước đạt 700 tỷ đồng; thu thuế ngoài quốc doanh ước đạt 190 tỷ đồng."', 'quote: "Thu ngân sách nhà nước quý I/2026 ước thực hiện 149,432 tỷ đồng, đạt 29,04% so với dự toán giao."')
      .replace('reported: "05/04/2026"', 'reported: "04/2026"')
      .replace(/          - \{ text: "ước đạt 700[^\n]*\n          - \{ text: "thu thuế[^\n]*\n/, '          - { text: "ước thực hiện 149,432 tỷ đồng", value: 149.432, unit: tỷ đồng }\n');
    expect(problemsOf(other)).toBe(`${at}, trường "document": văn bản "${KL}" là của phường Thủy Nguyên, còn chỉ tiêu là của phường Gia Viên. Kết quả phải lấy từ báo cáo của chính phường đó.`);
  });
  it('when its passage stands under a target heading: a result is not a target', () => {
    const fromPlan = budget(`document: ${REPORT_ID}`, `document: ${NQ}`)
      .replace('reported: "05/04/2026"', 'reported: "08/12/2025"')
      .replace('when: quý I/2026', 'when: năm 2026')
      .replace('quote: "Tổng thu ngân sách nhà nước trên địa bàn quý I/2026 ước đạt 700 tỷ đồng; thu thuế ngoài quốc doanh ước đạt 190 tỷ đồng."', 'quote: "(6)- Tổng thu ngân sách nhà nước trên địa bàn đạt trên 2.525 tỷ đồng; Thu thuế ngoài quốc doanh đạt trên 736 tỷ đồng."')
      .replace(/          - \{ text: "ước đạt 700[^\n]*\n          - \{ text: "thu thuế[^\n]*\n/, '          - { text: "đạt trên 2.525 tỷ đồng", value: 2525, unit: tỷ đồng }\n');
    expect(problemsOf(fromPlan)).toMatch(new RegExp(`${at.replace(/[[\]()]/g, '\\$&')}, trường "kind": "kind: ket-qua" \\(Kết quả\\) không hợp với đề mục "2\\.2\\. Chỉ tiêu`));
  });
  it('when it stands under anything but a target', () => {
    const tn = 'content/targets/thuy-nguyen-quy-i-2026.yaml';
    const yaml = files[tn]!.replace('    quote: "Công tác quản lý quy hoạch', `${MEMBERS_RESULTS}    quote: "Công tác quản lý quy hoạch`);
    expect(loadInfographicData({ ...files, [tn]: yaml }, docs).problems.join('\n')).toContain(`${tn}: con số "xu-phat-vi-pham", trường "results": chỉ chỉ tiêu (kind: chi-tieu) mới có kết quả báo cáo`);
  });
});

describe('a result beside its target: labels in the kind model', () => {
  const { data } = load(withResults(gvYaml, BUDGET_RESULTS, MEMBERS_RESULTS));
  const fig = (id: string) => data.targetSets[0]!.figures.find((f) => f.id === id)! as Figure;
  it('a target says "Chỉ tiêu năm 2026", a result its period and report date', () => {
    expect(targetHeading(fig('thu-ngan-sach'))).toBe('Chỉ tiêu năm 2026');
    expect(targetHeading({ kind: 'chi-tieu' })).toBe('Chỉ tiêu (không ghi thời hạn)');
    expect(resultHeading(fig('thu-ngan-sach').results[0]!)).toBe('Kết quả quý I/2026 (báo cáo ngày 05/04/2026)');
    expect(resultHeading({ when: 'Quý I/2026', reportedDate: parseReportDate('04/2026')! })).toBe('Kết quả Quý I/2026 (báo cáo tháng 04 năm 2026)');
    expect(reportedLabel({ year: 2026, month: 4, day: 5 })).toBe('báo cáo ngày 05/04/2026');
  });
  it('a progress bar only for numbers of one unit, each against the target value of its label, said to be the site\'s', () => {
    const f = fig('thu-ngan-sach');
    const [total, tax] = f.results[0]!.values.map((v) => resultProgress(f.values, v));
    expect(total).toMatchObject({ target: { value: 2525 }, bar: 27.7 });
    expect(total!.text).toBe('Trang tự tính, văn bản không ghi: 700 tỷ đồng bằng 27,7% của chỉ tiêu 2.525 tỷ đồng.');
    expect(tax!.target.value).toBe(736);
    expect(tax!.text).toContain('190 tỷ đồng bằng 25,8% của chỉ tiêu 736 tỷ đồng');
  });
  it('no bar where the two do not compare: another unit, a rate, a count of a whole, or no telling which target value', () => {
    const members = fig('ket-nap-dang-vien');
    expect(resultProgress(members.values, members.results[0]!.values[0]!)).toBeUndefined();
    expect(resultProgress([{ text: 'đạt 96,5%', value: 96.5, unit: '%', parts: [], yearShare: false }], { text: 'đạt 95,1%', value: 95.1, unit: '%', parts: [], yearShare: false })).toBeUndefined();
    expect(resultProgress([{ text: '19 chỉ tiêu', value: 19, unit: 'chỉ tiêu', parts: [], yearShare: false }], { text: 'đạt 11/19', value: 11, of: 19, unit: 'chỉ tiêu', parts: [], yearShare: false })).toBeUndefined();
    const two = fig('thu-ngan-sach').values;
    expect(resultProgress(two, { text: 'ước đạt 700 tỷ đồng', value: 700, unit: 'tỷ đồng', parts: [], yearShare: false })).toBeUndefined();
  });
  it('a result beyond its target fills the bar and says how far beyond', () => {
    const p = resultProgress([{ text: 'đạt 8 cơ sở', value: 8, unit: 'cơ sở', parts: [], yearShare: false }], { text: 'được 10 cơ sở', value: 10, unit: 'cơ sở', parts: [], yearShare: false })!;
    expect(p.bar).toBe(100);
    expect(p.text).toContain('bằng 125% của chỉ tiêu 8 cơ sở');
  });
});

describe('the downloads carry each result as a row of its own, with its date and source', () => {
  const { data } = load(withResults(gvYaml, BUDGET_RESULTS, MEMBERS_RESULTS));
  const gv = data.targetSets[0]!;
  const ctx: ExportContext = {
    owner: () => 'Phường Gia Viên',
    document: 'Nghị quyết',
    documentTitle: (id) => (id === REPORT_ID ? REPORT_TITLE : id),
    documentUrl: (anchor, doc = NQ) => `https://x.vn/van-ban/${doc}/#${anchor}`,
  };
  const fields = (line: string) => [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
  const lines = targetSetToCsv(gv, ctx).replace(/^\uFEFF/, '').trim().split('\r\n').map(fields);
  const col = (name: string) => COLUMNS.findIndex(([n]) => n === name);
  const rowsOf = (id: string) => lines.filter((r) => r[col('Mã')] === id);

  it('CSV: the target row, then the result rows under the target\'s code, kind "Kết quả", with period, report and link', () => {
    const [target, , total, tax] = rowsOf('thu-ngan-sach');
    expect(lines).toHaveLength(1 + gv.figures.reduce((n, f) => n + f.values.length, 0) + 3);
    expect(target![col('Loại')]).toBe('Chỉ tiêu');
    expect(target![col('Ngày báo cáo')]).toBe('');
    expect(total![col('Loại')]).toBe('Kết quả');
    expect(total![col('Thời hạn hoặc kỳ')]).toBe('quý I/2026');
    expect(total![col('Ngày báo cáo')]).toBe('05/04/2026');
    expect(total![col('Văn bản')]).toBe(REPORT_TITLE);
    expect(total![col('Giá trị theo văn bản')]).toBe('ước đạt 700 tỷ đồng');
    expect(total![col('Số')]).toBe('700');
    expect(total![col('Liên kết nguyên văn')]).toMatch(new RegExp(`^https://x\\.vn/van-ban/${REPORT_ID}/#`));
    expect(total![col('So với chỉ tiêu (%, trang tự tính)')]).toBe('27,7');
    expect(tax![col('Nội dung')]).toBe('Tổng thu ngân sách nhà nước trên địa bàn – thu thuế ngoài quốc doanh');
    expect(rowsOf('ket-nap-dang-vien')[1]![col('So với chỉ tiêu (%, trang tự tính)')]).toBe('');
  });
  it('Excel: the result rows with typed numbers, and the new columns explained', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await targetSetToXlsx(gv, ctx)) as never);
    const sheet = book.getWorksheet('Số liệu')!;
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(col('Số') + 1).value === 700)!;
    expect(row.getCell(col('Loại') + 1).value).toBe('Kết quả');
    expect(row.getCell(col('Ngày báo cáo') + 1).value).toBe('05/04/2026');
    expect(row.getCell(col('So với chỉ tiêu (%, trang tự tính)') + 1).value).toBe(27.7);
    const guide = book.getWorksheet('Giải thích cột')!.getColumn(1).values;
    expect(guide).toContain('Ngày báo cáo');
  });
  it('JSON: results under their target, the site\'s computation apart and named so', () => {
    const json = targetSetToJson(gv, ctx);
    const t = json.figures.find((f) => f.id === 'thu-ngan-sach')!;
    expect(t.kind).toBe('chi-tieu');
    expect(t.values.map((v) => v.value)).toEqual([2525, 736]);
    expect(t.results).toHaveLength(1);
    expect(t.results[0]).toMatchObject({ kind: 'ket-qua', kindLabel: 'Kết quả', when: 'quý I/2026', reported: '05/04/2026', document: REPORT_ID, documentTitle: REPORT_TITLE });
    expect(t.results[0]!.values[0]).toMatchObject({ text: 'ước đạt 700 tỷ đồng', value: 700, siteComputed: { shareOfTarget: 27.7 } });
    expect(t.results[0]!.source.url).toMatch(new RegExp(`/van-ban/${REPORT_ID}/#`));
    expect(json.figures.find((f) => f.id === 'ho-ngheo')!.results).toEqual([]);
  });
});

describe('npm run check on a content copy with a report and a result', { timeout: 60_000 }, () => {
  const fixture = (budgetResults: string) => contentFixture((root) => {
    writeReport(root);
    const p = join(root, TARGETS_FILE);
    writeFileSync(p, withResults(readFileSync(p, 'utf8'), budgetResults));
  });
  it('accepts a result traced to its report', () => {
    const fx = fixture(BUDGET_RESULTS);
    try {
      const r = fx.run('scripts/check-content.ts');
      expect(r.output).not.toContain('gia-vien-2026.yaml');
      expect(r.status).toBe(0);
    } finally {
      fx.remove();
    }
  });
  it('refuses a quote the report does not hold, and changes nothing', () => {
    const fx = fixture(BUDGET_RESULTS.replace('ước đạt 190 tỷ đồng."', 'ước đạt 195 tỷ đồng."'));
    try {
      const r = fx.run('scripts/check-content.ts');
      expect(r.status).toBe(1);
      expect(r.output).toContain(`${at}, trường "quote": đoạn trích không có nguyên văn trong văn bản content/documents/${REPORT_ID}.mdx`);
      expect(r.output).not.toMatch(/at .*\.ts:\d+|Error:/);
      expect(fx.changedSinceMutation()).toEqual([]);
    } finally {
      fx.remove();
    }
  });
});
