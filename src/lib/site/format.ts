// Vietnamese formatting: numbers (2.525; 96,5), partial dates (a blank day stays unknown).

export interface PartialDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy when the date is whole; otherwise the words as a document prints them. */
export function formatPartialDate(date: PartialDate): string {
  const { year, month, day } = date;
  if (month === undefined) return `năm ${year}`;
  if (day === undefined) return `tháng ${pad2(month)} năm ${year}`;
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Machine-readable form for <time datetime>: as precise as the date is known. */
export function isoPartialDate(date: PartialDate): string {
  const { year, month, day } = date;
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad2(month)}`;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Sort key: unknown parts sort after known ones of the same period (a blank day may be any day). */
export function partialDateSortKey(date: PartialDate): number {
  return date.year * 10000 + (date.month ?? 13) * 100 + (date.day ?? 32);
}

export function isValidPartialDate(date: PartialDate): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1930 || year > 2100) return false;
  if (month === undefined) return day === undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** vi-VN grouping and decimal comma: 2525 → "2.525", 96.5 → "96,5". */
export function formatNumber(value: number, fractionDigits?: number): string {
  const key = fractionDigits ?? -1;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat('vi-VN', fractionDigits === undefined
      ? { maximumFractionDigits: 3 }
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}

export function formatPercent(value: number, fractionDigits?: number): string {
  return `${formatNumber(value, fractionDigits)}%`;
}

/** Bytes for people: 31,2 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return `${formatNumber(bytes / 1024, 1)} KB`;
}
