import { describe, expect, it } from 'vitest';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { byCategory, comparisonView, kindHeading, kindSections, periodWords, setCharts } from '../../../src/lib/infographics/target-pages.ts';

const { data } = loadInfographicData(readDataFiles(), fileDocuments());
const set = (id: string) => data.targetSets.find((s) => s.id === id)!;
const gv = set('gia-vien-2026');
const hd = set('hai-duong-2026-2030');
const tn = set('thuy-nguyen-quy-i-2026');
const wards: Record<string, string> = { 'gia-vien-2026': 'Gia Viên', 'hai-duong-2026-2030': 'Hải Dương', 'thuy-nguyen-quy-i-2026': 'Thủy Nguyên' };

describe('a set page in sections by kind', () => {
  it('heads each kind in words with its period, when its figures share one', () => {
    expect(kindHeading('ket-qua', ['quý I/2026', 'quý I/2026'])).toBe('Kết quả quý I/2026');
    expect(kindHeading('han-che', ['quý I/2026'])).toBe('Tồn tại, hạn chế: chỉ tiêu chưa đạt quý I/2026');
    expect(kindHeading('nhiem-vu', ['Quý II năm 2026'])).toBe('Nhiệm vụ quý II năm 2026');
    expect(kindHeading('chi-tieu', ['hằng năm', 'đến năm 2030', undefined])).toBe('Chỉ tiêu');
    expect(kindHeading('chi-tieu', [undefined])).toBe('Chỉ tiêu');
  });
  it('keeps results, shortfalls, targets and tasks apart: results first, never among targets', () => {
    const sections = kindSections(tn.figures);
    expect(sections.map((s) => s.heading)).toEqual([
      'Kết quả quý I/2026', 'Tồn tại, hạn chế: chỉ tiêu chưa đạt quý I/2026', 'Chỉ tiêu quý II/2026', 'Nhiệm vụ quý II năm 2026',
    ]);
    for (const s of sections) expect(s.figures.every((f) => f.kind === s.kind)).toBe(true);
    expect(sections.reduce((n, s) => n + s.figures.length, 0)).toBe(tn.figures.length);
    expect(sections.find((s) => s.kind === 'han-che')!.figures.map((f) => f.id)).toEqual(['doanh-nghiep', 'ngan-sach-dia-phuong']);
  });
  it('groups targets by category in the document\'s order, when there is more than one', () => {
    const [targets] = kindSections(gv.figures);
    expect(targets!.heading).toBe('Chỉ tiêu năm 2026');
    expect(targets!.byCategory.map((g) => [g.id, g.figures.length])).toEqual([
      ['linh-vuc-xay-dung-dang', 5], ['linh-vuc-kinh-te', 6], ['linh-vuc-xa-hoi', 8], ['linh-vuc-moi-truong', 2], ['linh-vuc-quoc-phong-an-ninh', 2],
    ]);
    expect(kindSections(tn.figures).every((s) => s.byCategory.length === 0)).toBe(true);
  });
  it('groups figures across sets in the order of the categories', () => {
    expect(byCategory([...tn.figures, ...gv.figures]).map((g) => g.category)).toEqual(['xay-dung-dang', 'kinh-te', 'xa-hoi', 'moi-truong', 'quoc-phong-an-ninh', 'tong-hop']);
  });
});

describe('the periods a set holds for', () => {
  it('are the document\'s words, each once, "không ghi thời hạn" last', () => {
    expect(periodWords(gv.figures)).toEqual(['năm 2026']);
    expect(periodWords(tn.figures)).toEqual(['quý I/2026', 'quý II/2026', 'Quý II năm 2026']);
    const words = periodWords(hd.figures);
    expect(words.at(-1)).toBe('không ghi thời hạn');
    expect(words).toContain('đến năm 2030');
  });
});

describe('the charts of a set', () => {
  const charts = (id: string) => setCharts(set(id), { type: 'Văn bản', ward: wards[id]!, owner: `Phường ${wards[id]}` });
  it('Thủy Nguyên: the budget shares against the 25% pace, and new against closed businesses, each with its source', () => {
    const [share, firms] = charts('thuy-nguyen-quy-i-2026');
    expect(share!.spec.rows.map((r) => r.value)).toEqual([29.04, 20.79]);
    expect(share!.spec.reference?.value).toBe(25);
    expect(share!.spec.source).toBe('Nguồn: Văn bản phường Thủy Nguyên, mục I.1.4, mục I.2; quý I/2026');
    expect(firms!.id).toBe('bieu-do-doanh-nghiep');
    expect(firms!.spec.rows.map((r) => r.value)).toEqual([64, 43]);
    expect(firms!.spec.source).toBe('Nguồn: Văn bản phường Thủy Nguyên, mục I.2; quý I/2026');
  });
  it('no chart where a list says the same (Gia Viên, Hải Dương: targets of one level each)', () => {
    expect(charts('gia-vien-2026')).toEqual([]);
    expect(charts('hai-duong-2026-2030')).toEqual([]);
  });
});

describe('one indicator across wards', () => {
  const view = (id: string) => {
    const figures = data.targetSets.flatMap((s) => s.figures.filter((f) => f.indicator === id).map((figure) => ({ figure, owner: `Phường ${wards[s.id]}`, ward: wards[s.id]!, type: 'Văn bản' })));
    return comparisonView(data.indicators[id]!, figures, 'Hải Dương');
  };
  it('puts the site\'s own ward first', () => {
    expect(view('bao-hiem-y-te').rows.map((r) => r.ward)).toEqual(['Hải Dương', 'Gia Viên']);
  });
  it('compares the value the indicator names, with its horizon', () => {
    const { rows, chart } = view('gia-dinh-van-hoa');
    expect(rows.map((r) => [r.when, r.value.text])).toEqual([['không ghi thời hạn', 'đạt trên 97,5%/năm'], ['năm 2026', 'Tỷ lệ gia đình văn hóa đạt từ 96,7% trở lên']]);
    expect(chart!.rows.map((r) => r.label)).toEqual(['Phường Hải Dương · không ghi thời hạn', 'Phường Gia Viên · năm 2026']);
    expect(chart!.source).toBe('Nguồn: Văn bản phường Hải Dương, mục II.2.b; Văn bản phường Gia Viên, mục (12)');
  });
  it('is a list, not a chart, when the levels are equal', () => {
    expect(view('nuoc-sach').chart).toBeNull();
    expect(view('tuyen-quan').chart).toBeNull();
    expect(view('truong-chuan-quoc-gia').chart).not.toBeNull();
  });
});
