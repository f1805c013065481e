import { describe, expect, it } from 'vitest';
import { compareWithSource, missingFromBag, numbersNotIn, words, type PageField } from '../../../src/lib/editing/fidelity.ts';
import { checkPrintedDate, readPlaceDate } from '../../../src/lib/editing/printed-date.ts';

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
    expect(words('đạt **96,5%** (14)-')).toEqual(['đạt', '96,5%', '14']);
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

describe('numbers are compared as written', () => {
  it('keeps separators, sign and unit in one word', () => {
    expect(words('13,5% 13.5% 13,5 1.120 1,120 11/19 08/12/2025')).toEqual(['13,5%', '13.5%', '13,5', '1.120', '1,120', '11/19', '08/12/2025']);
    expect(words('>13,5% > 13,5 % ≥ 80% ≤5 ~31% \\<5 &lt;5 -5% −5%')).toEqual(['>13,5%', '>13,5%', '≥80%', '≤5', '~31%', '<5', '<5', '-5%', '-5%']);
    expect(words('**13,5**% và 20,79 %')).toEqual(['13,5%', 'và', '20,79%']);
  });
  it('a hyphen between numbers or before letters is not a minus', () => {
    expect(words('năm 2025-2026, Số -CV/ĐU, 14-CTr/TU, (1)- Tăng')).toEqual(['năm', '2025', '2026', 'Số', 'CV', 'ĐU', '14', 'CTr', 'TU', '1', 'Tăng']);
  });

  const src = 'Mở đầu văn bản. Tốc độ tăng bình quân hằng năm đạt 13,5% trở lên; đến năm 2030 có 1.120 doanh nghiệp.';
  const page = (body: string) => compareWithSource(src, { head: '', body, tail: '' });
  const body = 'Mở đầu văn bản. Tốc độ tăng bình quân hằng năm đạt 13,5% trở lên; đến năm 2030 có 1.120 doanh nghiệp.';
  it('accepts the same numbers', () => {
    expect(page(body)).toEqual([]);
  });
  it('says which number changed, and how, beside both passages', () => {
    const [comma] = page(body.replace('13,5%', '13.5%'));
    expect(comma).toContain('số 13,5% trong văn bản gốc thành 13.5% trên trang');
    expect(comma).toContain('dấu phẩy ngăn phần thập phân');
    expect(comma).toMatch(/gốc: .*đạt 13,5% trở lên/);
    expect(comma).toMatch(/trang: .*đạt 13\.5% trở lên/);
    expect(page(body.replace('1.120', '1,120'))[0]).toContain('số 1.120 trong văn bản gốc thành 1,120 trên trang');
    expect(page(body.replace('13,5%', '13,5'))[0]).toContain('văn bản gốc có dấu "%" sau số');
    expect(page(body.replace('13,5%', '>13,5%'))[0]).toContain('văn bản gốc không có dấu ">" trước số');
    for (const sign of ['<', '≥', '≤', '~', '-']) expect(page(body.replace('13,5%', `${sign}13,5%`))[0], sign).toContain(`thành ${sign}13,5%`);
  });
  it('names an added or a dropped word', () => {
    expect(page(body.replace('trở lên', 'trở lên nữa'))[0]).toContain('trang thêm chữ "nữa"');
    expect(page(body.replace('bình quân ', ''))[0]).toContain('trang thiếu 2 từ "bình quân"');
    expect(page(body.replace('tăng bình', 'tăng trưởng bình'))[0]).toContain('trang thêm chữ "trưởng"');
  });
  it('a change among the first or last words is reported as such, not as a body that cannot be found', () => {
    expect(page(body.replace('Mở đầu', 'Mở phần đầu'))[0]).toMatch(/^Thân văn bản lệch .*trang thêm chữ "phần"/);
    expect(page(body.replace('1.120 doanh', '1.121 doanh'))[0]).toMatch(/^Thân văn bản lệch .*số 1\.120 trong văn bản gốc thành 1\.121 trên trang/);
  });
  it('finds a summary\'s numbers in the document only as written', () => {
    const doc = words(src);
    expect(numbersNotIn('tăng 13,5% trở lên; 1.120 doanh nghiệp', doc)).toEqual([]);
    expect(numbersNotIn('tăng 15,5% trở lên; 1,120 doanh nghiệp; 13.5%', doc)).toEqual(['15,5%', '1,120', '13.5%']);
  });
});

describe('header and signature fields, both ways', () => {
  const src = `ĐẢNG ỦY PHƯỜNG X
*Thủy Nguyên, ngày tháng 02 năm 2026*
Số -CV/ĐU

Thân văn bản có đủ sáu từ trở lên ở đây.

Nơi nhận:
- Như trên,
- Lưu VPĐU.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Vũ Văn Hạnh`;
  const head: PageField[] = [
    { field: 'header.issuerLines[1]', text: 'ĐẢNG ỦY PHƯỜNG X' }, { field: 'number', text: 'Số -CV/ĐU' },
    { text: 'ĐẢNG CỘNG SẢN VIỆT NAM' }, { field: 'header.placeDate', text: 'Thủy Nguyên, ngày tháng 02 năm 2026' },
  ];
  const tail: PageField[] = [
    { field: 'recipientsLabel', text: 'Nơi nhận:' }, { field: 'recipients[1]', text: 'Như trên,' }, { field: 'recipients[2]', text: 'Lưu VPĐU.' },
    { field: 'signer.authority', text: 'T/L BAN THƯỜNG VỤ' }, { field: 'signer.title', text: 'CHÁNH VĂN PHÒNG' }, { field: 'signer.name', text: 'Vũ Văn Hạnh' },
  ];
  const body = 'Thân văn bản có đủ sáu từ trở lên ở đây.';
  const set = (list: PageField[], field: string, text: string) => list.map((f) => (f.field === field ? { ...f, text } : f));
  it('accepts fields that are the source\'s own lines; a line the site prints itself needs no source', () => {
    expect(compareWithSource(src, { head, body, tail })).toEqual([]);
  });
  it('an added word is an error naming the field', () => {
    const [p] = compareWithSource(src, { head: set(head, 'number', 'Số 15-CV/ĐU'), body, tail });
    expect(p).toMatch(/^trường "number" \("Số 15-CV\/ĐU"\) có số "15" mà phần đầu văn bản gốc không có/);
    expect(compareWithSource(src, { head: set(head, 'header.placeDate', 'Thủy Nguyên, ngày 05 tháng 02 năm 2026'), body, tail })[0]).toMatch(/trường "header\.placeDate".*số "05"/);
    expect(compareWithSource(src, { head, body, tail: set(tail, 'signer.name', 'Vũ Văn Hạnh Nam') })[0]).toMatch(/trường "signer\.name".*chữ "Nam"/);
    expect(compareWithSource(src, { head, body, tail: set(tail, 'recipients[2]', 'Lưu VPĐU, BXDD.') })[0]).toMatch(/trường "recipients\[2\]".*chữ "BXDD"/);
  });
  it('a missing word is an error too, with the fields to put it in', () => {
    const [p] = compareWithSource(src, { head, body, tail: set(tail, 'signer.name', 'Vũ Văn') });
    expect(p).toMatch(/^Phần cuối \(nơi nhận, chữ ký\) thiếu: Hạnh \(ghi vào trường phù hợp: .*signer\.name/);
  });
  it('words in another order, or a line written twice, are errors', () => {
    expect(compareWithSource(src, { head, body, tail: set(tail, 'signer.title', 'PHÒNG CHÁNH VĂN') })[0]).toMatch(/trường "signer\.title".*không liền nhau, đúng thứ tự/);
    const twice = [...tail, { field: 'recipients[3]', text: 'Như trên,' }];
    expect(compareWithSource(src, { head, body, tail: twice })[0]).toMatch(/chữ lặp .*: Như trên/);
  });
  it('a field that is not in its own block is added (the signer\'s name is not in the header)', () => {
    expect(compareWithSource(src, { head: [...head, { field: 'subject', text: 'Vũ Văn Hạnh' }], body, tail })[0]).toMatch(/trường "subject"/);
  });
});

describe('the structured date agrees with the printed date line', () => {
  const doc = (over: Record<string, unknown>) => ({ date: { year: 2026, month: 2 }, header: { placeDate: 'Thủy Nguyên, ngày tháng 02 năm 2026' }, place: 'Thủy Nguyên', ...over });
  it('reads place and date, blank parts left out', () => {
    expect(readPlaceDate('Hải Phòng, ngày 08 tháng 12 năm 2025')).toMatchObject({ place: 'Hải Phòng', year: 2025, month: 12, day: 8 });
    expect(readPlaceDate('ngày    tháng 02 năm 2026')).toMatchObject({ year: 2026, month: 2 });
    expect(readPlaceDate('ngày    tháng 02 năm 2026')!.day).toBeUndefined();
    expect(readPlaceDate('Thủy Nguyên, ngày tháng năm 2026')).toMatchObject({ place: 'Thủy Nguyên', year: 2026 });
    expect(readPlaceDate('Hải Phòng')).toBeUndefined();
  });
  it('accepts a date that says what the line prints', () => {
    expect(checkPrintedDate(doc({}))).toEqual([]);
    expect(checkPrintedDate(doc({ date: { year: 2025, month: 12, day: 8 }, header: { placeDate: 'Hải Phòng, ngày 08 tháng 12 năm 2025' }, place: 'Hải Phòng' }))).toEqual([]);
  });
  it('names the part that differs, and the fix', () => {
    expect(checkPrintedDate(doc({ date: { year: 2026, month: 3 } }))).toEqual([expect.stringMatching(/^trường "date\.month" là 3 nhưng dòng nơi, ngày ban hành \("header\.placeDate": .*\) in tháng 02\. Sửa thành month: 2\./)]);
    expect(checkPrintedDate(doc({ date: { year: 2025, month: 2 } }))[0]).toMatch(/"date\.year" là 2025 .* năm 2026/);
    expect(checkPrintedDate(doc({ date: { year: 2026, month: 2, day: 5 } }))[0]).toMatch(/"date\.day" là 5 .*để trống ngày\. Xoá dòng "day"/);
    expect(checkPrintedDate(doc({ date: { year: 2026 } }))[0]).toMatch(/chưa có "month" .* in tháng 02\. Thêm month: 2/);
    expect(checkPrintedDate(doc({ place: 'Hải Phòng' }))[0]).toMatch(/trường "place" \("Hải Phòng"\) khác nơi ban hành .*"Thủy Nguyên"/);
    expect(checkPrintedDate(doc({ header: { placeDate: 'Thủy Nguyên, tháng hai' } }))[0]).toMatch(/"header\.placeDate".*không đọc được ngày/);
  });
  it('without a date line, the note says where the date comes from, and names it', () => {
    const none = (date: Record<string, number>, dateNote?: string) => checkPrintedDate({ date: date as { year: number }, header: {}, dateNote });
    expect(none({ year: 2026 }, 'Văn bản không ghi ngày; năm 2026 suy từ nội dung.')).toEqual([]);
    expect(none({ year: 2025, month: 12, day: 8 }, 'ngày 08/12/2025 là ngày Hội nghị họp.')).toEqual([]);
    expect(none({ year: 2025, month: 12, day: 9 }, 'ngày 08/12/2025 là ngày Hội nghị họp.')[0]).toMatch(/trường "date" \(ngày 09\/12\/2025\) không có trong "dateNote"/);
    expect(none({ year: 2026 })[0]).toMatch(/^trường "dateNote": văn bản không in dòng nơi, ngày ban hành/);
  });
});
