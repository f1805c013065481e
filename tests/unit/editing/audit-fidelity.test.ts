// Audit rows (reviews/2026-11-22-reliability.md, table 1a) on the word-for-word check and on message quality:
// each applies the audit's mutation to a copy of content/, runs `npm run check` (scripts/check-content.ts) there,
// and expects a refusal in Vietnamese naming the file and field, with nothing changed under content/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../../support/content-fixture.ts';

const CHECK = 'scripts/check-content.ts';
const CONG_VAN = 'content/documents/cong-van-thuc-hien-chuong-trinh-14-ctr-tu.mdx';
const HAI_DUONG = 'content/documents/chuong-trinh-hanh-dong-tang-truong-hai-con-so.mdx';
const GIA_VIEN_TARGETS = 'content/targets/gia-vien-2026.yaml';

const edit = (root: string, file: string, change: (text: string) => string) => {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`mutation changed nothing in ${file}`);
  writeFileSync(path, after);
};
/** Replaces the first `from` after the front matter only. */
const inBody = (from: string, to: string) => (text: string) => {
  const cut = text.indexOf('\n---\n', 4) + 5;
  return text.slice(0, cut) + text.slice(cut).replace(from, to);
};
const once = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);

const fixtures: ContentFixture[] = [];
afterAll(() => fixtures.forEach((f) => f.remove()));

/** Runs the check on content/ with the mutation applied; the editor sees `output`. */
function check(mutate: (root: string) => void) {
  const fixture = contentFixture(mutate);
  fixtures.push(fixture);
  const result = fixture.run(CHECK);
  return { ...result, changed: fixture.changedSinceMutation() };
}

/** Exit 1, every key phrase present, nothing English from Zod, no stack trace, content/ untouched. */
function expectRefused(r: ReturnType<typeof check>, ...phrases: Array<string | RegExp>) {
  expect(r.status, r.output).toBe(1);
  for (const p of phrases) expect(r.output).toMatch(p);
  expect(r.output).not.toMatch(/Invalid input|Required|Unrecognized key|Too small|Too big|expected \w+, received/);
  expect(r.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.output).toContain('lỗi');
  expect(r.changed).toEqual([]);
}

describe('audit rows: the word-for-word check means word for word', { timeout: 60_000 }, () => {
  it('baseline: the committed content passes, exit 0', () => {
    const r = check(() => {});
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('Nội dung hợp lệ');
  });

  it('#11 a figure changed in the body (02 cấp → 03 cấp): the number named, both passages shown', () => {
    const r = check((root) => edit(root, CONG_VAN, inBody('02 cấp', '03 cấp')));
    expectRefused(r, CONG_VAN, 'số 02 trong văn bản gốc thành 03 trên trang', /gốc: .*địa phương 02 cấp/, /trang: .*địa phương 03 cấp/);
  });

  it('#12 decimal comma to point in the body (13,5% → 13.5%)', () => {
    const r = check((root) => edit(root, HAI_DUONG, inBody('13,5%', '13.5%')));
    expectRefused(r, HAI_DUONG, 'số 13,5% trong văn bản gốc thành 13.5% trên trang', 'dấu phẩy ngăn phần thập phân', /gốc: .*đạt 13,5% trở lên/, /trang: .*đạt 13\.5% trở lên/);
  });

  it('#12 thousands point to comma in the body (1.120 → 1,120)', () => {
    const r = check((root) => edit(root, HAI_DUONG, inBody('1.120', '1,120')));
    expectRefused(r, HAI_DUONG, 'số 1.120 trong văn bản gốc thành 1,120 trên trang');
  });

  it('#13 "%" dropped in the body (13,5% → 13,5)', () => {
    const r = check((root) => edit(root, HAI_DUONG, inBody('13,5%', '13,5')));
    expectRefused(r, HAI_DUONG, 'số 13,5% trong văn bản gốc thành 13,5 trên trang', 'văn bản gốc có dấu "%" sau số');
  });

  it('#13 ">" added in the body (13,5% → >13,5%)', () => {
    const r = check((root) => edit(root, HAI_DUONG, inBody('13,5%', '>13,5%')));
    expectRefused(r, HAI_DUONG, 'số 13,5% trong văn bản gốc thành >13,5% trên trang', 'văn bản gốc không có dấu ">" trước số');
  });

  it('#14 an invented number (Số 15-CV/ĐU) and month 2 → 3: both refused, naming the fields', () => {
    const r = check((root) => edit(root, CONG_VAN, (t) => t.replace('number: Số -CV/ĐU', 'number: Số 15-CV/ĐU').replace(/^ {2}month: 2$/m, '  month: 3')));
    expectRefused(
      r,
      /trường "number" \("Số 15-CV\/ĐU"\) có số "15" mà phần đầu văn bản gốc không có/,
      /trường "date\.month" là 3 nhưng dòng nơi, ngày ban hành \("header\.placeDate": "Thủy Nguyên, ngày tháng 02 năm 2026"\) in tháng 02\. Sửa thành month: 2\./,
    );
  });

  it('#17 a target value that only an item marker "(1)" vouches for (3 → 1)', () => {
    const r = check((root) => edit(root, GIA_VIEN_TARGETS, once('{ text: "đạt 3% tổng số đảng viên", value: 3,', '{ text: "đạt 3% tổng số đảng viên", value: 1,')));
    expectRefused(r, GIA_VIEN_TARGETS, 'con số "ket-nap-dang-vien"', 'trường "values[1].text": số 1 không có trong "text"', 'Số thứ tự của mục như "(1)", năm, ngày tháng không tính');
  });

  it('#17 the same with the quote\'s own words, item marker included ("(1)- … đạt 3%")', () => {
    const r = check((root) => edit(root, GIA_VIEN_TARGETS, once(
      '{ text: "đạt 3% tổng số đảng viên", value: 3,',
      '{ text: "(1)- Phần đầu tỷ lệ kết nạp đảng viên mới đạt 3% tổng số đảng viên", value: 1,',
    )));
    expectRefused(r, GIA_VIEN_TARGETS, 'số 1 không có trong "text"');
  });

  it('#37 a summary figure the document does not write (13,5% → 15,5%)', () => {
    const r = check((root) => edit(root, HAI_DUONG, once('bình quân 13,5% trở lên', 'bình quân 15,5% trở lên')));
    expectRefused(r, HAI_DUONG, 'trường "summary": số "15,5%" không có trong văn bản');
  });
});

describe('audit rows: messages an editor can act on', { timeout: 60_000 }, () => {
  it('#9 the whole issuer object missing: "Thiếu trường issuer", in Vietnamese', () => {
    const r = check((root) => edit(root, CONG_VAN, once(/^issuer:\n(?: {2}.*\n)+/m, '')));
    expectRefused(r, CONG_VAN, 'trường "issuer": Thiếu trường "issuer": hãy thêm dòng issuer:');
  });

  it('#10 a colon in a front-matter value: the file\'s line, and the quoted fix', () => {
    const r = check((root) => edit(root, CONG_VAN, once(/^title: .*$/m, 'title: Công văn: về việc thực hiện Chương trình hành động số 14-CTr/TU')));
    expectRefused(
      r,
      `${CONG_VAN}, dòng 2: phần đầu không đọc được`,
      'Giá trị có dấu hai chấm và dấu cách (": ") phải đặt trong ngoặc kép',
      'title: "Công văn: về việc thực hiện Chương trình hành động số 14-CTr/TU"',
    );
    expect(r.output).not.toMatch(/Nested mappings|at line \d/);
  });

  it('#18 a decimal comma in YAML (value: 3,0): use 3.0, the printed form stays in text', () => {
    const r = check((root) => edit(root, GIA_VIEN_TARGETS, once('"đạt 3% tổng số đảng viên", value: 3,', '"đạt 3% tổng số đảng viên", value: 3,0,')));
    expectRefused(r, GIA_VIEN_TARGETS, 'trường "figures[1].values[1]"', 'viết số thập phân bằng dấu chấm trong YAML: 3.0, còn cách viết như văn bản (3,0) để ở trường text');
  });

  it('#20 a task group given by its slug: use its number, 1 to 10', () => {
    const r = check((root) => edit(root, GIA_VIEN_TARGETS, once('taskGroups: [3]', 'taskGroups: [xay-dung-dang]')));
    expectRefused(r, GIA_VIEN_TARGETS, 'trường "figures[1].taskGroups[1]"', '"taskGroups" ghi số của nhóm nhiệm vụ (từ 1 đến 10');
  });

  it('#28 an empty target-set file: "trống", in Vietnamese', () => {
    const r = check((root) => writeFileSync(join(root, 'content/targets/moi.yaml'), ''));
    expectRefused(r, 'content/targets/moi.yaml', 'trống');
  });

  it('#28 an empty site.yaml: "tệp trống", in Vietnamese', () => {
    const r = check((root) => writeFileSync(join(root, 'content/site.yaml'), ''));
    expectRefused(r, 'content/site.yaml', 'tệp trống');
  });

  it('#28 an empty task-groups.yaml: "tệp trống", in Vietnamese', () => {
    const r = check((root) => writeFileSync(join(root, 'content/task-groups.yaml'), '# chưa có nhóm\n'));
    expectRefused(r, 'content/task-groups.yaml', 'tệp trống');
  });
});
