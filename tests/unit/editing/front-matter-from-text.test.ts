import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../../src/lib/editing/convert-document.ts';
import { readHeader } from '../../../src/lib/editing/document-parts.ts';
import {
  citedNumbers, frontMatterFromText, parsePlaceDate, readFooter, sentenceCase,
} from '../../../src/lib/editing/front-matter-from-text.ts';

const draft = (text: string) => frontMatterFromText(convertDocument(text), 'x.txt');
const BODY = 'Ban Thường vụ Đảng ủy phường triển khai thực hiện như sau.';

describe('parsePlaceDate', () => {
  it('leaves blank parts blank', () => {
    expect(parsePlaceDate('Thủy Nguyên, ngày   tháng 02 năm 2026')).toEqual({ place: 'Thủy Nguyên', date: { year: 2026, month: 2 } });
    expect(parsePlaceDate('Gia Viên, ngày ... tháng ... năm 2026')).toEqual({ place: 'Gia Viên', date: { year: 2026 } });
    expect(parsePlaceDate('Hải Phòng, ngày 08 tháng 12 năm 2025')).toEqual({ place: 'Hải Phòng', date: { year: 2025, month: 12, day: 8 } });
    expect(parsePlaceDate('Thực hiện kế hoạch năm 2026')).toBeNull();
  });
});

describe('sentenceCase', () => {
  it('writes an upper-case issuing body as the documents write it in prose', () => {
    expect(sentenceCase('ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN')).toBe('Đảng ủy phường Thủy Nguyên');
    expect(sentenceCase('BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG HẢI DƯƠNG')).toBe('Ban Thường vụ Đảng ủy phường Hải Dương');
    expect(sentenceCase('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG')).toBe('Đảng bộ thành phố Hải Phòng');
    expect(sentenceCase('BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN LƯ')).toBe('Ban Chấp hành Đảng bộ xã An Lư');
  });
});

describe('citedNumbers', () => {
  it('lists document numbers once, in order, without the document\'s own number or dates', () => {
    const text = 'Số 15-CV/ĐU. Thực hiện Kết luận số 199-KL/TW, ngày 10/10/2025, Nghị quyết số 244/2025/QH15 và Nghị quyết số 20/NQ-HĐND; '
      + 'Chương trình số 14-CTr/TU và 14-Ctr/TU; đạt 11/19 chỉ tiêu, Quý I/2026, 15-CV/ĐU.';
    expect(citedNumbers(text, 'Số 15-CV/ĐU')).toEqual(['199-KL/TW', '244/2025/QH15', '20/NQ-HĐND', '14-CTr/TU']);
  });
});

describe('readFooter', () => {
  it('reads recipients and the signature whichever comes first, the name last', () => {
    expect(readFooter(['**T/M BAN CHẤP HÀNH\nBÍ THƯ**', 'Nơi nhận:', '- Thường trực Thành uỷ,\n- Lưu Văn phòng Đảng uỷ.', 'Trần Quang Tường'])).toEqual({
      label: 'Nơi nhận:', recipients: ['Thường trực Thành uỷ,', 'Lưu Văn phòng Đảng uỷ.'], authority: 'T/M BAN CHẤP HÀNH', title: 'BÍ THƯ', name: 'Trần Quang Tường', skipped: [],
    });
  });
  it('keeps a misspelt label as printed, joins a wrapped recipient, puts a title on two lines together, and sets "(Đã ký)" aside', () => {
    const footer = readFooter(['Nơi nhân: - Ban Tuyên giáo và Dân vận', 'Thành ủy (để b/c),', '- Lưu VPĐU.', 'KT. BÍ THƯ\nPHÓ BÍ THƯ\nTHƯỜNG TRỰC', '(Đã ký)', 'Nguyễn Văn An']);
    expect(footer).toMatchObject({ label: 'Nơi nhân:', authority: 'KT. BÍ THƯ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Nguyễn Văn An', skipped: ['(Đã ký)'] });
    expect(footer.recipients).toEqual(['Ban Tuyên giáo và Dân vận Thành ủy (để b/c),', 'Lưu VPĐU.']);
  });
  it('reads a signature with no authority line', () => {
    expect(readFooter(['Nơi nhận:', '- Lưu.', 'BÍ THƯ', 'Lê Văn C'])).toMatchObject({ title: 'BÍ THƯ', name: 'Lê Văn C' });
  });
});

describe('frontMatterFromText', () => {
  it.each([
    ['NGHỊ QUYẾT', 'nghi-quyet'], ['KẾ HOẠCH', 'ke-hoach'], ['CÔNG VĂN', 'cong-van'], ['KẾT LUẬN', 'ket-luan'],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'chuong-trinh-hanh-dong'], ['THÔNG BÁO', 'thong-bao'], ['CHỈ THỊ', 'chi-thi'],
    ['QUYẾT ĐỊNH', 'quyet-dinh'], ['BÁO CÁO', 'bao-cao'], ['HƯỚNG DẪN', 'huong-dan'],
  ])('reads the type from the heading word %s', (heading, type) => {
    expect(draft(`${heading}\nvề công tác tháng 3/2026\n\n${BODY}`).data.type).toBe(type);
  });

  it('reads the type from the number when there is no heading word, and says so', () => {
    const d = draft(`ĐẢNG ỦY PHƯỜNG AN BIÊN\n\nSố 21-CV/ĐU\n\nV/v chuẩn bị hội nghị\n\n${BODY}`);
    expect(d.data).toMatchObject({ type: 'cong-van', number: 'Số 21-CV/ĐU', subject: 'V/v chuẩn bị hội nghị', issuer: { ward: 'An Biên', body: 'Đảng ủy phường An Biên' } });
    expect(d.found.join('\n')).toMatch(/theo số hiệu "Số 21-CV\/ĐU"/);
  });

  it('reads a header laid out as a Word table (left cell, then right cell), and Kính gửi on one line', () => {
    const text = [
      '**ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG**', '**ĐẢNG ỦY PHƯỜNG LÊ CHÂN**', '*', 'Số 03-KH/ĐU',
      '**ĐẢNG CỘNG SẢN VIỆT NAM**', '*Lê Chân, ngày 15 tháng 01 năm 2026*',
      '**KẾ HOẠCH**', '**tổ chức Tết Nguyên đán**', 'Kính gửi: Các chi bộ trực thuộc.', BODY,
      'Nơi nhận:', '- Lưu VPĐU.', '**T/M BAN THƯỜNG VỤ**', '**BÍ THƯ**', '**Đỗ Văn Dũng**',
    ].join('\n\n');
    const d = draft(text);
    expect(d.data).toMatchObject({
      type: 'ke-hoach', number: 'Số 03-KH/ĐU', issuer: { ward: 'Lê Chân', body: 'Đảng ủy phường Lê Chân' },
      header: { issuerLines: ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'ĐẢNG ỦY PHƯỜNG LÊ CHÂN'], placeDate: 'Lê Chân, ngày 15 tháng 01 năm 2026', heading: ['KẾ HOẠCH'] },
      place: 'Lê Chân', date: { year: 2026, month: 1, day: 15 }, subject: 'tổ chức Tết Nguyên đán', addressees: ['Các chi bộ trực thuộc.'],
      signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Đỗ Văn Dũng' }, recipients: ['Lưu VPĐU.'],
    });
    expect(d.data).not.toHaveProperty('dateNote');
    expect(convertDocument(text).body).toBe(`${BODY}\n`);
  });

  it('lists what it could not determine instead of guessing, naming wards the text mentions', () => {
    const d = draft('KẾ HOẠCH\n\nThực hiện chỉ đạo, Ban Thường vụ Đảng ủy phường Hải Dương triển khai như sau:\n\n- Tuyên truyền đến toàn thể đảng viên phường Hải Dương.');
    expect(d.data).not.toHaveProperty('issuer');
    expect(d.data).not.toHaveProperty('date');
    expect(d.missing.map(([f]) => f)).toEqual(['title', 'issuer', 'date', 'subject', 'signer.title', 'signer.name', 'recipients', 'summary']);
    expect(d.missing.find(([f]) => f === 'issuer')![1]).toMatch(/"phường Hải Dương"/);
  });

  it('notes a blank day in dateNote', () => {
    expect(draft(`Thủy Nguyên, ngày    tháng 02 năm 2026\n\nTHÔNG BÁO\n\n${BODY}`).data).toMatchObject({ date: { year: 2026, month: 2 }, dateNote: 'Văn bản để trống ngày ban hành.' });
  });
});

describe('readHeader', () => {
  it('stops at the first paragraph of prose or numbered item, short or long', () => {
    expect(readHeader(['THÔNG BÁO', 'Họp lúc 14 giờ.', 'Nơi nhận:']).paragraphs).toBe(1);
    expect(readHeader(['KẾ HOẠCH', 'I. MỤC ĐÍCH']).paragraphs).toBe(1);
    expect(readHeader(['Thực hiện chỉ đạo của Đảng ủy, các chi bộ báo cáo.']).paragraphs).toBe(0);
  });
});
