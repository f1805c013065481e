// The search page speaks to the public: no instruction meant for editors (audit 1d: "hãy chạy npm run build").
import { describe, expect, it } from 'vitest';
import { searchUi } from '../../../src/lib/site/ui.ts';

describe('search page strings', () => {
  it('the missing-index message is plain and public', () => {
    expect(searchUi.unavailable).toBe('Tìm kiếm tạm thời chưa dùng được. Bạn vẫn có thể xem toàn bộ văn bản trong thư viện văn bản.');
  });
  it('no string names a command, the dev server or a build', () => {
    const strings = Object.values(searchUi as Record<string, unknown>).flatMap((v): string[] =>
      typeof v === 'string' ? [v] : Array.isArray(v) ? v : typeof v === 'function' ? [String(v(2, 'x'))] : []);
    for (const s of strings) expect(s).not.toMatch(/npm|astro|build|\bdev\b|chỉ mục|bản dựng|lệnh/i);
  });
});
