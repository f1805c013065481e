import { describe, expect, it } from 'vitest';
import { compareWithSource, missingFromBag, words } from '../../../src/lib/editing/fidelity.ts';

const source = `**ĐẢNG ỦY PHƯỜNG**

**Số -CV/ĐU**

Thực hiện chỉ đạo của Ban Thường vụ, thu ngân sách đạt **2.525** tỷ đồng; tỷ lệ đạt **96,5%** so với kế hoạch.

(1)- Tập trung cao.

Nơi nhận:
- Lưu VPĐU.

**BÍ THƯ**`;

const faithful = {
  head: 'ĐẢNG CỘNG SẢN VIỆT NAM Số -CV/ĐU ĐẢNG ỦY PHƯỜNG',
  body: 'Thực hiện chỉ đạo của Ban Thường vụ, thu ngân sách đạt 2.525 tỷ đồng; tỷ lệ đạt 96,5% so với kế hoạch. (1)- Tập trung cao.',
  tail: 'Nơi nhận: - Lưu VPĐU. BÍ THƯ',
};

describe('fidelity', () => {
  it('splits words and numbers, NFC', () => {
    expect(words('đạt **96,5%** (14)-')).toEqual(['đạt', '96', '5', '14']);
    expect(words('Nghị quyết'.normalize('NFD'))).toEqual(['Nghị', 'quyết']);
  });
  it('accepts a faithful page whose header is re-laid', () => {
    expect(compareWithSource(source, faithful)).toEqual([]);
  });
  it('names the passage where a number was changed', () => {
    const problems = compareWithSource(source, { ...faithful, body: faithful.body.replace('2.525', '2.526') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('đạt 2.525 tỷ đồng');
    expect(problems[0]).toContain('đạt 2.526 tỷ đồng');
  });
  it('finds a dropped word and an added one', () => {
    expect(compareWithSource(source, { ...faithful, body: faithful.body.replace('ngân sách ', '') })[0]).toMatch(/lệch/);
    expect(compareWithSource(source, { ...faithful, body: faithful.body.replace('tỷ lệ đạt', 'tỷ lệ chung đạt') })[0]).toMatch(/lệch/);
  });
  it('finds words missing from the header or the signature block', () => {
    expect(compareWithSource(source, { ...faithful, head: 'ĐẢNG ỦY' })).toEqual(['Phần đầu văn bản thiếu: PHƯỜNG Số CV ĐU']);
    expect(compareWithSource(source, { ...faithful, tail: 'Nơi nhận: Lưu VPĐU.' })[0]).toContain('BÍ THƯ');
  });
  it('counts repeated words in a re-laid block', () => {
    expect(missingFromBag(['BAN', 'BAN'], ['BAN'])).toEqual(['BAN']);
  });
});
