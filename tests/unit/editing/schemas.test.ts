import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/lib/documents/schema.ts';
import { formatIssues } from '../../../src/lib/editing/errors.ts';
import { normalizeBase, parseSiteConfig } from '../../../src/lib/site/config.ts';
import { readFileSync } from 'node:fs';

const valid = {
  title: 'Công văn',
  type: 'cong-van',
  number: 'Số -CV/ĐU',
  issuer: { ward: 'Thủy Nguyên', body: 'Đảng ủy phường Thủy Nguyên' },
  date: { year: 2026, month: 2 },
  signer: { authority: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Vũ Văn Hạnh' },
  subject: 'V/v thực hiện',
  recipients: ['Như trên,'],
  cites: ['14-CTr/TU', '244/2025/QH15'],
  summary: 'Tóm tắt.',
  source: '000_41e49f6029fcab08.txt',
};

function errors(data: unknown): string {
  const r = documentSchema.safeParse(data);
  return r.success ? '' : formatIssues('content/documents/x.mdx', r.error.issues);
}

describe('document schema', () => {
  it('accepts a document with a blank day', () => {
    const r = documentSchema.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.success && r.data.recipientsLabel).toBe('Nơi nhận:');
  });
  it('names the file and field of a missing title, and how to fix it', () => {
    const { title: _, ...rest } = valid;
    expect(errors(rest)).toMatch(/content\/documents\/x\.mdx[\s\S]*trường "title": Thiếu trường "title"/);
  });
  it('lists the allowed document types', () => {
    expect(errors({ ...valid, type: 'cong van' })).toMatch(/"type" phải là một trong: cong-van, ke-hoach/);
  });
  it('rejects an impossible date and an invented day', () => {
    expect(errors({ ...valid, date: { year: 2026, month: 2, day: 30 } })).toMatch(/Ngày không hợp lệ/);
    expect(errors({ ...valid, date: { year: 2026, day: 1 } })).toMatch(/Ngày không hợp lệ/);
  });
  it('rejects an empty field and an unknown one', () => {
    expect(errors({ ...valid, subject: '  ' })).toMatch(/"subject" đang để trống/);
    expect(errors({ ...valid, sigmer: {} })).toMatch(/có trường lạ "sigmer": kiểm tra chính tả/);
  });
  it('requires recipients and well-formed document numbers', () => {
    expect(errors({ ...valid, recipients: [] })).toMatch(/Nơi nhận/);
    expect(errors({ ...valid, cites: ['Kết luận 199'] })).toMatch(/trường "cites\[1\]"/);
  });
});

describe('site config', () => {
  const source = readFileSync('content/site.yaml', 'utf8');
  it('loads the default identity: Phường Hải Dương, Thành phố Hải Phòng', () => {
    const site = parseSiteConfig(source, {});
    expect(site.wardName).toBe('Phường Hải Dương');
    expect(site.city).toBe('Thành phố Hải Phòng');
    expect(site.base).toBe('/');
  });
  it('takes SITE_URL and SITE_BASE from the environment', () => {
    const site = parseSiteConfig(source, { SITE_URL: 'https://portal.example.vn', SITE_BASE: 'tuyen-truyen' });
    expect(site.siteUrl).toBe('https://portal.example.vn');
    expect(site.base).toBe('/tuyen-truyen/');
  });
  it('normalizes base paths', () => {
    expect(normalizeBase('/a/b')).toBe('/a/b/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
  });
  it('names the file and the field of a bad value', () => {
    expect(() => parseSiteConfig(source.replace(/^siteUrl: .*$/m, 'siteUrl: portal'), {})).toThrow(/content\/site\.yaml[\s\S]*trường "siteUrl"/);
    expect(() => parseSiteConfig('ward: [', {})).toThrow(/không đọc được YAML/);
  });
  it('requires the contact address, phone and e-mail, placeholders allowed', () => {
    const site = parseSiteConfig(source, {});
    expect(site.contact.office).toBe('Văn phòng Đảng ủy phường Hải Dương');
    expect(site.contact.email).toBe('can-dien@example.invalid');
    const without = (field: string) => source.replace(new RegExp(`^  ${field}: .*\\n`, 'm'), '');
    expect(() => parseSiteConfig(without('phone'), {})).toThrow(/trường "contact\.phone"[\s\S]*Thiếu trường "contact\.phone"/);
    expect(() => parseSiteConfig(without('address'), {})).toThrow(/Thiếu trường "contact\.address"/);
    expect(() => parseSiteConfig(without('email'), {})).toThrow(/trường "contact\.email"/);
    expect(() => parseSiteConfig(source.replace(/^  email: .*$/m, '  email: chua co'), {})).toThrow(/"contact\.email" không đúng dạng thư điện tử[\s\S]*can-dien@example\.invalid/);
  });
});
