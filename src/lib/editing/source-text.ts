// The text of a received source in content/sources/: a .txt (UTF-8, or Windows-1258 converted) or a Word .docx.
// The word-for-word check compares each page with this text. Async: Word files are read with mammoth.
import { readFileSync } from 'node:fs';
import { decodeText } from './text-input.ts';

export async function readSourceText(path: string): Promise<string> {
  if (path.toLowerCase().endsWith('.docx')) {
    throw new Error(`${path}: chưa đọc được tệp Word (.docx).`);
  }
  return decodeText(readFileSync(path), path, { legacy: true }).text;
}
