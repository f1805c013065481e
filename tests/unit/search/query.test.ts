import { describe, expect, it } from 'vitest';
import { fold, hasDiacritics, holdsAllTerms, holdsExactTerms, matchTier, mergeResults, nearestAnchor, phraseLocation, queryTerms, queryVariants } from '../../../src/lib/search/query.ts';

describe('Vietnamese query handling', () => {
  it('folds marks and đ', () => {
    expect(fold('Đảng viên, CHUYỂN ĐỔI SỐ')).toBe('dang vien, chuyen doi so');
    expect(fold('Ngân sách'.normalize('NFD'))).toBe('ngan sach');
  });
  it('splits document numbers into words as Pagefind does', () => {
    expect(queryTerms('14-CTr/TU')).toEqual(['14', 'ctr', 'tu']);
  });
  it('tells a query typed with marks', () => {
    expect(hasDiacritics('đảng viên')).toBe(true);
    expect(hasDiacritics('dang vien')).toBe(false);
  });
  it('tries đ for d at the start of a syllable', () => {
    expect(queryVariants('dang vien')).toEqual(['dang vien', 'đang vien']);
    expect(queryVariants('chuyen doi so')).toEqual(['chuyen doi so', 'chuyen đoi so']);
    expect(queryVariants('dau tu cong')).toEqual(['dau tu cong', 'đau tu cong']);
    expect(queryVariants('đảng viên')).toEqual(['đảng viên']);
    expect(queryVariants('ngan sach')).toEqual(['ngan sach']);
    expect(queryVariants('da da da da da')).toHaveLength(8);
    expect(queryVariants('  ')).toEqual([]);
    expect(queryVariants('Dang vien')).toEqual(['Dang vien', 'Đang vien']);
    expect(queryVariants('14-CTr/TU')).toEqual(['14-CTr/TU']);
    expect(queryVariants('kinh doanh')).toEqual(['kinh doanh', 'kinh đoanh']);
  });
  it('keeps a page only when it holds every term', () => {
    const page = 'Tỷ lệ kết nạp đảng viên mới; thu ngân sách nhà nước; chuyển đổi số.';
    expect(holdsAllTerms(page, 'dang vien')).toBe(true);
    expect(holdsAllTerms(page, 'ngan sach')).toBe(true);
    expect(holdsAllTerms(page, 'chuyen doi so')).toBe(true);
    expect(holdsAllTerms(page, 'abcdef')).toBe(false);
    expect(holdsAllTerms(page, 'dang xqzt')).toBe(false);
    expect(holdsAllTerms(page, 'ngan sa')).toBe(true);
    expect(holdsAllTerms(page, 'ng sach')).toBe(false);
  });
  it('tells an exact match, marks included', () => {
    expect(holdsExactTerms('đảng viên mới', 'Đảng viên')).toBe(true);
    expect(holdsExactTerms('đang làm, giáo viên', 'đảng viên')).toBe(false);
  });
  it('finds the anchor nearest before a match', () => {
    const anchors = [{ id: 'muc-i', location: 0 }, { id: 'muc-i-1', location: 10 }, { id: 'muc-ii', location: 40 }];
    expect(nearestAnchor(anchors, 25)?.id).toBe('muc-i-1');
    expect(nearestAnchor(anchors, 40)?.id).toBe('muc-ii');
    expect(nearestAnchor([{ id: 'x', location: 5 }], 2)).toBeUndefined();
  });
  it('merges variant results: one per page, best tier first, then score', () => {
    const merged = mergeResults([
      [{ key: 'a', score: 1, tier: 0, item: 1 }, { key: 'b', score: 3, tier: 0, item: 2 }],
      [{ key: 'a', score: 0.5, tier: 2, item: 3 }],
    ]);
    expect(merged.map((r) => [r.key, r.tier, r.item])).toEqual([['a', 2, 3], ['b', 0, 2]]);
  });
  it('finds where the words of a name stand together', () => {
    const text = 'xử lý vi phạm công khai, giao quân. T/M BAN THƯỜNG VỤ BÍ THƯ Phạm Công Quân';
    expect(phraseLocation(text, 'Phạm Công Quân', true)).toBe(14);
    expect(phraseLocation(text, 'pham cong quan', false)).toBe(14);
    expect(phraseLocation('Chương trình số 14-CTr/TU ngày', '14-CTr/TU', true)).toBe(3);
    expect(phraseLocation(text, 'Phạm Văn Quân', true)).toBe(-1);
  });
  it('ranks an exact phrase above the same words scattered', () => {
    const name = 'BÍ THƯ Phạm Công Quân';
    const scattered = 'vi phạm; công tác; giao quân';
    expect(matchTier(name, 'Phạm Công Quân')).toBe(3);
    expect(matchTier(name, 'pham cong quan')).toBe(3);
    expect(matchTier(scattered, 'Phạm Công Quân')).toBe(1);
    expect(matchTier(scattered, 'pham cong quan')).toBe(0);
    expect(matchTier('đang làm', 'đảng')).toBe(2);
  });
});
