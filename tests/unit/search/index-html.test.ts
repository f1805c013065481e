import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, spaceBetweenElements } from '../../../src/lib/search/index-html.ts';

describe('what the search index reads', () => {
  it('keeps the words of neighbouring elements apart (compressHTML leaves no space between them)', () => {
    expect(spaceBetweenElements('<dt>Tiến độ</dt><dd>Triển khai</dd>')).toBe('<dt>Tiến độ</dt> <dd>Triển khai</dd>');
    expect(spaceBetweenElements('<span>hằng năm</span><span>Phường Hải Dương</span>')).toBe('<span>hằng năm</span> <span>Phường Hải Dương</span>');
    expect(spaceBetweenElements('<summary>Nguồn: mục II.2.a</summary><blockquote>“Hằng năm”</blockquote>')).toBe('<summary>Nguồn: mục II.2.a</summary> <blockquote>“Hằng năm”</blockquote>');
  });
  it('leaves text that touches a tag as written: a word or a number split by markup stays whole', () => {
    expect(spaceBetweenElements('đạt <strong>96,5</strong>% và <em>Kết luận</em>)')).toBe('đạt <strong>96,5</strong>% và <em>Kết luận</em>)');
    expect(spaceBetweenElements('<p>a</p> <p>b</p>')).toBe('<p>a</p> <p>b</p>');
    expect(spaceBetweenElements('<strong>1.</strong></p>')).toBe('<strong>1.</strong></p>');
  });
  it('finds every page of a built site, with site-relative paths', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(site, 'van-ban', 'a'), { recursive: true });
    mkdirSync(join(site, '_astro'));
    writeFileSync(join(site, 'index.html'), '');
    writeFileSync(join(site, '404.html'), '');
    writeFileSync(join(site, 'van-ban', 'a', 'index.html'), '');
    writeFileSync(join(site, '_astro', 'x.css'), '');
    expect(htmlFiles(site)).toEqual(['404.html', 'index.html', 'van-ban/a/index.html']);
  });
});
