// The text of a received Word file (.docx), in the same light-Markdown form as a received .txt: one paragraph per
// block, a blank line between blocks, **bold** and *italic* kept, list items as "- …", table cells read row by row,
// left to right (the Party header and the signature block usually sit in tables), and Word's automatic numbering
// written out as printed ("1.", "a)", "II."). Read with mammoth; the zip is opened first (jszip) to refuse files
// mammoth cannot read faithfully: an old .doc, a corrupt file, text in the legacy TCVN3 (.Vn*) or VNI fonts.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { TextInputError } from './text-input.ts';

/** A Word file that cannot be read as it is; the message says why and what to do. */
export class DocxError extends TextInputError {}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

const UNIKEY =
  'Mở tệp bằng Word, bôi đen toàn bộ (Ctrl+A), sao chép (Ctrl+C); trong Unikey mở "Công cụ chuyển mã" (Ctrl+Shift+F6), ' +
  'chọn Nguồn "%s", Đích "Unicode", bấm "Chuyển mã"; dán vào Word (Ctrl+V), chọn phông Times New Roman, lưu lại rồi nhập lại.';

/** Fonts of the legacy Vietnamese encodings: their characters mean other letters, so text in them cannot be decoded. */
function legacyFont(name: string): 'TCVN3 (ABC)' | 'VNI Windows' | null {
  if (/^\.Vn/i.test(name)) return 'TCVN3 (ABC)';
  if (/^VNI[- ]/i.test(name)) return 'VNI Windows';
  return null;
}

/**
 * Characters a Vietnamese Unicode text never has, and a TCVN3 or VNI text read as Unicode is full of ("§¶NG" for
 * "ĐẢNG"); common punctuation of this range (« » ° ± ·) is left out.
 */
const LEGACY_LOOKING = /[\u00a1-\u00aa\u00ac-\u00af\u00b2-\u00b6\u00b8-\u00ba\u00bc-\u00bf\u00c6\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/g;

function fontsIn(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1]!).filter((f) => legacyFont(f));
}

/**
 * Refuses a text typed in a legacy font. A legacy font named in the document, its styles or its font table (maybe
 * left over from a template) counts when the text shows it: Unicode text in a .Vn font's name reads fine.
 */
function refuseLegacyFonts(file: string, documentXml: string, stylesXml: string, fontTableXml: string, text: string): void {
  const rFonts = /w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g;
  const fonts = [...fontsIn(documentXml, rFonts), ...fontsIn(stylesXml, rFonts), ...fontsIn(fontTableXml, /<w:font\b[^>]*w:name="([^"]+)"/g)];
  if (!fonts.length || (text.match(LEGACY_LOOKING)?.length ?? 0) < 3) return;
  const unique = [...new Set(fonts)];
  const encoding = legacyFont(unique[0]!)!;
  throw new DocxError(
    `${file}: tệp Word dùng phông chữ cũ ${unique.map((f) => `"${f}"`).join(', ')} (bảng mã ${encoding}). ` +
      `Chữ trong các phông này không phải Unicode nên không đọc đúng được. Hãy chuyển sang Unicode trước: ${UNIKEY.replace('%s', encoding)}`,
  );
}

// ---- Word's automatic numbering, written out as text -------------------------------------------------------

interface Level { start: number; format: string; text: string; suffix: string; bold: boolean }
interface Numbering {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const xml = l[2]!;
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
      levels.set(Number(l[1]), {
        start: Number(attr(xml, 'start') ?? 1),
        format: attr(xml, 'numFmt') ?? 'decimal',
        text: attr(xml, 'lvlText') ?? '',
        suffix: attr(xml, 'suff') ?? 'tab',
        bold: /<w:b(?:\/>|\s+w:val="(?:1|true|on)")/.test(rPr),
      });
    }
    abstract.set(m[1]!, levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*?w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'startOverride');
      if (start !== undefined) starts.set(Number(o[1]), Number(start));
    }
    nums.set(m[1]!, { abstractId: attr(m[2]!, 'abstractNumId') ?? '', starts });
  }
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const xml = m[2]!;
    const ilvl = attr(xml, 'ilvl');
    styles.set(m[1]!, { numId: attr(xml, 'numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: attr(xml, 'basedOn') });
  }
  return { abstract, nums, styles };
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function letters(n: number): string {
  // Word: a…z, then aa…zz, then aaa…
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    default: return String(n);
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A bullet as the text form writes it: "+ " stays a plus, every other bullet glyph is "- ". */
function bulletText(glyph: string): string {
  return glyph.trim() === '+' ? '+' : '-';
}

/**
 * Writes every automatic number and bullet into its paragraph as text and switches the numbering off, so the text
 * says what the printed page shows. Counters run per abstract numbering, as in Word; a deeper level restarts
 * when a higher one moves on.
 */
export function writeOutNumbering(documentXml: string, numberingXml: string, stylesXml: string): string {
  if (!numberingXml) return documentXml;
  const numbering = readNumbering(numberingXml, stylesXml);
  const counters = new Map<string, number[]>();
  const seenNums = new Set<string>();
  const styleNumbering = (styleId: string | undefined, depth = 0): { numId?: string; ilvl?: number } => {
    const style = styleId ? numbering.styles.get(styleId) : undefined;
    if (!style || depth > 10) return {};
    if (style.numId !== undefined) return style;
    return styleNumbering(style.basedOn, depth + 1);
  };
  return documentXml.replace(/<w:p(\s[^>]*[^/])?>(\s*<w:pPr>([\s\S]*?)<\/w:pPr>)/g, (whole, open = '', _pPrWhole, pPr: string) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr);
    const fromStyle = styleNumbering(attr(pPr, 'pStyle'));
    const numId = (numPr && attr(numPr[1]!, 'numId')) ?? fromStyle.numId;
    const ilvlText = numPr ? attr(numPr[1]!, 'ilvl') : undefined;
    const ilvl = ilvlText !== undefined ? Number(ilvlText) : (fromStyle.ilvl ?? 0);
    if (!numId || numId === '0') return whole;
    const num = numbering.nums.get(numId);
    const levels = num && numbering.abstract.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) return whole;
    let count = counters.get(num.abstractId) ?? [];
    if (!seenNums.has(numId)) {
      seenNums.add(numId);
      if (num.starts.size) count = [];
    }
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : count[ilvl]! + 1;
    count.length = ilvl + 1;
    counters.set(num.abstractId, count);
    let label: string;
    if (level.format === 'bullet') label = bulletText(level.text);
    else if (level.format === 'none') label = level.text.replace(/%\d/g, '');
    else {
      label = level.text.replace(/%(\d)/g, (_m, k: string) => {
        const l = Number(k) - 1;
        return formatNumber(count[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
      });
    }
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    const newPPr = numPr ? pPr.replace(numPr[0], off) : off + pPr;
    if (!label.trim()) return `<w:p${open}><w:pPr>${newPPr}</w:pPr>`;
    const text = label + (level.suffix === 'nothing' ? '' : ' ');
    const run = `<w:r>${level.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    return `<w:p${open}><w:pPr>${newPPr}</w:pPr>${run}`;
  });
}

// ---- mammoth's HTML to the text form ------------------------------------------------------------------------

/** Inline content as text with **bold** and *italic*; whitespace at a mark's edge moves outside it. */
function inline(node: Node): string {
  if (node.nodeType === 3) return node.text.replace(/[\t\u00a0 ]+/g, ' ');
  if (node.nodeType !== 1) return '';
  const el = node as HTMLElement;
  const tag = el.tagName?.toLowerCase();
  if (tag === 'br') return '\n';
  if (tag === 'img') return '';
  const inner = el.childNodes.map(inline).join('');
  const mark = tag === 'strong' || tag === 'b' ? '**' : tag === 'em' || tag === 'i' ? '*' : '';
  if (!mark || !inner.trim()) return inner;
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  // Each line its own mark: Markdown emphasis does not cross a line break in the text form.
  const marked = core!.split('\n').map((line) => (line.trim() ? `${mark}${line.trim()}${mark}` : line)).join('\n');
  return `${before}${marked}${after}`;
}

function cleanParagraph(text: string): string {
  return text
    .replace(/\*\*\*\*/g, '') // two bold runs side by side are one
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function blocks(el: HTMLElement, out: string[]): void {
  for (const child of el.childNodes) {
    if (child.nodeType === 3) {
      const t = cleanParagraph(inline(child));
      if (t) out.push(t);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const c = child as HTMLElement;
    const tag = c.tagName.toLowerCase();
    if (tag === 'table' || tag === 'thead' || tag === 'tbody' || tag === 'tfoot' || tag === 'tr' || tag === 'td' || tag === 'th' || tag === 'div') {
      blocks(c, out);
    } else if (tag === 'ul' || tag === 'ol') {
      let n = 0;
      for (const li of c.childNodes.filter((x) => x.nodeType === 1) as HTMLElement[]) {
        n += 1;
        const own = li.childNodes.filter((x) => !(x.nodeType === 1 && /^(ul|ol|p|table)$/i.test((x as HTMLElement).tagName)));
        const nested = li.childNodes.filter((x) => x.nodeType === 1 && /^(ul|ol|p|table)$/i.test((x as HTMLElement).tagName)) as HTMLElement[];
        const text = cleanParagraph(own.map(inline).join(''));
        const marker = tag === 'ul' ? '-' : `${n}.`;
        const parts: string[] = [];
        for (const x of nested) blocks(parse(`<div>${x.outerHTML}</div>`).firstChild as HTMLElement, parts);
        if (text) out.push(`${marker} ${text}`);
        else if (parts.length) parts[0] = `${marker} ${parts[0]}`;
        out.push(...parts);
      }
    } else {
      const t = cleanParagraph(inline(c));
      if (t) out.push(t);
    }
  }
}

/** mammoth's HTML as the text form: blocks separated by a blank line. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  blocks(parse(`<div>${html}</div>`).firstChild as HTMLElement, out);
  return out.length ? `${out.join('\n\n')}\n`.normalize('NFC') : '';
}

export interface DocxText {
  text: string;
}

/** Reads a .docx as text; throws DocxError (Vietnamese, naming `file`) when it cannot be read faithfully. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<DocxText> {
  if (bytes.length === 0) throw new DocxError(`${file}: tệp rỗng (0 byte). Hãy chép lại tệp Word gốc rồi chạy lại.`);
  if (startsWith(bytes, OLE)) {
    throw new DocxError(
      `${file}: đây là tệp Word dạng cũ (.doc) hoặc tệp Word có đặt mật khẩu, không đọc được. ` +
        'Mở tệp bằng Word, bỏ mật khẩu nếu có, chọn File > Save As, mục "Save as type" chọn "Word Document (*.docx)", lưu lại rồi nhập tệp .docx.',
    );
  }
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '{\\rtf') {
    throw new DocxError(`${file}: đây là tệp RTF, không phải tệp Word .docx. Mở bằng Word, chọn File > Save As, chọn "Word Document (*.docx)", lưu lại rồi nhập lại.`);
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new DocxError(`${file}: không phải tệp Word .docx (nội dung tệp không phải định dạng Word). Hãy mở tệp gốc bằng Word, lưu dạng "Word Document (*.docx)" rồi nhập lại.`);
  }
  const corrupt = `${file}: tệp Word bị hỏng hoặc chưa tải về hết, không mở được. Hãy tải lại hoặc xin lại tệp gốc, mở thử bằng Word, rồi nhập lại.`;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxError(corrupt);
  }
  const read = async (name: string) => {
    try {
      return (await zip.file(name)?.async('string')) ?? '';
    } catch {
      throw new DocxError(corrupt);
    }
  };
  const documentXml = await read('word/document.xml');
  if (!documentXml) {
    throw new DocxError(`${file}: tệp nén này không phải tệp Word .docx (không có phần nội dung word/document.xml). Hãy mở tệp gốc bằng Word, lưu dạng "Word Document (*.docx)" rồi nhập lại.`);
  }
  const [stylesXml, fontTableXml, numberingXml] = await Promise.all([read('word/styles.xml'), read('word/fontTable.xml'), read('word/numbering.xml')]);
  zip.file('word/document.xml', writeOutNumbering(documentXml, numberingXml, stylesXml));
  let html: string;
  try {
    const buffer = await zip.generateAsync({ type: 'nodebuffer' });
    // Images carry no words: they are left out rather than inlined.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true, convertImage })).value;
  } catch {
    throw new DocxError(corrupt);
  }
  const text = htmlToText(html);
  refuseLegacyFonts(file, documentXml, stylesXml, fontTableXml, text);
  if (!text.trim()) throw new DocxError(`${file}: tệp Word không có chữ nào (có thể chỉ có ảnh chụp văn bản). Cần tệp Word có chữ gõ được; ảnh chụp thì phải gõ lại hoặc nhận dạng chữ trước.`);
  return { text };
}
