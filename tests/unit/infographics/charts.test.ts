import { describe, expect, it } from 'vitest';
import {
  comparisonChart, evenPace, indicatorValue, midSentence, pairChart, sourceLine, subjectOf, yearShareChart, type BarChartSpec,
} from '../../../src/lib/infographics/charts.ts';
import type { FigureValue } from '../../../src/lib/infographics/schema.ts';

const value = (v: Partial<FigureValue> & { text: string }): FigureValue => ({ parts: [], yearShare: false, ...v });
const pieceText = (spec: BarChartSpec) => spec.rows.map((r) => r.pieces.map((p) => p.text).join(''));

describe('words inside a sentence', () => {
  it('lower-cases a label\'s first letter, but not an institution or an abbreviation', () => {
    expect(midSentence('Thu ngân sách nhà nước')).toBe('thu ngân sách nhà nước');
    expect(midSentence('Tỷ lệ gia đình văn hóa')).toBe('tỷ lệ gia đình văn hóa');
    expect(midSentence('Đảng viên mới')).toBe('Đảng viên mới');
    expect(midSentence('HĐND phường')).toBe('HĐND phường');
    expect(midSentence('Phường Gia Viên')).toBe('Phường Gia Viên');
    expect(midSentence('')).toBe('');
  });
  it('names what a row is about without its period or bracketed remark', () => {
    expect(subjectOf('Thu ngân sách nhà nước quý I/2026', 'quý I/2026')).toBe('thu ngân sách nhà nước');
    expect(subjectOf('Thu ngân sách địa phương (chỉ tiêu chưa đạt)', 'quý I/2026')).toBe('thu ngân sách địa phương');
  });
});

describe('the even pace through a year', () => {
  it('is the share of the year a period has run', () => {
    expect(evenPace('quý I/2026')).toBe(25);
    expect(evenPace('Quý II năm 2026')).toBe(50);
    expect(evenPace('quý III')).toBe(75);
    expect(evenPace('quý IV/2026')).toBe(100);
    expect(evenPace('6 tháng đầu năm 2026')).toBe(50);
    expect(evenPace('9 tháng')).toBe(75);
  });
  it('is unknown for a year or a horizon', () => {
    expect(evenPace('năm 2026')).toBeUndefined();
    expect(evenPace('đến năm 2030')).toBeUndefined();
    expect(evenPace('hằng năm')).toBeUndefined();
  });
});

describe('a share of the year\'s plan against the even pace', () => {
  const budget = { owner: 'Phường Thủy Nguyên', label: 'Thu ngân sách nhà nước quý I/2026', kind: 'ket-qua' as const, when: 'quý I/2026', value: value({ text: 'đạt 29,04% so với dự toán giao', value: 29.04, unit: '%', yearShare: true }) };
  const local = { owner: 'Phường Thủy Nguyên', label: 'Thu ngân sách địa phương (chỉ tiêu chưa đạt)', kind: 'han-che' as const, when: 'quý I/2026', value: value({ text: 'số thu ngân sách địa phương mới đạt 20,79 % so với dự toán giao đầu năm', value: 20.79, unit: '%', yearShare: true }) };

  it('states which share is above the pace and which below, for whom and when', () => {
    const spec = yearShareChart([budget, local])!;
    expect(spec.title).toBe('Phường Thủy Nguyên, quý I/2026: thu ngân sách nhà nước (29,04%) cao hơn mức chia đều 25%, còn thu ngân sách địa phương (20,79%) thấp hơn');
    expect(spec.reference).toEqual({ value: 25, share: 25, label: 'mức chia đều 25%' });
    expect(spec.max).toBe(100);
    expect(spec.rows.map((r) => [r.share, r.kind])).toEqual([[29.04, 'ket-qua'], [20.79, 'han-che']]);
    // The pace is the site's arithmetic, and the subtitle says so.
    expect(spec.subtitle).toContain('do trang này tính, không phải số của văn bản');
  });
  it('labels each row with its kind and period when a result and a shortfall share the chart', () => {
    const spec = yearShareChart([budget, local])!;
    expect(spec.rows.map((r) => r.frame)).toEqual(['Kết quả · quý I/2026', 'Hạn chế, chưa đạt · quý I/2026']);
    expect(yearShareChart([budget])!.rows[0]!.frame).toBeUndefined();
  });
  it('keeps each value in the document\'s own words, the number apart', () => {
    const spec = yearShareChart([budget, local])!;
    expect(pieceText(spec)).toEqual([budget.value.text, local.value.text]);
    expect(spec.rows[1]!.pieces.find((p) => p.figure)!.text).toBe('20,79 %');
  });
  it('says "cao hơn" alone when every share is above the pace', () => {
    expect(yearShareChart([budget])!.title).toBe('Phường Thủy Nguyên, quý I/2026: thu ngân sách nhà nước (29,04%) cao hơn mức chia đều 25%');
  });
  it('is null without a number, for a period that is not part of a year, or for mixed periods', () => {
    expect(yearShareChart([])).toBeNull();
    expect(yearShareChart([{ ...budget, value: value({ text: 'đạt khá' }) }])).toBeNull();
    expect(yearShareChart([{ ...budget, when: 'năm 2026' }])).toBeNull();
    expect(yearShareChart([budget, { ...local, when: 'quý II/2026' }])).toBeNull();
  });
});

describe('two values of one figure', () => {
  const firms = [
    value({ text: 'Thành lập mới doanh nghiệp có 64 doanh nghiệp', value: 64, unit: 'doanh nghiệp', label: 'thành lập mới' }),
    value({ text: '43 doanh nghiệp dừng kinh doanh', value: 43, unit: 'doanh nghiệp', label: 'dừng kinh doanh' }),
  ];
  const input = { owner: 'Phường Thủy Nguyên', label: 'Thành lập mới doanh nghiệp (chỉ tiêu chưa đạt)', kind: 'han-che' as const, when: 'quý I/2026', values: firms };

  it('states both numbers and their difference, for whom and when', () => {
    const spec = pairChart(input)!;
    expect(spec.title).toBe('Phường Thủy Nguyên, quý I/2026: 64 doanh nghiệp thành lập mới, 43 doanh nghiệp dừng kinh doanh, chênh lệch 21 doanh nghiệp');
    expect(spec.subtitle).toBe('Hạn chế, chưa đạt · quý I/2026. Thành lập mới doanh nghiệp (chỉ tiêu chưa đạt), tính bằng doanh nghiệp.');
    expect(spec.rows.map((r) => [r.label, r.share])).toEqual([['thành lập mới', 100], ['dừng kinh doanh', 67.19]]);
    expect(pieceText(spec)).toEqual(firms.map((f) => f.text));
  });
  it('names the largest and the smallest of three or more', () => {
    const spec = pairChart({ ...input, values: [...firms, value({ text: '10 doanh nghiệp giải thể', value: 10, unit: 'doanh nghiệp', label: 'giải thể' })] })!;
    expect(spec.title).toBe('Phường Thủy Nguyên, quý I/2026: nhiều nhất 64 doanh nghiệp thành lập mới, ít nhất 10 doanh nghiệp giải thể');
  });
  it('is null for equal values (a list), fewer than two, or values in different units', () => {
    expect(pairChart({ ...input, values: [firms[0]!, { ...firms[1]!, value: 64 }] })).toBeNull();
    expect(pairChart({ ...input, values: [firms[0]!] })).toBeNull();
    expect(pairChart({ ...input, values: [firms[0]!, { ...firms[1]!, unit: 'cơ sở' }] })).toBeNull();
    expect(pairChart({ ...input, values: [value({ text: 'không có' }), value({ text: 'đạt chuẩn' })] })).toBeNull();
  });
});

describe('one indicator across wards', () => {
  const rows = [
    { owner: 'Phường Hải Dương', when: 'không ghi thời hạn', kind: 'chi-tieu' as const, value: value({ text: '100% trường học đạt chuẩn Quốc gia', value: 100, unit: '%' }) },
    { owner: 'Phường Gia Viên', when: 'năm 2026', kind: 'chi-tieu' as const, value: value({ text: 'đạt trên 70%', value: 70, unit: '%' }) },
  ];
  it('says which ward set the higher level, with each level in its own words and horizon', () => {
    const spec = comparisonChart('Tỷ lệ trường học đạt chuẩn Quốc gia', '%', rows)!;
    expect(spec.title).toBe('Phường Hải Dương đặt mức cao hơn phường Gia Viên: 100% trường học đạt chuẩn Quốc gia (không ghi thời hạn) so với đạt trên 70% (năm 2026)');
    expect(spec.subtitle).toBe('Tỷ lệ trường học đạt chuẩn Quốc gia (%). Mỗi dòng là chỉ tiêu riêng của một phường, thời hạn ghi đầu dòng.');
  });
  it('keeps the order given (the site\'s own ward first) and labels each row with ward and horizon first', () => {
    const spec = comparisonChart('Tỷ lệ trường học đạt chuẩn Quốc gia', '%', [...rows].reverse())!;
    expect(spec.rows.map((r) => r.label)).toEqual(['Phường Gia Viên · năm 2026', 'Phường Hải Dương · không ghi thời hạn']);
    expect(spec.rows.map((r) => r.text)).toEqual(['đạt trên 70%', '100% trường học đạt chuẩn Quốc gia']);
    expect(spec.max).toBe(100);
  });
  it('says "đạt" rather than "đặt" for results', () => {
    const results = rows.map((r) => ({ ...r, kind: 'ket-qua' as const }));
    expect(comparisonChart('X', '%', results)!.title).toMatch(/^Phường Hải Dương đạt mức cao hơn/);
  });
  it('is null when every level is the same (a row of 100% bars is a list) or fewer than two are numbers', () => {
    const same = rows.map((r) => ({ ...r, value: value({ text: 'đạt 100%', value: 100, unit: '%' }) }));
    expect(comparisonChart('X', '%', same)).toBeNull();
    expect(comparisonChart('X', '%', [rows[0]!])).toBeNull();
    expect(comparisonChart('X', '%', [rows[0]!, { ...rows[1]!, value: value({ text: 'đạt chuẩn' }) }])).toBeNull();
  });
});

describe('the value an indicator compares', () => {
  const indicator = { unit: '%', definition: { measured: 'gia đình văn hóa' } };
  it('is the one in its unit that names what it measures', () => {
    const values = [
      value({ text: 'Tỷ lệ gia đình văn hóa đạt từ 96,7% trở lên', value: 96.7, unit: '%' }),
      value({ text: 'tổ dân phố văn hóa đạt từ 85% trở lên', value: 85, unit: '%' }),
    ];
    expect(indicatorValue([...values].reverse(), indicator)).toBe(values[0]);
  });
  it('else the first in its unit; none when no value is in its unit', () => {
    const values = [value({ text: '8 cơ sở', value: 8, unit: 'cơ sở' }), value({ text: 'đạt trên 97,5%/năm', value: 97.5, unit: '%' })];
    expect(indicatorValue(values, indicator)).toBe(values[1]);
    expect(indicatorValue([values[0]!], indicator)).toBeUndefined();
  });
});

describe('the source line inside a chart', () => {
  it('names the document type, the ward and the places, then the period', () => {
    expect(sourceLine([{ type: 'Kết luận', ward: 'Thủy Nguyên', place: 'mục I.1.4' }, { type: 'Kết luận', ward: 'Thủy Nguyên', place: 'mục I.2' }], 'quý I/2026'))
      .toBe('Nguồn: Kết luận phường Thủy Nguyên, mục I.1.4, mục I.2; quý I/2026');
  });
  it('lists each document once, in order, and a place once', () => {
    expect(sourceLine([
      { type: 'Chương trình hành động', ward: 'Hải Dương', place: 'mục II.2.b' },
      { type: 'Nghị quyết', ward: 'Gia Viên', place: 'mục (14)' },
      { type: 'Chương trình hành động', ward: 'Hải Dương', place: 'mục II.2.b' },
    ])).toBe('Nguồn: Chương trình hành động phường Hải Dương, mục II.2.b; Nghị quyết phường Gia Viên, mục (14)');
  });
});
