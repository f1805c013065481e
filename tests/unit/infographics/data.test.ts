import { describe, expect, it } from 'vitest';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';

const files = readDataFiles();
const docs = fileDocuments();
const load = (changed: Record<string, string> = {}) => loadInfographicData({ ...files, ...changed }, docs);

describe('infographic data', () => {
  const { data, problems } = load();

  it('is valid and traced to its sources', () => {
    expect(problems).toEqual([]);
  });
  it('has the ten task groups of the plan, in order', () => {
    expect(data.taskGroups.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.taskGroups[0]!.title).toBe('Tiếp tục ưu tiên thúc đẩy tăng trưởng, duy trì 12 năm liên tiếp tăng trưởng 02 con số; tăng cường kỷ cương thu, chi ngân sách.');
    expect(data.taskGroups.every((g) => g.passage.anchor.startsWith('muc-ii-2-doan-'))).toBe(true);
  });
  it('has the 23 numbered targets of Gia Viên, (1)–(23)', () => {
    const gv = data.targetSets.find((s) => s.id === 'gia-vien-2026')!;
    expect(gv.targets).toHaveLength(23);
    expect(gv.targets.map((t) => t.number)).toEqual(Array.from({ length: 23 }, (_, i) => `(${i + 1})`));
    expect(gv.targets.find((t) => t.id === 'bao-hiem-y-te')!.passage.anchor).toBe('muc-ii-2-2-14');
  });
  it('has the target sets of each ward, each tied to its document', () => {
    expect(data.targetSets.map((s) => [s.id, s.document])).toEqual([
      ['gia-vien-2026', 'nghi-quyet-muc-tieu-chi-tieu-nam-2026'],
      ['hai-duong-2026-2030', 'chuong-trinh-hanh-dong-tang-truong-hai-con-so'],
      ['thuy-nguyen-quy-i-2026', 'ket-luan-hoi-nghi-dang-uy-quy-i-2026'],
    ]);
    const tn = data.targetSets[2]!.targets;
    const value = (id: string) => tn.find((t) => t.id === id)!.values.map((v) => v.value);
    expect(value('chi-tieu-hoan-thanh')[0]).toBe(11);
    expect(value('thu-ngan-sach')).toEqual([149.432, 29.04]);
    expect(value('doanh-nghiep')).toEqual([64, 43]);
    expect(value('giao-quan')).toContain(105.2);
  });
  it('has the ward tasks: 6 of Gia Viên, 9 of Hải Dương, 7 of Thủy Nguyên', () => {
    expect(data.wardTaskSets.map((s) => s.tasks.length)).toEqual([6, 9, 7]);
  });
  it('every task group has related targets or tasks', () => {
    const all = [...data.targetSets.flatMap((s) => s.targets), ...data.wardTaskSets.flatMap((s) => s.tasks)];
    for (const g of data.taskGroups) expect(all.some((x) => x.taskGroups.includes(g.number)), `group ${g.number}`).toBe(true);
  });
});

describe('provenance is enforced', () => {
  const gv = 'content/targets/gia-vien-2026.yaml';
  it('a quote that is not in the document fails, naming file, entry and field', () => {
    const { problems } = load({ [gv]: files[gv]!.replace('tham gia bảo hiểm y tế đạt 96,5%', 'tham gia bảo hiểm y tế đạt 97,5%') });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain(`${gv}: chỉ tiêu "bao-hiem-y-te", trường "values[1].value": số 96.5 không có trong đoạn trích`);
    expect(problems.join('\n')).toContain(`${gv}: chỉ tiêu "bao-hiem-y-te", trường "quote": đoạn trích không có nguyên văn trong văn bản content/documents/nghi-quyet-muc-tieu-chi-tieu-nam-2026.mdx`);
    expect(problems.join('\n')).toContain('khớp đến: "14 Tỷ lệ dân số tham gia bảo hiểm y tế đạt"');
  });
  it('a value that is not in its quote fails', () => {
    const { problems } = load({ [gv]: files[gv]!.replace('{ value: 2525, unit: tỷ đồng', '{ value: 2526, unit: tỷ đồng') });
    expect(problems).toEqual([expect.stringContaining('chỉ tiêu "thu-ngan-sach", trường "values[1].value": số 2526 không có trong đoạn trích')]);
  });
  it('a quote that spans two items fails', () => {
    const { problems } = load({ [gv]: files[gv]!.replace('quote: "(14)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%."', 'quote: "đạt 96,5%. (15)- Tỷ lệ người tham gia bảo hiểm xã hội"') });
    expect(problems.join('\n')).toMatch(/phải nằm trong một đoạn/);
  });
  it('unknown task groups, documents and indicators fail', () => {
    expect(load({ [gv]: files[gv]!.replace('taskGroups: [3, 4]', 'taskGroups: [3, 11]') }).problems.join('\n')).toMatch(/taskGroups|từ 1 đến 10/);
    expect(load({ [gv]: files[gv]!.replace('document: nghi-quyet-muc-tieu-chi-tieu-nam-2026', 'document: nghi-quyet-khac') }).problems[0]).toMatch(/văn bản "nghi-quyet-khac" không có trong content\/documents/);
    expect(load({ [gv]: files[gv]!.replace('indicator: bao-hiem-y-te', 'indicator: bhyt') }).problems[0]).toMatch(/"indicator": "bhyt" chưa có trong content\/indicators\.yaml/);
  });
  it('a YAML slip gets a plain message', () => {
    expect(load({ [gv]: 'title: [' }).problems[0]).toMatch(/không đọc được YAML/);
  });
});
