// How a target's value reads on a card: "trên 2.525 tỷ đồng", "từ 96,7% trở lên", "tăng 13% so với năm 2025".
import type { TargetValue } from './schema.ts';
import { formatNumber } from '../site/format.ts';

/** The number with its unit, vi-VN: "96,5%", "2.525 tỷ đồng", "11/19 chỉ tiêu". */
export function formatAmount(v: Pick<TargetValue, 'value' | 'unit' | 'of'>): string {
  if (v.value === undefined) return '';
  const n = v.of === undefined ? formatNumber(v.value) : `${formatNumber(v.value)}/${formatNumber(v.of)}`;
  if (!v.unit) return n;
  return v.unit.startsWith('%') ? `${n}${v.unit}` : `${n} ${v.unit}`;
}

/** The whole value in the document's terms. */
export function formatTargetValue(v: TargetValue): string {
  const amount = formatAmount(v);
  switch (v.measure) {
    case 'tu-tro-len': return `từ ${amount} trở lên`;
    case 'tren': return `trên ${amount}`;
    case 'tang': return `tăng ${amount}${v.base ? ` ${v.base}` : ''}`;
    case 'giam': return `giảm ${amount}${v.base ? ` ${v.base}` : ''}`;
    case 'dat-chuan': return 'đạt chuẩn';
    case 'khong-con': return 'không còn';
    default: return amount;
  }
}

/** The short qualifier shown above a big number ("trên", "từ … trở lên"), empty when the number says it all. */
export function measureQualifier(v: TargetValue): string {
  switch (v.measure) {
    case 'tu-tro-len': return 'từ … trở lên';
    case 'tren': return 'trên';
    case 'tang': return v.base ? `tăng, ${v.base}` : 'tăng';
    case 'giam': return 'giảm';
    case 'ket-qua': return 'kết quả đạt được';
    default: return '';
  }
}
