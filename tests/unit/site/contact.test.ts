import { describe, expect, it } from 'vitest';
import { contactPlaceholders, isPlaceholder } from '../../../src/lib/site/placeholder.ts';
import { contactLines, telHref } from '../../../src/lib/site/contact.ts';
import { parseSiteConfig } from '../../../src/lib/site/config.ts';
import { readFileSync } from 'node:fs';

describe('placeholders', () => {
  it('knows the "[Cần điền]" marker, in any case and Unicode form', () => {
    expect(isPlaceholder('[Cần điền] Số điện thoại')).toBe(true);
    expect(isPlaceholder('[cần điền]')).toBe(true);
    expect(isPlaceholder('[Cần điền] Địa chỉ'.normalize('NFD'))).toBe(true);
  });
  it('knows an e-mail at a reserved .invalid domain', () => {
    expect(isPlaceholder('can-dien@example.invalid')).toBe(true);
    expect(isPlaceholder('VPDU@Phuong.INVALID')).toBe(true);
  });
  it('takes real values as real', () => {
    expect(isPlaceholder('Văn phòng Đảng ủy phường Hải Dương')).toBe(false);
    expect(isPlaceholder('0225 3 123 456')).toBe(false);
    expect(isPlaceholder('vpdu.haiduong@haiphong.gov.vn')).toBe(false);
    expect(isPlaceholder('invalid@haiphong.gov.vn')).toBe(false);
    expect(isPlaceholder(undefined)).toBe(false);
  });
  it('lists the contact fields still to fill in, so a deploy can refuse them', () => {
    expect(contactPlaceholders({ office: 'Văn phòng', address: '[Cần điền] Địa chỉ', phone: '0225 1', email: 'can-dien@example.invalid' }))
      .toEqual(['contact.address', 'contact.email']);
    expect(contactPlaceholders({ office: 'Văn phòng', address: 'Số 1', phone: '0225 1', email: 'a@b.vn' })).toEqual([]);
  });
  it('content/site.yaml holds placeholders today: the ward fills them in before publishing', () => {
    const site = parseSiteConfig(readFileSync('content/site.yaml', 'utf8'));
    expect(contactPlaceholders(site.contact).sort()).toEqual(['contact.address', 'contact.email', 'contact.phone']);
  });
});

describe('contact lines', () => {
  it('shows real values, links the phone and the e-mail', () => {
    const lines = contactLines({ office: 'Văn phòng Đảng ủy phường', address: 'Số 1 đường A', phone: '0225 3 123 456', email: 'vp@haiphong.gov.vn' });
    expect(lines.map((l) => [l.label, l.value, l.href])).toEqual([
      ['Đơn vị phụ trách', 'Văn phòng Đảng ủy phường', undefined],
      ['Địa chỉ', 'Số 1 đường A', undefined],
      ['Điện thoại', '0225 3 123 456', 'tel:02253123456'],
      ['Thư điện tử', 'vp@haiphong.gov.vn', 'mailto:vp@haiphong.gov.vn'],
    ]);
  });
  it('never shows a placeholder as a value, nor links it', () => {
    const lines = contactLines({ office: 'Văn phòng', address: '[Cần điền] Địa chỉ', phone: '[Cần điền] Số điện thoại', email: 'can-dien@example.invalid' });
    expect(lines.slice(1).map((l) => [l.value, l.href])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
  });
  it('keeps the "+" of an international number', () => {
    expect(telHref('+84 225 3 123 456')).toBe('tel:+842253123456');
  });
});
