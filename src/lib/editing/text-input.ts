// Text as it really arrives: every file an editor hands over is read through here.
// Strips a UTF-8 BOM, refuses bytes that are not UTF-8 (naming the cause), converts a Windows-1258 text where asked,
// and normalises to NFC so that a file saved on a Mac (NFD) gives the same site as one saved on Windows.
import iconv from 'iconv-lite';

export class TextInputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Letters only Vietnamese uses; a Windows-1258 reading of Vietnamese text is full of them. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]/u;

export interface DecodedText {
  text: string;
  /** 'windows-1258' when the bytes were converted from that code page. */
  encoding: 'utf-8' | 'windows-1258';
}

/**
 * Decodes a text file. `legacy: true` (received sources) detects a Windows-1258 file and converts it;
 * otherwise (MDX, YAML) anything but UTF-8 is refused.
 */
export function decodeText(bytes: Uint8Array, file: string, { legacy = false } = {}): DecodedText {
  if (bytes.length > 0 && bytes.subarray(0, 8192).includes(0)) {
    throw new TextInputError(`${file}: tệp không phải văn bản (có byte 0, có thể là tệp nhị phân hoặc tệp Word). Hãy dùng tệp văn bản UTF-8 (.txt) hoặc tệp Word (.docx).`);
  }
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    const converted = legacy ? iconv.decode(Buffer.from(bytes), 'windows1258') : '';
    if (!legacy || !VIETNAMESE.test(converted) || /[\u0000-\u0008\u000e-\u001f]/.test(converted)) {
      throw new TextInputError(
        `${file}: tệp không phải UTF-8. Mở tệp bằng Notepad, chọn File > Save As, mục Encoding chọn "UTF-8", lưu lại rồi chạy lại.` +
          (legacy ? '' : ' (Chỉ văn bản gốc .txt mới được tự chuyển từ mã Windows-1258.)'),
      );
    }
    text = converted;
    encoding = 'windows-1258';
  }
  return { text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}
