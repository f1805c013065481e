// Safe MDX: a document body is compiled with the build's own MDX pipeline, and its syntax tree may hold only
// Markdown and the project's components. Every refusal names the file, the line of the file (front matter counted)
// and what is allowed. No import/export, no {expressions}, no HTML, no event handlers, no javascript:/data: links;
// an editor's note holds plain text, with emphasis at most.
import { fileURLToPath } from 'node:url';
import { mdxToJs, mdxToMdast, type MdastNode, type PluginFactoryContext } from 'satteri';
import { blankFrontMatter, mdxCompileOptions } from '../documents/mdx-pipeline.ts';
import { urlProblem } from './url-field.ts';

/** The components a document body may use, by name; the document page provides exactly these. */
export const DOCUMENT_COMPONENTS = ['EditorNote'] as const;
/** Raw HTML elements a document body may use: none. Markdown covers what an official document needs. */
export const HTML_ELEMENTS: readonly string[] = [];

/** Markdown a document body may use. Images are not among them: the site publishes the document's words. */
const MARKDOWN = new Set([
  'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'list', 'listItem', 'blockquote',
  'thematicBreak', 'break', 'table', 'tableRow', 'tableCell', 'inlineCode', 'code',
  'footnoteReference', 'footnoteDefinition', 'link', 'linkReference', 'definition',
]);
/** What an editor's note may hold. */
const NOTE_CONTENT = new Set(['paragraph', 'text', 'emphasis', 'strong', 'break']);

export const ALLOWED =
  'Văn bản chỉ gồm chữ và Markdown (# tiêu đề, danh sách, **đậm**, *nghiêng*, liên kết [chữ](https://…)) ' +
  'cùng ghi chú <EditorNote>…</EditorNote> đứng riêng một đoạn.';
const NOTE_ALLOWED = 'Ghi chú <EditorNote> chỉ chứa chữ, có thể *nghiêng* hoặc **đậm**: không thẻ, không liên kết, không {…}.';
const BRACE_HINT = 'Nếu văn bản gốc có dấu ngoặc nhọn, viết "\\{" và "\\}" (thêm dấu gạch ngược phía trước).';
const ANGLE_HINT = 'Nếu văn bản gốc có dấu "<", viết "\\<" (thêm dấu gạch ngược phía trước, ví dụ "\\<13,5%").';
const ESCAPE_HINT = 'Nếu văn bản gốc có dấu "<", "{" hay "}", viết "\\<", "\\{", "\\}" (thêm dấu gạch ngược phía trước).';

type Node = MdastNode & {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

interface Problem { line: number; message: string }

const snippet = (s: string, max = 60) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
};

/** Bytes that are no text, or text that was not UTF-8, in a file read as UTF-8. */
export function textProblems(file: string, text: string): string[] {
  if (text.includes('\u0000')) {
    return [`${file}: tệp không phải văn bản (có byte 0): có thể là tệp nhị phân, tệp Word hay tệp lưu dạng UTF-16 bị đổi tên thành .mdx. Hãy tạo lại tệp .mdx bằng npm run import, hoặc mở tệp đúng bằng trình soạn thảo và lưu dạng UTF-8.`];
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    return [`${file}, dòng ${line}: tệp không phải UTF-8 (có ký tự không đọc được "�"). Mở tệp bằng trình soạn thảo (Notepad: File > Save As, mục Encoding chọn "UTF-8"), sửa chữ bị lỗi ở dòng này rồi lưu lại dạng UTF-8.`];
  }
  return [];
}

/** The compiler's message (English, "12:4: …") as an editor's sentence. */
export function syntaxMessage(raw: string, lineText = ''): { line: number; column: number; message: string } {
  const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(raw);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  const text = at ? raw.slice(at[0].length) : raw;
  let m: RegExpExecArray | null;
  let message: string;
  if (/expected a corresponding closing brace for `\{`/.test(text)) {
    message = `dấu "{" mở mà không có "}" đóng. Trong MDX, "{" mở một đoạn mã, và văn bản không được có mã. ${BRACE_HINT}`;
  } else if (/Unexpected character after `<`, expected a valid JSX tag/.test(text)) {
    // The compiler says the same of "<13,5%" and of a tag written wrong ("<a href=>"): tell them apart.
    const tag = /^<\/?([A-Za-z][\w.-]*)/.exec(lineText.slice(column - 1))?.[1];
    message = tag
      ? `thẻ <${tag}> viết sai (thiếu dấu ">", dấu ngoặc kép, hay giá trị sau dấu "="). ${ALLOWED} ${ANGLE_HINT}`
      : `dấu "<" đứng trước chữ số, dấu cách hay ký hiệu (ví dụ "<13,5%"): MDX đọc "<" là mở một thẻ. ${ANGLE_HINT}`;
  } else if ((m = /Unexpected closing tag `<\/([^`]*)>`, expected an open tag first/.exec(text))) {
    message = `thẻ đóng </${m[1]}> không có thẻ mở <${m[1]}> trước nó: xoá nó. ${ANGLE_HINT}`;
  } else if ((m = /Expected a closing tag for `<([^`]*)>` \((\d+):\d+\)( before the end of `(\w+)`)?/.exec(text))) {
    const [, tag, opened, inBlock] = m;
    if (!tag) message = `"<>" mở một thẻ rỗng mà không đóng. ${ANGLE_HINT}`;
    else if (tag === 'EditorNote') message = `ghi chú <EditorNote> mở ở dòng ${opened} chưa đóng: thêm </EditorNote> ngay cuối ghi chú${inBlock ? ', trong cùng đoạn' : ''}.`;
    else message = `thẻ <${tag}> mở ở dòng ${opened} không có thẻ đóng </${tag}>${inBlock ? ' trong cùng đoạn' : ''}. ${ALLOWED}`;
  } else if ((m = /Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>` \((\d+):\d+\)/.exec(text))) {
    message = `thẻ đóng </${m[1]}> không khớp thẻ mở <${m[2]}> ở dòng ${m[3]}.`;
  } else if (/Unexpected closing slash `\/` in tag, expected an open tag first/.test(text)) {
    message = `thẻ đóng "</…>" không có thẻ mở tương ứng: xoá nó. ${ANGLE_HINT}`;
  } else if (/to create a comment in MDX/.test(text)) {
    message = 'chú thích HTML "<!-- … -->" không dùng được trong MDX: xoá nó. Lời giải thích cho người đọc thì ghi trong <EditorNote>…</EditorNote>.';
  } else if ((m = /Unexpected character `(.+?)` \(U\+[0-9A-F]+\) (?:before|after|in)/.exec(text)) || /Unexpected end of file .*(?:tag|name|attribute)/.test(text)) {
    message = `thẻ viết sai${m ? ` ở ký tự "${m[1]}"` : ''}: MDX đọc "<" là mở một thẻ. ${ANGLE_HINT}`;
  } else if (/Could not parse (?:expression|esm)|Unexpected lazy line in expression|expression/.test(text)) {
    message = `đoạn trong dấu ngoặc nhọn "{…}" là mã MDX, và văn bản không được có mã. ${BRACE_HINT}`;
  } else {
    message = `MDX không đọc được ở cột ${column}. Kiểm tra các dấu "<", "{", "}" và các thẻ chưa đóng. ${ESCAPE_HINT}`;
  }
  return { line, column, message };
}

function attributeNames(node: Node): string[] {
  return (node.attributes ?? []).map((a) => (a.type === 'mdxJsxAttribute' ? String(a.name) : '{…}'));
}

/** Why a JSX element is dangerous, beyond being unknown: event handlers, <style>/<script>, javascript: links. */
function dangers(node: Node): string[] {
  const out: string[] = [];
  const name = (node.name ?? '').toLowerCase();
  if (name === 'script') out.push('<script> chạy mã trong trình duyệt của người đọc');
  if (name === 'style') out.push('<style> đổi cách hiện trang, có thể giấu chữ của văn bản');
  if (['iframe', 'object', 'embed', 'form', 'base', 'meta', 'link'].includes(name)) out.push(`<${name}> nhúng hay tải nội dung từ nơi khác`);
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute') {
      out.push('thuộc tính {…} là mã');
      continue;
    }
    const attr = String(a.name);
    if (/^on/i.test(attr)) out.push(`thuộc tính ${attr} chạy mã trong trình duyệt`);
    else if (/^(href|src|action|formaction|xlink:href|srcset|poster|data)$/i.test(attr) && typeof a.value === 'string') {
      const problem = urlProblem(a.value);
      if (problem && /javascript|data:|dạng/.test(problem)) out.push(`${attr}="${snippet(a.value, 40)}": ${problem}`);
    } else if (attr.toLowerCase() === 'style') out.push('thuộc tính style có thể giấu chữ');
    if (a.value && typeof a.value === 'object') out.push(`thuộc tính ${attr}={…} là mã`);
  }
  return out;
}

/** What a node is, for a message. */
function describe(node: Node): string {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name) return 'thẻ rỗng <>…</>';
      const attrs = attributeNames(node);
      const d = dangers(node);
      return `thẻ <${node.name}${attrs.length ? ` ${attrs.join(' ')}` : ''}>${d.length ? ` (${d.join('; ')})` : ''}`;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `đoạn mã {${snippet(node.value ?? '', 40)}}`;
    case 'mdxjsEsm':
      return `dòng "${snippet(node.value ?? '')}"`;
    case 'link':
      return `liên kết đến ${node.url}`;
    case 'image':
    case 'imageReference':
      return 'ảnh';
    case 'list':
      return 'danh sách';
    case 'heading':
      return 'tiêu đề';
    default:
      return `"${node.type}"`;
  }
}

function lineOf(node: Node, fallback: number): number {
  return node.position?.start.line ?? fallback;
}

function lintNote(note: Node, problems: Problem[]) {
  const line = lineOf(note, 1);
  if (note.type === 'mdxJsxTextElement') {
    problems.push({ line, message: `ghi chú <EditorNote> nằm giữa một đoạn: đặt <EditorNote>…</EditorNote> riêng một đoạn (một dòng trống trước và sau). ${NOTE_ALLOWED}` });
  }
  if (note.attributes?.length) {
    problems.push({ line, message: `<EditorNote> trong văn bản không có thuộc tính (ở đây có ${attributeNames(note).join(', ')}): viết <EditorNote>chữ của ghi chú</EditorNote>.` });
  }
  const walk = (n: Node) => {
    for (const child of n.children ?? []) {
      if (!NOTE_CONTENT.has(child.type)) {
        problems.push({ line: lineOf(child, line), message: `ghi chú <EditorNote> có ${describe(child)}. ${NOTE_ALLOWED}` });
        continue;
      }
      walk(child);
    }
  };
  walk(note);
}

function lint(node: Node, problems: Problem[], parentLine: number) {
  const line = lineOf(node, parentLine);
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push({ line, message: `${describe(node)}: văn bản không được nạp tệp hay mã (import/export). Xoá dòng này. ${ALLOWED}` });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({ line, message: `${describe(node)}: dấu ngoặc nhọn "{…}" là mã MDX, và văn bản không được có mã. ${BRACE_HINT}` });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (node.name && (DOCUMENT_COMPONENTS as readonly string[]).includes(node.name)) {
        lintNote(node, problems);
        return;
      }
      const kind = !node.name
        ? ''
        : /^[A-Z]/.test(node.name) || node.name.includes('.')
          ? ` Thành phần dùng được: ${DOCUMENT_COMPONENTS.map((c) => `<${c}>`).join(', ')}.`
          : HTML_ELEMENTS.includes(node.name) ? '' : ' Văn bản không dùng thẻ HTML.';
      if (node.name && HTML_ELEMENTS.includes(node.name) && dangers(node).length === 0) break;
      problems.push({ line, message: `${describe(node)} không được dùng trong văn bản.${kind} ${ALLOWED}` });
      return;
    }
    case 'link':
    case 'definition': {
      const problem = urlProblem(node.url ?? '');
      if (problem) problems.push({ line, message: `liên kết "${snippet(node.url ?? '', 60)}": ${problem}.` });
      break;
    }
    case 'image':
    case 'imageReference':
      problems.push({ line, message: `ảnh không được chèn vào văn bản: trang đăng chữ của văn bản. ${ALLOWED}` });
      return;
    case 'html':
      problems.push({ line, message: `HTML "${snippet(node.value ?? '')}" không được dùng trong văn bản. ${ALLOWED}` });
      return;
    default:
      if (!MARKDOWN.has(node.type)) {
        problems.push({ line, message: `cú pháp ${describe(node)} không dùng trong văn bản. ${ALLOWED}` });
        return;
      }
  }
  for (const child of node.children ?? []) lint(child, problems, line);
}

/** Problems of a parsed body, as messages "file, dòng N: …". */
export function lintMdxTree(file: string, tree: MdastNode): string[] {
  const problems: Problem[] = [];
  lint(tree as Node, problems, 1);
  return problems.sort((a, b) => a.line - b.line).map((p) => `${file}, dòng ${p.line}: ${p.message}`);
}

/**
 * Everything wrong with a document file's text that is not its front matter's fields: bytes that are not UTF-8 text,
 * MDX the build cannot compile, and MDX that is not safe. An empty list: the build compiles it, and it is only
 * Markdown and the allowed components.
 */
export function checkMdx(file: string, text: string): string[] {
  const bad = textProblems(file, text);
  if (bad.length) return bad;
  const normalized = text.replace(/^\uFEFF/, '').normalize('NFC');
  // Without front matter the lines before the body are YAML, not MDX; the front-matter check reports that file.
  const source = blankFrontMatter(normalized);
  if (source === normalized) return [];
  const lines = normalized.split(/\r?\n/);
  try {
    mdxToJs(source, mdxCompileOptions);
  } catch (err) {
    const raw = (err as Error).message;
    const at = lines[Number(/^(\d+):/.exec(raw)?.[1] ?? 1) - 1];
    const { line, message } = syntaxMessage(raw, at);
    return [`${file}, dòng ${line}: ${message}${at !== undefined ? `\n    ${line} | ${snippet(at, 100)}` : ''}`];
  }
  return lintMdxTree(file, mdxToMdast(source, { features: mdxCompileOptions.features }));
}

const DOCUMENT_PATH = /[\\/](content[\\/]documents[\\/][^\\/]+\.mdx)$/;

/**
 * For the build's Sätteri pipeline (astro.config.mjs): a document of content/documents/ that is not safe MDX stops
 * the compile with the check's own messages, even when Astro runs without the content check first (`astro dev`, a
 * direct `astro build`). Adds no plugin; other files pass untouched.
 */
export function safeMdxGuard(ctx: PluginFactoryContext): null {
  if (ctx.sourceFormat !== 'mdx' || !ctx.fileURL) return null;
  const document = DOCUMENT_PATH.exec(fileURLToPath(ctx.fileURL))?.[1];
  if (!document) return null;
  const problems = lintMdxTree(document.split('\\').join('/'), mdxToMdast(ctx.source, { features: mdxCompileOptions.features }));
  if (problems.length) throw new Error(`${problems.join('\n')}\n(npm run check cho biết cách sửa.)`);
  return null;
}
