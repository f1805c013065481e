// The document library stays small at any number of documents: the main page groups by year up to a limit,
// every filter page is split into numbered pages. Pure functions (no Astro imports), so they are unit-tested.
import { ui } from '../site/ui.ts';

/** Cards on the main library page, and on each page of a filter. */
export const LIBRARY_LIMIT = 20;

export interface YearGroup<T> {
  year: number;
  /** Every item of the year. */
  total: number;
  /** The items shown on the main page: all of them, the first few, or none (the year is only a link). */
  shown: T[];
}

/**
 * Groups items by year, newest year first, keeping their order within a year. The newest years are shown
 * whole while they fit in `limit` items together; the newest year always shows at least its first `limit`
 * items; every older year after that shows none (its heading links to the year's filter page).
 */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number, limit = LIBRARY_LIMIT): YearGroup<T>[] {
  const years = [...Map.groupBy(items, yearOf)].sort(([a], [b]) => b - a);
  let room = limit;
  return years.map(([year, ofYear], i) => {
    const fits = ofYear.length <= room;
    const shown = i === 0 ? ofYear.slice(0, limit) : fits ? ofYear : [];
    room = fits ? room - shown.length : 0;
    return { year, total: ofYear.length, shown };
  });
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
}

/** Splits a list into pages of `size` items; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size = LIBRARY_LIMIT): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** The route segment of a page after the first ("trang-2"); the first page has none. */
export const pageSegment = (number: number): string | undefined => (number > 1 ? `trang-${number}` : undefined);

/** The site path of page `number` of a list whose first page is `firstPath` ("van-ban/nam/2026/"). */
export function pagePath(firstPath: string, number: number): string {
  const segment = pageSegment(number);
  return segment ? `${firstPath}${segment}/` : firstPath;
}

export interface Pager {
  label: string;
  previous?: string | undefined;
  next?: string | undefined;
}

/** Links to the previous and next pages (site paths), or nothing when the list fits on one page. */
export function pager(firstPath: string, page: Pick<ListPage<unknown>, 'number' | 'count'>): Pager | undefined {
  if (page.count <= 1) return undefined;
  return {
    label: ui.library.page(page.number, page.count),
    previous: page.number > 1 ? pagePath(firstPath, page.number - 1) : undefined,
    next: page.number < page.count ? pagePath(firstPath, page.number + 1) : undefined,
  };
}
