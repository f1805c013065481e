import { describe, expect, it } from 'vitest';
import {
  allowedKinds, checkChart, checkComparison, checkCountsStated, checkKind, checkShortTitle, checkSummaryFigures, checkValueText, checkWhen, itemCounts, leadLabel,
  printedFigures, printedNumbers,
} from '../../../src/lib/infographics/rules.ts';
import { documentBlocks } from '../../../src/lib/documents/passages.ts';
import type { FigureValue } from '../../../src/lib/infographics/schema.ts';

const v = (over: Partial<FigureValue>): FigureValue => ({ text: '', parts: [], yearShare: false, ...over });

describe('printedNumbers', () => {
  it('reads Vietnamese numbers, and not item markers or years', () => {
    expect(printedNumbers('đạt trên 2.525 tỷ đồng')).toEqual([2525]);
    expect(printedNumbers('đạt 96,5%')).toEqual([96.5]);
    expect(printedNumbers('(1)- Phần đầu tỷ lệ kết nạp đảng viên mới đạt 3%')).toEqual([3]);
    expect(printedNumbers('tăng 13% so với năm 2025')).toEqual([13]);
    expect(printedNumbers('kết nạp 32 đảng viên mới trong quý II/2026')).toEqual([32]);
    expect(printedNumbers('giai đoạn 2026 - 2030 có 1.120 doanh nghiệp')).toEqual([1120]);
    expect(printedNumbers('đạt 11/19 chỉ tiêu (trong đó có 08 chỉ tiêu)')).toEqual([11, 19, 8]);
  });
});

describe('checkValueText', () => {
  const quote = 'Thu ngân sách nhà nước quý I/2026 ước thực hiện 149,432 tỷ đồng, đạt 29,04% so với dự toán giao.';
  it('accepts the quote\'s own words printing the value', () => {
    expect(checkValueText(v({ text: 'ước thực hiện 149,432 tỷ đồng', value: 149.432, unit: 'tỷ đồng' }), quote)).toEqual([]);
    expect(checkValueText(v({ text: 'đạt 29,04% so với dự toán giao', value: 29.04, unit: '%' }), quote)).toEqual([]);
  });
  it('refuses words that are not in the quote, down to a separator', () => {
    expect(checkValueText(v({ text: 'ước thực hiện 149.432 tỷ đồng', value: 149.432 }), quote)[0]).toMatch(/phải chép nguyên văn/);
  });
  it('refuses a value its words do not print, and a percentage without its "%"', () => {
    expect(checkValueText(v({ text: 'đạt 29,04% so với dự toán giao', value: 29.4, unit: '%' }), quote)[0]).toMatch(/số 29.4 không có trong "text"/);
    expect(checkValueText(v({ text: 'ước thực hiện 149,432', value: 149.432, unit: '%' }), quote)[0]).toMatch(/phải có dấu % ngay sau số 149,432/);
  });
  it('a count states its whole and every named part', () => {
    const q = 'Đã cơ bản hoàn thành đạt 11/19 chỉ tiêu phường đề ra (trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá).';
    const parts = [{ value: 8, label: 'chưa đến kỳ đánh giá' }];
    expect(checkValueText(v({ text: 'đạt 11/19 chỉ tiêu phường đề ra (trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá)', value: 11, of: 19, parts }), q)).toEqual([]);
    expect(checkValueText(v({ text: 'đạt 11/19 chỉ tiêu phường đề ra', value: 11, of: 19, parts }), q)[0]).toMatch(/phần "chưa đến kỳ đánh giá" \(8\) phải có trong "text"/);
    expect(checkValueText(v({ text: 'đạt 11/19 chỉ tiêu phường đề ra', value: 11, of: 20 }), q)[0]).toMatch(/tổng số 20/);
  });
});

describe('checkWhen', () => {
  it('accepts a horizon printed in the quote, a heading above it, or a quote given for it', () => {
    expect(checkWhen('đến năm 2030', 'Đến năm 2030 tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%;', [], undefined)).toEqual([]);
    expect(checkWhen('năm 2026', '(14)- … đạt 96,5%.', ['II- MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2026'], undefined)).toEqual([]);
    expect(checkWhen('năm 2026', 'duy trì 12 năm liên tiếp', [], 'phát triển kinh tế - xã hội thành phố năm 2026')).toEqual([]);
    expect(checkWhen(undefined, 'anything', [], undefined)).toEqual([]);
  });
  it('refuses a horizon the document does not print', () => {
    expect(checkWhen('giai đoạn 2026 - 2030', '100% trường học đạt chuẩn Quốc gia;', ['II. MỤC TIÊU', '2. Các chỉ tiêu chủ yếu'], undefined)[0]).toMatch(/không có trong đoạn trích/);
  });
});

describe('the kind a heading allows', () => {
  it('reads the innermost heading or paragraph label that names a kind', () => {
    expect(leadLabel('2. Những tồn tại, hạn chế: Việc xây dựng văn bản …')).toBe('2. Những tồn tại, hạn chế');
    expect(leadLabel('(4) Tình hình kinh tế phường tiếp tục phát triển ổn định. Thu ngân sách: …')).toBeUndefined();
    expect(allowedKinds(['I. ĐÁNH GIÁ KẾT QUẢ QUÝ I/2026', '2. Những tồn tại, hạn chế'])!.kinds).toEqual(['han-che']);
    expect(allowedKinds(['I. ĐÁNH GIÁ KẾT QUẢ', '1. Kết quả đạt được'])!.kinds).toEqual(['ket-qua', 'han-che']);
    expect(allowedKinds(['II. MỤC TIÊU', '2. Các chỉ tiêu chủ yếu', 'a) Các chỉ tiêu kinh tế'])!.kinds).toEqual(['chi-tieu', 'muc-tieu-thanh-pho']);
    expect(allowedKinds(['II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026'])).toBeUndefined();
  });
  it('refuses a kind its heading contradicts, naming the heading', () => {
    expect(checkKind('ket-qua', ['2. Những tồn tại, hạn chế'])[0]).toMatch(/không hợp với đề mục "2\. Những tồn tại, hạn chế": ở đây chỉ được han-che/);
    expect(checkKind('chi-tieu', ['1. Kết quả đạt được'])).toHaveLength(1);
    expect(checkKind('ket-qua', ['2.1. Chỉ tiêu về công tác xây dựng Đảng'])).toHaveLength(1);
    expect(checkKind('han-che', ['1. Kết quả đạt được'])).toEqual([]);
    expect(checkKind('nhiem-vu', ['II. NHIỆM VỤ TRỌNG TÂM'])).toEqual([]);
  });
});

describe('labels, charts, counts, comparisons', () => {
  it('a short name uses only the title\'s words', () => {
    const title = 'Chủ động hơn nữa công tác thông tin, tuyên truyền; … Nâng cao hiệu quả công tác dân vận, tạo đồng thuận xã hội.';
    expect(checkShortTitle('Thông tin, tuyên truyền; dân vận, đồng thuận xã hội', title)).toEqual([]);
    expect(checkShortTitle('Tuyên truyền, dân vận khéo', title)[0]).toMatch(/khéo/);
  });
  it('a chart needs two different numbers in one unit, or a share of the year', () => {
    expect(checkChart([v({ value: 64, unit: 'doanh nghiệp' }), v({ value: 43, unit: 'doanh nghiệp' })])).toEqual([]);
    expect(checkChart([v({ value: 100, unit: '%' }), v({ value: 100, unit: '%' })])).toHaveLength(1);
    expect(checkChart([v({ value: 29.04, unit: '%', yearShare: true })])).toEqual([]);
  });
  it('"11/19" in any text must carry its parts', () => {
    const counts = [{ value: 11, of: 19, parts: [{ value: 8, label: 'chưa đến kỳ đánh giá' }] }];
    expect(checkCountsStated('đạt 11/19 chỉ tiêu; thu ngân sách …', counts)[0]).toMatch(/"11\/19" phải đi kèm "8 chưa đến kỳ đánh giá"/);
    expect(checkCountsStated('đạt 11/19 chỉ tiêu, trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá', counts)).toEqual([]);
    expect(checkCountsStated('không nói đến số này', counts)).toEqual([]);
  });
  it('figures compared share the definition and the kind', () => {
    const ind = { label: 'BHXH', definition: { measured: 'tham gia bảo hiểm xã hội', of: 'lực lượng lao động trong độ tuổi' } };
    const a = { file: 'a.yaml', entry: 'con số "x"', kind: 'chi-tieu' as const, quote: 'Tỷ lệ người tham gia bảo hiểm xã hội đạt 54% lực lượng lao động trong độ tuổi.' };
    const b = { file: 'b.yaml', entry: 'con số "y"', kind: 'chi-tieu' as const, quote: 'Tỷ lệ người tham gia bảo hiểm xã hội đến năm 2030 đạt 61% lực lượng lao động.' };
    expect(checkComparison(ind, [a, a])).toEqual([]);
    expect(checkComparison(ind, [a, b])).toEqual([expect.stringMatching(/^b\.yaml: con số "y": đoạn trích không nói "lực lượng lao động trong độ tuổi"/)]);
    expect(checkComparison(ind, [a, { ...b, comparisonNote: 'khác mẫu số' }])).toEqual([]);
    expect(checkComparison(ind, [a, { ...a, kind: 'ket-qua' }]).join('\n')).toMatch(/gộp nhiều loại con số/);
  });
});

describe('a value is its figure in the quote, not any number there', () => {
  it('item markers, years and dates are not figures; a minus is kept', () => {
    expect(printedNumbers('(1)- Phần đầu … (2) đạt 3% năm 2026')).toEqual([3]);
    expect(printedNumbers('1. Tăng 5 điểm')).toEqual([5]);
    expect(printedNumbers('họp ngày 08/12/2025, từ 01/7/2025, tháng 02/2026 đạt 11/19 chỉ tiêu')).toEqual([11, 19]);
    expect(printedNumbers('2026 - 2030, 2025-2026, quý I/2026')).toEqual([]);
    expect(printedNumbers('giảm -5% và QH15')).toEqual([-5]);
    expect(printedFigures('đạt **13,5**%')).toEqual([{ value: 13.5, raw: '13,5', start: 4, end: 8 }]);
  });
  const q = '(1)- Phần đầu tỷ lệ kết nạp đảng viên mới đạt 3% tổng số đảng viên trong năm 2026.';
  it('an item marker "(1)" or a year does not vouch for a value of 1 or 2026', () => {
    expect(checkValueText(v({ text: '(1)- Phần đầu tỷ lệ kết nạp đảng viên mới đạt 3%', value: 1, unit: '%' }), q)[0]).toMatch(/số 1 không có trong "text".*Số thứ tự của mục như "\(1\)", năm, ngày tháng không tính/);
    expect(checkValueText(v({ text: 'đạt 3% tổng số đảng viên trong năm 2026', value: 2026 }), q)[0]).toMatch(/số 2026 không có trong "text"/);
    expect(checkValueText(v({ text: 'đạt 3% tổng số đảng viên', value: 3, unit: '%' }), q)).toEqual([]);
  });
  it('with several numbers in the words, the value is the one next to its unit', () => {
    const g = 'duy trì 12 năm liên tiếp tăng trưởng 02 con số';
    expect(checkValueText(v({ text: g, value: 12, unit: 'năm' }), g)).toEqual([]);
    expect(checkValueText(v({ text: g, value: 2, unit: 'năm' }), g)[0]).toMatch(/số 2 không đứng cạnh đơn vị "năm" .*\(ở đây là 12\)/);
    const k = 'kiểm tra đối với 08 tổ chức đảng, 07 đảng viên';
    expect(checkValueText(v({ text: k, value: 7, unit: 'tổ chức đảng' }), k)[0]).toMatch(/không đứng cạnh đơn vị "tổ chức đảng"/);
    expect(checkValueText(v({ text: k, value: 7, unit: 'đảng viên' }), k)).toEqual([]);
  });
  it('one number in the words: the unit may stand before it', () => {
    const d = 'Số doanh nghiệp đang hoạt động trên địa bàn là 1.750';
    expect(checkValueText(v({ text: d, value: 1750, unit: 'doanh nghiệp' }), d)).toEqual([]);
    expect(checkValueText(v({ text: d, value: 1.75, unit: 'doanh nghiệp' }), d)[0]).toMatch(/số 1.75 không có/);
  });
  it('a count writes its value and its whole together', () => {
    const c = 'đạt 11/19 chỉ tiêu (trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá)';
    const parts = [{ value: 8, label: 'chưa đến kỳ đánh giá' }];
    expect(checkValueText(v({ text: c, value: 11, of: 19, unit: 'chỉ tiêu', parts }), c)).toEqual([]);
    expect(checkValueText(v({ text: c, value: 8, of: 19, unit: 'chỉ tiêu', parts }), c)[0]).toMatch(/phải ghi số đếm và tổng số liền nhau như văn bản in: 8\/19/);
  });
});

describe('summary figures', () => {
  const body = `Mở đầu, đạt 13,5% trở lên.

## II. MỤC TIÊU

### a) Các chỉ tiêu kinh tế

- Có 1.120 doanh nghiệp;
- Thu ngân sách đạt 100%;
- Giải ngân đạt 100% kế hoạch.

### b) Các chỉ tiêu xã hội

- Tỷ lệ gia đình văn hóa đạt trên 97,5%/năm;
`;
  const blocks = documentBlocks(body);
  const doc = blocks.flatMap((b) => b.words);
  it('counts the items a document lists under each heading', () => {
    expect([...itemCounts(blocks)].sort()).toEqual([1, 3, 4]);
  });
  it('accepts the document\'s own figures, as written, and counts of its listed items', () => {
    expect(checkSummaryFigures('Tăng 13,5% trở lên; 1.120 doanh nghiệp; 97,5%/năm', doc, () => blocks)).toEqual([]);
    expect(checkSummaryFigures('4 chỉ tiêu: 3 chỉ tiêu kinh tế, 1 chỉ tiêu xã hội', doc, () => blocks)).toEqual([]);
  });
  it('refuses a figure the document does not write, or writes otherwise', () => {
    const [m] = checkSummaryFigures('Tăng 15,5% trở lên; 1,120 doanh nghiệp; 7 chỉ tiêu', doc, () => blocks);
    expect(m).toMatch(/^số "15,5%", số "1,120", số "7" không có trong văn bản\. Tóm tắt chỉ ghi số như văn bản in/);
    expect(checkSummaryFigures('đạt 13.5%', doc, () => blocks)[0]).toMatch(/số "13\.5%"/);
  });
});
