import { describe, expect, it } from 'vitest';
import { convertDocument, findBodyRange, splitParagraphs } from '../../../src/lib/editing/convert-document.ts';
import { words } from '../../../src/lib/editing/fidelity.ts';

const received = `

**ĐẢNG ỦY PHƯỜNG X**

KẾ HOẠCH

Tuyên truyền, phổ biến, quán triệt Kết luận số 199-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII và Nghị quyết số 244/2025/QH15 của Quốc hội về kế hoạch năm 2026

Thực hiện Chương trình hành động số 14-CTr/TU ngày 28/01/2026 của Thành ủy Hải Phòng về thực hiện Kết luận số 199-KL/TW, Ban Thường vụ Đảng ủy triển khai cụ thể như sau:

I. MỤC ĐÍCH VÀ YÊU CẦU

1. Mục đích

- Quán triệt sâu sắc tới toàn thể cán bộ, đảng viên và Nhân dân; tạo sự đồng thuận cao trong nhận thức và hành động, phải gắn

với nhiệm vụ chính trị của phường.

- Cụ thể hóa các nhiệm vụ.

1. Tuyên truyền quan điểm, mục tiêu tổng quát và các chỉ tiêu chủ yếu năm 2026.

- (6)- Tổng thu ngân sách nhà nước trên địa bàn đạt trên **2.525** tỷ đồng.
- (7)- Tỷ lệ giải ngân vốn đầu tư công đạt **100%**.

a) Các chỉ tiêu kinh tế

Nơi nhận:

- Lưu VPĐU.

**T/M BAN THƯỜNG VỤ
BÍ THƯ**

Nguyễn Văn A`;

describe('convertDocument', () => {
  const result = convertDocument(received);

  it('finds the body between the title block and the recipients', () => {
    const paragraphs = splitParagraphs(received);
    const [start, end] = findBodyRange(paragraphs);
    expect(paragraphs[start]).toMatch(/^Thực hiện Chương trình/);
    expect(paragraphs[end]).toBe('Nơi nhận:');
    expect(result.headerParagraphs).toHaveLength(3);
    expect(result.footerParagraphs.at(-1)).toBe('Nguyễn Văn A');
  });
  it('makes numbered section titles headings, nested without skipping levels', () => {
    expect(result.body).toContain('## I. MỤC ĐÍCH VÀ YÊU CẦU');
    expect(result.body).toContain('### 1. Mục đích');
    expect(result.body).toContain('#### a) Các chỉ tiêu kinh tế');
  });
  it('keeps printed numbers as text, not Markdown list numbers', () => {
    expect(result.body).toContain('1\\. Tuyên truyền quan điểm');
    expect(result.body).toContain('\n(6)- Tổng thu ngân sách');
    expect(result.body).toContain('\n(7)- Tỷ lệ giải ngân');
    expect(result.body).toContain('**2.525**');
  });
  it('joins a paragraph split by a page break, and says so', () => {
    expect(result.body).toContain('phải gắn với nhiệm vụ chính trị');
    expect(result.joins).toHaveLength(1);
  });
  it('keeps every word of the body in order', () => {
    const bodySource = received.slice(received.indexOf('Thực hiện'), received.indexOf('Nơi nhận'));
    expect(words(result.body)).toEqual(words(bodySource));
  });
  it('says clearly when there is no body', () => {
    expect(() => convertDocument('KẾ HOẠCH\n\nNơi nhận:')).toThrow(/Không tìm thấy phần thân/);
    expect(() => convertDocument('ĐẢNG ỦY PHƯỜNG X\n\nTHÔNG BÁO')).toThrow(/Không tìm thấy phần thân/);
  });
  it('converts a short notice: the body is its one short paragraph', () => {
    const notice = convertDocument('ĐẢNG ỦY PHƯỜNG X\n\nSố 07-TB/ĐU\n\nTHÔNG BÁO\nvề lịch họp\n\nHọp lúc 14 giờ, ngày 10/3/2026.\n\nNơi nhận:\n- Lưu VPĐU.\n\nCHÁNH VĂN PHÒNG\n\nTrần Thị Lan');
    expect(notice.body).toBe('Họp lúc 14 giờ, ngày 10/3/2026.\n');
    expect(notice.headerParagraphs).toHaveLength(3);
    expect(notice.footerParagraphs).toHaveLength(3);
  });
  it('starts the body after a header whose lines come from Word table cells, one paragraph each', () => {
    const cells = ['**ĐẢNG ỦY PHƯỜNG X**', '*', 'Số 01-CV/ĐU', '*V/v họp chi bộ*', '**ĐẢNG CỘNG SẢN VIỆT NAM**', '*X, ngày 02 tháng 3 năm 2026*', '*Kính gửi:*', '- Các chi bộ trực thuộc.'];
    const [start] = findBodyRange([...cells, 'Đề nghị các chi bộ họp trước ngày 10/3/2026.', 'Nơi nhận:']);
    expect(start).toBe(cells.length);
  });
});
