import { describe, expect, it } from 'vitest';
import { groupByYear, LIBRARY_LIMIT, pagePath, pager, paginate } from '../../../src/lib/documents/library.ts';

/** Documents as "year-n" strings, newest first as getDocuments sorts them. */
const docsOf = (counts: Record<number, number>) =>
  Object.entries(counts).sort(([a], [b]) => Number(b) - Number(a)).flatMap(([year, n]) => Array.from({ length: n }, (_, i) => `${year}-${i + 1}`));
const yearOf = (doc: string) => Number(doc.slice(0, 4));
const summary = (groups: ReturnType<typeof groupByYear<string>>) => groups.map((g) => [g.year, g.total, g.shown.length]);

describe('groupByYear', () => {
  it("shows today's five documents whole, newest year first, in their order", () => {
    const docs = ['2026-a', '2026-b', '2026-c', '2026-d', '2025-a'];
    const groups = groupByYear(docs, yearOf, 20);
    expect(groups.map((g) => g.year)).toEqual([2026, 2025]);
    expect(groups[0]!.shown).toEqual(['2026-a', '2026-b', '2026-c', '2026-d']);
    expect(groups[1]!.shown).toEqual(['2025-a']);
  });

  it('sorts years newest first even when the input is not', () => {
    expect(groupByYear(['2024-1', '2026-1', '2025-1'], yearOf, 20).map((g) => g.year)).toEqual([2026, 2025, 2024]);
  });

  it('shows whole years while they fit, then only headings for every older year', () => {
    const groups = groupByYear(docsOf({ 2026: 12, 2025: 6, 2024: 5, 2023: 1 }), yearOf, 20);
    // 12 + 6 fit; 2024 would make 23; 2023 would fit but comes after a year left out, so it stays a heading.
    expect(summary(groups)).toEqual([[2026, 12, 12], [2025, 6, 6], [2024, 5, 0], [2023, 1, 0]]);
  });

  it('fills the limit exactly', () => {
    expect(summary(groupByYear(docsOf({ 2026: 15, 2025: 5, 2024: 1 }), yearOf, 20))).toEqual([[2026, 15, 15], [2025, 5, 5], [2024, 1, 0]]);
  });

  it('cuts the newest year at the limit when it alone has more', () => {
    const groups = groupByYear(docsOf({ 2026: 700, 2025: 300 }), yearOf, 20);
    expect(summary(groups)).toEqual([[2026, 700, 20], [2025, 300, 0]]);
    expect(groups[0]!.shown[0]).toBe('2026-1');
  });

  it('never shows more than the limit at 1,000 documents', () => {
    const counts = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [2017 + i, 100]));
    const groups = groupByYear(docsOf(counts), yearOf);
    expect(groups.reduce((n, g) => n + g.shown.length, 0)).toBe(LIBRARY_LIMIT);
    expect(groups.reduce((n, g) => n + g.total, 0)).toBe(1000);
  });

  it('has no group for no documents', () => {
    expect(groupByYear([], yearOf)).toEqual([]);
  });
});

describe('paginate', () => {
  it('splits into pages of 20, the last one shorter', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => [p.number, p.count, p.items.length])).toEqual([[1, 3, 20], [2, 3, 20], [3, 3, 5]]);
    expect(pages[2]!.items[0]).toBe(40);
  });

  it('keeps a short list on one page, and an empty list on one empty page', () => {
    expect(paginate([1, 2, 3]).map((p) => p.items)).toEqual([[1, 2, 3]]);
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});

describe('pagePath and pager', () => {
  it('the first page is the filter page itself; later pages are trang-N under it', () => {
    expect(pagePath('van-ban/nam/2026/', 1)).toBe('van-ban/nam/2026/');
    expect(pagePath('van-ban/nam/2026/', 2)).toBe('van-ban/nam/2026/trang-2/');
  });

  it('links the previous and next pages, in Vietnamese', () => {
    expect(pager('van-ban/nam/2026/', { number: 1, count: 3 })).toEqual({ label: 'Trang 1/3', previous: undefined, next: 'van-ban/nam/2026/trang-2/' });
    expect(pager('van-ban/nam/2026/', { number: 2, count: 3 })).toEqual({ label: 'Trang 2/3', previous: 'van-ban/nam/2026/', next: 'van-ban/nam/2026/trang-3/' });
    expect(pager('van-ban/nam/2026/', { number: 3, count: 3 })).toEqual({ label: 'Trang 3/3', previous: 'van-ban/nam/2026/trang-2/', next: undefined });
  });

  it('has no pager when the list fits on one page', () => {
    expect(pager('van-ban/loai/cong-van/', { number: 1, count: 1 })).toBeUndefined();
  });
});
