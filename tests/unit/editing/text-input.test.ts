// Text as it really arrives: BOM, NFD, Windows-1258, UTF-16, TCVN3, binary. Audit rows #27, #29, #32, #33, #34.
import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeWindows1258, TextInputError } from '../../../src/lib/editing/text-input.ts';
import { toWindows1258Form, windows1258 } from '../../support/windows-1258.ts';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;

const sources = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('strips a UTF-8 BOM and gives NFC', () => {
    expect(decodeText(utf8('\uFEFFĐảng ủy'.normalize('NFD')), 'a.yaml')).toEqual({ text: 'Đảng ủy', encoding: 'utf-8' });
  });

  it('a Windows-1258 fixture is what that code page stores, and encodes every letter', () => {
    const sample = 'Đảng ủy phường Thủy Nguyên: tăng trưởng 13,5%, nghị quyết, ưu tiên, ổn định.';
    const form = toWindows1258Form(sample);
    expect(form).toMatch(/ơ|ư|ô|ă|â|ê|Đ/);
    expect(form).toMatch(TONES);
    const bytes = windows1258(sample);
    expect(iconv.decode(bytes, 'windows1258')).toBe(form);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('#32 converts every committed source saved as Windows-1258 back to its exact text', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const f of sources) {
      const original = readFileSync(`content/sources/${f}`, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
      const decoded = decodeText(windows1258(original), f, { legacy: true });
      expect(decoded.encoding).toBe('windows-1258');
      expect(decoded.text).toBe(original);
    }
  });

  it('an MDX or YAML file in Windows-1258 is refused, with the code page named', () => {
    const bytes = windows1258('title: Kết luận của Ban Thường vụ Đảng ủy phường');
    expect(() => decodeText(bytes, 'content/targets/x.yaml')).toThrow(TextInputError);
    expect(() => decodeText(bytes, 'content/targets/x.yaml')).toThrow(/^content\/targets\/x\.yaml: tệp không phải UTF-8 \(tệp được lưu bằng bảng mã Windows-1258\)\. Mở tệp bằng Notepad/);
  });

  it('bytes that are neither UTF-8 nor Vietnamese Windows-1258 are refused with the first bad line', () => {
    const latin1 = iconv.encode('Line one\nCafé crème', 'latin1');
    expect(() => decodeText(latin1, 'content/sources/x.txt', { legacy: true })).toThrow(/x\.txt: tệp không phải UTF-8 \(byte lỗi đầu tiên ở dòng 2\)/);
    expect(looksLikeWindows1258(iconv.decode(latin1, 'windows1258'))).toBe(false);
  });

  it('a TCVN3 (.VnTime era) text is not taken for Windows-1258: Unikey’s converter is named', () => {
    const tcvn3 = iconv.encode('Đảng ủy phường Thủy Nguyên ban hành nghị quyết về nhiệm vụ năm 2026', 'tcvn');
    expect(() => decodeText(tcvn3, 'content/sources/cu.txt', { legacy: true })).toThrow(/bảng mã cũ TCVN3 \(ABC\) hay VNI\)\. Chuyển sang Unicode bằng công cụ chuyển mã của Unikey/);
  });

  it('a Notepad "Unicode" (UTF-16) file: converted for a source, refused for MDX and YAML', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nghị quyết', 'utf16le')]);
    expect(decodeText(utf16, 'a.txt', { legacy: true })).toEqual({ text: 'Nghị quyết', encoding: 'utf-16' });
    expect(() => decodeText(utf16, 'content/documents/a.mdx')).toThrow(/a\.mdx: tệp không phải UTF-8: tệp được lưu dạng UTF-16/);
  });

  it('#27 a binary file is named as not text', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(() => decodeText(zip, 'content/documents/x.mdx')).toThrow(/x\.mdx: tệp không phải văn bản \(có byte 0[^)]*\)\. Trang văn bản \(\.mdx\) là tệp chữ: .*npm run import/);
    expect(() => decodeText(zip, 'content/sources/x.txt', { legacy: true })).toThrow(/x\.txt: tệp không phải văn bản[\s\S]*tệp văn bản UTF-8 \(\.txt\) hoặc tệp Word \(\.docx\)/);
  });

  it('#34 an NFD source reads as NFC', () => {
    const [f] = sources;
    const text = readFileSync(`content/sources/${f}`, 'utf8');
    expect(decodeText(utf8(text.normalize('NFD')), f!, { legacy: true }).text).toBe(text.replace(/^\uFEFF/, '').normalize('NFC'));
  });
});
