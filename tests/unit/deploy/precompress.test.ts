// Precompressed copies made at build time for nginx's gzip_static (and brotli_static).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCompressible, precompress } from '../../../src/lib/deploy/precompress.ts';

let dir: string;
const page = `<!doctype html><html lang="vi"><title>Trang</title><body>${'<p>Nghị quyết về mục tiêu, chỉ tiêu năm 2026 của phường.</p>\n'.repeat(200)}</body></html>`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dir, 'van-ban', 'a'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
  writeFileSync(join(dir, 'van-ban', 'a', 'index.html'), page);
  writeFileSync(join(dir, '_astro', 'app.AbC123.js'), 'export const a = 1;\n'.repeat(100));
  writeFileSync(join(dir, 'robots.txt'), 'a'); // too small to gain
  writeFileSync(join(dir, 'anh.png'), Buffer.from('89504e470d0a1a0a'.repeat(200), 'hex'));
  writeFileSync(join(dir, 'pagefind', 'index', 'vi_abc123.pf_index'), gzipSync(Buffer.from('x'.repeat(5000))));
  writeFileSync(join(dir, 'chi-tieu.xlsx'), Buffer.from('PK'.repeat(2000)));
  const old = new Date('2026-01-02T03:04:05Z');
  utimesSync(join(dir, 'van-ban', 'a', 'index.html'), old, old);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes x.gz and x.br beside each text file, each decompressing to the file', async () => {
    const result = await precompress(dir);
    for (const f of ['van-ban/a/index.html', '_astro/app.AbC123.js']) {
      const original = readFileSync(join(dir, f));
      expect(gunzipSync(readFileSync(join(dir, `${f}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(dir, `${f}.br`)))).toEqual(original);
      expect(readFileSync(join(dir, `${f}.br`)).length).toBeLessThan(original.length / 4);
    }
    expect(result.files).toBe(2);
    expect(result.gzipBytes).toBeLessThan(result.bytes);
    expect(result.brotliBytes).toBeLessThanOrEqual(result.gzipBytes);
  });

  it('leaves binary files alone: images, .xlsx and Pagefind\'s already gzipped chunks', async () => {
    await precompress(dir);
    for (const f of ['anh.png', 'chi-tieu.xlsx', 'pagefind/index/vi_abc123.pf_index']) {
      expect(existsSync(join(dir, `${f}.gz`)), f).toBe(false);
      expect(existsSync(join(dir, `${f}.br`)), f).toBe(false);
    }
  });

  it('keeps no copy that is not smaller than the file', async () => {
    await precompress(dir);
    expect(existsSync(join(dir, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'robots.txt.br'))).toBe(false);
  });

  it('gives each copy the file\'s own modification time, so Last-Modified does not depend on the encoding', async () => {
    await precompress(dir);
    const f = join(dir, 'van-ban', 'a', 'index.html');
    expect(statSync(`${f}.gz`).mtimeMs).toBe(statSync(f).mtimeMs);
    expect(statSync(`${f}.br`).mtimeMs).toBe(statSync(f).mtimeMs);
  });

  it('run again on changed files, replaces the copies and drops those that no longer gain', async () => {
    await precompress(dir);
    const f = join(dir, 'van-ban', 'a', 'index.html');
    writeFileSync(f, page.replace('Trang', 'Trang mới'));
    writeFileSync(join(dir, '_astro', 'app.AbC123.js'), 'x');
    await precompress(dir);
    expect(gunzipSync(readFileSync(`${f}.gz`)).toString()).toContain('Trang mới');
    expect(existsSync(join(dir, '_astro', 'app.AbC123.js.gz'))).toBe(false);
  });

  it('knows the text types by extension', () => {
    for (const name of ['a.html', 'b.css', 'c.js', 'd.json', 'rss.xml', 'e.svg', 'robots.txt', 'f.csv', 'manifest.webmanifest']) expect(isCompressible(name), name).toBe(true);
    for (const name of ['a.png', 'b.xlsx', 'c.pf_meta', 'wasm.vi.pagefind', 'd.woff2', 'e.gz', 'f.br', 'html']) expect(isCompressible(name), name).toBe(false);
  });
});
