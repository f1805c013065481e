import { describe, expect, it } from 'vitest';
import {
  countByKind, countParts, figureFrame, figureOwner, figurePlace, figureWhen, formatAmount, kindLabel, sectionOfAnchor, valuePieces,
} from '../../../src/lib/infographics/figures.ts';
import type { FigureValue } from '../../../src/lib/infographics/schema.ts';

const value = (v: Partial<FigureValue> & { text: string }): FigureValue => ({ parts: [], yearShare: false, ...v });
const joined = (v: FigureValue) => valuePieces(v).map((p) => p.text).join('');
const number = (v: FigureValue) => valuePieces(v).filter((p) => p.figure).map((p) => p.text);

describe('a figure\'s frame', () => {
  it('shows the period as printed, and never invents one', () => {
    expect(figureWhen({ kind: 'chi-tieu', when: 'đến năm 2030' })).toBe('đến năm 2030');
    expect(figureWhen({ kind: 'chi-tieu' })).toBe('không ghi thời hạn');
  });
  it('badges the kind with its period', () => {
    expect(kindLabel({ kind: 'ket-qua', when: 'quý I/2026' })).toBe('Kết quả · quý I/2026');
    expect(kindLabel({ kind: 'han-che', when: 'quý I/2026' })).toBe('Hạn chế, chưa đạt · quý I/2026');
    expect(kindLabel({ kind: 'chi-tieu' })).toBe('Chỉ tiêu · không ghi thời hạn');
  });
  it('names the ward, or the city for a city aim', () => {
    expect(figureOwner('chi-tieu', 'Gia Viên', 'Thành phố Hải Phòng')).toBe('Phường Gia Viên');
    expect(figureOwner('muc-tieu-thanh-pho', 'Hải Dương', 'Thành phố Hải Phòng')).toBe('Thành phố Hải Phòng');
    expect(figureFrame({ kind: 'chi-tieu', when: 'năm 2026' }, 'Phường Gia Viên')).toBe('Phường Gia Viên · Chỉ tiêu · năm 2026');
  });
});

describe('a value in the document\'s words, its number apart', () => {
  it('keeps the qualifier beside the number: "từ … trở lên", "trên", "(nếu có)", "~"', () => {
    const atLeast = value({ text: 'Tỷ lệ gia đình văn hóa đạt từ 96,7% trở lên', value: 96.7, unit: '%' });
    expect(valuePieces(atLeast)).toEqual([
      { text: 'Tỷ lệ gia đình văn hóa đạt từ ', figure: false },
      { text: '96,7%', figure: true },
      { text: ' trở lên', figure: false },
    ]);
    const over = value({ text: 'đạt trên 2.525 tỷ đồng', value: 2525, unit: 'tỷ đồng' });
    expect(valuePieces(over)).toEqual([{ text: 'đạt trên ', figure: false }, { text: '2.525 tỷ đồng', figure: true }]);
    const ifAny = value({ text: 'đạt 100% (nếu có)', value: 100, unit: '%' });
    expect(joined(ifAny)).toBe('đạt 100% (nếu có)');
    expect(number(ifAny)).toEqual(['100%']);
    const about = value({ text: 'kinh tế số (~31% GRDP)', value: 31, unit: '%' });
    expect(joined(about)).toBe('kinh tế số (~31% GRDP)');
    expect(number(about)).toEqual(['31%']);
  });
  it('finds a number printed with leading zeros or a space before "%"', () => {
    expect(number(value({ text: 'kiểm tra đối với 08 tổ chức đảng', value: 8, unit: 'tổ chức đảng' }))).toEqual(['08 tổ chức đảng']);
    expect(number(value({ text: 'mới đạt 20,79 % so với dự toán', value: 20.79, unit: '%' }))).toEqual(['20,79 %']);
  });
  it('keeps a count\'s whole and its parts in the words', () => {
    const count = value({ text: 'đạt 11/19 chỉ tiêu phường đề ra (trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá)', value: 11, of: 19, unit: 'chỉ tiêu', parts: [{ value: 8, label: 'chưa đến kỳ đánh giá' }] });
    expect(number(count)).toEqual(['11/19 chỉ tiêu']);
    expect(joined(count)).toContain('(trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá)');
  });
  it('does not take a digit of another number for the value', () => {
    expect(number(value({ text: 'có 1.120 doanh nghiệp và 120 cơ sở', value: 120, unit: 'cơ sở' }))).toEqual(['120 cơ sở']);
  });
  it('is the words alone when there is no number, or the number is not printed', () => {
    expect(valuePieces(value({ text: 'Không có hộ nghèo theo chuẩn nghèo đa chiều' }))).toEqual([{ text: 'Không có hộ nghèo theo chuẩn nghèo đa chiều', figure: false }]);
    expect(valuePieces(value({ text: 'đạt chuẩn', value: 5 }))).toEqual([{ text: 'đạt chuẩn', figure: false }]);
  });
  it('drops Markdown emphasis', () => {
    expect(joined(value({ text: 'đạt **96,5%**', value: 96.5, unit: '%' }))).toBe('đạt 96,5%');
  });
  it('formats the bare amount the Vietnamese way', () => {
    expect(formatAmount({ value: 96.5, unit: '%' })).toBe('96,5%');
    expect(formatAmount({ value: 2525, unit: 'tỷ đồng' })).toBe('2.525 tỷ đồng');
    expect(formatAmount({ value: 11, of: 19, unit: 'chỉ tiêu' })).toBe('11/19 chỉ tiêu');
    expect(formatAmount({})).toBe('');
  });
});

describe('a count with its whole', () => {
  it('shows every part, and what is left, adding up to the whole', () => {
    const v = value({ text: '11/19 (trong đó có 08 …)', value: 11, of: 19, parts: [{ value: 8, label: 'chưa đến kỳ đánh giá' }] });
    const parts = countParts(v);
    expect(parts).toEqual([{ label: 'đạt', value: 11 }, { label: 'chưa đến kỳ đánh giá', value: 8 }, { label: 'còn lại', value: 0 }]);
    expect(parts.reduce((n, p) => n + p.value, 0)).toBe(19);
  });
  it('leaves the rest unnamed parts in "còn lại", never hides them', () => {
    const parts = countParts(value({ text: '11/19', value: 11, of: 19 }));
    expect(parts).toEqual([{ label: 'đạt', value: 11 }, { label: 'còn lại', value: 8 }]);
    expect(parts.reduce((n, p) => n + p.value, 0)).toBe(19);
  });
  it('is nothing for a value without a whole', () => {
    expect(countParts(value({ text: '64 doanh nghiệp', value: 64 }))).toEqual([]);
  });
});

describe('what a set holds', () => {
  it('counts by kind, results first, so a set of results is never "10 chỉ tiêu"', () => {
    const kinds = ['ket-qua', 'ket-qua', 'han-che', 'chi-tieu', 'nhiem-vu', 'ket-qua', 'nhiem-vu', 'ket-qua', 'han-che', 'ket-qua'] as const;
    expect(countByKind([...kinds])).toBe('5 kết quả; 2 hạn chế, chưa đạt; 1 chỉ tiêu và 2 nhiệm vụ');
  });
  it('says one kind plainly, and nothing for none', () => {
    expect(countByKind(Array(23).fill('chi-tieu'))).toBe('23 chỉ tiêu');
    expect(countByKind(['chi-tieu', 'muc-tieu-thanh-pho'])).toBe('1 chỉ tiêu và 1 mục tiêu của thành phố');
    expect(countByKind([])).toBe('');
  });
});

describe('where a figure is printed', () => {
  it('reads a section from a passage anchor', () => {
    expect(sectionOfAnchor('muc-ii-2-b-doan-6')).toBe('mục II.2.b');
    expect(sectionOfAnchor('muc-i-1-4')).toBe('mục I.1.4');
    expect(sectionOfAnchor('muc-ii-2-2-14')).toBe('mục II.2.2.14');
    expect(sectionOfAnchor('muc-iii-7')).toBe('mục III.7');
  });
  it('prefers the figure\'s own printed number', () => {
    expect(figurePlace({ number: '(14)', passage: { anchor: 'muc-ii-2-2-14' } })).toBe('mục (14)');
    expect(figurePlace({ passage: { anchor: 'muc-i-2' } })).toBe('mục I.2');
  });
});
