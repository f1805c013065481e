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
  it('has the 23 numbered targets of Gia Viên, (1)–(23), all targets for năm 2026', () => {
    const gv = data.targetSets.find((s) => s.id === 'gia-vien-2026')!;
    expect(gv.figures).toHaveLength(23);
    expect(gv.figures.map((t) => t.number)).toEqual(Array.from({ length: 23 }, (_, i) => `(${i + 1})`));
    expect(gv.figures.every((f) => f.kind === 'chi-tieu' && f.when === 'năm 2026')).toBe(true);
    expect(gv.figures.find((t) => t.id === 'bao-hiem-y-te')!.passage.anchor).toBe('muc-ii-2-2-14');
  });
  it('has the sets of each ward, each tied to its document, each figure of the kind its document gives it', () => {
    expect(data.targetSets.map((s) => [s.id, s.document])).toEqual([
      ['gia-vien-2026', 'nghi-quyet-muc-tieu-chi-tieu-nam-2026'],
      ['hai-duong-2026-2030', 'chuong-trinh-hanh-dong-tang-truong-hai-con-so'],
      ['thuy-nguyen-quy-i-2026', 'ket-luan-hoi-nghi-dang-uy-quy-i-2026'],
    ]);
    const tn = data.targetSets[2]!.figures;
    const kind = Object.fromEntries(tn.map((f) => [f.id, f.kind]));
    expect(kind).toMatchObject({ 'chi-tieu-hoan-thanh': 'ket-qua', 'thu-ngan-sach': 'ket-qua', 'giao-quan': 'ket-qua', 'doanh-nghiep': 'han-che', 'ngan-sach-dia-phuong': 'han-che', 'ket-nap-dang-vien-quy-ii': 'chi-tieu', 'phan-loai-rac': 'nhiem-vu', 'van-ban-ky-so': 'nhiem-vu' });
    const value = (id: string) => tn.find((t) => t.id === id)!.values.map((v) => v.value);
    expect(value('chi-tieu-hoan-thanh')[0]).toBe(11);
    expect(value('thu-ngan-sach')).toEqual([149.432, 29.04]);
    expect(value('doanh-nghiep')).toEqual([64, 43]);
    expect(value('giao-quan')).toContain(105.2);
  });
  it('a horizon the document does not print is left out (Hải Dương: not every target has one)', () => {
    const hd = data.targetSets.find((s) => s.id === 'hai-duong-2026-2030')!.figures;
    expect(hd.find((f) => f.id === 'truong-chuan-quoc-gia')!.when).toBeUndefined();
    expect(hd.find((f) => f.id === 'bao-hiem-y-te')!.when).toBe('đến năm 2030');
  });
  it('has the ward tasks: 6 of Gia Viên, 9 of Hải Dương, 7 of Thủy Nguyên', () => {
    expect(data.wardTaskSets.map((s) => s.tasks.length)).toEqual([6, 9, 7]);
  });
  it('every task group has related figures or tasks', () => {
    const all = [...data.targetSets.flatMap((s) => s.figures), ...data.wardTaskSets.flatMap((s) => s.tasks)];
    for (const g of data.taskGroups) expect(all.some((x) => x.taskGroups.includes(g.number)), `group ${g.number}`).toBe(true);
  });
});

describe('provenance and frame are enforced, naming file, entry and field', () => {
  const gv = 'content/targets/gia-vien-2026.yaml';
  const tn = 'content/targets/thuy-nguyen-quy-i-2026.yaml';
  const hd = 'content/targets/hai-duong-2026-2030.yaml';
  const edit = (file: string, from: string, to: string) => {
    expect(files[file], file).toContain(from);
    return load({ [file]: files[file]!.replace(from, to) }).problems.join('\n');
  };
  it('a quote that is not in the document fails', () => {
    const out = edit(gv, 'quote: "(14)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%."', 'quote: "(14)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97,5%."');
    expect(out).toContain(`${gv}: con số "bao-hiem-y-te", trường "quote": đoạn trích không có nguyên văn trong văn bản content/documents/nghi-quyet-muc-tieu-chi-tieu-nam-2026.mdx`);
    expect(out).toContain('khớp đến: "14 Tỷ lệ dân số tham gia bảo hiểm y tế đạt"');
  });
  it('a value that its words do not print fails', () => {
    expect(edit(gv, 'value: 2525, unit: tỷ đồng', 'value: 2526, unit: tỷ đồng')).toContain(`${gv}: con số "thu-ngan-sach", trường "values[1].text": số 2526 không có trong "text"`);
  });
  it('an item marker does not vouch for a value: "(1)- … đạt 3%" with value 1 fails', () => {
    expect(edit(gv, '{ text: "đạt 3% tổng số đảng viên", value: 3,', '{ text: "(1)- Phần đầu tỷ lệ kết nạp đảng viên mới đạt 3%", value: 1,')).toMatch(/con số "ket-nap-dang-vien", trường "values\[1\]\.text": số 1 không có/);
  });
  it('words that are not the quote\'s own fail: separators count ("13.5%" is not "13,5%")', () => {
    expect(edit(hd, 'text: "đạt 13,5% trở lên"', 'text: "đạt 13.5% trở lên"')).toMatch(/con số "tang-truong-gia-tri-san-pham", trường "values\[1\]\.text": "text" phải chép nguyên văn/);
  });
  it('a percentage must print its "%" after the number', () => {
    expect(edit(gv, '{ text: "đạt 96,5%", value: 96.5, unit: "%" }', '{ text: "đạt 96,5%", value: 96.5, unit: "%" }')).toBe('');
    expect(edit(hd, '{ text: "đạt và vượt kế hoạch thành phố giao (10% trở lên)", value: 10, unit: "%" }', '{ text: "đạt và vượt kế hoạch thành phố giao (10% trở lên)", value: 10, unit: "%" }')).toBe('');
  });
  it('a shortfall stamped as a result fails (under "tồn tại, hạn chế" only a shortfall)', () => {
    const out = edit(tn, '  - id: doanh-nghiep\n    kind: han-che', '  - id: doanh-nghiep\n    kind: ket-qua');
    expect(out).toMatch(/con số "doanh-nghiep", trường "kind": "kind: ket-qua" \(Kết quả\) không hợp với đề mục "2\. Những tồn tại, hạn chế"/);
  });
  it('under "kết quả" a target fails; under "chỉ tiêu" a result fails', () => {
    expect(edit(tn, '  - id: xu-phat-vi-pham\n    kind: ket-qua', '  - id: xu-phat-vi-pham\n    kind: chi-tieu')).toMatch(/"kind: chi-tieu" \(Chỉ tiêu\) không hợp với đề mục "1\. Kết quả đạt được"/);
    expect(edit(gv, '  - id: tram-y-te\n    number: "(16)"\n    kind: chi-tieu', '  - id: tram-y-te\n    number: "(16)"\n    kind: ket-qua')).toMatch(/"kind: ket-qua" \(Kết quả\) không hợp với đề mục "2\.2\. Chỉ tiêu phát triển kinh tế/);
  });
  it('a result or shortfall needs its period', () => {
    expect(edit(tn, '  - id: xu-phat-vi-pham\n    kind: ket-qua\n    when: quý I/2026', '  - id: xu-phat-vi-pham\n    kind: ket-qua')).toMatch(/con số "xu-phat-vi-pham", trường "when": "Kết quả" cần "when"/);
  });
  it('a horizon the document does not print fails', () => {
    expect(edit(hd, '    label: Trường học đạt chuẩn Quốc gia\n', '    label: Trường học đạt chuẩn Quốc gia\n    when: giai đoạn 2026 - 2030\n')).toMatch(/con số "truong-chuan-quoc-gia", trường "when": thời hạn "giai đoạn 2026 - 2030" không có trong đoạn trích/);
  });
  it('a count loses its whole nowhere: a summary with "11/19" but not the 08 fails', () => {
    expect(edit(tn, '(trong đó có 08 chỉ tiêu chưa đến\n  kỳ đánh giá)', '')).toMatch(/trường "summary": "11\/19" phải đi kèm "8 chưa đến kỳ đánh giá"/);
  });
  it('a figure compared across wards must measure the same thing of the same whole, and be of one kind', () => {
    expect(edit(hd, '    label: Tỷ lệ người tham gia bảo hiểm xã hội\n    when: đến năm 2030\n', '    label: Tỷ lệ người tham gia bảo hiểm xã hội\n    indicator: bao-hiem-xa-hoi\n    when: đến năm 2030\n'))
      .toMatch(/con số "bao-hiem-xa-hoi": đoạn trích không nói "lực lượng lao động trong độ tuổi"/);
    expect(edit(tn, '    label: Chỉ tiêu giao quân năm 2026 (nghĩa vụ quân sự và nghĩa vụ Công an nhân dân)\n', '    label: Chỉ tiêu giao quân năm 2026 (nghĩa vụ quân sự và nghĩa vụ Công an nhân dân)\n    indicator: tuyen-quan\n'))
      .toMatch(/so sánh "Chỉ tiêu tuyển chọn và gọi công dân nhập ngũ" gộp nhiều loại con số/);
  });
  it('an editor\'s comparison note lets a different definition stand, shown on the page', () => {
    expect(edit(hd, '    label: Tỷ lệ người tham gia bảo hiểm xã hội\n    when: đến năm 2030\n', '    label: Tỷ lệ người tham gia bảo hiểm xã hội\n    indicator: bao-hiem-xa-hoi\n    comparisonNote: Hải Dương tính trên lực lượng lao động, Gia Viên trên lực lượng lao động trong độ tuổi.\n    when: đến năm 2030\n')).toBe('');
  });
  it('a chart of equal bars is refused; at most three featured figures a set', () => {
    expect(edit(gv, '  - id: nuoc-sach\n    number: "(17)"\n', '  - id: nuoc-sach\n    chart: true\n    number: "(17)"\n')).toMatch(/"chart: true" cần ít nhất hai số/);
    const more = files[gv]!.replace(/  - id: (ho-ngheo|tram-y-te)\n/g, '  - id: $1\n    featured: true\n');
    expect(load({ [gv]: more }).problems.join('\n')).toMatch(/4 con số có "featured: true"; mỗi bộ tối đa 3/);
  });
  it('a task group\'s short name uses only the title\'s words', () => {
    const g = 'content/task-groups.yaml';
    expect(edit(g, 'shortTitle: "Thông tin, tuyên truyền; thi đua yêu nước; dân vận, đồng thuận xã hội"', 'shortTitle: "Tuyên truyền, dân vận khéo"')).toMatch(/nhóm "thong-tin-tuyen-truyen-dan-van", trường "shortTitle": .*các chữ không có: khéo/);
  });
  it('unknown task groups, documents and indicators fail', () => {
    expect(edit(gv, 'taskGroups: [3, 4]', 'taskGroups: [3, 11]')).toMatch(/taskGroups|từ 1 đến 10/);
    expect(edit(gv, 'document: nghi-quyet-muc-tieu-chi-tieu-nam-2026', 'document: nghi-quyet-khac')).toMatch(/văn bản "nghi-quyet-khac" không có trong content\/documents/);
    expect(edit(gv, 'indicator: bao-hiem-y-te', 'indicator: bhyt')).toMatch(/"indicator": "bhyt" chưa có trong content\/indicators\.yaml/);
  });
  it('a YAML slip gets a plain message', () => {
    expect(load({ [gv]: 'title: [' }).problems[0]).toMatch(/không đọc được YAML/);
  });
});
