// Converts a received document (plain text with light Markdown, as exported from .docx) into an MDX body
// and a front matter draft. Words are never changed: only structure is added (headings, numbered
// paragraphs, lists) and paragraphs split by a page break are joined back.
import { itemMarker } from '../documents/item-anchors.ts';
import { FOOTER_START, readHeader } from './document-parts.ts';

export interface ConvertedDocument {
  headerParagraphs: string[];
  body: string;
  footerParagraphs: string[];
  /** Joins made where a page break had split a paragraph, for the editor to review. */
  joins: string[];
}

const TERMINAL = /[.;:!?…)”"»*]$/u;

export function splitParagraphs(source: string): string[] {
  return source
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t]+$/gm, (m) => (m.length >= 2 ? '  ' : '')).replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim().length > 0);
}

const stripEmphasis = (p: string) => p.replace(/\*+/g, '').trim();

function isListItem(p: string): boolean {
  return /^[-+] /.test(p);
}

function isHeadingLike(plain: string): boolean {
  const marker = itemMarker(plain);
  if (!marker || marker.kind === 'paren') return false;
  if (marker.kind === 'roman') return true;
  return plain.length <= 90 && !/[.;:,]$/.test(plain);
}

/** Start a paragraph continues the previous one with: a page break split it mid-sentence. */
function continuesPrevious(prev: string, next: string): boolean {
  if (TERMINAL.test(prev.trimEnd()) && !/,$/.test(prev.trimEnd())) return false;
  if (isListItem(next) || /^#/.test(next)) return false;
  const plainNext = stripEmphasis(next);
  if (itemMarker(plainNext) || FOOTER_START.test(next)) return false;
  if (isHeadingLike(stripEmphasis(prev))) return false;
  // A lower-case start is a continuation; so is a sentence cut before a capitalised name.
  return /^\p{Ll}/u.test(plainNext) || !/[.;:!?]$/.test(prev.trimEnd());
}

const RANKS = { roman: 0, arabic: 1, dotted: 2, letter: 3, paren: 4 } as const;

/** Heading levels follow nesting, never skip a level (I. → h2, 1. → h3, a) under 2. → h4). */
class HeadingLevels {
  private open: number[] = [];
  level(plain: string): number | null {
    if (!isHeadingLike(plain)) return null;
    const rank = RANKS[itemMarker(plain)!.kind];
    while (this.open.length && this.open.at(-1)! >= rank) this.open.pop();
    this.open.push(rank);
    return Math.min(1 + this.open.length, 6);
  }
}

/** Keep Markdown from reading printed numbers as list syntax, and MDX from reading braces as code. */
function escapeMdx(line: string): string {
  return line
    .replace(/[{}<>]/g, (c) => `\\${c}`)
    .replace(/^(\d{1,2})([.)])(\s)/, '$1\\$2$3');
}

function convertParagraph(p: string, headings: HeadingLevels): string {
  let para = p;
  // "- (6)- …": a Word list bullet in front of a printed number; the number is the item marker.
  if (/^- \(\d{1,2}\)/.test(para)) para = para.slice(2);
  const oneLine = para.replace(/\s*\n\s*/g, ' ');
  const plain = stripEmphasis(oneLine);
  const level = headings.level(plain);
  if (level) return `${'#'.repeat(level)} ${plain}`;
  if (isListItem(para)) {
    return para
      .split('\n')
      .map((line) => line.replace(/^\s+(?=- )/, ''))
      .map((line) => (/^[-+] /.test(line) ? `- ${escapeMdx(line.slice(2))}` : `  ${escapeMdx(line.trim())}`))
      .join('\n');
  }
  return para.split('\n').map((line, i) => (i === 0 ? escapeMdx(line) : escapeMdx(line.trimStart()))).join('\n');
}

/** The body runs from the first paragraph after the header block (see document-parts.ts) to the signature or recipients. */
export function findBodyRange(paragraphs: string[]): [number, number] {
  const start = readHeader(paragraphs).paragraphs;
  if (start >= paragraphs.length || FOOTER_START.test(paragraphs[start]!)) {
    throw new Error('Không tìm thấy phần thân văn bản: sau phần đầu (tên cơ quan, số, ngày, tiêu đề) không có đoạn nội dung nào trước "Nơi nhận" và chữ ký.');
  }
  let end = paragraphs.findIndex((p, i) => i > start && FOOTER_START.test(p));
  if (end < 0) end = paragraphs.length;
  return [start, end];
}

export function convertDocument(source: string): ConvertedDocument {
  const paragraphs = splitParagraphs(source);
  const [start, end] = findBodyRange(paragraphs);
  const joins: string[] = [];
  const merged: string[] = [];
  // Word list lines carrying their own printed number ("- (7)- …") are separate numbered paragraphs.
  const bodyParagraphs = paragraphs.slice(start, end).flatMap((p) => p.split(/\n(?=- \(\d)/));
  for (const p of bodyParagraphs) {
    const prev = merged.at(-1);
    if (prev !== undefined && continuesPrevious(prev, p)) {
      joins.push(`…${prev.slice(-30)} ⏎ ${p.slice(0, 30)}…`);
      merged[merged.length - 1] = `${prev} ${p}`;
    } else {
      merged.push(p);
    }
  }
  const headings = new HeadingLevels();
  const blocks = merged.map((p) => convertParagraph(p, headings));
  // Consecutive list items form one list: no blank line between them keeps it tight.
  let body = '';
  blocks.forEach((block, i) => {
    const sep = i === 0 ? '' : /^- /.test(block) && /^- /.test(blocks[i - 1]!) ? '\n' : '\n\n';
    body += sep + block;
  });
  return {
    headerParagraphs: paragraphs.slice(0, start),
    body: `${body}\n`,
    footerParagraphs: paragraphs.slice(end),
    joins,
  };
}
