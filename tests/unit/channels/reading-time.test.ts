import { describe, expect, it } from 'vitest';
import { formatDuration, numberSyllables, readingSeconds, syllableCount } from '../../../src/lib/channels/reading-time.ts';

describe('syllables (tiếng)', () => {
  it.each([
    [5, 1], [10, 1], [15, 2], [20, 2], [25, 3], [100, 2], [105, 4], [736, 5], [1750, 6], [2005, 6], [2026, 7], [2525, 7], [1000000, 2],
  ])('reads %d in %d syllables', (n, s) => expect(numberSyllables(n)).toBe(s));

  it('counts a word between spaces as one syllable, punctuation as none', () => {
    expect(syllableCount('Không có hộ nghèo theo chuẩn nghèo đa chiều.')).toBe(9);
    expect(syllableCount('Tập trung – nhấn mạnh; “điểm nghẽn”')).toBe(6);
  });

  it('counts numbers as they are read, with %, decimals and counts of a whole', () => {
    // hai nghìn năm trăm hai mươi lăm (7) tỷ đồng (2)
    expect(syllableCount('2.525 tỷ đồng')).toBe(9);
    // chín mươi sáu phẩy năm phần trăm
    expect(syllableCount('96,5%')).toBe(7);
    // hai mươi chín phẩy không bốn phần trăm
    expect(syllableCount('29,04%')).toBe(8);
    // mười một trên mười chín
    expect(syllableCount('11/19')).toBe(5);
    // quý một năm hai nghìn không trăm hai mươi sáu
    expect(syllableCount('quý I/2026')).toBe(10);
  });

  it('spells out the letters of an abbreviation left in capitals', () => {
    expect(syllableCount('GRDP')).toBe(4);
    expect(syllableCount('Nhân dân')).toBe(2);
  });
});

describe('reading time', () => {
  it('is syllables at the rate, told to the nearest 5 seconds', () => {
    expect(readingSeconds(540, 180)).toBe(180);
    expect(formatDuration(180)).toBe('khoảng 3 phút');
    expect(formatDuration(131)).toBe('khoảng 2 phút 10 giây');
    expect(formatDuration(44)).toBe('khoảng 45 giây');
    expect(formatDuration(0.5)).toBe('khoảng 5 giây');
  });
});
