import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocxError, htmlToText, readDocx, writeOutNumbering } from '../../../src/lib/editing/docx.ts';
import { readSourceText } from '../../../src/lib/editing/source-text.ts';
import { TextInputError } from '../../../src/lib/editing/text-input.ts';
import { congVanDocx, oldWordDoc, thongBaoDocx, vnTimeDocx, writeFixtures } from '../../../scripts/fixtures/make-docx.ts';

const NUMBERING = `<w:numbering>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="6"/></w:lvlOverride></w:num>
</w:numbering>`;
const STYLES = `<w:styles><w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;

const p = (text: string, numId?: string, ilvl = 0) =>
  `<w:p><w:pPr>${numId ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const labels = (xml: string) => [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe('writeOutNumbering: Word\'s automatic numbers as printed text', () => {
  it('writes each level in its format, nested levels restarting under a new parent', () => {
    const xml = writeOutNumbering(
      [p('A', '1', 0), p('B', '1', 1), p('C', '1', 2), p('D', '1', 2), p('E', '1', 3), p('F', '1', 1), p('G', '1', 2), p('H', '1', 0), p('I', '1', 1)].join(''),
      NUMBERING, STYLES,
    );
    expect(labels(xml)).toEqual(['I. ', '1. ', '1.1. ', '1.2. ', 'a) ', '2. ', '2.1. ', 'II. ', '1. ']);
    // The label keeps the level's bold, and the numbering is switched off so mammoth does not add a list.
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">I. </w:t></w:r>');
    expect(xml).not.toMatch(/<w:numId w:val="1"\/>/);
  });

  it('writes bullets as "- ", honours a start override, and leaves unnumbered paragraphs alone', () => {
    const xml = writeOutNumbering([p('x', '2'), p('y', '3'), p('z', '3'), p('plain'), p('w', '4')].join(''), NUMBERING, STYLES);
    expect(labels(xml)).toEqual(['- ', '(1) ', '(2) ', '(6) ']);
    expect(xml).toContain('<w:p><w:pPr></w:pPr><w:r><w:t>plain</w:t></w:r></w:p>');
  });

  it('numbers a paragraph whose style carries the numbering', () => {
    const styled = '<w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr><w:r><w:t>MỤC ĐÍCH</w:t></w:r></w:p>';
    expect(labels(writeOutNumbering(styled + styled, NUMBERING, STYLES))).toEqual(['I. ', 'II. ']);
  });
});

describe('htmlToText: mammoth\'s HTML in the text form of a received .txt', () => {
  it('reads table cells row by row, left to right, one paragraph each', () => {
    const html = '<table><tr><td><p><strong>ĐẢNG ỦY PHƯỜNG X</strong></p><p>Số 01-TB/ĐU</p></td><td><p><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></p><p><em>X, ngày 01 tháng 3 năm 2026</em></p></td></tr></table><p>Nội dung.</p>';
    expect(htmlToText(html)).toBe('**ĐẢNG ỦY PHƯỜNG X**\n\nSố 01-TB/ĐU\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n*X, ngày 01 tháng 3 năm 2026*\n\nNội dung.\n');
  });

  it('keeps bold and italic, with spaces outside the marks, line breaks, entities, and NFC', () => {
    expect(htmlToText('<p><strong>1. </strong>Tuyên truyền &amp; vận động<br />dòng hai</p>')).toBe('**1.** Tuyên truyền & vận động\ndòng hai\n');
    expect(htmlToText('<p>Thu\u0309y Nguye\u0302n</p>')).toBe('Thủy Nguyên\n');
    expect(htmlToText('<ul><li>Như trên,</li><li>Lưu VPĐU.</li></ul>')).toBe('- Như trên,\n\n- Lưu VPĐU.\n');
    expect(htmlToText('<p> </p>')).toBe('');
  });
});

async function docxWith(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('readDocx', () => {
  it('reads the công văn fixture: header table, Kính gửi, body, signature table, in reading order', async () => {
    const { text } = await readDocx(await congVanDocx(), 'cong-van.docx');
    const order = ['ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN', 'Số -CV/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Thủy Nguyên, ngày tháng 02 năm 2026', 'Kính gửi:', '- Thường trực Hội đồng nhân dân phường,', 'Thực hiện chỉ đạo', '**2.** Thường trực HĐND', 'Nơi nhận:', '- Lưu VPĐU.', '**T/L BAN THƯỜNG VỤ**', '**Vũ Văn Hạnh**'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('is what readSourceText gives the check for a .docx source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-'));
    try {
      const bytes = await thongBaoDocx();
      writeFileSync(join(dir, 'tb.docx'), bytes);
      expect(await readSourceText(join(dir, 'tb.docx'))).toBe((await readDocx(bytes, 'tb.docx')).text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an old .doc, an empty file, a zip that is not Word, and a truncated file, each naming the file', async () => {
    await expect(readDocx(oldWordDoc(), 'a.docx')).rejects.toThrow(/^a\.docx: đây là tệp Word dạng cũ \(\.doc\)/);
    await expect(readDocx(new Uint8Array(0), 'b.docx')).rejects.toThrow(/^b\.docx: tệp rỗng/);
    await expect(readDocx(await docxWith({ 'xl/workbook.xml': '<workbook/>' }), 'c.docx')).rejects.toThrow(/^c\.docx: tệp nén này không phải tệp Word/);
    const whole = await congVanDocx();
    await expect(readDocx(whole.subarray(0, 3000), 'd.docx')).rejects.toThrow(/^d\.docx: tệp Word bị hỏng/);
    await expect(readDocx(oldWordDoc(), 'e.docx')).rejects.toBeInstanceOf(TextInputError);
  });

  it('refuses text in a TCVN3 font (.VnTime), naming the font and Unikey\'s converter', async () => {
    const err = await readDocx(await vnTimeDocx(), 'vn.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxError);
    expect((err as Error).message).toMatch(/"\.VnTime" \(bảng mã TCVN3 \(ABC\)\)[\s\S]*Unikey mở "Công cụ chuyển mã"/);
  });

  it('a .Vn font left over (font table, or applied to Unicode text) does not refuse the text; with TCVN3-looking text it does', async () => {
    const doc = (text: string) => `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
    const fontTable = '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name=".VnTime"/><w:font w:name="Times New Roman"/></w:fonts>';
    const base = { '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>', '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>', 'word/fontTable.xml': fontTable };
    expect((await readDocx(await docxWith({ ...base, 'word/document.xml': doc('Đảng ủy phường Gia Viên') }), 'u.docx')).text).toBe('Đảng ủy phường Gia Viên\n');
    await expect(readDocx(await docxWith({ ...base, 'word/document.xml': doc('§¶ng ñy ph­êng Gia Vi£n') }), 't.docx')).rejects.toThrow(/\.VnTime/);
    // Applied to text that is already Unicode (converted, font name left over): read as it is.
    const applied = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Đảng ủy phường «Gia Viên» 25°</w:t></w:r></w:p></w:body></w:document>`;
    expect((await readDocx(await docxWith({ ...base, 'word/document.xml': applied }), 'a.docx')).text).toBe('Đảng ủy phường «Gia Viên» 25°\n');
  });
});

describe('the committed fixtures in tests/fixtures/import', () => {
  let dir: string;
  let fresh: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tep-mau-'));
    fresh = await writeFixtures(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read the same as the generator\'s output (regenerate with: node scripts/fixtures/make-docx.ts)', async () => {
    for (const name of ['cong-van-bang.docx', 'thong-bao-ngan.docx']) {
      const committed = readFileSync(join('tests/fixtures/import', name));
      expect((await readDocx(committed, name)).text, name).toBe((await readDocx(readFileSync(fresh[name]!), name)).text);
    }
    for (const name of Object.keys(fresh).filter((n) => !n.endsWith('.docx') || n === 'rong.docx' || n === 'nhi-phan.docx')) {
      expect(readFileSync(join('tests/fixtures/import', name)), name).toEqual(readFileSync(fresh[name]!));
    }
  });
});
