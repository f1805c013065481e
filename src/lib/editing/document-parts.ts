// The parts of a Party document as printed: the header block (issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM", number, place
// and date, heading, subject, "Kính gửi"), the body, and the footer (Nơi nhận, signature). The header is read line by
// line, so it works the same whether the lines came from a Word table (cell by cell) or from a plain text.
import { itemMarker } from '../documents/item-anchors.ts';
import { documentTypes, type DocumentType } from '../documents/schema.ts';

export const FOOTER_START = /^\**\s*(Nơi nh[âậa]n|T\/M|T\/L|TM\.|KT\.|TL\.)/u;
export const AUTHORITY = /^(T\/M|T\/L|TM\.?|TL\.?|KT\.?|Q\.|Q\/|TUQ\.?)\s/u;
export const RECIPIENTS_LABEL = /^(Nơi nh[âậa]n\s*:?)\s*(.*)$/u;
export const PLACE_DATE = /^(.+?),\s*ngày\b(.*?)năm\s*(\d{4})/u;
const NUMBER = /^Số(?=[\s:.])/u;
const SUBJECT_VV = /^V\/v\b/iu;
const ADDRESSEES = /^[-+•]?\s*Kính gửi\s*:?\s*(.*)$/u;
const MOTTO = /^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)$/u;
const TERMINAL = /[.;:!?]$/u;

/** A line as printed: Markdown marks and surrounding spaces gone, inner runs of spaces one space. */
export const plainLine = (line: string) => line.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

const hasLetters = (s: string) => /\p{L}/u.test(s);
export const isUpperCase = (s: string) => hasLetters(s) && !/\p{Ll}/u.test(s);
const isSeparator = (s: string) => !/[\p{L}\p{N}]/u.test(s);

/** The document type a heading line names ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG…"), or null. */
export function headingType(line: string): DocumentType | null {
  if (!isUpperCase(line)) return null;
  const entries = Object.entries(documentTypes).sort((a, b) => b[1].length - a[1].length);
  for (const [type, label] of entries) {
    const upper = label.toUpperCase();
    if (line === upper || line.startsWith(`${upper} `)) return type as DocumentType;
  }
  return null;
}

export type HeaderLineKind =
  | 'separator' | 'motto' | 'placeDate' | 'number' | 'addresseesLabel' | 'addressee'
  | 'heading' | 'subject' | 'issuer';

export interface HeaderLine { kind: HeaderLineKind; text: string }

export interface HeaderReading {
  /** How many of the paragraphs make up the header block. */
  paragraphs: number;
  lines: HeaderLine[];
}

/**
 * Reads the header block from the top of the paragraphs. It stops at the first paragraph that is not header: a
 * paragraph of prose, a numbered item, or the footer.
 */
export function readHeader(paragraphs: string[]): HeaderReading {
  const lines: HeaderLine[] = [];
  let headingSeen = false;
  let subjectOpen = false; // after the heading or "V/v": the subject's lines
  let subjectStarted = false;
  let addresseesOpen = false;
  let count = 0;

  const classify = (line: string, paragraphEndsSentence: boolean): HeaderLineKind | null => {
    if (isSeparator(line)) { addresseesOpen = false; return 'separator'; }
    const addressees = ADDRESSEES.exec(line);
    if (addressees) {
      subjectOpen = false;
      addresseesOpen = !/\.$/.test(addressees[1]!);
      return 'addresseesLabel';
    }
    if (addresseesOpen) {
      if (/[.]$/.test(line)) addresseesOpen = false;
      return 'addressee';
    }
    if (MOTTO.test(line)) { subjectOpen = false; return 'motto'; }
    if (PLACE_DATE.test(line) && line.length < 80) { subjectOpen = false; return 'placeDate'; }
    if (NUMBER.test(line) && line.length < 40) { subjectOpen = false; return 'number'; }
    if (SUBJECT_VV.test(line)) { subjectOpen = true; subjectStarted = true; return 'subject'; }
    if (itemMarker(line) || FOOTER_START.test(line)) return null;
    if (!headingSeen && headingType(line)) { headingSeen = true; subjectOpen = true; subjectStarted = false; return 'heading'; }
    if (isUpperCase(line)) {
      if (subjectOpen && headingSeen && !subjectStarted && !/^(VỀ|V\/V)(?=\s|$)/u.test(line)) return 'heading';
      if (subjectOpen) { subjectStarted = true; return 'subject'; }
      return 'issuer';
    }
    if (subjectOpen && !paragraphEndsSentence && line.length <= 400) { subjectStarted = true; return 'subject'; }
    return null;
  };

  for (const paragraph of paragraphs) {
    const paragraphLines = paragraph.split('\n').map(plainLine).filter(Boolean);
    const endsSentence = TERMINAL.test(paragraphLines.at(-1) ?? '') && !ADDRESSEES.test(paragraphLines.at(-1) ?? '');
    const saved = { headingSeen, subjectOpen, subjectStarted, addresseesOpen };
    const classified: HeaderLine[] = [];
    let isHeader = true;
    for (const line of paragraphLines) {
      const kind = classify(line, endsSentence);
      if (!kind) { isHeader = false; break; }
      classified.push({ kind, text: line });
    }
    if (!isHeader) {
      ({ headingSeen, subjectOpen, subjectStarted, addresseesOpen } = saved);
      break;
    }
    lines.push(...classified);
    count++;
  }
  return { paragraphs: count, lines };
}
