// A bulletin as the radio operator downloads it: a UTF-8 text file with a byte-order mark and Windows line ends
// (so that Notepad on an old office computer shows the Vietnamese letters and the lines), a header the operator
// does not read out, then each part's script.
import type { Bulletin } from './bulletins.ts';
import { formatDuration } from './reading-time.ts';

export interface BulletinFileInfo {
  /** The page the bulletin belongs to, as a full address. */
  pageUrl: string;
  /** Syllables a minute the times assume. */
  rate: number;
  partMinutes: number;
}

/** "khoảng 3 phút 30 giây, 2 phần": the reading time and, when split, the number of parts. */
export const readingTimeLabel = (b: Pick<Bulletin, 'seconds' | 'parts'>) =>
  `${formatDuration(b.seconds)}${b.parts.length > 1 ? `, ${b.parts.length} phần` : ''}`;

export function bulletinText(b: Bulletin, info: BulletinFileInfo): string {
  const lines = [
    `BẢN TIN PHÁT THANH: ${b.title.toLocaleUpperCase('vi')}`,
    `(Phần đầu này không đọc.) Thời lượng đọc ước tính: ${readingTimeLabel(b)}; tốc độ ${info.rate} tiếng mỗi phút, mỗi phần không quá ${info.partMinutes} phút.`,
    `Các câu chép nguyên văn từ văn bản; xem nguồn tại: ${info.pageUrl}`,
    '',
  ];
  for (const part of b.parts) {
    if (b.parts.length > 1) lines.push(`=== PHẦN ${part.number}/${b.parts.length} (${formatDuration(part.seconds)}) ===`, '');
    for (const line of part.lines) {
      lines.push(line.text);
      if (line.kind !== 'attribution' && line.kind !== 'others') lines.push('');
    }
  }
  return `\uFEFF${lines.join('\r\n').replace(/(\r\n)+$/, '')}\r\n`;
}
