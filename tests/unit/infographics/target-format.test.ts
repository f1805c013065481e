import { describe, expect, it } from 'vitest';
import { formatAmount, formatTargetValue } from '../../../src/lib/infographics/target-format.ts';

describe('target values in words', () => {
  it.each([
    [{ value: 2525, unit: 'tỷ đồng', measure: 'tren' as const }, 'trên 2.525 tỷ đồng'],
    [{ value: 96.7, unit: '%', measure: 'tu-tro-len' as const }, 'từ 96,7% trở lên'],
    [{ value: 13, unit: '%', measure: 'tang' as const, base: 'so với năm 2025' }, 'tăng 13% so với năm 2025'],
    [{ value: 96.5, unit: '%', measure: 'dat' as const }, '96,5%'],
    [{ value: 11, of: 19, unit: 'chỉ tiêu', measure: 'ket-qua' as const }, '11/19 chỉ tiêu'],
    [{ value: 149.432, unit: 'tỷ đồng', measure: 'ket-qua' as const }, '149,432 tỷ đồng'],
    [{ measure: 'dat-chuan' as const }, 'đạt chuẩn'],
    [{ measure: 'khong-con' as const }, 'không còn'],
  ])('%j → %s', (value, text) => {
    expect(formatTargetValue(value)).toBe(text);
  });
  it('writes a unit after a space, a percent sign without one', () => {
    expect(formatAmount({ value: 1750, unit: 'doanh nghiệp' })).toBe('1.750 doanh nghiệp');
    expect(formatAmount({ value: 31, unit: '% GRDP' })).toBe('31% GRDP');
  });
});
