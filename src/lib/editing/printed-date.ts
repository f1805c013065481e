// The structured date of a document against the date line it prints ("Hải Phòng, ngày 08 tháng 12 năm 2025"):
// the byline, <time>, the year facets and the sort order all read `date`, so it says what the paper says.
// A blank part of the line ("ngày    tháng 02 năm 2026") is a part `date` leaves out. Where the paper prints no
// date line, `dateNote` says where the date comes from, and names it.

export interface PartialDateFields { year: number; month?: number | undefined; day?: number | undefined }

export interface PrintedDate { place?: string; year: number; month?: number; day?: number; words: { day?: string; month?: string } }

/** The place and date of a printed line, blank parts left out; undefined when the line holds no date. */
export function readPlaceDate(line: string): PrintedDate | undefined {
  const s = line.normalize('NFC');
  const long = /ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu.exec(s);
  const short = long ? null : /(?<!\d)(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)/u.exec(s);
  const m = long ?? short;
  if (!m) return undefined;
  const place = s.slice(0, m.index).replace(/[\s,;:*_]+$/u, '').replace(/^[\s*_]+/u, '').trim();
  const date: PrintedDate = { year: Number(m[3]), words: {} };
  if (place) date.place = place;
  if (m[2] !== undefined) { date.month = Number(m[2]); date.words.month = m[2]; }
  if (m[1] !== undefined) { date.day = Number(m[1]); date.words.day = m[1]; }
  return date;
}

interface DatedDocument {
  date: PartialDateFields;
  header: { placeDate?: string | undefined };
  place?: string | undefined;
  dateNote?: string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const EXAMPLE = '"Hải Phòng, ngày 08 tháng 12 năm 2025" (phần văn bản để trống thì để trống: "ngày    tháng 02 năm 2026")';

/** Where the structured date (and place) disagree with the printed line or the note; messages name the field. */
export function checkPrintedDate(doc: DatedDocument): string[] {
  const { date, header, place, dateNote } = doc;
  if (!header.placeDate) {
    if (!dateNote) {
      return ['trường "dateNote": văn bản không in dòng nơi, ngày ban hành (không có "header.placeDate"), nên cần "dateNote" nói ngày trong "date" lấy từ đâu, ví dụ "Văn bản không ghi ngày ban hành; năm 2026 suy từ nội dung."'];
    }
    return dateInNote(date, dateNote);
  }
  const printed = readPlaceDate(header.placeDate);
  if (!printed) return [`trường "header.placeDate" ("${header.placeDate}"): không đọc được ngày, tháng, năm. Chép dòng này như văn bản in, ví dụ ${EXAMPLE}.`];
  const problems: string[] = [];
  const line = `dòng nơi, ngày ban hành ("header.placeDate": "${header.placeDate}")`;
  if (date.year !== printed.year) problems.push(`trường "date.year" là ${date.year} nhưng ${line} in năm ${printed.year}. Sửa thành year: ${printed.year}.`);
  for (const part of ['month', 'day'] as const) {
    const name = part === 'month' ? 'tháng' : 'ngày';
    const have = date[part];
    const want = printed[part];
    if (have === want) continue;
    if (want === undefined) problems.push(`trường "date.${part}" là ${have} nhưng ${line} để trống ${name}. Xoá dòng "${part}" trong "date" (trang sẽ ghi như văn bản).`);
    else if (have === undefined) problems.push(`trường "date" chưa có "${part}" nhưng ${line} in ${name} ${printed.words[part]}. Thêm ${part}: ${want} vào "date".`);
    else problems.push(`trường "date.${part}" là ${have} nhưng ${line} in ${name} ${printed.words[part]}. Sửa thành ${part}: ${want}.`);
  }
  if (place && printed.place && place.normalize('NFC') !== printed.place) {
    problems.push(`trường "place" ("${place}") khác nơi ban hành in ở ${line}: "${printed.place}". Ghi đúng như văn bản in.`);
  }
  return problems;
}

/** Without a printed date line, the note names the date `date` holds (its year, and its month and day if given). */
function dateInNote(date: PartialDateFields, note: string): string[] {
  const { year, month, day } = date;
  const n = (v: number) => `0?${v}`;
  const forms = day !== undefined && month !== undefined
    ? [`(?<!\\d)${n(day)}\\s*/\\s*${n(month)}\\s*/\\s*${year}(?!\\d)`, `ngày\\s*${n(day)}\\s*tháng\\s*${n(month)}\\s*năm\\s*${year}`]
    : month !== undefined
      ? [`(?<![\\d/])${n(month)}\\s*/\\s*${year}(?!\\d)`, `tháng\\s*${n(month)}\\s*(?:năm\\s*|/\\s*)${year}`]
      : [`(?<!\\d)${year}(?!\\d)`];
  if (forms.some((f) => new RegExp(f, 'iu').test(note.normalize('NFC')))) return [];
  const written = day !== undefined && month !== undefined ? `ngày ${pad(day)}/${pad(month)}/${year}` : month !== undefined ? `tháng ${pad(month)} năm ${year}` : `năm ${year}`;
  return [`trường "date" (${written}) không có trong "dateNote" ("${note}"). Văn bản không in dòng nơi, ngày ban hành, nên "dateNote" phải nói ngày này lấy từ đâu, ghi đúng ngày như trong "date".`];
}
