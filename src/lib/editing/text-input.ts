// Text as it really arrives: every file an editor hands over is read through here.
// Strips a UTF-8 BOM, refuses bytes that are not UTF-8 (naming the cause), converts a Windows-1258 text where asked,
// and normalises to NFC so that a file saved on a Mac (NFD) gives the same site as one saved on Windows.
import iconv from 'iconv-lite';

export class TextInputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Letters only Vietnamese uses; a Windows-1258 reading of Vietnamese text is full of them. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]/u;
/** The five tone marks Windows-1258 writes as separate characters after the vowel. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE_AFTER_VOWEL = /[aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ][\u0300\u0301\u0303\u0309\u0323]/gu;
/** Symbols (¸ µ ¶ · ¹ …) that a TCVN3 or VNI file shows in place of its letters when read as Windows-1258. */
const LATIN1_SYMBOLS = /[\u00a1-\u00bf\u00d7\u00f7]/gu;
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/u;

export interface DecodedText {
  text: string;
  /** 'windows-1258' when the bytes were converted from that code page, 'utf-16' from a Notepad "Unicode" file. */
  encoding: 'utf-8' | 'windows-1258' | 'utf-16';
}

const SAVE_AS_UTF8 = 'Mở tệp bằng Notepad, chọn File > Save As, mục Encoding chọn "UTF-8", lưu lại rồi chạy lại.';

/** The line (1-based) of the first byte that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const loose = new TextDecoder('utf-8').decode(bytes);
  return loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
}

/** Whether a Windows-1258 reading looks like Vietnamese: tone marks after vowels, no stray Latin-1 symbols. */
export function looksLikeWindows1258(text: string): boolean {
  if (!VIETNAMESE.test(text) || CONTROL.test(text)) return false;
  const tones = text.match(TONE)?.length ?? 0;
  const placed = text.match(TONE_AFTER_VOWEL)?.length ?? 0;
  const symbols = text.match(LATIN1_SYMBOLS)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return tones > 0 && placed >= tones * 0.95 && symbols <= letters * 0.01;
}

/**
 * Decodes a text file. `legacy: true` (received sources, read only by the check) detects a Windows-1258 or UTF-16
 * file and converts it; otherwise (MDX, YAML: the build reads them as UTF-8) anything but UTF-8 is refused.
 */
export function decodeText(bytes: Uint8Array, file: string, { legacy = false } = {}): DecodedText {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    if (!legacy) throw new TextInputError(`${file}: tệp không phải UTF-8: tệp được lưu dạng UTF-16 ("Unicode"). ${SAVE_AS_UTF8}`);
    return { text: new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '').normalize('NFC'), encoding: 'utf-16' };
  }
  if (bytes.length > 0 && bytes.subarray(0, 8192).includes(0)) {
    const fix = legacy
      ? 'Hãy dùng tệp văn bản UTF-8 (.txt) hoặc tệp Word (.docx).'
      : /\.mdx$/i.test(file)
        ? 'Trang văn bản (.mdx) là tệp chữ: nếu đây là tệp Word hay ảnh mang tên .mdx, hãy xoá nó và tạo trang bằng npm run import <tệp .docx hoặc .txt>.'
        : 'Tệp này phải là văn bản UTF-8: mở bằng trình soạn thảo và lưu lại dạng UTF-8, hoặc lấy lại bản đúng.';
    throw new TextInputError(`${file}: tệp không phải văn bản (có byte 0, có thể là tệp nhị phân hoặc tệp Word). ${fix}`);
  }
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    const converted = iconv.decode(Buffer.from(bytes), 'windows1258');
    const is1258 = looksLikeWindows1258(converted);
    if (!legacy || !is1258) {
      const legacyFont = !is1258 && (VIETNAMESE.test(converted) || (converted.match(LATIN1_SYMBOLS)?.length ?? 0) > 0);
      const cause = is1258
        ? 'tệp được lưu bằng bảng mã Windows-1258'
        : legacyFont
          ? 'có thể là bảng mã cũ TCVN3 (ABC) hay VNI'
          : `byte lỗi đầu tiên ở dòng ${firstBadLine(bytes)}`;
      const fix = legacyFont
        ? 'Chuyển sang Unicode bằng công cụ chuyển mã của Unikey (Unikey Toolkit: nguồn TCVN3 hay VNI, đích Unicode), rồi lưu dạng UTF-8.'
        : SAVE_AS_UTF8;
      throw new TextInputError(
        `${file}: tệp không phải UTF-8 (${cause}). ${fix}` +
          (legacy || !is1258 ? '' : ' (Chỉ văn bản gốc .txt trong content/sources/ mới được tự chuyển từ mã Windows-1258.)'),
      );
    }
    text = converted;
    encoding = 'windows-1258';
  }
  return { text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}
