// An MDX document file: YAML front matter between "---" lines, then the body. Read BOM-free and NFC.
import { parse as parseYaml } from 'yaml';
import { yamlErrorMessage } from '../editing/errors.ts';

export interface MdxFile { frontMatter: unknown; body: string }

/** The text as the site reads it: no byte-order mark (Windows Notepad adds one), NFC (a Mac saves NFD). */
export function normalizeMdxText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

export function splitMdx(text: string, file: string): MdxFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(normalizeMdxText(text));
  if (!m) throw new Error(`${file}: thiếu phần đầu (front matter). Tệp phải bắt đầu bằng một dòng "---", các trường, rồi một dòng "---".`);
  try {
    return { frontMatter: parseYaml(m[1]!), body: m[2]! };
  } catch (err) {
    // The front matter starts on the file's second line, after "---": messages give the file's line.
    throw new Error(yamlErrorMessage(file, err, m[1]!, 'phần đầu không đọc được', 2));
  }
}
