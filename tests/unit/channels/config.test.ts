// content/bulletins.yaml: read like the infographic data, with Vietnamese messages naming the file, the line or
// the field, and every period traced to its document.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BULLETINS_FILE, loadBulletinsConfig } from '../../../src/lib/channels/config.ts';
import { bulletinsSource, context, docs } from './site-fixture.ts';

const base = parse(bulletinsSource) as Record<string, unknown>;
const load = (change: (y: Record<string, any>) => void) => {
  const y = structuredClone(base);
  change(y);
  return loadBulletinsConfig(stringify(y), context, docs);
};

describe('content/bulletins.yaml', () => {
  it('as committed: loads, with the rate, the three-minute parts and the glossary the issue names', () => {
    const { config, problems } = loadBulletinsConfig(bulletinsSource, context, docs);
    expect(problems).toEqual([]);
    expect(config!.partMinutes).toBe(3);
    expect(config!.rate).toBeGreaterThanOrEqual(120);
    expect(config!.attribution.startsWith('Theo ')).toBe(true);
    for (const a of ['UBND', 'HĐND', 'MTTQ', 'BCH', 'ĐU', 'TW']) expect(config!.glossary[a], a).toBeTruthy();
    expect(config!.glossary.UBND).toBe('Ủy ban nhân dân');
  });

  it('a missing file says which file and what it is for', () => {
    expect(loadBulletinsConfig(undefined, context, docs).problems).toEqual([expect.stringContaining(`Thiếu tệp ${BULLETINS_FILE}`)]);
  });

  it('a YAML slip names the file and the line (audit #10)', () => {
    const broken = bulletinsSource.replace('rate: 180', 'rate: 180\n  bad: x: y');
    const [message] = loadBulletinsConfig(broken, context, docs).problems;
    expect(message).toMatch(new RegExp(`^${BULLETINS_FILE}, dòng \\d+: không đọc được YAML`));
  });

  it('an empty file says so in Vietnamese and lists the fields it needs (audit #28)', () => {
    const [message] = loadBulletinsConfig('', context, docs).problems;
    expect(message).toContain(BULLETINS_FILE);
    expect(message).toContain('Tệp bản tin trống hoặc không đúng dạng: cần các trường rate, partMinutes');
    expect(message).not.toMatch(/expected|received|Invalid/);
  });

  it('a framing line refuses markup and code like every text field (audit P4)', () => {
    expect(load((y) => { y.closing = 'Cảm ơn bà con <script>alert(1)</script>'; }).problems[0]).toContain('trường "closing": "closing" có thẻ HTML <script>');
  });

  it('names the field of a wrong value, in Vietnamese', () => {
    expect(load((y) => { y.rate = '180 tiếng'; }).problems[0]).toMatch(/content\/bulletins\.yaml[\s\S]*trường "rate": "rate" là tốc độ đọc/);
    expect(load((y) => { delete y.closing; }).problems[0]).toContain('trường "closing": Thiếu trường "closing"');
  });

  it('the attribution line starts with "Theo" and says whose the words are', () => {
    expect(load((y) => { y.attribution = 'Nguồn: [văn bản] của Đảng bộ phường [phường], [loại] [thời hạn]:'; }).problems[0]).toContain('"attribution" bắt đầu bằng "Theo "');
    expect(load((y) => { y.attribution = 'Theo [văn bản], [loại] [thời hạn]:'; }).problems[0]).toContain('phải nói văn bản của ai');
    expect(load((y) => { y.attribution = 'Theo [văn bản] của [phường]:'; }).problems[0]).toContain('"attribution" phải có [loại], [thời hạn]');
  });

  it('refuses a slot a template cannot fill', () => {
    expect(load((y) => { y.opening = 'Đài truyền thanh phường [phường] xin thông tin: [chủ đề], [ngày].'; }).problems[0]).toContain('"opening" có chỗ thay không dùng được ở đây: [ngày]');
  });

  it('a period not printed in its document is an error naming the field', () => {
    expect(load((y) => { y.taskGroupText.whenQuote = 'nhằm thực hiện phát triển kinh tế năm 2027'; }).problems[0])
      .toContain('trường "taskGroupText.whenQuote": đoạn trích không có nguyên văn trong văn bản content/documents/ke-hoach-tuyen-truyen-ket-luan-199-kl-tw.mdx');
    expect(load((y) => { y.wardTaskPeriods['gia-vien-2026'].when = 'năm 2027'; }).problems[0]).toContain('trường "wardTaskPeriods.gia-vien-2026.when": thời hạn "năm 2027" không có trong đoạn trích');
    expect(load((y) => { y.wardTaskPeriods['gia-vien'] = { when: 'năm 2026', whenQuote: 'NĂM 2026' }; }).problems[0]).toContain('không có tệp content/ward-tasks/gia-vien.yaml');
  });

  it('refuses an abbreviation written with a space', () => {
    expect(load((y) => { y.glossary['UB ND'] = 'Ủy ban nhân dân'; }).problems[0]).toContain('viết liền, không có dấu cách');
  });
});
