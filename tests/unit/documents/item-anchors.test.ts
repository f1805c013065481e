import { describe, expect, it } from 'vitest';
import { ItemAnchorTracker, itemMarker } from '../../../src/lib/documents/item-anchors.ts';

describe('item markers', () => {
  it.each([
    ['I. MỤC ĐÍCH VÀ YÊU CẦU', 'roman', 'I'],
    ['II- MỤC TIÊU', 'roman', 'II'],
    ['1. Mục đích', 'arabic', '1'],
    ['2.1. Chỉ tiêu về công tác xây dựng Đảng', 'dotted', '2.1'],
    ['(14)- Tỷ lệ dân số tham gia bảo hiểm y tế', 'paren', '(14)'],
    ['(10) - Tổng giá trị sản phẩm', 'paren', '(10)'],
    ['(1) Tình hình địa phương', 'paren', '(1)'],
    ['a) Các chỉ tiêu kinh tế', 'letter', 'a'],
  ])('%s', (text, kind, label) => {
    expect(itemMarker(text)).toEqual({ kind, label });
  });
  it('ignores text that only looks numbered', () => {
    expect(itemMarker('Năm 2025, tiếp nối công tác')).toBeNull();
    expect(itemMarker('2026 - 2030 và tiếp tục')).toBeNull();
    expect(itemMarker('Ví dụ (nếu có) thì')).toBeNull();
  });
});

describe('item anchors', () => {
  it('follow the numbering path of the document', () => {
    const t = new ItemAnchorTracker();
    const ids = ['I. A', '1. B', '2. C', '2.1. D', '(1)- E', '2.2. F', '(6)- G', 'II. H', '1. K', 'a) L']
      .map((s) => t.next(itemMarker(s)!));
    expect(ids).toEqual(['muc-i', 'muc-i-1', 'muc-i-2', 'muc-i-2-1', 'muc-i-2-1-1', 'muc-i-2-2', 'muc-i-2-2-6', 'muc-ii', 'muc-ii-1', 'muc-ii-1-a']);
  });
  it('never gives the same id twice', () => {
    const t = new ItemAnchorTracker();
    const a = t.next(itemMarker('1. A')!);
    const b = t.next(itemMarker('1. A again')!);
    expect(a).toBe('muc-1');
    expect(b).toBe('muc-1-2');
  });
});

describe('paragraph anchors', () => {
  it('number unnumbered paragraphs under the item they follow', () => {
    const t = new ItemAnchorTracker();
    expect(t.paragraph()).toBe('doan-1');
    t.next(itemMarker('II. NỘI DUNG')!);
    t.next(itemMarker('2. Tuyên truyền')!);
    expect([t.paragraph(), t.paragraph()]).toEqual(['muc-ii-2-doan-1', 'muc-ii-2-doan-2']);
    t.next(itemMarker('3. Khác')!);
    expect(t.paragraph()).toBe('muc-ii-3-doan-1');
  });
});
