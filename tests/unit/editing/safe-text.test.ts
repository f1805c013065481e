// Text fields (front matter, site.yaml, the YAML data) are printed as text: markup and code in them are refused,
// as in a document body. The audit's payloads, planted in fields.
import { describe, expect, it } from 'vitest';
import { unsafeTextProblem } from '../../../src/lib/editing/safe-text.ts';
import { text } from '../../../src/lib/editing/fields.ts';
import { figureSchema } from '../../../src/lib/infographics/schema.ts';

describe('safe text fields', () => {
  it('ordinary Vietnamese text passes, "<" and ">" before figures included', () => {
    for (const v of ['Văn bản ghi "ngày 08/4/2024".', 'Tăng trưởng <13,5%, thu ngân sách >2.000 tỷ đồng', 'Nhập khẩu (import) hàng hóa', 'Hà Nội: 1/2 (50%)']) {
      expect(unsafeTextProblem(v)).toBeNull();
    }
  });

  it.each([
    ['event handler', '<img src="x" onerror="window.__mdxxss=1" />', /có thẻ HTML <img src="x" onerror=/],
    ['javascript: link', '<a href="javascript:alert(1)">đây</a>', /có thẻ HTML <a href=/],
    ['javascript: address as text', 'Xem javascript:alert(document.domain)', /có địa chỉ "javascript:"/],
    ['data: address', 'data:text/html;base64,PHNjcmlwdD4=', /có địa chỉ "data:text\/html"/],
    ['<style> that hides text', '<style>{".doc-body > p{display:none}"}</style>', /có thẻ HTML <style>/],
    ['import of a file', "import hostinfo from '/etc/os-release?raw'", /có dòng "import hostinfo from '\/etc\/os-release\?raw'"/],
    ['process.env', 'Máy dựng: {process.env.HOME}', /có đoạn mã \{process\.env\.HOME\}/],
    ['HTML comment', 'chữ <!-- x -->', /có thẻ HTML <!--/],
  ])('refuses a %s, naming the field', (_, value, pattern) => {
    const r = text('note').safeParse(value);
    expect(r.success).toBe(false);
    const message = r.error!.issues[0]!.message;
    expect(message).toMatch(pattern);
    expect(message).toMatch(/^"note" có .*: trường này chỉ chứa chữ \(không thẻ HTML, không \{…\}, không import\/export, không địa chỉ javascript: hay data:\)\./);
  });

  it('holds in the YAML data schemas too: a figure note with an event handler', () => {
    const figure = { id: 'a', label: 'Nhãn', kind: 'chi-tieu', category: 'kinh-te', taskGroups: [1], values: [{ text: '13,5%', value: 13.5 }], quote: 'đạt 13,5%', note: '<img src=x onerror=alert(1)>' };
    const r = figureSchema.safeParse(figure);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([expect.stringMatching(/^note: "note" có thẻ HTML <img/)]);
  });
});
