// `npm run new:document` and `npm run new:target`, run as an editor would, in a copy of content/: a file with every
// field explained, never an overwrite, a bad name refused, and `npm run check` naming what is left to fill.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/lib/documents/schema.ts';
import { figureSchema, resultSchema, targetSetSchema, valueSchema } from '../../../src/lib/infographics/schema.ts';
import { checkSlug, nextTargetOrder } from '../../../src/lib/editing/scaffold.ts';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { contentFixture, type ContentFixture } from '../../support/content-fixture.ts';
import { REPORT_BODY, REPORT_MDX, writeReportSource } from '../infographics/result-fixture.ts';

const NEW_DOCUMENT = 'scripts/new-document.ts';
const NEW_TARGET = 'scripts/new-target.ts';
const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);
/** Fields of an object schema's nested objects ("issuer" → ward, body, note). */
const nested = (schema: unknown): string[] => {
  let s = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown; schema?: unknown; in?: unknown } };
  for (let i = 0; i < 5 && !s.shape && s.def; i++) s = (s.def.innerType ?? s.def.schema ?? s.def.in) as typeof s;
  return s.shape ? Object.keys(s.shape) : [];
};
/** A field line, written or commented out ("  # note: …"), and the comment just above it. */
const fieldLine = (text: string, key: string) => new RegExp(`^\\s*(#\\s*)?(- )?${key}:`, 'm').test(text);
const commentAbove = (text: string, key: string) => {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => new RegExp(`^\\s*(#\\s*)?(- )?${key}:`).test(l));
  return i > 0 && /^\s*#/.test(lines[i - 1]!);
};

const fixtures: ContentFixture[] = [];
const fixture = (mutate?: (root: string) => void) => {
  const fx = contentFixture(mutate);
  fixtures.push(fx);
  return fx;
};
afterAll(() => fixtures.forEach((f) => f.remove()));

describe('npm run new:document', { timeout: 60_000 }, () => {
  const fx = fixture();
  const slug = 'bao-cao-ket-qua-quy-i-2026';
  const path = join(fx.root, `content/documents/${slug}.mdx`);
  const first = fx.run(NEW_DOCUMENT, [slug]);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';

  it('writes content/documents/<slug>.mdx and prints the next steps', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Đã tạo content/documents/${slug}.mdx`);
    expect(first.stdout).toMatch(/content\/sources\//);
    expect(first.stdout).toContain('npm run check');
    expect(first.stdout).toContain('npm start');
    expect(first.stderr).toBe('');
  });
  it('has every front-matter field of the schema, each explained in a Vietnamese comment above it', () => {
    expect(text.startsWith('---\n')).toBe(true);
    for (const key of keys(documentSchema)) {
      expect(fieldLine(text, key), key).toBe(true);
      expect(commentAbove(text, key), key).toBe(true);
    }
    for (const [parent, schema] of [['issuer', documentSchema.shape.issuer], ['header', documentSchema.shape.header], ['signer', documentSchema.shape.signer], ['date', documentSchema.shape.date]] as const) {
      expect(nested(schema).length, parent).toBeGreaterThan(1);
      for (const key of nested(schema)) expect(fieldLine(text, key), `${parent}.${key}`).toBe(true);
    }
    for (const key of ['title', 'type', 'subject', 'summary', 'source', 'recipients']) expect(commentAbove(text, key), key).toBe(true);
    expect(text).toContain('bao-cao (Báo cáo)');
    expect(text).toMatch(/# Bắt buộc\. Tên tệp văn bản gốc trong content\/sources\//);
  });
  it('never overwrites: a second run is refused with a Vietnamese message, the file unchanged', () => {
    writeFileSync(path, `${text}Đoạn đã sửa.\n`);
    const again = fx.run(NEW_DOCUMENT, [slug]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`content/documents/${slug}.mdx đã có: không ghi đè`);
    expect(readFileSync(path, 'utf8')).toBe(`${text}Đoạn đã sửa.\n`);
    writeFileSync(path, text);
  });
});

describe('npm run new:target', { timeout: 60_000 }, () => {
  const fx = fixture();
  const path = join(fx.root, 'content/targets/gia-vien-quy-ii-2026.yaml');
  const first = fx.run(NEW_TARGET, ['gia-vien-quy-ii-2026']);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';

  it('writes content/targets/<slug>.yaml with one figure and prints the next steps', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Đã tạo content/targets/gia-vien-quy-ii-2026.yaml');
    expect(first.stdout).toContain('npm run check');
    expect(first.stdout).toContain('/chi-tieu/gia-vien-quy-ii-2026/');
    expect((parseYaml(text) as { figures: unknown[] }).figures).toHaveLength(1);
  });
  it('has every field of a set, a figure, a value and a result, explained in Vietnamese comments', () => {
    for (const key of [...keys(targetSetSchema), ...keys(figureSchema), ...keys(valueSchema), ...keys(resultSchema)]) expect(fieldLine(text, key), key).toBe(true);
    for (const key of ['title', 'document', 'section', 'summary', 'id', 'label', 'kind', 'category', 'taskGroups', 'values', 'quote']) expect(commentAbove(text, key), key).toBe(true);
    expect(text).toContain('ket-qua (Kết quả)');
    expect(text).toContain('quoc-phong-an-ninh (Quốc phòng – an ninh)');
  });
  it('fills in the next free order: the new set comes after the three of today', () => {
    expect((parseYaml(text) as { order: number }).order).toBe(4);
    expect(nextTargetOrder(join(fx.root, 'content/targets'))).toBe(5);
  });
  it('never overwrites, whatever the extension or case of the file there', () => {
    const other = fixture((root) => writeFileSync(join(root, 'content/targets/thu-nghiem.yml'), 'title: cũ\n'));
    const r = other.run(NEW_TARGET, ['thu-nghiem']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('content/targets/thu-nghiem.yml đã có: không ghi đè');
    expect(other.changedSinceMutation()).toEqual([]);
    const again = fx.run(NEW_TARGET, ['gia-vien-quy-ii-2026']);
    expect(again.status).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

describe('a bad name is refused, nothing written', { timeout: 60_000 }, () => {
  const fx = fixture();
  it.each([
    [NEW_DOCUMENT, 'Báo cáo quý I', 'Có thể dùng: npm run new:document -- bao-cao-quy-i'],
    [NEW_DOCUMENT, '-bao-cao', 'không bắt đầu hay kết thúc bằng gạch ngang'],
    [NEW_TARGET, 'chi_tieu', 'Có thể dùng: npm run new:target -- chi-tieu'],
    [NEW_TARGET, '../site', 'Có thể dùng: npm run new:target -- site'],
    [NEW_DOCUMENT, '', 'Thiếu tên tệp.'],
    [NEW_TARGET, 'a'.repeat(81), 'dài quá 80 ký tự'],
  ])('%s "%s"', (script, arg, message) => {
    const r = fx.run(script, arg ? [arg] : []);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.output).not.toMatch(/at .*\.ts:\d+|Error:/);
    expect(fx.changedSinceMutation()).toEqual([]);
  });
  it('a new target file left empty gets a Vietnamese message naming the fields a set needs (audit #28)', () => {
    const { problems } = loadInfographicData({ ...readDataFiles(), 'content/targets/moi.yaml': '' }, fileDocuments());
    expect(problems.join('\n')).toContain('Lỗi nội dung trong content/targets/moi.yaml:\n  - Tệp bộ chỉ tiêu trống hoặc không đúng dạng: cần các trường title, document, section, order, summary, figures.');
    expect(problems.join('\n')).not.toMatch(/Invalid input|expected object/);
  });
  it('the slug rule is the site\'s: lower-case letters without diacritics, digits, single hyphens', () => {
    expect(checkSlug('bao-cao-2026', 'x', 'y')).toBe('bao-cao-2026');
    expect(() => checkSlug('bao--cao', 'x', 'y')).toThrow(/không dùng được/);
    expect(() => checkSlug('Đảng-ủy', 'x', 'y')).toThrow(/dang-uy/);
  });
});

describe('npm run check names exactly what is left to fill, in Vietnamese; filled in, the entries pass', { timeout: 120_000 }, () => {
  const fx = fixture();
  const doc = 'content/documents/bao-cao-moi.mdx';
  const set = 'content/targets/bo-moi.yaml';
  fx.run(NEW_DOCUMENT, ['bao-cao-moi']);
  fx.run(NEW_TARGET, ['bo-moi']);
  const check = fx.run('scripts/check-content.ts');
  /** The lines of the check's output under one file's heading. */
  const section = (file: string) => check.output.split(/\n\s*\n/).filter((b) => b.includes(file)).join('\n');

  it('the new document: each blank field it must fill, by name', () => {
    expect(check.status).toBe(1);
    const out = section(doc);
    for (const field of ['title', 'type', 'issuer.ward', 'issuer.body', 'date.year', 'signer.title', 'signer.name', 'subject', 'recipients', 'summary', 'source']) {
      expect(out, field).toContain(`trường "${field}"`);
    }
    expect(out).toContain('"type" phải là một trong: cong-van');
    expect(out).not.toMatch(/Invalid input|Required|expected/);
  });
  it('the new target set: each blank field of the set and its figure, by name', () => {
    const out = section(set);
    for (const field of ['title', 'document', 'section', 'summary', 'figures[1].id', 'figures[1].label', 'figures[1].category', 'figures[1].taskGroups', 'figures[1].values[1].text', 'figures[1].quote']) {
      expect(out, field).toContain(`trường "${field}"`);
    }
    for (const valid of ['order', 'figures[1].kind']) expect(out, valid).not.toContain(`trường "${valid}"`);
    expect(out).not.toMatch(/Invalid input|Required|expected/);
  });
  it('nothing else is reported: the rest of content/ is untouched and valid', () => {
    const files = [...check.output.matchAll(/content\/[\w./-]+\.(?:mdx|yaml|yml|txt)/g)].map((m) => m[0]);
    expect(new Set(files.filter((f) => f !== doc && f !== set && !f.startsWith('content/sources/')))).toEqual(new Set());
  });
  it('filled in with a document\'s own words, both pass the check', () => {
    // The document: the scaffold's fields set to a report's front matter, comments kept, its body pasted below.
    const [, front] = /^---\n([\s\S]*?)\n---\n/.exec(REPORT_MDX)!;
    const report = parseYaml(front!) as Record<string, unknown>;
    const docPath = join(fx.root, doc);
    const [, scaffold] = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(docPath, 'utf8'))!;
    const yaml = parseDocument(scaffold!);
    for (const [key, value] of Object.entries(report)) yaml.set(key, yaml.createNode(value));
    writeFileSync(docPath, `---\n${yaml.toString()}---\n\n${REPORT_BODY}`);
    writeReportSource(fx.root);
    // The target set: each blank of the scaffold replaced by Gia Viên's budget target, as the comments ask.
    const setPath = join(fx.root, set);
    let target = readFileSync(setPath, 'utf8');
    for (const [from, to] of [
      ['title: ""', 'title: Thử một bộ chỉ tiêu'],
      ['document: ""', 'document: nghi-quyet-muc-tieu-chi-tieu-nam-2026'],
      ['when: ""', 'when: năm 2026'],
      ['section: ""', 'section: mục II.2'],
      ['summary: ""', 'summary: Một chỉ tiêu thu ngân sách năm 2026.'],
      ['- id: ""', '- id: thu-ngan-sach'],
      ['label: ""', 'label: Tổng thu ngân sách nhà nước trên địa bàn'],
      ['category: ""', 'category: kinh-te'],
      ['taskGroups:\n', 'taskGroups: [1]\n'],
      ['- text: ""', '- text: "đạt trên 2.525 tỷ đồng"'],
      ['# value: 2525', 'value: 2525'],
      ['# unit: tỷ đồng', 'unit: tỷ đồng'],
      ['quote: ""', 'quote: "(6)- Tổng thu ngân sách nhà nước trên địa bàn đạt trên 2.525 tỷ đồng; Thu thuế ngoài quốc doanh đạt trên 736 tỷ đồng."'],
    ] as const) {
      expect(target, from).toContain(from);
      target = target.replace(from, to);
    }
    writeFileSync(setPath, target);
    const r = fx.run('scripts/check-content.ts');
    expect(r.output).not.toContain(doc);
    expect(r.output).not.toContain(set);
    expect(r.status).toBe(0);
  });
});
