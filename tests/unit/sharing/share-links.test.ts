import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { facebookShareUrl, isNumberedItem, itemNumber, itemUrl, pageUrl } from '../../../src/lib/sharing/share-links.ts';
import { ItemAnchorTracker, itemMarker } from '../../../src/lib/documents/item-anchors.ts';
import { qrPath } from '../../../src/lib/sharing/page-qr.ts';

describe('share links', () => {
  it('the page URL is absolute, under the base, without query or hash', () => {
    expect(pageUrl('https://haiduong.haiphong.gov.vn', '/van-ban/x/')).toBe('https://haiduong.haiphong.gov.vn/van-ban/x/');
    expect(pageUrl(new URL('https://haiduong.haiphong.gov.vn/'), '/tuyen-truyen/van-ban/x/')).toBe('https://haiduong.haiphong.gov.vn/tuyen-truyen/van-ban/x/');
    expect(pageUrl('https://a.gov.vn', '/x/?utm_source=zalo&fbclid=1#muc-i')).toBe('https://a.gov.vn/x/');
  });

  it('an item link carries its anchor, encoded, and replaces any fragment already there', () => {
    expect(itemUrl('https://a.gov.vn/van-ban/x/', 'muc-ii-2-2-14')).toBe('https://a.gov.vn/van-ban/x/#muc-ii-2-2-14');
    expect(itemUrl('https://a.gov.vn/van-ban/x/#muc-i', 'muc-ii')).toBe('https://a.gov.vn/van-ban/x/#muc-ii');
    expect(itemUrl('https://a.gov.vn/x/', 'mục 2 & 3')).toBe('https://a.gov.vn/x/#m%E1%BB%A5c%202%20%26%203');
  });

  it("Facebook's sharer gets the whole URL as one encoded parameter: its anchor and query stay in u=", () => {
    const url = 'https://a.gov.vn/tuyen-truyen/van-ban/x/?a=1&b=2#muc-ii-2-2-14';
    const share = facebookShareUrl(url);
    expect(share).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.gov.vn%2Ftuyen-truyen%2Fvan-ban%2Fx%2F%3Fa%3D1%26b%3D2%23muc-ii-2-2-14');
    const parsed = new URL(share);
    expect(parsed.origin + parsed.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(parsed.hash).toBe('');
    expect([...parsed.searchParams.keys()]).toEqual(['u']);
    expect(parsed.searchParams.get('u')).toBe(url);
  });
});

/** The modules a path draws: each "h" stroke at row y covers [x, x + n). */
function modulesOf(d: string, size: number): boolean[][] {
  const m = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') { x = Number(a); y = Math.floor(Number(b)); }
    else if (cmd === 'm') { x += Number(a); y += Number(b); }
    else { for (let i = 0; i < Number(a); i++) m[y]![x + i] = true; x += Number(a); }
  }
  return m;
}

describe('QR code of a page', () => {
  const url = 'https://haiduong.haiphong.gov.vn/tuyen-truyen/van-ban/chuong-trinh-hanh-dong-tang-truong-hai-con-so/';

  it('draws exactly the modules of the code, quiet zone included', () => {
    const { size, d } = qrPath(url);
    expect(modulesOf(d, size)).toEqual(encode(url, { ecc: 'L', boostEcc: true, border: 4 }).data);
  });

  it('scans back to the exact URL', () => {
    const { size, d } = qrPath(url);
    const modules = modulesOf(d, size);
    const scale = 4;
    const px = size * scale;
    const rgba = new Uint8ClampedArray(px * px * 4).fill(255);
    for (let i = 0; i < px * px; i++) {
      if (modules[Math.floor(i / px / scale)]![Math.floor((i % px) / scale)]) rgba.fill(0, i * 4, i * 4 + 3);
    }
    expect(jsQR(rgba, px, px)?.data).toBe(url);
  });

  it('stays small: one path, well under 3 KB for the longest page address', () => {
    expect(qrPath(url).d.length).toBeLessThan(3000);
  });
});

describe('numbered items of a document', () => {
  it('tells a numbered item from a plain paragraph by the ids the item-anchors plugin gives', () => {
    const t = new ItemAnchorTracker();
    const ids = ['I- KẾT QUẢ', 'Năm 2025 …', '2.1. Chỉ tiêu', '(14)- Tỷ lệ', 'a) Một việc', 'Đoạn thường'].map((text) => {
      const m = itemMarker(text);
      return { id: m ? t.next(m) : t.paragraph(), numbered: Boolean(m) };
    });
    expect(ids.map((i) => i.id)).toEqual(['muc-i', 'muc-i-doan-1', 'muc-i-2-1', 'muc-i-2-1-14', 'muc-i-2-1-14-a', 'muc-i-2-1-14-a-doan-1']);
    for (const { id, numbered } of ids) expect(isNumberedItem(id), id).toBe(numbered);
    expect(isNumberedItem(new ItemAnchorTracker().paragraph())).toBe(false);
  });

  it("reads the item's number as printed, without its trailing dot or dash", () => {
    expect(itemNumber('2.1. Chỉ tiêu về công tác xây dựng Đảng')).toBe('2.1');
    expect(itemNumber('(14)- Tỷ lệ dân số tham gia bảo hiểm y tế')).toBe('(14)');
    expect(itemNumber(' I- KẾT QUẢ THỰC HIỆN')).toBe('I');
    expect(itemNumber('a) Tăng cường')).toBe('a)');
  });
});
