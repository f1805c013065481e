import { describe, expect, it } from 'vitest';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import {
  byKind, byWard, documentLinks, featuredFigures, figureValueCaption, groupName, groupPageTitle, headingText, setSections, valueCaption,
} from '../../../src/lib/infographics/sections.ts';

const { data } = loadInfographicData(readDataFiles(), fileDocuments());
// The wards of the documents, as their front matter says.
const wards: Record<string, string> = {
  'nghi-quyet-muc-tieu-chi-tieu-nam-2026': 'Gia Viên',
  'chuong-trinh-hanh-dong-tang-truong-hai-con-so': 'Hải Dương',
  'ke-hoach-tuyen-truyen-ket-luan-199-kl-tw': 'Hải Dương',
  'ket-luan-hoi-nghi-dang-uy-quy-i-2026': 'Thủy Nguyên',
  'cong-van-thuc-hien-chuong-trinh-14-ctr-tu': 'Thủy Nguyên',
};
const wardOf = (id: string) => wards[id] ?? 'không rõ';

describe('the own ward first', () => {
  it('splits items into the own ward and the others, keeping their order', () => {
    const items = [{ w: 'A', n: 1 }, { w: 'B', n: 2 }, { w: 'A', n: 3 }];
    expect(byWard(items, (i) => i.w, 'A')).toEqual({ own: [items[0], items[2]], others: [items[1]] });
  });

  it('puts only the own ward\'s featured figures in the key-number strip; the others go apart', () => {
    const { own, others } = featuredFigures(data.targetSets, wardOf, 'Hải Dương');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.set === 'hai-duong-2026-2030')).toBe(true);
    expect(others.every((f) => f.set !== 'hai-duong-2026-2030')).toBe(true);
    expect(others.map((f) => f.id)).toContain('chi-tieu-hoan-thanh');
    // Another ward deploying the site sees its own figures first.
    expect(featuredFigures(data.targetSets, wardOf, 'Gia Viên').own.every((f) => f.set === 'gia-vien-2026')).toBe(true);
  });

  it('sections a task group\'s figures set by set, the own ward\'s set first, leaving out empty sets', () => {
    const figures = data.targetSets.flatMap((s) => s.figures).filter((f) => f.taskGroups.includes(1));
    const { own, others } = setSections(data.targetSets, figures, wardOf, 'Hải Dương');
    expect(own.map((s) => s.set.id)).toEqual(['hai-duong-2026-2030']);
    expect(others.map((s) => s.set.id)).toEqual(['gia-vien-2026', 'thuy-nguyen-quy-i-2026']);
    expect([...own, ...others].every((s) => s.items.length > 0 && s.items.every((f) => f.set === s.set.id))).toBe(true);
    const none = setSections(data.targetSets, [], wardOf, 'Hải Dương');
    expect(none).toEqual({ own: [], others: [] });
  });
});

describe('figures by kind', () => {
  it('groups a list that mixes kinds, in the order kinds are declared', () => {
    const list = [{ kind: 'han-che' as const, id: 1 }, { kind: 'ket-qua' as const, id: 2 }, { kind: 'han-che' as const, id: 3 }];
    expect(byKind(list)).toEqual([
      { kind: 'ket-qua', figures: [list[1]] },
      { kind: 'han-che', figures: [list[0], list[2]] },
    ]);
  });
  it('leaves a list of one kind as one unlabelled group, and an empty list empty', () => {
    const list = [{ kind: 'chi-tieu' as const }, { kind: 'chi-tieu' as const }];
    expect(byKind(list)).toEqual([{ kind: undefined, figures: list }]);
    expect(byKind([])).toEqual([]);
  });
});

describe('value captions', () => {
  const fig = (label: string, ...values: Array<{ text: string; label?: string }>) => ({ label, values });
  it('captions a value of several only when the words on the card do not already say it', () => {
    const budget = fig('Thu ngân sách nhà nước quý I/2026', { text: 'ước thực hiện 149,432 tỷ đồng', label: 'ước thực hiện' }, { text: 'đạt 29,04% so với dự toán giao', label: 'so với dự toán giao' });
    expect(figureValueCaption(budget, 0)).toBeUndefined();
    expect(figureValueCaption(budget, 1)).toBeUndefined();
    const checks = fig('Kiểm tra, giám sát', { text: 'kiểm tra đối với 08 tổ chức đảng', label: 'kiểm tra tổ chức đảng' }, { text: '08 đảng viên', label: 'kiểm tra đảng viên' });
    expect(figureValueCaption(checks, 0)).toBeUndefined();
    expect(figureValueCaption(checks, 1)).toBe('kiểm tra đảng viên');
    const firms = fig('Doanh nghiệp', { text: 'có 1.120 doanh nghiệp' }, { text: '110 cơ sở sản xuất kinh doanh chuyển đổi thành doanh nghiệp', label: 'cơ sở chuyển đổi thành doanh nghiệp' });
    expect(figureValueCaption(firms, 1)).toBeUndefined();
    // The figure's label covers only its headline (first) value.
    const revenue = fig('Tổng thu ngân sách nhà nước trên địa bàn', { text: 'đạt trên 2.525 tỷ đồng', label: 'tổng thu ngân sách nhà nước' }, { text: 'đạt trên 736 tỷ đồng', label: 'thu ngân sách nhà nước' });
    expect(figureValueCaption(revenue, 0)).toBeUndefined();
    expect(figureValueCaption(revenue, 1)).toBe('thu ngân sách nhà nước');
  });
  it('never captions a figure\'s only value', () => {
    expect(figureValueCaption(fig('Tỷ lệ', { text: 'đạt 96,5%', label: 'tỷ lệ bảo hiểm' }), 0)).toBeUndefined();
    expect(figureValueCaption(fig('Tỷ lệ', { text: 'đạt 96,5%' }, { text: 'đạt 97%' }), 0)).toBeUndefined();
    expect(valueCaption({ text: 'đạt 96,5%', label: 'tỷ lệ' }, 1)).toBeUndefined();
    expect(valueCaption({ text: '08 đảng viên', label: 'kiểm tra đảng viên' }, 4)).toBe('kiểm tra đảng viên');
    expect(valueCaption({ text: 'giám sát đối với 07 tổ chức đảng', label: 'giám sát tổ chức đảng' }, 4)).toBeUndefined();
  });
});

describe('task-group names', () => {
  const g1 = data.taskGroups[0]!;
  it('uses the official title, without its final full stop, as the page title (P14)', () => {
    expect(groupPageTitle(g1)).toBe('Nhóm 1: Tiếp tục ưu tiên thúc đẩy tăng trưởng, duy trì 12 năm liên tiếp tăng trưởng 02 con số; tăng cường kỷ cương thu, chi ngân sách');
    expect(data.taskGroups.every((g) => !groupPageTitle(g).endsWith('.'))).toBe(true);
    expect(headingText('A; b.')).toBe('A; b');
    expect(headingText('A b')).toBe('A b');
  });
  it('names a group briefly by its number and short name', () => {
    expect(groupName(g1)).toBe(`Nhóm 1: ${g1.shortTitle}`);
  });
});

describe('what a document feeds', () => {
  it('the plan links the ten task groups it defines', () => {
    const links = documentLinks('ke-hoach-tuyen-truyen-ket-luan-199-kl-tw', data);
    expect(links.groups.map((g) => g.group.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(links.groups[0]!.count).toBe('1 mục tiêu của thành phố');
    expect(links.groups[1]!.count).toBe('');
    expect(links.sets).toEqual([]);
  });

  it('a set is counted by what its figures are, not as "chỉ tiêu" (P5)', () => {
    const links = documentLinks('ket-luan-hoi-nghi-dang-uy-quy-i-2026', data);
    expect(links.sets).toHaveLength(1);
    expect(links.sets[0]!.count).toMatch(/kết quả/);
    expect(links.sets[0]!.count).toMatch(/hạn chế, chưa đạt/);
    expect(links.taskSets[0]!.count).toBe(7);
    // Each group says what this document gives it; a ward task counts as a task.
    const g7 = links.groups.find((g) => g.group.number === 7)!;
    expect(g7.count).toBe('1 nhiệm vụ');
  });

  it('lists only the groups that the document\'s figures or tasks serve', () => {
    const data2 = {
      ...data,
      targetSets: data.targetSets.map((s) => ({ ...s, figures: s.figures.map((f) => ({ ...f, taskGroups: s.id === 'gia-vien-2026' ? [2] : f.taskGroups })) })),
      wardTaskSets: data.wardTaskSets.map((s) => ({ ...s, tasks: s.tasks.map((t) => ({ ...t, taskGroups: s.id === 'gia-vien-2026' ? [2, 9] : t.taskGroups })) })),
    };
    const links = documentLinks('nghi-quyet-muc-tieu-chi-tieu-nam-2026', data2);
    expect(links.groups.map((g) => g.group.number)).toEqual([2, 9]);
    expect(links.groups.map((g) => g.count)).toEqual(['23 chỉ tiêu và 6 nhiệm vụ', '6 nhiệm vụ']);
    expect(links.taskSets[0]!.groups.map((g) => g.number)).toEqual([2, 9]);
  });

  it('a document that feeds nothing links nothing', () => {
    expect(documentLinks('cong-van-thuc-hien-chuong-trinh-14-ctr-tu', data)).toEqual({ sets: [], taskSets: [], groups: [] });
  });
});
