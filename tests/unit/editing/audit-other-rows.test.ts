// The audit rows (reviews/2026-11-22-reliability.md, table 1a) that already passed, kept passing: each applies the
// audit's mutation to a copy of content/, runs `npm run check` (scripts/check-content.ts) there and expects what the
// audit saw work: a refusal in Vietnamese naming the file and field (or, for #30 and #31, a pass), content/ untouched.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../../support/content-fixture.ts';

const CONG_VAN = 'content/documents/cong-van-thuc-hien-chuong-trinh-14-ctr-tu.mdx';
const GIA_VIEN_TARGETS = 'content/targets/gia-vien-2026.yaml';
const fixtures: ContentFixture[] = [];
afterAll(() => fixtures.forEach((f) => f.remove()));

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`mutation changed nothing in ${file}`);
  writeFileSync(path, after);
}

function check(mutate: (root: string) => void) {
  const fixture = contentFixture(mutate);
  fixtures.push(fixture);
  return { ...fixture.run('scripts/check-content.ts'), changed: fixture.changedSinceMutation() };
}

function expectRefused(r: ReturnType<typeof check>, ...phrases: RegExp[]) {
  expect(r.status, r.output).toBe(1);
  for (const p of phrases) expect(r.output).toMatch(p);
  expect(r.output).not.toMatch(/Invalid input|Required|expected \w+, received|\n\s+at .+:\d+:\d+/);
  expect(r.changed).toEqual([]);
}

describe('audit rows that passed, still passing', { timeout: 60_000 }, () => {
  it('#5 date: 31/02/2026 as text: the shape a date takes', () => {
    expectRefused(check((root) => edit(root, CONG_VAN, (t) => t.replace(/date:\n  year: 2026\n  month: 2\n/, 'date: 31/02/2026\n'))),
      /cong-van-thuc-hien-chuong-trinh-14-ctr-tu\.mdx/, /"date"/, /year, month, day/);
  });
  it('#6 date 31 February: a day the month does not have', () => {
    expectRefused(check((root) => edit(root, CONG_VAN, (t) => t.replace('  month: 2\n', '  month: 2\n  day: 31\n'))),
      /Ngày không hợp lệ/);
  });
  it('#7 an unknown type lists the allowed ones', () => {
    expectRefused(check((root) => edit(root, CONG_VAN, (t) => t.replace('type: cong-van', 'type: cong-văn'))),
      /trường "type"/, /nghi-quyet/, /ke-hoach/);
  });
  it('#8 a missing title or signer name: the field to add', () => {
    expectRefused(check((root) => edit(root, CONG_VAN, (t) => t.replace(/^title: .*\n/m, ''))), /Thiếu trường "title"/);
    expectRefused(check((root) => edit(root, CONG_VAN, (t) => t.replace(/^  name: .*\n/m, ''))), /signer\.name/);
  });
  it('#15 a target quote that is not in its document: file, target, field, and how far it matched', () => {
    expectRefused(check((root) => edit(root, GIA_VIEN_TARGETS, (t) => t.replace('đạt 3% tổng số đảng viên, đảm bảo', 'đạt 3% tổng số đảng viên, bảo đảm'))),
      /gia-vien-2026\.yaml/, /con số "ket-nap-dang-vien"/, /"quote"/, /khớp đến/);
  });
  it('#16 a target value that is not in its quote (3 → 4)', () => {
    expectRefused(check((root) => edit(root, GIA_VIEN_TARGETS, (t) => t.replace('{ text: "đạt 3% tổng số đảng viên", value: 3,', '{ text: "đạt 3% tổng số đảng viên", value: 4,'))),
      /gia-vien-2026\.yaml/, /ket-nap-dang-vien/, /values\[1\]/);
  });
  it('#19 an unknown task group [11]', () => {
    expectRefused(check((root) => edit(root, GIA_VIEN_TARGETS, (t) => t.replace('taskGroups: [3]', 'taskGroups: [11]'))), /1 đến 10|số 11/);
  });
  it('#21 task group 10 deleted: every reference to it is listed', () => {
    const r = check((root) => edit(root, 'content/task-groups.yaml', (t) => {
      const lines = t.split('\n');
      const start = lines.findIndex((l) => /^ {2}\S.*:$/.test(l) && lines[lines.indexOf(l) + 1]?.includes('number: 10'));
      if (start < 0) throw new Error('group 10 not found');
      let end = start + 1;
      while (end < lines.length && !/^ {2}\S/.test(lines[end]!) && !/^\S/.test(lines[end]!)) end++;
      return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
    }));
    expectRefused(r, /không có nhóm nhiệm vụ số 10/);
  });
  it('#26 an empty .mdx: the front matter it needs', () => {
    expectRefused(check((root) => writeFileSync(join(root, 'content/documents/moi.mdx'), '')), /moi\.mdx/, /phần đầu/);
  });
  it('#30 a BOM on the YAML files and the .txt sources: accepted', () => {
    const r = check((root) => {
      for (const dir of ['content/targets', 'content/sources']) {
        for (const f of readdirSync(join(root, dir))) edit(root, `${dir}/${f}`, (t) => `\uFEFF${t}`);
      }
      edit(root, 'content/task-groups.yaml', (t) => `\uFEFF${t}`);
    });
    expect(r.status, r.output).toBe(0);
  });
  it('#31 CRLF line endings in documents, YAML and sources: accepted', () => {
    const r = check((root) => {
      for (const dir of ['content/documents', 'content/targets', 'content/sources']) {
        for (const f of readdirSync(join(root, dir))) edit(root, `${dir}/${f}`, (t) => t.replace(/\r?\n/g, '\r\n'));
      }
    });
    expect(r.status, r.output).toBe(0);
  });
  it('#35 siteUrl without a scheme: a full address is asked for', () => {
    expectRefused(check((root) => edit(root, 'content/site.yaml', (t) => t.replace('siteUrl: https://haiduong.haiphong.gov.vn', 'siteUrl: haiduong.haiphong.gov.vn'))),
      /site\.yaml/, /siteUrl/);
  });
});
