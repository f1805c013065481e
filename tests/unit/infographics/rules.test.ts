import { describe, expect, it } from 'vitest';
import {
  allowedKinds, checkChart, checkComparison, checkCountsStated, checkKind, checkShortTitle, checkValueText, checkWhen, leadLabel, printedNumbers,
} from '../../../src/lib/infographics/rules.ts';
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
