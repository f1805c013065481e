import { describe, expect, it } from 'vitest';
import { removeDiacritics, slugify } from '../../../src/lib/site/slug.ts';

describe('slugs', () => {
  it('turns đ into d and drops tone marks', () => {
    expect(slugify('Đảng ủy phường Gia Viên')).toBe('dang-uy-phuong-gia-vien');
    expect(slugify('Chương trình hành động')).toBe('chuong-trinh-hanh-dong');
    expect(slugify('Thủy Nguyên')).toBe('thuy-nguyen');
  });
  it('handles decomposed (NFD) input and punctuation', () => {
    expect(slugify('Kết luận 199-KL/TW'.normalize('NFD'))).toBe('ket-luan-199-kl-tw');
    expect(slugify('  —Quý I/2026—  ')).toBe('quy-i-2026');
  });
  it('removes diacritics without touching other letters', () => {
    expect(removeDiacritics('ngân sách, đảng viên, chuyển đổi số')).toBe('ngan sach, dang vien, chuyen doi so');
  });
});
