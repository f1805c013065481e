import { describe, expect, it } from 'vitest';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { targetSetToCsv, targetSetToJson } from '../../../src/lib/infographics/export.ts';
import { comparisonChart, percentChart, sameUnitCharts } from '../../../src/lib/infographics/charts.ts';
import { axisMax, wrapLabel } from '../../../src/lib/infographics/chart-spec.ts';

const { data } = loadInfographicData(readDataFiles(), fileDocuments());
const gv = data.targetSets.find((s) => s.id === 'gia-vien-2026')!;
const tn = data.targetSets.find((s) => s.id === 'thuy-nguyen-quy-i-2026')!;
const ctx = { ward: 'Phường Gia Viên', document: 'Nghị quyết', documentUrl: (a: string) => `https://x.vn/van-ban/nq/#${a}` };

describe('downloads', () => {
  it('CSV: a BOM, a header, one row per value, quoted where needed', () => {
    const csv = targetSetToCsv(gv, ctx);
    expect(csv.startsWith('\uFEFFbo_chi_tieu,phuong,van_ban')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + gv.targets.reduce((n, t) => n + t.values.length, 0));
    const bhyt = lines.find((l) => l.includes(',bao-hiem-y-te,'))!;
    expect(bhyt).toContain(',"96,5%",96.5,,%,đạt,năm 2026,');
    expect(bhyt).toContain('"(14)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%."');
    expect(bhyt).toContain('https://x.vn/van-ban/nq/#muc-ii-2-2-14');
  });
  it('JSON: every target with its values in words and its source', () => {
    const json = targetSetToJson(gv, ctx);
    expect(json.targets).toHaveLength(23);
    expect(json.targets[5]!.values[0]).toMatchObject({ value: 2525, text: 'trên 2.525 tỷ đồng' });
    expect(json.targets[5]!.source.url).toMatch(/#muc-ii-2-2-6$/);
  });
});

describe('charts use data-file values only', () => {
  it('the percent chart of a target set leaves out growth rates and results', () => {
    const spec = percentChart(gv)!;
    expect(spec.rows.map((r) => r.value)).not.toContain(13);
    expect(spec.rows.find((r) => r.label[0]!.startsWith('(14)'))!.display).toBe('96,5%');
    expect(spec.max).toBe(100);
  });
  it('the percent chart of a results set shows results only', () => {
    const spec = percentChart(tn)!;
    expect(spec.rows.map((r) => r.value).sort((a, b) => a - b)).toEqual([20.79, 29.04, 105.2]);
    expect(spec.max).toBe(110);
  });
  it('values in the same unit are charted side by side', () => {
    const pairs = sameUnitCharts(tn).map((p) => p.spec.rows.map((r) => r.value));
    expect(pairs).toContainEqual([64, 43]);
  });
  it('comparison bars carry their ward colour', () => {
    const bhyt = data.targetSets.flatMap((s) => s.targets).filter((t) => t.indicator === 'bao-hiem-y-te');
    const spec = comparisonChart(bhyt, (t) => [t.set], '%', (t) => (t.set === 'gia-vien-2026' ? 1 : 2));
    expect(spec.rows.map((r) => [r.label[0], r.value, r.color])).toEqual([['gia-vien-2026', 96.5, 1], ['hai-duong-2026-2030', 97, 2]]);
  });
  it('labels wrap for phones and axes end round', () => {
    expect(wrapLabel('Tỷ lệ dân số tham gia bảo hiểm y tế', 18)).toEqual(['Tỷ lệ dân số tham', 'gia bảo hiểm y tế']);
    expect(axisMax([54, 96.5], true)).toBe(100);
    expect(axisMax([105.2], true)).toBe(110);
    expect(axisMax([64, 43], false)).toBeUndefined();
  });
});
