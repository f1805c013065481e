// A front matter draft from what a received document states: type, number, issuing body and ward, header lines,
// place and date (blank parts left blank), subject, addressees, signer, recipients and the documents it cites.
// Nothing is guessed: what the text does not state is listed for the editor to fill in (title, summary, and
// anything the header leaves out).
import { documentTypes, type DocumentType } from '../documents/schema.ts';
import type { ConvertedDocument } from './convert-document.ts';
import {
  AUTHORITY, PLACE_DATE, RECIPIENTS_LABEL, headingType, isUpperCase, plainLine, readHeader, type HeaderLine,
} from './document-parts.ts';

export interface FrontMatterDraft {
  /** In the order of the committed documents' front matter; fields the text does not state are absent. */
  data: Record<string, unknown>;
  /** What was found, one line each, for the editor to review. */
  found: string[];
  /** Fields the text does not state: [field, what to write]. */
  missing: Array<[string, string]>;
}

/** Codes in a document number ("Số 15-CV/ĐU") and the type they stand for. */
const NUMBER_CODES: Array<[RegExp, DocumentType]> = [
  [/-CTr\//u, 'chuong-trinh-hanh-dong'], [/-CV\//u, 'cong-van'], [/-KH\//u, 'ke-hoach'], [/-KL\//u, 'ket-luan'],
  [/-NQ\//u, 'nghi-quyet'], [/-CT\//u, 'chi-thi'], [/-QĐ\//u, 'quyet-dinh'], [/-TB\//u, 'thong-bao'],
  [/-BC\//u, 'bao-cao'], [/-HD\//u, 'huong-dan'],
];

/** A cited document's number: "14-CTr/TU", "244/2025/QH15", "20/NQ-HĐND". */
const CITED = /(?<![\p{L}\p{N}/-])\d{1,4}(?:\/\d{4})?[-/]\p{Lu}[\p{L}\d]*(?:[-/][\p{L}\d]+)*/gu;

const PLACE_WORDS = new Set(['phường', 'xã', 'quận', 'huyện', 'tỉnh']);
const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

/** "ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN" → "Đảng ủy phường Thủy Nguyên"; "BAN THƯỜNG VỤ …" → "Ban Thường vụ …". */
export function sentenceCase(upper: string): string {
  const words = upper.toLowerCase().split(/\s+/).filter(Boolean);
  let placeName = false;
  return words
    .map((w, i) => {
      const prev = words[i - 1];
      if (placeName || i === 0) return cap(w);
      if (PLACE_WORDS.has(w) || (w === 'phố' && prev === 'thành') || (w === 'khu' && prev === 'đặc') || (w === 'trấn' && prev === 'thị')) {
        placeName = true;
        return w;
      }
      if (w === 'đảng') return 'Đảng';
      if (prev === 'ban' && i === 1) return cap(w);
      return w;
    })
    .join(' ');
}

const titleCase = (upper: string) => upper.toLowerCase().split(/\s+/).map(cap).join(' ');

/** The ward an upper-case line names ("… PHƯỜNG THỦY NGUYÊN" → "Thủy Nguyên"). */
function wardIn(line: string): string | null {
  const m = /(?:^|\s)(?:PHƯỜNG|XÃ|ĐẶC KHU)\s+(\p{Lu}.*)$/u.exec(line);
  return m ? titleCase(m[1]!) : null;
}

/** Wards a text names ("phường Hải Dương"), most mentioned first. */
function wardsNamed(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of plainLine(text.replace(/\n/g, ' ')).matchAll(/\bphường\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})/gu)) {
    counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w).slice(0, 3);
}

export interface PartialDate { year: number; month?: number; day?: number }

/** "Thủy Nguyên, ngày   tháng 02 năm 2026" → place "Thủy Nguyên", { year: 2026, month: 2 }. */
export function parsePlaceDate(line: string): { place: string; date: PartialDate } | null {
  const m = PLACE_DATE.exec(line);
  if (!m) return null;
  const parts = /^[\s._…]*(\d{1,2})?[\s._…]*tháng[\s._…]*(\d{1,2})?[\s._…]*$/u.exec(m[2]!);
  const date: PartialDate = { year: Number(m[3]) };
  if (parts?.[2]) date.month = Number(parts[2]);
  if (parts?.[2] && parts[1]) date.day = Number(parts[1]);
  return { place: m[1]!.trim(), date };
}

const itemText = (line: string) => line.replace(/^[-+•]\s*/u, '').trim();

interface Footer {
  label?: string;
  recipients: string[];
  authority?: string;
  title?: string;
  name?: string;
  skipped: string[];
}

/** Recipients and signature from the footer, in whichever order they come (a table puts Nơi nhận first). */
export function readFooter(paragraphs: string[]): Footer {
  const lines = paragraphs.flatMap((p) => p.split('\n')).map(plainLine).filter(Boolean);
  const footer: Footer = { recipients: [], skipped: [] };
  const signature: string[] = [];
  let inRecipients = false;
  for (const line of lines) {
    const label = RECIPIENTS_LABEL.exec(line);
    if (label && footer.label === undefined) {
      footer.label = label[1]!;
      inRecipients = true;
      if (label[2]) footer.recipients.push(itemText(label[2]));
      continue;
    }
    if (inRecipients) {
      if (/^[-+•]\s/u.test(line)) { footer.recipients.push(itemText(line)); continue; }
      // A recipient wrapped onto the next line: it starts in lower case, or the item before is unfinished.
      const last = footer.recipients.at(-1);
      const unfinished = last !== undefined && !/[.,;:]$/u.test(last);
      if (last !== undefined && !/\.$/.test(last) && !isUpperCase(line) && !AUTHORITY.test(line) && (/^\p{Ll}/u.test(line) || unfinished)) {
        footer.recipients[footer.recipients.length - 1] = `${last} ${line}`;
        continue;
      }
      inRecipients = false;
    }
    if (/^[^\p{L}\p{N}]*$/u.test(line)) continue;
    if (/^\(.*\)$/u.test(line)) { footer.skipped.push(line); continue; }
    signature.push(line);
  }
  if (signature.length) {
    let rest = signature;
    if (AUTHORITY.test(rest[0]!)) { footer.authority = rest[0]; rest = rest.slice(1); }
    const nameAt = rest.findLastIndex((l) => !isUpperCase(l));
    if (nameAt >= 0) {
      footer.name = rest[nameAt];
      const titleLines = rest.slice(0, nameAt);
      if (titleLines.length) footer.title = titleLines.join(' ');
    } else if (rest.length) {
      footer.title = rest.join(' ');
    }
  }
  return footer;
}

/** Numbers of the documents a text cites, in order of first mention, each once (case aside); not its own. */
export function citedNumbers(text: string, ownNumber?: string): string[] {
  const own = ownNumber ? (ownNumber.match(CITED) ?? []).map((n) => n.toLowerCase()) : [];
  const seen = new Set(own);
  const cites: string[] = [];
  for (const m of plainLine(text.replace(/\n/g, ' ')).matchAll(CITED)) {
    const key = m[0].toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    cites.push(m[0]);
  }
  return cites;
}

const of = (lines: HeaderLine[], kind: HeaderLine['kind']) => lines.filter((l) => l.kind === kind).map((l) => l.text);

export function frontMatterFromText(converted: ConvertedDocument, source: string): FrontMatterDraft {
  const found: string[] = [];
  const missing: Array<[string, string]> = [];
  const { lines } = readHeader(converted.headerParagraphs);
  const heading = of(lines, 'heading');
  const issuerLines = of(lines, 'issuer');
  const number = of(lines, 'number')[0];
  const placeDate = of(lines, 'placeDate')[0];
  const subject = of(lines, 'subject').join(' ') || undefined;
  // "Kính gửi: Các chi bộ trực thuộc." names its first addressee on the label's own line.
  const addressees = lines
    .filter((l) => l.kind === 'addressee' || l.kind === 'addresseesLabel')
    .map((l) => (l.kind === 'addressee' ? l.text : l.text.replace(/^[-+•]?\s*Kính gửi\s*:?\s*/u, '')))
    .map(itemText)
    .filter(Boolean);

  let type: DocumentType | undefined;
  const typeFromHeading = heading[0] ? headingType(heading[0]) : null;
  if (typeFromHeading) {
    type = typeFromHeading;
    found.push(`loại văn bản (type): ${documentTypes[type]}, theo tiêu đề "${heading[0]}"`);
  } else {
    const code = number && NUMBER_CODES.find(([re]) => re.test(number));
    if (code) {
      type = code[1];
      found.push(`loại văn bản (type): ${documentTypes[type]}, theo số hiệu "${number}"`);
    } else if (subject && /^V\/v\b/i.test(subject)) {
      type = 'cong-van';
      found.push(`loại văn bản (type): ${documentTypes[type]}, vì có dòng trích yếu "V/v …"`);
    } else {
      missing.push(['type', `loại văn bản, một trong: ${Object.keys(documentTypes).join(', ')}`]);
    }
  }

  // The issuing body: the heading's "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG …", else the header's last issuer line.
  let issuer: { ward: string; body: string } | undefined;
  for (const line of [...heading.filter((l) => /^CỦA\s/u.test(l)).map((l) => l.replace(/^CỦA\s+/u, '')), ...[...issuerLines].reverse()]) {
    const ward = wardIn(line);
    if (ward) { issuer = { ward, body: sentenceCase(line) }; break; }
  }
  if (issuer) found.push(`cơ quan ban hành (issuer): ${issuer.body}; phường ${issuer.ward}`);
  else {
    const named = wardsNamed([...converted.headerParagraphs, converted.body].join('\n'));
    missing.push(['issuer', 'ward (tên phường) và body (cơ quan ban hành): văn bản không in tên cơ quan kèm tên phường ở phần đầu; ' +
      `ghi thêm issuer.note nói căn cứ${named.length ? ` (văn bản nhắc ${named.map((w) => `"phường ${w}"`).join(', ')})` : ''}`]);
  }

  const parsedDate = placeDate ? parsePlaceDate(placeDate) : null;
  let dateNote: string | undefined;
  if (parsedDate) {
    const { date } = parsedDate;
    found.push(`nơi và ngày ban hành: "${placeDate}" → place ${parsedDate.place}; năm ${date.year}${date.month ? `, tháng ${date.month}` : ''}${date.day ? `, ngày ${date.day}` : ''}`);
    const blanks = [date.day ? null : 'ngày', date.month ? null : 'tháng'].filter(Boolean);
    if (blanks.length) dateNote = `Văn bản để trống ${blanks.join(' và ')} ban hành.`;
  } else {
    missing.push(['date', 'văn bản không ghi nơi và ngày ban hành: điền year (và month, day nếu biết) cùng dateNote nói căn cứ']);
  }

  if (number) found.push(`số (number): ${number}`);
  else found.push('số (number): văn bản không in số');
  if (heading.length) found.push(`tiêu đề (header.heading): ${heading.join(' / ')}`);
  if (issuerLines.length) found.push(`dòng cơ quan ở phần đầu (header.issuerLines): ${issuerLines.join(' / ')}`);
  if (subject) found.push(`trích yếu (subject): ${subject}`);
  else missing.push(['subject', 'trích yếu (dòng "V/v …" hoặc "về …" dưới tiêu đề)']);
  if (addressees.length) found.push(`kính gửi (addressees): ${addressees.length} nơi`);

  const footer = readFooter(converted.footerParagraphs);
  if (footer.title && footer.name) found.push(`người ký (signer): ${[footer.authority, footer.title, footer.name].filter(Boolean).join(' / ')}`);
  if (!footer.title) missing.push(['signer.title', 'chức vụ người ký (ví dụ BÍ THƯ)']);
  if (!footer.name) missing.push(['signer.name', 'họ tên người ký']);
  if (footer.recipients.length) found.push(`nơi nhận (recipients): ${footer.recipients.length} nơi`);
  else missing.push(['recipients', 'nơi nhận: văn bản không có mục "Nơi nhận"']);
  for (const line of footer.skipped) found.push(`dòng "${line}" ở phần chữ ký không đưa vào trang`);

  const allText = [...converted.headerParagraphs, converted.body, ...converted.footerParagraphs].join('\n');
  const cites = citedNumbers(allText, number);
  if (cites.length) found.push(`văn bản được dẫn (cites): ${cites.join(', ')}`);

  const suggestion = type && subject
    ? `${documentTypes[type]} ${(isUpperCase(subject) ? subject.toLowerCase() : subject).replace(/^V\/v\s*/iu, 'về việc ')}`
    : undefined;
  missing.unshift(['title', `tên văn bản hiển thị trên trang, ngắn gọn${suggestion ? `, ví dụ "${suggestion}"` : ', ví dụ "Công văn về việc …"'}`]);
  missing.push(['summary', 'một đoạn tóm tắt (tối đa 600 ký tự), số liệu chép đúng như văn bản']);

  const header: Record<string, unknown> = {};
  if (issuerLines.length) header.issuerLines = issuerLines;
  if (placeDate) header.placeDate = placeDate;
  if (heading.length) header.heading = heading;
  const signer: Record<string, unknown> = {};
  if (footer.authority) signer.authority = footer.authority;
  if (footer.title) signer.title = footer.title;
  if (footer.name) signer.name = footer.name;

  const data: Record<string, unknown> = {
    title: undefined,
    type,
    number,
    issuer,
    header: Object.keys(header).length ? header : undefined,
    place: parsedDate?.place,
    date: parsedDate?.date,
    dateNote,
    signer,
    subject,
    addressees: addressees.length ? addressees : undefined,
    recipientsLabel: footer.label && footer.label !== 'Nơi nhận:' ? footer.label : undefined,
    recipients: footer.recipients,
    cites: cites.length ? cites : undefined,
    summary: undefined,
    source,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return { data, found, missing };
}
