// Every address in content is https, http, mailto or tel; javascript: and data: are errors naming the field (row #36).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { urlField, urlProblem, webUrlField } from '../../../src/lib/editing/url-field.ts';
import { parseSiteConfig } from '../../../src/lib/site/config.ts';

const siteYaml = readFileSync('content/site.yaml', 'utf8');
const withPortal = (url: string) => siteYaml.replace(/^(\s+url:) .*$/m, `$1 "${url}"`);

describe('urlProblem', () => {
  it('allows https, http, mailto and tel', () => {
    for (const url of ['https://haiphong.gov.vn/a?b=1#c', 'http://x.vn', 'mailto:vanphong@haiphong.gov.vn', 'tel:+842253842222']) expect(urlProblem(url)).toBeNull();
  });
  it('refuses javascript: however it is spelled, and data:, saying why', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', '\njavascript:alert(1)']) {
      expect(urlProblem(url)).toMatch(/^địa chỉ "javascript:" chạy mã trong trình duyệt của người đọc\. Chỉ dùng địa chỉ bắt đầu bằng https:\/\/, http:\/\/, mailto:, tel:$/);
    }
    expect(urlProblem('data:text/html;base64,PHNjcmlwdD4=')).toMatch(/^địa chỉ "data:"/);
    expect(urlProblem('vbscript:msgbox')).toMatch(/javascript/);
    expect(urlProblem('file:///etc/passwd')).toMatch(/địa chỉ dạng "file:" không được dùng/);
  });
  it('a name without a scheme is not an address', () => {
    expect(urlProblem('haiduong.haiphong.gov.vn')).toMatch(/chưa phải địa chỉ đầy đủ: địa chỉ phải bắt đầu bằng https:\/\//);
    expect(urlProblem('/van-ban/')).toMatch(/chưa phải địa chỉ đầy đủ/);
  });
  it('a web address field takes only https and http', () => {
    expect(webUrlField('portal.url').safeParse('mailto:a@b.vn').error?.issues[0]?.message).toMatch(/^"portal\.url" ghi "mailto:a@b\.vn": địa chỉ dạng "mailto:" không được dùng\. Chỉ dùng địa chỉ bắt đầu bằng https:\/\/, http:\/\/\.$/);
    expect(urlField('link').safeParse('tel:0225').success).toBe(true);
  });
  it('normalises an address to NFC and trims it', () => {
    expect(urlField('x').parse('  https://xn--h-ufa.vn/ủy'.normalize('NFD') + ' ')).toBe('https://xn--h-ufa.vn/ủy');
  });
});

describe('site.yaml addresses (row #36)', () => {
  it('the committed site.yaml passes', () => {
    expect(parseSiteConfig(siteYaml, {}).portal.url).toBe('https://haiduong.haiphong.gov.vn');
  });
  it('portal.url: javascript: is refused with the file and field named', () => {
    expect(() => parseSiteConfig(withPortal('javascript:alert(document.domain)'), {}))
      .toThrow(/content\/site\.yaml[\s\S]*trường "portal\.url": "portal\.url" ghi "javascript:alert\(document\.domain\)": địa chỉ "javascript:" chạy mã/);
  });
  it('portal.url and siteUrl: data: and javascript: are refused too', () => {
    expect(() => parseSiteConfig(withPortal('data:text/html,<script>alert(1)</script>'), {})).toThrow(/trường "portal\.url"[\s\S]*địa chỉ "data:"/);
    expect(() => parseSiteConfig(siteYaml.replace(/^siteUrl: .*$/m, 'siteUrl: "javascript:alert(1)"'), {})).toThrow(/trường "siteUrl"[\s\S]*javascript/);
  });
  it('contact.email cannot carry a scheme', () => {
    expect(() => parseSiteConfig(siteYaml.replace(/^(\s+email:) .*$/m, '$1 "javascript:alert(1)"'), {})).toThrow(/trường "contact\.email"/);
  });
});
