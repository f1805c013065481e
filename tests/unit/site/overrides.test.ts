// SITE_URL and SITE_BASE at build time (audit table 1b): refused values name the variable, the value and the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig, siteOverrides } from '../../../src/lib/site/config.ts';

const siteYaml = readFileSync('content/site.yaml', 'utf8');
const refused = (env: Record<string, string>) => {
  const { problems, siteUrl, base } = siteOverrides(env);
  expect(siteUrl).toBeUndefined();
  expect(base).toBeUndefined();
  expect(problems).toHaveLength(1);
  expect(problems[0]).not.toMatch(/site\.yaml/);
  return problems[0]!;
};

describe('SITE_BASE', () => {
  it('a plain path is normalised; blank keeps site.yaml', () => {
    expect(siteOverrides({ SITE_BASE: 'tuyen-truyen' })).toEqual({ base: '/tuyen-truyen/', problems: [], notes: [] });
    expect(siteOverrides({ SITE_BASE: '/a/b_c/' }).base).toBe('/a/b_c/');
    expect(siteOverrides({ SITE_BASE: ' ' }).base).toBe('/');
    expect(siteOverrides({ SITE_BASE: '' })).toEqual({ problems: [], notes: [] });
    expect(parseSiteConfig(siteYaml, { SITE_BASE: 'tuyen-truyen' }).base).toBe('/tuyen-truyen/');
  });

  const cases: Array<[string, RegExp, RegExp]> = [
    ['/a b/', /có dấu cách/, /Thử: SITE_BASE=\/a-b\//],
    ['/tuyen truyen', /có dấu cách/, /Thử: SITE_BASE=\/tuyen-truyen\//],
    ['/../', /có đoạn "\." hoặc "\.\."/, /Ví dụ: SITE_BASE=\/tuyen-truyen\//],
    ['//evil.example/', /bắt đầu bằng "\/\/" \(trình duyệt hiểu là một máy chủ khác\)/, /SITE_BASE=/],
    ['%2e%2e', /có mã "%…"/, /Ví dụ: SITE_BASE=\/tuyen-truyen\//],
    ['/ở-đây/', /có chữ có dấu/, /Thử: SITE_BASE=\/o-day\//],
    ['/a<b>/', /có ký tự "<", ">"/, /Thử: SITE_BASE=\/a-b\//],
  ];
  for (const [value, why, fix] of cases) {
    it(`"${value}" is refused, naming SITE_BASE, the value and the reason`, () => {
      const problem = refused({ SITE_BASE: value });
      expect(problem.startsWith(`Biến môi trường SITE_BASE="${value}" không dùng được: `)).toBe(true);
      expect(problem).toMatch(why);
      expect(problem).toMatch(fix);
    });
  }

  it('"/a b/" is not blamed for its slashes (the reason the audit saw)', () => {
    expect(refused({ SITE_BASE: '/a b/' })).not.toMatch(/: bắt đầu và kết thúc/);
  });
});

describe('SITE_URL', () => {
  it('an https address is taken as its origin', () => {
    expect(siteOverrides({ SITE_URL: 'https://x.gov.vn/' })).toEqual({ siteUrl: 'https://x.gov.vn', problems: [], notes: [] });
    expect(parseSiteConfig(siteYaml, { SITE_URL: 'https://x.gov.vn' }).siteUrl).toBe('https://x.gov.vn');
  });

  it('http is accepted with a note saying what it changes', () => {
    const { siteUrl, notes, problems } = siteOverrides({ SITE_URL: 'http://x.gov.vn' });
    expect(problems).toEqual([]);
    expect(siteUrl).toBe('http://x.gov.vn');
    expect(notes).toEqual([expect.stringMatching(/^Lưu ý: SITE_URL="http:\/\/x\.gov\.vn" dùng http .*SITE_URL=https:\/\/x\.gov\.vn/)]);
  });

  it('a path is refused and moved to SITE_BASE in the message', () => {
    expect(refused({ SITE_URL: 'https://x.gov.vn/sub/path' })).toBe(
      'Biến môi trường SITE_URL="https://x.gov.vn/sub/path" không dùng được: SITE_URL chỉ là địa chỉ gốc của cổng, không có đường dẫn con "/sub/path". Ghi SITE_URL=https://x.gov.vn và đặt đường dẫn con vào SITE_BASE=/sub/path/',
    );
  });

  const cases: Array<[string, RegExp]> = [
    ['not a url', /không phải một địa chỉ trang web đầy đủ\. Ghi địa chỉ gốc của cổng, ví dụ SITE_URL=https:\/\/phuong\.example\.gov\.vn$/],
    ['haiduong.gov.vn', /thiếu "https:\/\/" ở đầu\. Ghi: SITE_URL=https:\/\/haiduong\.gov\.vn$/],
    ['javascript:alert(1)', /phải bắt đầu bằng "https:\/\/" \(hoặc "http:\/\/"\), không phải "javascript:"/],
    ['data:text/html,x', /không phải "data:"/],
    ['ftp://x.gov.vn', /không phải "ftp:"/],
    ['https://user:pw@x.gov.vn', /tên đăng nhập hoặc mật khẩu/],
    ['https://x.gov.vn/?a=1', /phần "\?…" hoặc "#…"/],
  ];
  for (const [value, why] of cases) {
    it(`"${value}" is refused, naming SITE_URL and the value`, () => {
      const problem = refused({ SITE_URL: value });
      expect(problem.startsWith(`Biến môi trường SITE_URL="${value}" không dùng được: `)).toBe(true);
      expect(problem).toMatch(why);
    });
  }

  it('the site config (astro.config’s guard) refuses with the same message, not one about site.yaml', () => {
    expect(() => parseSiteConfig(siteYaml, { SITE_URL: 'javascript:alert(1)' })).toThrow(/^Biến môi trường SITE_URL="javascript:alert\(1\)"/);
    expect(() => parseSiteConfig(siteYaml, { SITE_BASE: '/a b/' })).toThrow(/^Biến môi trường SITE_BASE="\/a b\/"/);
  });
});
