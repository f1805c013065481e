import { describe, expect, it } from 'vitest';
import { endSentence, expandAbbreviations, splitSentences, spokenText, stripEmphasis, stripItemMarker, type GlossaryEntry } from '../../../src/lib/channels/text.ts';

const glossary: GlossaryEntry[] = [
  ['UBND', 'Ủy ban nhân dân'], ['HĐND', 'Hội đồng nhân dân'], ['MTTQ', 'Mặt trận Tổ quốc'], ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['TW', 'Trung ương'], ['ĐU', 'Đảng ủy'], ['CT-XH', 'chính trị - xã hội'], ['T/M', 'Thay mặt'], ['AI', 'trí tuệ nhân tạo'],
];

describe('item markers and emphasis', () => {
  it.each([
    ['(14)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%.', 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%.'],
    ['(10) - Tổng giá trị sản phẩm trên địa bàn tăng 11%', 'Tổng giá trị sản phẩm trên địa bàn tăng 11%'],
    ['(1) Tình hình địa phương cơ bản ổn định', 'Tình hình địa phương cơ bản ổn định'],
    ['1. Nhiệm vụ: Phát triển kinh tế tư nhân', 'Nhiệm vụ: Phát triển kinh tế tư nhân'],
    ['2.1. Mục tiêu', 'Mục tiêu'],
    ['II- MỤC TIÊU, CHỈ TIÊU', 'MỤC TIÊU, CHỈ TIÊU'],
    ['a) Các chỉ tiêu kinh tế', 'Các chỉ tiêu kinh tế'],
  ])('drops the marker of %j', (input, expected) => expect(stripItemMarker(input)).toBe(expected));

  it('keeps a figure that opens a sentence', () => {
    expect(stripItemMarker('100% trường học đạt chuẩn Quốc gia;')).toBe('100% trường học đạt chuẩn Quốc gia;');
    expect(stripItemMarker('2026 - 2030 là giai đoạn')).toBe('2026 - 2030 là giai đoạn');
  });

  it('drops Markdown emphasis and keeps the words', () => {
    expect(stripEmphasis('hoàn thành toàn diện **14/14** chỉ tiêu, "*Chính quyền thân thiện*"')).toBe('hoàn thành toàn diện 14/14 chỉ tiêu, "Chính quyền thân thiện"');
    expect(spokenText('(6)- Tổng thu đạt trên **2.525** tỷ đồng', glossary)).toBe('Tổng thu đạt trên 2.525 tỷ đồng');
  });
});

describe('abbreviations spelled out', () => {
  it('spells out an abbreviation standing as a word, before punctuation too', () => {
    expect(expandAbbreviations('Thường trực HĐND, UBND phường; Ủy ban MTTQ Việt Nam', glossary))
      .toBe('Thường trực Hội đồng nhân dân, Ủy ban nhân dân phường; Ủy ban Mặt trận Tổ quốc Việt Nam');
    expect(expandAbbreviations('các tổ chức CT-XH phường; T/M BAN CHẤP HÀNH', glossary)).toBe('các tổ chức chính trị - xã hội phường; Thay mặt BAN CHẤP HÀNH');
  });

  it('takes the longest abbreviation and never one inside a word', () => {
    expect(expandAbbreviations('UBMTTQVN phường', glossary)).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam phường');
    expect(expandAbbreviations('HẢI PHÒNG, camera AI', glossary)).toBe('HẢI PHÒNG, camera trí tuệ nhân tạo');
  });

  it('reads a document number as printed', () => {
    const numbers = 'Kết luận số 199-KL/TW, Nghị quyết số 20/NQ-HĐND, Số -CV/ĐU';
    expect(expandAbbreviations(numbers, glossary)).toBe(numbers);
  });
});

describe('sentences', () => {
  it('splits at a full stop before a capital, not after an item number or inside a number', () => {
    const block = '2. Những tồn tại, hạn chế: Việc xây dựng văn bản còn chậm. Thu ngân sách ước 149,432 tỷ đồng, đạt 2.525 tỷ đồng từ 01/7/2025. Tổ chức tốt năm 2026.... Hoàn thành chương trình';
    expect(splitSentences(block)).toEqual([
      '2. Những tồn tại, hạn chế: Việc xây dựng văn bản còn chậm.',
      'Thu ngân sách ước 149,432 tỷ đồng, đạt 2.525 tỷ đồng từ 01/7/2025.',
      'Tổ chức tốt năm 2026....',
      'Hoàn thành chương trình',
    ]);
  });

  it('keeps a closing quote with its sentence and splits before an opening one', () => {
    expect(splitSentences('Xây dựng “tổ dân phố không ma túy”. "Dân vận khéo" được phát động.')).toEqual(['Xây dựng “tổ dân phố không ma túy”.', '"Dân vận khéo" được phát động.']);
  });

  it('ends every sentence with a full stop when read out', () => {
    expect(endSentence('Tỷ lệ gia đình văn hóa đạt trên 97,5%/năm;')).toBe('Tỷ lệ gia đình văn hóa đạt trên 97,5%/năm.');
    expect(endSentence('kiểm soát thị trường tài chính')).toBe('kiểm soát thị trường tài chính.');
    expect(endSentence('đạt 100% (nếu có).')).toBe('đạt 100% (nếu có).');
  });
});
