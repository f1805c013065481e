// Safe MDX: the content check compiles every body with the build's MDX pipeline and allows only Markdown and the
// project's components. Audit rows #1–#4 (syntax) and P4 (notes and imports).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { pathToFileURL } from 'node:url';
import { checkMdx, safeMdxGuard, syntaxMessage } from '../../../src/lib/editing/mdx-check.ts';
import { blankFrontMatter, mdxCompileOptions } from '../../../src/lib/documents/mdx-pipeline.ts';
import { noteHtml } from '../../../src/lib/documents/note-html.ts';
import { stripEditorNotes } from '../../../src/lib/documents/passages.ts';

const file = 'content/documents/ket-luan-hoi-nghi-dang-uy-quy-i-2026.mdx';
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
/** The line of the file where `needle` stands. */
const lineOf = (t: string, needle: string) => t.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The committed document with `line` put in place of its paragraph that holds `anchor`. */
function withLine(anchor: string, line: string) {
  const at = lineOf(text, anchor);
  const copy = [...lines];
  copy.splice(at - 1, 1, line);
  return { mdx: copy.join('\n'), line: at };
}
const paragraph = lines.find((l, i) => i > 45 && /^[A-ZĐ]/.test(l) && l.length > 60)!;

describe('MDX syntax, as the build compiles it', () => {
  it('the committed documents compile and pass', () => {
    for (const f of ['chuong-trinh-hanh-dong-tang-truong-hai-con-so', 'cong-van-thuc-hien-chuong-trinh-14-ctr-tu', 'ke-hoach-tuyen-truyen-ket-luan-199-kl-tw', 'ket-luan-hoi-nghi-dang-uy-quy-i-2026', 'nghi-quyet-muc-tieu-chi-tieu-nam-2026']) {
      const path = `content/documents/${f}.mdx`;
      expect(checkMdx(path, readFileSync(path, 'utf8'))).toEqual([]);
    }
  });

  it('keeps every line where the file has it: the front matter is blanked, not cut', () => {
    const blank = blankFrontMatter(text);
    expect(blank.split('\n').length).toBe(lines.length);
    expect(blank.split('\n')[lineOf(text, paragraph.slice(0, 30)) - 1]).toBe(paragraph);
    expect(blank.startsWith('---')).toBe(false);
  });

  it('#3 a stray "{" names the file line (front matter counted) and says how to write it', () => {
    const { mdx, line } = withLine(paragraph.slice(0, 30), `${paragraph} {`);
    expect(line).toBeGreaterThan(40);
    const [problem] = checkMdx(file, mdx);
    expect(problem).toContain(`${file}, dòng ${line}: dấu "{" mở mà không có "}" đóng`);
    expect(problem).toContain('\\{');
  });

  it('#4 a stray "<13,5%" and "<>" are reported as a "<" that opens a tag', () => {
    const a = withLine(paragraph.slice(0, 30), `Tăng trưởng <13,5% so với cùng kỳ.`);
    expect(checkMdx(file, a.mdx)[0]).toMatch(new RegExp(`dòng ${a.line}: dấu "<" đứng trước chữ số[\\s\\S]*\\\\<13,5%`));
    const b = withLine(paragraph.slice(0, 30), `Chữ <> chữ.`);
    expect(checkMdx(file, b.mdx)[0]).toContain(`dòng ${b.line}: "<>" mở một thẻ rỗng mà không đóng`);
  });

  it('#1 an unclosed <div> is an unclosed tag, not a changed text', () => {
    const { mdx, line } = withLine(paragraph.slice(0, 30), `<div>\n\n${paragraph}`);
    expect(checkMdx(file, mdx)).toEqual([expect.stringContaining(`dòng ${line}: thẻ <div> mở ở dòng ${line} không có thẻ đóng </div>`)]);
  });

  it('#2 an <EditorNote> without its closing tag says to add </EditorNote>', () => {
    const { mdx, line } = withLine(paragraph.slice(0, 30), `<EditorNote>ghi chú chưa đóng\n\n${paragraph}`);
    expect(checkMdx(file, mdx)[0]).toContain(`dòng ${line}: ghi chú <EditorNote> mở ở dòng ${line} chưa đóng: thêm </EditorNote>`);
  });

  it('an HTML comment and a closing tag without an opening one get their own Vietnamese sentence', () => {
    expect(checkMdx(file, withLine(paragraph.slice(0, 30), '<!-- ghi chú -->').mdx)[0]).toContain('chú thích HTML "<!-- … -->"');
    expect(checkMdx(file, withLine(paragraph.slice(0, 30), `${paragraph}</b>`).mdx)[0]).toMatch(/thẻ đóng <\/b> không có thẻ mở <b> trước nó/);
    expect(checkMdx(file, withLine(paragraph.slice(0, 30), `Chữ <a href=>x</a>.`).mdx)[0]).toMatch(/thẻ <a> viết sai/);
  });

  it('every compiler message it cannot name still becomes Vietnamese with its line', () => {
    expect(syntaxMessage('7:3: Something new happened (mdx:x)')).toEqual({ line: 7, column: 3, message: expect.stringMatching(/^MDX không đọc được ở cột 3/) });
  });

  it('escaped "\\<" and "\\{" compile and pass, and the page prints "<" and "{"', () => {
    const { mdx } = withLine(paragraph.slice(0, 30), 'Tăng \\<13,5% và \\{a\\}.');
    expect(checkMdx(file, mdx)).toEqual([]);
    const { code } = mdxToJs('Tăng \\<13,5% và \\{a\\}.', mdxCompileOptions) as { code: string };
    expect(code).toContain('Tăng <13,5% và {a}.');
  });

  it('a BOM before the front matter changes nothing (#29)', () => {
    expect(checkMdx(file, `\uFEFF${text}`)).toEqual([]);
  });

  it('a file without front matter is left to the front-matter check (its YAML is no MDX)', () => {
    expect(checkMdx(file, 'date: {year: 2026}\n\nChữ.')).toEqual([]);
  });
});

describe('safe MDX: only Markdown and EditorNote', () => {
  /** The one refusal of `line` put in the document; `below`: how many lines under it the offending node starts. */
  const refuse = (line: string, below = 0) => {
    const r = withLine(paragraph.slice(0, 30), line);
    const problems = checkMdx(file, r.mdx);
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toContain(`${file}, dòng ${r.line + below}: `);
    return problems[0]!;
  };

  it('P4: an event handler inside a note is refused and named', () => {
    expect(refuse('<EditorNote><img src="x" onerror="window.__mdxxss=1" /></EditorNote>'))
      .toMatch(/ghi chú <EditorNote> có thẻ <img src onerror> \(thuộc tính onerror chạy mã trong trình duyệt\)\. Ghi chú <EditorNote> chỉ chứa chữ/);
  });

  it('P4: an <a href="javascript:…"> and a Markdown javascript: or data: link are refused', () => {
    expect(refuse('Xem <a href="javascript:alert(document.domain)">đây</a>.')).toMatch(/thẻ <a href> \(href="javascript:alert\(document\.domain\)": địa chỉ "javascript:" chạy mã[\s\S]*Văn bản không dùng thẻ HTML/);
    expect(refuse('Xem [đây](javascript:alert(1)).')).toMatch(/liên kết "javascript:alert\(1\)": địa chỉ "javascript:" chạy mã trong trình duyệt của người đọc\. Chỉ dùng địa chỉ bắt đầu bằng https:\/\/, http:\/\/, mailto:, tel:/);
    expect(refuse('Xem [đây](data:text/html;base64,PHNjcmlwdD4=).')).toMatch(/địa chỉ "data:"/);
    expect(refuse('Xem [đây][x].\n\n[x]: JaVaScRiPt:alert(1)', 2)).toMatch(/địa chỉ "javascript:"/);
  });

  it('P4: a <style> that hides text, inside a note, is refused', () => {
    expect(refuse('<EditorNote><style>{".doc-body > p:nth-of-type(2){display:none} .editor-note{display:none}"}</style></EditorNote>'))
      .toMatch(/<EditorNote> có thẻ <style> \(<style> đổi cách hiện trang, có thể giấu chữ của văn bản\)/);
    expect(refuse('<style>{"p{display:none}"}</style>')).toMatch(/thẻ <style>[\s\S]*không được dùng trong văn bản/);
    expect(refuse('<script>alert(1)</script>')).toMatch(/<script> chạy mã/);
  });

  it('P4: an import of a build-machine file and {process.env} are refused', () => {
    expect(refuse("import hostinfo from '/etc/os-release?raw'")).toMatch(/dòng "import hostinfo from '\/etc\/os-release\?raw'": văn bản không được nạp tệp hay mã \(import\/export\)\. Xoá dòng này\./);
    expect(refuse('export const secret = process.env.HOME')).toMatch(/import\/export/);
    expect(refuse('{process.env.HOME}')).toMatch(/đoạn mã \{process\.env\.HOME\}: dấu ngoặc nhọn "\{…\}" là mã MDX/);
    const both = withLine(paragraph.slice(0, 30), '<EditorNote>{process.env.HOME} {hostinfo.slice(0,40)}</EditorNote>');
    expect(checkMdx(file, both.mdx)).toEqual([
      expect.stringMatching(/ghi chú <EditorNote> có đoạn mã \{process\.env\.HOME\}/),
      expect.stringMatching(/ghi chú <EditorNote> có đoạn mã \{hostinfo\.slice\(0,40\)\}/),
    ]);
    expect(refuse('Chữ {/* ghi chú */} chữ.')).toMatch(/dấu ngoặc nhọn/);
  });

  it('a note holds text and emphasis only: no link, no list, no attribute, not inside a sentence', () => {
    expect(refuse('<EditorNote>Xem [nguồn](https://haiphong.gov.vn).</EditorNote>')).toMatch(/có liên kết đến https:\/\/haiphong\.gov\.vn/);
    expect(refuse('<EditorNote inline>ghi chú</EditorNote>')).toMatch(/không có thuộc tính \(ở đây có inline\)/);
    expect(refuse(`${paragraph} <EditorNote>ghi chú</EditorNote> tiếp.`)).toMatch(/nằm giữa một đoạn/);
    expect(refuse('<EditorNote>\n\n- một\n- hai\n\n</EditorNote>', 2)).toMatch(/có danh sách/);
    expect(checkMdx(file, withLine(paragraph.slice(0, 30), '<EditorNote>\nMột *nghiêng* và **đậm**.\n\nĐoạn hai.\n</EditorNote>').mdx)).toEqual([]);
  });

  it('no other component, no fragment, no image, no raw HTML', () => {
    expect(refuse('<BarChart data="x" />')).toMatch(/thẻ <BarChart data> không được dùng trong văn bản\. Thành phần dùng được: <EditorNote>/);
    expect(refuse('<>chữ</>')).toMatch(/thẻ rỗng <>…<\/> không được dùng/);
    expect(refuse('![ảnh](https://example.com/a.png)')).toMatch(/ảnh không được chèn vào văn bản/);
    expect(refuse('Chữ <b>đậm</b> chữ.')).toMatch(/thẻ <b> không được dùng trong văn bản\. Văn bản không dùng thẻ HTML/);
  });

  it('https, http, mailto and tel links pass', () => {
    const { mdx } = withLine(paragraph.slice(0, 30), '[a](https://haiphong.gov.vn) [b](http://x.vn) [c](mailto:vp@x.vn) [d](tel:+842253000000) https://haiphong.gov.vn');
    expect(checkMdx(file, mdx)).toEqual([]);
  });

  it('a relative link is not an address: say to write it whole', () => {
    expect(refuse('[đây](/van-ban/)')).toMatch(/chưa phải địa chỉ đầy đủ/);
  });

  it('text that is not UTF-8, or no text at all, is named as such before any MDX', () => {
    expect(checkMdx(file, text.replace(paragraph, `${paragraph.slice(0, 20)}\uFFFD`))[0]).toMatch(new RegExp(`dòng \\d+: tệp không phải UTF-8`));
    expect(checkMdx(file, 'PK\u0003\u0004\u0000\u0000binary')[0]).toMatch(/tệp không phải văn bản \(có byte 0\)/);
  });
});

describe('editor notes leave nothing unchecked', () => {
  it('stripEditorNotes blanks exactly the notes, found on the syntax tree, lines kept', () => {
    const body = 'Đoạn một.\n\n<EditorNote>Ghi *chú* một.</EditorNote>\n\nĐoạn hai `<EditorNote>x</EditorNote>` giữ.\n\n<EditorNote>\nNhiều\ndòng\n</EditorNote>\nHết.';
    const out = stripEditorNotes(body);
    expect(out.split('\n').length).toBe(body.split('\n').length);
    expect(out).not.toMatch(/Ghi|Nhiều|dòng\n/);
    expect(out).toContain('Đoạn hai `<EditorNote>x</EditorNote>` giữ.');
    expect(out).toContain('Hết.');
  });

  it('an import line is no longer taken out: the check refuses it instead', () => {
    expect(stripEditorNotes("import x from './a'\n\nChữ.")).toContain("import x from './a'");
  });

  it('the note component shows only text and bare emphasis, whatever reaches it', () => {
    expect(noteHtml('<img src="x" onerror="window.__mdxxss=1"><style>.doc-body{display:none}</style>Chữ <a href="javascript:alert(1)">ở đây</a><script>alert(1)</script>'))
      .toBe('Chữ ở đây');
    expect(noteHtml('<p>Một <em class="x" onclick="y">nghiêng</em></p>\n<p>Hai <strong>đậm</strong></p>')).toBe('Một <em>nghiêng</em><br>Hai <strong>đậm</strong>');
    expect(noteHtml('Văn bản ghi &quot;ngày 08/4/2024&quot; &amp; &lt;img src=x onerror=alert(1)&gt;')).toBe('Văn bản ghi &quot;ngày 08/4/2024&quot; &amp; &lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the build refuses unsafe MDX itself (astro dev, a direct astro build)', () => {
  const compile = (path: string, body: string) => () => mdxToJs(body, { ...mdxCompileOptions, mdastPlugins: [safeMdxGuard], fileURL: pathToFileURL(path) });

  it('a document with an import or {process.env} stops the compile with the check’s messages and lines', () => {
    expect(compile('/site/content/documents/x.mdx', "   \n   \n\nimport hostinfo from '/etc/os-release?raw'\n\n{process.env.HOME}"))
      .toThrow(/^content\/documents\/x\.mdx, dòng 4: dòng "import hostinfo[\s\S]*\ncontent\/documents\/x\.mdx, dòng 6: đoạn mã \{process\.env\.HOME\}/);
  });

  it('a safe document compiles, and files outside content/documents/ are not its business', () => {
    expect(compile('/site/content/documents/x.mdx', 'Chữ *nghiêng*.\n\n<EditorNote>Ghi chú.</EditorNote>')).not.toThrow();
    expect(compile('/site/src/pages/trang.mdx', "import X from './x.astro'\n\n<X />")).not.toThrow();
  });
});
