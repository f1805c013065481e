// Audit rows on MDX syntax, safe MDX and text as it arrives (../shared/reviews/2026-11-22-reliability.md: #1–#4,
// P4, #27, #29, #32, #33, #36), run as an editor runs them: the mistake planted in a copy of content/, then
// `npm run check` (scripts/check-content.ts) in that copy. Each case: exit code, the Vietnamese key phrase naming file
// and line, no stack trace, and content/ left as the editor left it.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture, type RunResult } from '../../support/content-fixture.ts';
import { windows1258 } from '../../support/windows-1258.ts';

const DOCS = {
  ketLuan: 'content/documents/ket-luan-hoi-nghi-dang-uy-quy-i-2026.mdx',
  nghiQuyet: 'content/documents/nghi-quyet-muc-tieu-chi-tieu-nam-2026.mdx',
  congVan: 'content/documents/cong-van-thuc-hien-chuong-trinh-14-ctr-tu.mdx',
  keHoach: 'content/documents/ke-hoach-tuyen-truyen-ket-luan-199-kl-tw.mdx',
  chuongTrinh: 'content/documents/chuong-trinh-hanh-dong-tang-truong-hai-con-so.mdx',
};
const CHECK = 'scripts/check-content.ts';

let fixture: ContentFixture | undefined;
afterEach(() => {
  fixture?.remove();
  fixture = undefined;
});

/** Puts `line` in place of the file's first body paragraph (a line of 60 characters or more after the front matter). */
function replaceParagraph(root: string, doc: string, line: (paragraph: string) => string): number {
  const path = join(root, doc);
  const lines = readFileSync(path, 'utf8').split('\n');
  const end = lines.indexOf('---', 1);
  const at = lines.findIndex((l, i) => i > end && /^[A-ZĐ0-9]/u.test(l) && l.length >= 60);
  lines[at] = line(lines[at]!);
  writeFileSync(path, lines.join('\n'));
  return at + 1;
}

function expectEditorOutput(r: RunResult, status: number) {
  expect(r.status, r.output).toBe(status);
  expect(r.output).not.toMatch(/\n\s+at [\w.<>]+ \(|node:internal|Error: |MDXError|\[astro\]/);
}

/** Runs the check on a copy of content/ changed by `mutate`; the check itself changes nothing. */
function run(mutate: (root: string) => void): { r: RunResult } {
  fixture = contentFixture(mutate);
  const r = fixture.run(CHECK);
  expect(fixture.changedSinceMutation()).toEqual([]);
  return { r };
}
/** A case runs the check in a child process: seconds, not milliseconds. */
const slow = { timeout: 90_000 };

describe('MDX syntax errors are named as such, with the file line (rows #1–#4)', () => {
  it('#1 <div> unclosed, #2 <EditorNote> unclosed, #3 stray "{", #4 "<13,5%" and "<>": exit 1, one message each', slow, () => {
    const at: Record<string, number> = {};
    const { r } = run((root) => {
      at.div = replaceParagraph(root, DOCS.ketLuan, (p) => `<div>\n\n${p}`);
      at.note = replaceParagraph(root, DOCS.nghiQuyet, (p) => `<EditorNote>ghi chú chưa đóng\n\n${p}`);
      at.brace = replaceParagraph(root, DOCS.congVan, (p) => `${p} {`);
      at.lt = replaceParagraph(root, DOCS.keHoach, () => 'Tốc độ tăng trưởng <13,5% so với cùng kỳ.');
      at.empty = replaceParagraph(root, DOCS.chuongTrinh, (p) => `${p} <>`);
    });
    expectEditorOutput(r, 1);
    expect(r.output).toContain(`${DOCS.ketLuan}, dòng ${at.div}: thẻ <div> mở ở dòng ${at.div} không có thẻ đóng </div>`);
    expect(r.output).toContain(`${DOCS.nghiQuyet}, dòng ${at.note}: ghi chú <EditorNote> mở ở dòng ${at.note} chưa đóng: thêm </EditorNote>`);
    expect(r.output).toContain(`${DOCS.congVan}, dòng ${at.brace}: dấu "{" mở mà không có "}" đóng`);
    expect(r.output).toContain(`${DOCS.keHoach}, dòng ${at.lt}: dấu "<" đứng trước chữ số, dấu cách hay ký hiệu (ví dụ "<13,5%")`);
    expect(r.output).toContain(`${DOCS.chuongTrinh}, dòng ${at.empty}: "<>" mở một thẻ rỗng mà không đóng`);
    // Reported as syntax, not as a changed text.
    expect(r.output).not.toMatch(/nội dung khác văn bản gốc/);
    expect(at.div).toBeGreaterThan(40); // front matter lines counted
  });
});

describe('safe MDX: every payload of the audit (P4) is refused', () => {
  it('event handler in a note, javascript: link, <style> that hides text, import of a file, {process.env}: exit 1, each named', slow, () => {
    const payloads = {
      onerror: '<EditorNote><img src="x" onerror="window.__mdxxss=1" /></EditorNote>',
      anchor: 'Xem <a href="javascript:alert(document.domain)">đây</a>.',
      style: '<EditorNote><style>{".doc-body > p:nth-of-type(2){display:none} .editor-note{display:none}"}</style></EditorNote>',
      import: "import hostinfo from '/etc/os-release?raw'",
      env: '<EditorNote>{process.env.HOME} {hostinfo.slice(0,40)}</EditorNote>',
      link: 'Xem [trang này](javascript:alert(1)).',
    };
    const { r } = run((root) => appendFileSync(join(root, DOCS.ketLuan), `\n${Object.values(payloads).join('\n\n')}\n`));
    expectEditorOutput(r, 1);
    const text = readFileSync(DOCS.ketLuan, 'utf8').split('\n');
    const line = (i: number) => text.length + 1 + i * 2;
    expect(r.output).toContain(`${DOCS.ketLuan}, dòng ${line(0)}: ghi chú <EditorNote> có thẻ <img src onerror> (thuộc tính onerror chạy mã trong trình duyệt)`);
    expect(r.output).toContain(`${DOCS.ketLuan}, dòng ${line(1)}: thẻ <a href> (href="javascript:alert(document.domain)": địa chỉ "javascript:" chạy mã trong trình duyệt của người đọc`);
    expect(r.output).toContain(`${DOCS.ketLuan}, dòng ${line(2)}: ghi chú <EditorNote> có thẻ <style> (<style> đổi cách hiện trang, có thể giấu chữ của văn bản)`);
    expect(r.output).toContain(`${DOCS.ketLuan}, dòng ${line(3)}: dòng "import hostinfo from '/etc/os-release?raw'": văn bản không được nạp tệp hay mã (import/export)`);
    expect(r.output).toContain(`${DOCS.ketLuan}, dòng ${line(4)}: ghi chú <EditorNote> có đoạn mã {process.env.HOME}`);
    expect(r.output).toContain(`${DOCS.ketLuan}, dòng ${line(5)}: liên kết "javascript:alert(1)": địa chỉ "javascript:" chạy mã`);
    expect(r.output).toContain('Văn bản chỉ gồm chữ và Markdown');
    expect(r.output).not.toMatch(/\/root|PRETTY_NAME|đúng nguyên văn/);
  });

  it('#36 and the YAML data: javascript: in site.yaml, markup and code in a target note and a ward task: exit 1, file and field named', slow, () => {
    const { r } = run((root) => {
      const site = join(root, 'content/site.yaml');
      writeFileSync(site, readFileSync(site, 'utf8').replace(/^(\s+url:) .*$/m, '$1 javascript:alert(document.domain)'));
      const target = join(root, 'content/targets/gia-vien-2026.yaml');
      writeFileSync(target, readFileSync(target, 'utf8').replace(/^(\s+note:) .*$/m, `$1 '<img src="x" onerror="window.__mdxxss=1">'`));
      const tasks = join(root, 'content/ward-tasks/hai-duong-2026-2030.yaml');
      writeFileSync(tasks, readFileSync(tasks, 'utf8').replace(/^(\s+title:) (.*)$/m, `$1 "$2 {process.env.HOME}"`));
    });
    expectEditorOutput(r, 1);
    expect(r.output).toMatch(/content\/site\.yaml[\s\S]*trường "portal\.url": "portal\.url" ghi "javascript:alert\(document\.domain\)": địa chỉ "javascript:" chạy mã trong trình duyệt của người đọc\. Chỉ dùng địa chỉ bắt đầu bằng https:\/\/, http:\/\//);
    expect(r.output).toMatch(/content\/targets\/gia-vien-2026\.yaml[\s\S]*"note" có thẻ HTML <img src="x" onerror=/);
    expect(r.output).toMatch(/content\/ward-tasks\/hai-duong-2026-2030\.yaml[\s\S]*"title" có đoạn mã \{process\.env\.HOME\}/);
  });
});

describe('text as it really arrives', () => {
  it('#29 an .mdx with a UTF-8 BOM passes', slow, () => {
    const { r } = run((root) => writeFileSync(join(root, DOCS.ketLuan), `\uFEFF${readFileSync(join(root, DOCS.ketLuan), 'utf8')}`));
    expectEditorOutput(r, 0);
    expect(r.output).toContain('Nội dung hợp lệ');
  });

  it('#33 an .mdx saved on a Mac (NFD) passes', slow, () => {
    const { r } = run((root) => writeFileSync(join(root, DOCS.ketLuan), readFileSync(join(root, DOCS.ketLuan), 'utf8').normalize('NFD')));
    expectEditorOutput(r, 0);
  });

  it('#32 a source .txt saved as Windows-1258 is converted and passes', slow, () => {
    const { r } = run((root) => {
      const source = /^source: (.+)$/m.exec(readFileSync(join(root, DOCS.ketLuan), 'utf8'))![1]!.trim();
      const path = join(root, 'content/sources', source);
      writeFileSync(path, windows1258(readFileSync(path, 'utf8')));
    });
    expectEditorOutput(r, 0);
    expect(r.output).not.toMatch(/Đoạn đầu của trang không có/);
  });

  it('an .mdx or a .yaml that is not UTF-8, and a binary file named .mdx: refused with the cause named', slow, () => {
    const { r } = run((root) => {
      writeFileSync(join(root, DOCS.nghiQuyet), windows1258(readFileSync(join(root, DOCS.nghiQuyet), 'utf8')));
      writeFileSync(join(root, 'content/documents/anh-chup.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      const yaml = join(root, 'content/task-groups.yaml');
      writeFileSync(yaml, windows1258(readFileSync(yaml, 'utf8')));
    });
    expectEditorOutput(r, 1);
    expect(r.output).toContain(`${DOCS.nghiQuyet}: tệp không phải UTF-8 (tệp được lưu bằng bảng mã Windows-1258)`);
    expect(r.output).toContain('content/task-groups.yaml: tệp không phải UTF-8');
    expect(r.output).toContain('content/documents/anh-chup.mdx: tệp không phải văn bản (có byte 0');
    expect(r.output).not.toMatch(/thiếu phần đầu/);
  });
});
