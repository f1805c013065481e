// The text of a received source in content/sources/: a .txt (UTF-8, or Windows-1258 converted) or a Word .docx.
// The word-for-word check compares each page with this text. Async: Word files are read with mammoth, into the same
// light-Markdown form a .txt source has (docx.ts), which is also what `npm run import` converts.
import { readFileSync } from 'node:fs';
import { readDocx } from './docx.ts';
import { decodeText } from './text-input.ts';

export async function readSourceText(path: string): Promise<string> {
  if (path.toLowerCase().endsWith('.docx')) return (await readDocx(readFileSync(path), path)).text;
  return decodeText(readFileSync(path), path, { legacy: true }).text;
}
