// The A4 handouts' content (src/lib/channels/handout.ts) on the real content/: a task group's title and emphasis word
// for word, its figures in the kind and qualifier model with their sources, only the site's own ward's, within the
// room of one page; a target set's figures in sections that say whose, what kind and for when.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { splitMdx } from '../../../src/lib/documents/mdx-file.ts';
import { loadSiteConfig } from '../../../src/lib/site/config.ts';
import {
  documentInfo, figureSource, figureWeight, GROUP_FIGURE_ROOM, groupHandout, groupHandoutFigures, handoutSources, setHandout, type Handout,
} from '../../../src/lib/channels/handout.ts';

const { data } = loadInfographicData(readDataFiles('.'), fileDocuments('.'));
const site = loadSiteConfig({});
const ids = [...new Set([...data.taskGroups.map((g) => g.passage.document), ...data.targetSets.map((s) => s.document)])];
const entries = new Map(ids.map((id) => [id, { id, data: splitMdx(readFileSync(`content/documents/${id}.mdx`, 'utf8'), id).frontMatter as never }]));
const docs = documentInfo(entries);
const figuresOf = (n: number) => data.targetSets.flatMap((s) => s.figures).filter((f) => f.taskGroups.includes(n));
const handoutOf = (n: number, ward = site.ward) => groupHandout(data.taskGroups[n - 1]!, figuresOf(n), docs, { ward, city: site.city }, data.taskGroups.length);
const set = (id: string) => data.targetSets.find((s) => s.id === id)!;
const figures = (h: Handout) => h.sections.flatMap((s) => s.figures);
const words = (pieces: Array<{ text: string }>) => pieces.map((p) => p.text).join('');

describe('a task group\'s handout', () => {
  it('prints the title and the emphasis points word for word', () => {
    for (const group of data.taskGroups) {
      const h = handoutOf(group.number);
      expect(group.title.startsWith(h.title)).toBe(true);
      expect(group.title.slice(h.title.length)).toMatch(/^[.;]?$/);
      expect(h.emphasis).toEqual({ heading: 'Nội dung trọng tâm', lead: group.emphasisLead, points: group.emphasis });
      expect(h.label).toBe(`Nhóm nhiệm vụ ${group.number}/10`);
      expect(h.pdf).toBe(`to-tin/nhom-${group.number}-${group.id}.pdf`);
    }
  });

  it('gives each figure whose it is, its kind and period, its value in the document\'s words and its source', () => {
    const h = handoutOf(1);
    const [cityAim, ...own] = figures(h);
    expect(cityAim).toMatchObject({
      id: 'tang-truong-hai-con-so', owner: 'Thành phố Hải Phòng', badge: 'Mục tiêu của thành phố · năm 2026',
      source: 'Kế hoạch của Ban Thường vụ Đảng ủy phường Hải Dương, mục II.2',
    });
    const growth = own.find((f) => f.id === 'tang-truong-gia-tri-san-pham')!;
    expect(growth).toMatchObject({ owner: 'Phường Hải Dương', badge: 'Chỉ tiêu · hằng năm', source: 'Chương trình hành động phường Hải Dương, mục II.2.a' });
    // The qualifier stays beside the number: "đạt 13,5% trở lên", the number marked.
    expect(growth.values[0]!.pieces).toEqual([{ text: 'đạt ', figure: false }, { text: '13,5%', figure: true }, { text: ' trở lên', figure: false }]);
    const revenue = own.find((f) => f.id === 'thu-ngan-sach')!;
    expect(words(revenue.values[0]!.pieces)).toBe('đạt và vượt kế hoạch thành phố giao (10% trở lên)');
  });

  it('every value reads exactly as its data file quotes the document, on every handout', () => {
    for (const group of data.taskGroups) {
      const picked = groupHandoutFigures(group, figuresOf(group.number), (id) => docs(id).ward, site.ward).figures;
      const shown = figures(handoutOf(group.number));
      expect(shown.map((f) => f.id)).toEqual(picked.map((f) => f.id));
      shown.forEach((f, i) => expect(f.values.map((v) => words(v.pieces))).toEqual(picked[i]!.values.map((v) => v.text.replace(/\*+/g, ''))));
    }
  });

  it('carries the site\'s own ward\'s figures and the group\'s own, never another ward\'s, and names the wards left on the page', () => {
    for (const group of data.taskGroups) {
      const h = handoutOf(group.number);
      for (const f of figures(h)) expect([`Phường ${site.ward}`, site.city]).toContain(f.owner);
      const others = [...new Set(figuresOf(group.number).map((f) => docs(f.document).ward).filter((w) => w !== site.ward))];
      if (others.length) expect(h.notes.join(' ')).toContain(others.map((w) => `phường ${w}`).sort((a, b) => a.localeCompare(b, 'vi')).join(', '));
    }
    // Group 7: five of Hải Dương's, seven of Gia Viên's on the page; the handout has the five.
    expect(figures(handoutOf(7)).map((f) => f.owner)).toEqual(Array(5).fill('Phường Hải Dương'));
    expect(handoutOf(7).notes).toEqual(['Trên trang còn có con số của phường Gia Viên để tham khảo; tờ tin này không in.']);
  });

  it('says so when the site\'s ward has no figure for the group; the group\'s own figures stay', () => {
    const h = handoutOf(1, 'Không Có');
    expect(figures(h).map((f) => f.id)).toEqual(['tang-truong-hai-con-so']);
    expect(h.empty).toBe('Chưa có chỉ tiêu nào của phường Không Có gắn với nhóm này.');
    expect(handoutOf(2, 'Không Có').sections).toEqual([]);
    expect(handoutOf(1).empty).toBeUndefined();
  });

  it('keeps the figures within one page\'s room: the group\'s own and the featured first, the rest counted', () => {
    const group = data.taskGroups[0]!;
    const weights = (fs: Array<Parameters<typeof figureWeight>[0]>) => fs.reduce((s, f) => s + figureWeight(f), 0);
    for (const g of data.taskGroups) {
      const { figures: kept } = groupHandoutFigures(g, figuresOf(g.number), (id) => docs(id).ward, site.ward);
      expect(weights(kept)).toBeLessThanOrEqual(GROUP_FIGURE_ROOM);
    }
    // Room for two one-value figures: the city aim (the group's own) and the featured target.
    const small = groupHandoutFigures(group, figuresOf(1), (id) => docs(id).ward, site.ward, 8);
    expect(small.figures.map((f) => f.id)).toEqual(['tang-truong-hai-con-so', 'tang-truong-gia-tri-san-pham']);
    expect(small.leftOut).toBe(2);
    // Shown in kind order after the group's own, whatever the priority was.
    const all = groupHandoutFigures(group, figuresOf(1), (id) => docs(id).ward, site.ward, 100);
    expect(all.figures.map((f) => f.id)).toEqual(['tang-truong-hai-con-so', 'thu-ngan-sach', 'tang-truong-gia-tri-san-pham', 'giai-ngan-dau-tu-cong']);
    expect(all.leftOut).toBe(0);
    expect(all.otherWards).toEqual(['Gia Viên', 'Thủy Nguyên']);
  });

  it('weighs a figure by its lines: three, one a value, two a note, and its results', () => {
    expect(figureWeight({ values: [1] })).toBe(4);
    expect(figureWeight({ values: [1, 2, 3], note: 'x' })).toBe(8);
    expect(figureWeight({ values: [1], results: [{ values: [1] }, { values: [1, 2], note: 'x' }] })).toBe(4 + 3 + 6);
  });

  it('lists its source documents once each, with their dates as printed (dd/mm/yyyy when whole)', () => {
    expect(handoutOf(1).sources).toEqual([
      { id: 'ke-hoach-tuyen-truyen-ket-luan-199-kl-tw', text: `${docs('ke-hoach-tuyen-truyen-ket-luan-199-kl-tw').title} – Ban Thường vụ Đảng ủy phường Hải Dương`, date: 'năm 2026' },
      { id: 'chuong-trinh-hanh-dong-tang-truong-hai-con-so', text: `${docs('chuong-trinh-hanh-dong-tang-truong-hai-con-so').title} – Ban Thường vụ Đảng ủy phường Hải Dương`, date: 'năm 2026' },
    ]);
    expect(handoutSources(['nghi-quyet-muc-tieu-chi-tieu-nam-2026', 'nghi-quyet-muc-tieu-chi-tieu-nam-2026'], docs).map((s) => s.date)).toEqual(['08/12/2025']);
  });
});

describe('a target set\'s handout', () => {
  it('holds every figure of the set, in the page\'s sections, each section saying whose, what kind and when', () => {
    const h = setHandout(set('gia-vien-2026'), docs, site);
    expect(figures(h)).toHaveLength(23);
    expect(h.sections[0]!.heading).toBe('Phường Gia Viên · Chỉ tiêu · năm 2026 · Xây dựng Đảng');
    // One period for the whole section: said once, in its heading.
    expect(figures(h).every((f) => f.frame === undefined)).toBe(true);
    expect(h.tableSource).toBe('Nguồn: Nghị quyết phường Gia Viên, 08/12/2025.');
    expect(h.reference).toBe('Con số của phường Gia Viên, không phải của phường Hải Dương; in để tham khảo.');
    expect(h.pdf).toBe('to-tin/chi-tieu-gia-vien-2026.pdf');
    expect(h.summary).toBe(set('gia-vien-2026').summary);
  });

  it('gives each figure its own period where a section\'s figures differ', () => {
    const h = setHandout(set('hai-duong-2026-2030'), docs, site);
    expect(h.reference).toBeUndefined();
    expect(h.sections[0]!.heading).toBe('Phường Hải Dương · Chỉ tiêu · Kinh tế');
    const byId = new Map(figures(h).map((f) => [f.id, f]));
    expect(byId.get('ho-ngheo')!.frame).toBe('Chỉ tiêu · đến năm 2028');
    expect(byId.get('gia-dinh-van-hoa')!.frame).toBe('Chỉ tiêu · không ghi thời hạn');
  });

  it('keeps results, shortfalls and targets apart, in the kind order of the pages', () => {
    const h = setHandout(set('thuy-nguyen-quy-i-2026'), docs, site);
    expect(h.sections.map((s) => s.heading)).toEqual([
      'Phường Thủy Nguyên · Kết quả · quý I/2026',
      'Phường Thủy Nguyên · Hạn chế, chưa đạt · quý I/2026',
      'Phường Thủy Nguyên · Chỉ tiêu · quý II/2026',
      'Phường Thủy Nguyên · Nhiệm vụ · Quý II năm 2026',
    ]);
    expect(h.sections.every((s) => s.figures.every((f) => f.kind === s.figures[0]!.kind))).toBe(true);
  });

  it('counts what it leaves out over its limit', () => {
    const h = setHandout(set('gia-vien-2026'), docs, site, 5);
    expect(figures(h)).toHaveLength(5);
    expect(h.notes).toEqual(['Còn 18 con số khác trên trang.']);
  });
});

describe('sources and documents', () => {
  it('names a city aim by the body whose document carries it, any other figure by its ward', () => {
    const doc = { type: 'nghi-quyet' as const, ward: 'Gia Viên', body: 'Ban Chấp hành Đảng bộ phường Gia Viên' };
    expect(figureSource('chi-tieu', doc, 'mục (14)')).toBe('Nghị quyết phường Gia Viên, mục (14)');
    expect(figureSource('muc-tieu-thanh-pho', doc, 'mục II')).toBe('Nghị quyết của Ban Chấp hành Đảng bộ phường Gia Viên, mục II');
  });

  it('refuses an unknown document in Vietnamese, naming it', () => {
    expect(() => docs('khong-co')).toThrow('Tờ tin: không có văn bản "khong-co" trong content/documents/.');
  });
});
