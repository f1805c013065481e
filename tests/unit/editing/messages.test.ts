// Schema and YAML errors reach the editor in Vietnamese: no Zod default ("Invalid input", "Too small"…), no
// js-yaml detail, the field named, the line of the file, and the fix.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/lib/documents/schema.ts';
import { splitMdx } from '../../../src/lib/documents/mdx-file.ts';
import { formatIssues, yamlErrorMessage } from '../../../src/lib/editing/errors.ts';
import { indicatorsFileSchema, targetSetSchema, taskGroupsFileSchema } from '../../../src/lib/infographics/schema.ts';
import { parseSiteConfig } from '../../../src/lib/site/config.ts';

const ENGLISH = /Invalid input|Invalid option|Invalid key|Required|Unrecognized key|Too small|Too big|expected \w+, received|must match/;

const docFile = 'content/documents/cong-van-thuc-hien-chuong-trinh-14-ctr-tu.mdx';
const doc = splitMdx(readFileSync(docFile, 'utf8'), docFile).frontMatter as Record<string, unknown>;
const targets = parse(readFileSync('content/targets/gia-vien-2026.yaml', 'utf8')) as { figures: Array<Record<string, unknown>> };
const groups = parse(readFileSync('content/task-groups.yaml', 'utf8')) as { groups: Record<string, Record<string, unknown>> };

function messages(schema: { safeParse(x: unknown): { success: boolean; error?: { issues: readonly unknown[] } } }, input: unknown, file = 'x.yaml'): string {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return formatIssues(file, r.error!.issues as Parameters<typeof formatIssues>[1], input);
}
const clone = <T>(x: T): T => structuredClone(x);

describe('Zod defaults said in Vietnamese', () => {
  it('#9 a whole missing object: "Thiếu trường issuer"', () => {
    const { issuer: _, ...rest } = doc;
    expect(messages(documentSchema, rest)).toMatch(/trường "issuer": Thiếu trường "issuer": hãy thêm dòng issuer: rồi các trường con/);
  });
  it('a missing list, a blank object, a wrong kind of value', () => {
    const { recipients: _, ...rest } = doc;
    expect(messages(documentSchema, rest)).toMatch(/Thiếu trường "recipients": .*mỗi mục một dòng bắt đầu bằng "  - "/);
    expect(messages(documentSchema, { ...doc, signer: null })).toMatch(/"signer" đang để trống/);
    expect(messages(documentSchema, { ...doc, addressees: 'Ủy ban nhân dân phường' })).toMatch(/"addressees" phải là một danh sách .*không phải một đoạn chữ/);
    expect(messages(documentSchema, { ...doc, title: null })).toMatch(/"title" đang để trống/);
  });
  it('an empty front matter, an empty data file', () => {
    expect(messages(documentSchema, null)).toMatch(/phần đầu \(front matter\) trống/);
    expect(messages(taskGroupsFileSchema, null)).toMatch(/^Lỗi nội dung trong x\.yaml:\n {2}- tệp trống: chưa có trường nào/);
    expect(messages(indicatorsFileSchema, null)).toMatch(/tệp trống/);
    expect(messages(targetSetSchema, null)).toMatch(/trống/);
  });
  it('#28 an empty site.yaml', () => {
    expect(() => parseSiteConfig('', {})).toThrow(/content\/site\.yaml:\n {2}- tệp trống/);
    expect(() => parseSiteConfig('# chỉ có chú thích\n', {})).toThrow(/tệp trống/);
  });
  it('#20 a task group by its slug, or a number out of range', () => {
    const t = clone(targets);
    t.figures[0]!.taskGroups = ['xay-dung-dang'];
    expect(messages(targetSetSchema, t)).toMatch(/trường "figures\[1\]\.taskGroups\[1\]": "taskGroups" ghi số của nhóm nhiệm vụ \(từ 1 đến 10.*không ghi tên nhóm/);
    t.figures[0]!.taskGroups = [0];
    expect(messages(targetSetSchema, t)).toMatch(/"taskGroups" ghi số của nhóm nhiệm vụ/);
    t.figures[0]!.taskGroups = [11];
    expect(messages(targetSetSchema, t)).toMatch(/Nhóm nhiệm vụ đánh số từ 1 đến 10/);
  });
  it('#18 a decimal comma in YAML, in { } and on its own line', () => {
    const flow = parse('{ text: "đạt 3% tổng số đảng viên", value: 3,0, unit: "%" }');
    const t = clone(targets);
    (t.figures[0]!.values as unknown[])[0] = flow;
    expect(messages(targetSetSchema, t)).toMatch(/có trường lạ "0": "value: 3,0" dùng dấu phẩy thập phân.*viết số thập phân bằng dấu chấm trong YAML: 3\.0, còn cách viết như văn bản \(3,0\) để ở trường text/);
    (t.figures[0]!.values as unknown[])[0] = { text: 'đạt 96,5%', value: '96,5', unit: '%' };
    expect(messages(targetSetSchema, t)).toMatch(/"figures\[1\]\.values\[1\]\.value": ghi "96,5": viết số thập phân bằng dấu chấm trong YAML: 96\.5/);
  });
  it('other defaults: whole numbers, empty lists, bad names of entries', () => {
    const g = clone(groups);
    const first = Object.keys(g.groups)[0]!;
    g.groups[first]!.number = 1.5;
    expect(messages(taskGroupsFileSchema, g)).toMatch(/"groups\.[a-z-]+\.number" phải là một số nguyên/);
    const e = clone(groups);
    e.groups[first]!.emphasis = [];
    expect(messages(taskGroupsFileSchema, e)).toMatch(/"groups\.[a-z-]+\.emphasis" cần ít nhất 1 mục/);
    const k = clone(groups);
    k.groups['Xây Dựng'] = k.groups[first]!;
    expect(messages(taskGroupsFileSchema, k)).toMatch(/tên "Xây Dựng" không dùng được: "id" chỉ gồm chữ thường không dấu/);
    const issue = { code: 'invalid_type', expected: 'number', path: ['order'], message: 'Invalid input: expected number, received string' };
    expect(formatIssues('x.yaml', [issue], { order: 'một' })).toMatch(/trường "order": "order" phải là một số \(dấu chấm thập phân, ví dụ 96\.5\), không phải một đoạn chữ\./);
    expect(formatIssues('x.yaml', [issue])).toMatch(/"order" phải là một số .*không phải một đoạn chữ/);
  });
  it('no English in any of these', () => {
    const cases: Array<[Parameters<typeof messages>[0], unknown]> = [
      [documentSchema, null], [documentSchema, 'x'], [documentSchema, {}], [documentSchema, { ...doc, issuer: 'x' }], [documentSchema, { ...doc, date: null }],
      [documentSchema, { ...doc, header: { placeDate: 5 } }], [documentSchema, { ...doc, cites: 'x' }], [targetSetSchema, {}], [targetSetSchema, { ...targets, figures: [] }],
      [targetSetSchema, { ...targets, figures: [{}] }], [taskGroupsFileSchema, { document: 'x', groups: [] }], [indicatorsFileSchema, { a: {} }],
    ];
    for (const [schema, input] of cases) expect(messages(schema, input)).not.toMatch(ENGLISH);
  });
});

describe('YAML errors: the file\'s line, in Vietnamese, with the fix', () => {
  it('#10 a colon in a front-matter value: line 2 of the file, shown quoted', () => {
    const text = readFileSync(docFile, 'utf8').replace(/^title: .*$/m, 'title: Công văn: về việc');
    let message = '';
    try {
      splitMdx(text, docFile);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(new RegExp(`^${docFile.replace(/[.]/g, '\\.')}, dòng 2: phần đầu không đọc được: `));
    expect(message).toContain('dòng 2: title: Công văn: về việc');
    expect(message).toContain('title: "Công văn: về việc"');
    expect(message).not.toMatch(/Nested|line 1|column/);
  });
  it('counts lines after a BOM and CRLF the same way', () => {
    expect(() => splitMdx('\uFEFF---\r\ntitle: a\r\ntype: b: c\r\n---\r\nThân', 'f.mdx')).toThrow(/^f\.mdx, dòng 3: phần đầu không đọc được/);
  });
  it('names a duplicated field, a tab, an unclosed bracket', () => {
    const error = (yaml: string) => {
      try {
        parse(yaml);
      } catch (err) {
        return yamlErrorMessage('x.yaml', err, yaml, 'không đọc được YAML');
      }
      return '';
    };
    expect(error('a: 1\na: 2')).toMatch(/^x\.yaml, dòng 2: không đọc được YAML: một trường được ghi hai lần\.[\s\S]*Giữ một dòng/);
    expect(error('a:\n\tb: 1')).toMatch(/dòng 2: .*phím Tab/);
    expect(error('a: [1, 2')).toMatch(/thiếu dấu đóng|thụt lề/);
    expect(error('a: [1, 2')).not.toMatch(ENGLISH);
  });
});
