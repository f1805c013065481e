// What went wrong in a failed `astro build`, read from its log and said in Vietnamese: the file, the line, what it
// is. Astro's English header, stack trace and hints stay in the log file.
import { isAbsolute, relative } from 'node:path';

export interface AstroFailure {
  /** The file at fault, relative to the project root when inside it. */
  file?: string;
  line?: number;
  column?: number;
  /** The page being rendered when the error came ("/van-ban/x/"). */
  page?: string;
  /** What is wrong, in Vietnamese where it is known, else the original message. */
  what: string;
  /** An MDX syntax error in a content file. */
  mdx: boolean;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const TIMESTAMP = /^\d{2}:\d{2}:\d{2}\s+/;
const STOP = /^\s*(Location:|Stack trace:|Hint:|at\s)/;

/** MDX syntax messages (micromark's mdx extensions) in words an editor can act on. */
const MDX_MESSAGES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/end of file in expression, expected a corresponding closing brace for `\{`/, () =>
    'dấu "{" mở một biểu thức nhưng không có dấu "}" đóng. Trong văn bản, "{" phải viết là "\\{" nếu nó là chữ của văn bản gốc'],
  [/Unexpected character after `<`, expected a valid JSX tag|Unexpected character .* before name, expected a character that can start a name/, () =>
    'dấu "<" đứng trước một ký tự không phải tên thẻ. Nếu "<" là chữ của văn bản gốc (ví dụ "<13,5%"), viết là "\\<"'],
  [/Expected a closing tag for `<([^>`]+)>`/, (m) =>
    `thẻ <${m[1]}> mở nhưng không đóng: thêm </${m[1]}> ngay trong đoạn đó, hoặc xoá thẻ`],
  [/Unexpected closing (?:slash `\/` in )?tag(?: `<\/([^>`]+)>`)?, expected an? (?:opening|corresponding)/, (m) =>
    `thẻ đóng ${m[1] ? `</${m[1]}> ` : ''}không có thẻ mở tương ứng: xoá thẻ đóng, hoặc thêm thẻ mở`],
  [/Unexpected end of file (?:after|before|in) /, () => 'một thẻ "<…" bị cắt ngang, chưa có dấu ">" đóng'],
  [/Could not parse expression with acorn|Unexpected (?:content|lazy line) (?:after|in) expression/, () =>
    'nội dung trong "{…}" không đọc được. Trong văn bản, "{" và "}" phải viết là "\\{" và "\\}"'],
  [/Could not parse import\/exports with acorn/, () => 'dòng "import" hoặc "export" không đọc được; văn bản không được có các dòng này'],
];

function translateMdx(message: string): string {
  for (const [pattern, say] of MDX_MESSAGES) {
    const m = message.match(pattern);
    if (m) return say(m);
  }
  return `lỗi cú pháp MDX ("${message}")`;
}

const relativeTo = (root: string, file: string) => {
  const rel = relative(root, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
};

/** The first error of an `astro build` log. */
export function readAstroFailure(log: string, root: string): AstroFailure {
  const lines = log.replace(ANSI, '').split(/\r?\n/);
  const rendering = lines.map((l) => l.match(/Caught error rendering (\S+): (?:\w*Error: )?(.*)$/)).find(Boolean);
  const first = lines.findIndex((l) => l.includes('[ERROR]'));
  if (first < 0) {
    return { what: 'Astro dừng mà không báo lỗi rõ ràng', mdx: false };
  }
  const message: string[] = [];
  const head = lines[first]!.replace(TIMESTAMP, '').replace(/^(\[\w+\]\s*)+/, '').replace(/^✗ Build failed in [\d.]+\s*m?s\s*/, '').trim();
  if (head) message.push(head);
  let i = first + 1;
  for (; i < lines.length && !STOP.test(lines[i]!) && !TIMESTAMP.test(lines[i]!); i++) {
    if (lines[i]!.trim()) message.push(lines[i]!.trim());
  }
  let file: string | undefined;
  let line: number | undefined;
  let column: number | undefined;
  const at = lines.findIndex((l, k) => k >= first && /^\s*Location:\s*$/.test(l));
  const where = at >= 0 ? lines[at + 1]?.trim().match(/^(.*?):(\d+):(\d+)$/) : null;
  if (where) {
    file = relativeTo(root, where[1]!);
    line = Number(where[2]);
    column = Number(where[3]);
  }
  const text = message.join('\n').replace(/^\[\w+Error\]\s*/, '').trim();
  const mdx = text.match(/^(\d+):(\d+): ([\s\S]*?)\s*\((?:mdx|micromark)[\w:-]*\)$/);
  if (mdx) {
    return { file, line: line ?? Number(mdx[1]), column: column ?? Number(mdx[2]), what: translateMdx(mdx[3]!), mdx: true };
  }
  if (rendering) {
    return { file, line, column, page: rendering[1], what: rendering[2]!.trim(), mdx: false };
  }
  return { file, line, column, what: text || 'Astro dừng mà không báo lỗi rõ ràng', mdx: false };
}

/** The Vietnamese summary of a failed Astro step: where, and what. */
export function describeAstroFailure(failure: AstroFailure): string {
  const where = failure.file
    ? `${failure.file}${failure.line ? `, dòng ${failure.line}${failure.column ? ` (cột ${failure.column})` : ''}` : ''}`
    : failure.page ? `trang ${failure.page}` : '';
  if (failure.mdx) return `Lỗi cú pháp trong ${where}: ${failure.what}.`;
  if (failure.file?.startsWith('content/')) return `Dựng trang không thành công ở ${where}: ${failure.what}`;
  return `Dựng trang không thành công${where ? ` (${where})` : ''}. Đây là lỗi trong mã của trang, không phải lỗi nội dung: báo cho người phụ trách kỹ thuật. Thông báo của Astro: ${failure.what}`;
}
