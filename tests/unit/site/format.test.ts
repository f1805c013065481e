import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatPartialDate, formatPercent, isoPartialDate, isValidPartialDate, partialDateSortKey } from '../../../src/lib/site/format.ts';

describe('partial dates', () => {
  it('writes a whole date as dd/mm/yyyy', () => {
    expect(formatPartialDate({ year: 2025, month: 12, day: 8 })).toBe('08/12/2025');
    expect(formatPartialDate({ year: 2026, month: 1, day: 28 })).toBe('28/01/2026');
  });
  it('keeps a blank day unknown, as the document prints it', () => {
    expect(formatPartialDate({ year: 2026, month: 2 })).toBe('tháng 02 năm 2026');
    expect(formatPartialDate({ year: 2026 })).toBe('năm 2026');
  });
  it('gives <time datetime> only the precision that is known', () => {
    expect(isoPartialDate({ year: 2026, month: 4 })).toBe('2026-04');
    expect(isoPartialDate({ year: 2025, month: 12, day: 8 })).toBe('2025-12-08');
    expect(isoPartialDate({ year: 2026 })).toBe('2026');
  });
  it('sorts an unknown day after the known days of its month', () => {
    expect(partialDateSortKey({ year: 2026, month: 2 })).toBeGreaterThan(partialDateSortKey({ year: 2026, month: 2, day: 28 }));
    expect(partialDateSortKey({ year: 2026, month: 2 })).toBeLessThan(partialDateSortKey({ year: 2026, month: 3, day: 1 }));
  });
  it('rejects impossible dates', () => {
    expect(isValidPartialDate({ year: 2026, month: 2, day: 30 })).toBe(false);
    expect(isValidPartialDate({ year: 2026, month: 13 })).toBe(false);
    expect(isValidPartialDate({ year: 2026, day: 3 })).toBe(false);
    expect(isValidPartialDate({ year: 2024, month: 2, day: 29 })).toBe(true);
  });
});

describe('vi-VN numbers', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(2525)).toBe('2.525');
    expect(formatNumber(149.432)).toBe('149,432');
    expect(formatNumber(1750)).toBe('1.750');
    expect(formatPercent(96.5)).toBe('96,5%');
    expect(formatPercent(29.04)).toBe('29,04%');
    expect(formatNumber(105.2, 1)).toBe('105,2');
  });
  it('formats byte counts for the reader', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(32 * 1024)).toBe('32,0 KB');
  });
});
