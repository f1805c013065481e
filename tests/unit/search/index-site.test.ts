// The search step's settings: its time limit and Pagefind's program, checked before the build starts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGEFIND_TIMEOUT_SECONDS, findPagefindBinary, pagefindBinaryProblem, pagefindTimeoutSeconds, silentBinaryMessage, timeoutMessage } from '../../../src/lib/search/index-site.ts';

describe('PAGEFIND_TIMEOUT_SECONDS', () => {
  it('defaults to a generous limit and takes seconds, with a decimal comma too', () => {
    expect(DEFAULT_PAGEFIND_TIMEOUT_SECONDS).toBe(120);
    expect(pagefindTimeoutSeconds({})).toBe(120);
    expect(pagefindTimeoutSeconds({ PAGEFIND_TIMEOUT_SECONDS: ' ' })).toBe(120);
    expect(pagefindTimeoutSeconds({ PAGEFIND_TIMEOUT_SECONDS: '300' })).toBe(300);
    expect(pagefindTimeoutSeconds({ PAGEFIND_TIMEOUT_SECONDS: '2,5' })).toBe(2.5);
  });
  for (const value of ['abc', '0', '-5', 'Infinity']) {
    it(`"${value}" is refused, naming the variable`, () => {
      expect(() => pagefindTimeoutSeconds({ PAGEFIND_TIMEOUT_SECONDS: value })).toThrow(`Biến môi trường PAGEFIND_TIMEOUT_SECONDS="${value}" không dùng được: phải là số giây lớn hơn 0`);
    });
  }
  it('the time-out message says what happened and how to allow more time', () => {
    expect(timeoutMessage(3)).toBe('Không tạo được chỉ mục tìm kiếm: Pagefind chạy quá 3 giây mà chưa xong nên đã bị dừng. Chạy lại; nếu máy chậm hoặc trang rất nhiều, đặt thời gian dài hơn, ví dụ PAGEFIND_TIMEOUT_SECONDS=300.');
  });
});

describe('Pagefind’s program', () => {
  it('is found on this machine', () => {
    expect(findPagefindBinary({})).toEqual({ path: expect.stringMatching(/@pagefind\/[\w-]+\/bin\/pagefind/) });
    expect(pagefindBinaryProblem({})).toBeNull();
  });
  it('a variable pointing nowhere is named with its value (the audit’s simulated missing binary)', () => {
    expect(pagefindBinaryProblem({ PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent' })).toBe('Không tạo được chỉ mục tìm kiếm: biến môi trường PAGEFIND_EXTENDED_BINARY_PATH chỉ tới "/nonexistent", nhưng không có tệp đó. Bỏ biến này (hoặc sửa cho đúng) rồi chạy lại.');
    expect(pagefindBinaryProblem({ PAGEFIND_BINARY_PATH: '/nonexistent' })).toMatch(/PAGEFIND_BINARY_PATH chỉ tới "\/nonexistent"/);
  });
  it('a program that ends without answering is named', () => {
    expect(silentBinaryMessage({ PAGEFIND_BINARY_PATH: '/bin/false' })).toMatch(/^Không tạo được chỉ mục tìm kiếm: chương trình Pagefind \(\/bin\/false\) dừng mà không trả lời/);
  });
});
