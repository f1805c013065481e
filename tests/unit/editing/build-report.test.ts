// A failed Astro step in Vietnamese: file, line and what it is, without Astro's header, stack trace or hints.
import { describe, expect, it } from 'vitest';
import { describeAstroFailure, readAstroFailure } from '../../../src/lib/editing/build-report.ts';

const root = '/tmp/du-an';
const vite = (message: string, file: string) => `10:56:10 [build] Building static entrypoints...
10:56:11 [ERROR] [vite] ✗ Build failed in 1.16s
${message}
  Location:
    ${root}/${file}
  Stack trace:
    at TransformPluginContextImpl.handler (file:///x/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)
    at async plugin.<computed> (file:///x/node_modules/rolldown/dist/shared/bindingify-input-options.mjs:2343:12)
`;
const doc = 'content/documents/cong-van.mdx';

describe('an MDX syntax error is named in Vietnamese with its file and line', () => {
  const cases: Array<[string, string, string]> = [
    ['stray "{"', "48:181: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)", 'dấu "{" mở một biểu thức nhưng không có dấu "}" đóng'],
    ['"<" before a figure', '48:170: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character)', 'Nếu "<" là chữ của văn bản gốc (ví dụ "<13,5%"), viết là "\\<"'],
    ['unclosed <div>', '48:167: Expected a closing tag for `<div>` (48:167) before the end of `paragraph` (mdx-jsx:unexpected-character)', 'thẻ <div> mở nhưng không đóng: thêm </div>'],
    ['unclosed <EditorNote>', '48:167: Expected a closing tag for `<EditorNote>` (48:167) before the end of `paragraph` (mdx-jsx:unexpected-character)', 'thẻ <EditorNote> mở nhưng không đóng'],
  ];
  for (const [name, message, said] of cases) {
    it(name, () => {
      const failure = readAstroFailure(vite(message, `${doc}:48:9`), root);
      expect(failure).toMatchObject({ file: doc, line: 48, column: 9, mdx: true });
      const text = describeAstroFailure(failure);
      expect(text).toContain(`Lỗi cú pháp trong ${doc}, dòng 48 (cột 9): `);
      expect(text).toContain(said);
      expect(text).not.toMatch(/Stack trace|ERROR|Unexpected|Expected|Location/);
    });
  }
  it('an MDX message not known yet is still placed, with the original words quoted', () => {
    const failure = readAstroFailure(vite('3:1: Something new (mdx-jsx:new-rule)', `${doc}:3:1`), root);
    expect(describeAstroFailure(failure)).toBe(`Lỗi cú pháp trong ${doc}, dòng 3 (cột 1): lỗi cú pháp MDX ("Something new").`);
  });
});

describe('other failures', () => {
  it('a code error names the file and says it is not a content error', () => {
    const failure = readAstroFailure(vite('[CompilerError] Unexpected token', 'src/pages/loi.astro:5:0'), root);
    expect(failure).toMatchObject({ file: 'src/pages/loi.astro', line: 5, what: 'Unexpected token', mdx: false });
    expect(describeAstroFailure(failure)).toBe('Dựng trang không thành công (src/pages/loi.astro, dòng 5). Đây là lỗi trong mã của trang, không phải lỗi nội dung: báo cho người phụ trách kỹ thuật. Thông báo của Astro: Unexpected token');
  });
  it('a render error names the page', () => {
    const log = `10:57:10   ├─ /loi2/index.html10:57:10 [ERROR] Error: hỏng
10:57:10 [ERROR] [build] Caught error rendering /loi2: Error: hỏng
hỏng
  Stack trace:
    at file:///tmp/x.mjs:1:1
`;
    const failure = readAstroFailure(log, root);
    expect(failure).toMatchObject({ page: '/loi2', what: 'hỏng' });
    expect(describeAstroFailure(failure)).toMatch(/^Dựng trang không thành công \(trang \/loi2\)\. .*Thông báo của Astro: hỏng$/);
  });
  it('a Vietnamese content message thrown during the build is shown as it is, without its error class', () => {
    const log = `10:00:00 [ERROR] [InvalidContentEntryDataError] documents → x data does not match collection schema.
content/documents/x.mdx: trường "date": ngày không hợp lệ.
  Location:
    ${root}/content/documents/x.mdx:0:0
  Stack trace:
    at x
`;
    const text = describeAstroFailure(readAstroFailure(log, root));
    expect(text).toMatch(/^Dựng trang không thành công ở content\/documents\/x\.mdx: /);
    expect(text).toContain('trường "date": ngày không hợp lệ.');
    expect(text).not.toContain('[InvalidContentEntryDataError]');
  });
  it('a log without an error line still gives a sentence', () => {
    expect(readAstroFailure('10:00:00 [build] output: "static"\n', root).what).toBe('Astro dừng mà không báo lỗi rõ ràng');
  });
});
