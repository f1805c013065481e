import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages, checkLinks, fileForPath, validatePages } from '../../../src/lib/deploy/gates.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string, title = 'Trang') =>
  `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'cong-kiem-tra-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('link crawl under the base', () => {
  it('passes a site whose links, assets and fragments all resolve', () => {
    const d = site({
      'index.html': page('<main id="noi-dung"><a href="/tuyen-truyen/van-ban/#muc-1">Văn bản</a> <a href="van-ban/">tương đối</a> <a href="#noi-dung">đầu</a> <img src="/tuyen-truyen/_astro/a.12345678.png" alt="a"> <a href="/tuyen-truyen/rss.xml">RSS</a> <a href="https://cong.example.gov.vn/">Cổng</a> <a href="mailto:a@b.vn">thư</a></main>'),
      'van-ban/index.html': page('<p id="muc-1">Một</p><a href="../">Trang chủ</a> <a href="/tuyen-truyen/van-ban/#muc-1:~:text=M%E1%BB%99t">đoạn</a>'),
      '_astro/a.12345678.png': 'png',
      'rss.xml': '<rss/>',
    });
    const report = checkLinks(d, '/tuyen-truyen/');
    expect(report.problems).toEqual([]);
    expect(report.links).toBe(7);
  });

  it('names every missing file, missing fragment and link outside the base', () => {
    const d = site({
      'index.html': page('<a href="/tuyen-truyen/khong-co/">mất</a> <a href="/tuyen-truyen/van-ban/#muc-9">mục</a> <a href="/van-ban/">ngoài</a> <link rel="stylesheet" href="/tuyen-truyen/_astro/x.css"> <a href="#dau">đầu</a>'),
      'van-ban/index.html': page('<p id="muc-1">Một</p>'),
    });
    expect(checkLinks(d, '/tuyen-truyen/').problems.sort()).toEqual([
      '/: "#dau" trỏ tới #dau, trang đó không có phần này',
      '/: "/tuyen-truyen/_astro/x.css" không có trong bản dựng',
      '/: "/tuyen-truyen/khong-co/" không có trong bản dựng',
      '/: "/tuyen-truyen/van-ban/#muc-9" trỏ tới #muc-9, trang đó không có phần này',
      '/: "/van-ban/" nằm ngoài đường dẫn con /tuyen-truyen/',
    ]);
  });

  it('maps paths to files as a static server does', () => {
    const d = site({ 'index.html': page(''), 'a/index.html': page(''), 'b.xml': '<b/>' });
    expect(builtPages(d)).toEqual(['', 'a/']);
    expect(fileForPath(d, 'a/')).toBe('a/index.html');
    expect(fileForPath(d, 'a')).toBe('a/index.html');
    expect(fileForPath(d, 'b.xml')).toBe('b.xml');
    expect(fileForPath(d, 'c/')).toBeUndefined();
  });
});

describe('html-validate on every page', () => {
  it("uses the project's configuration wherever the build is", async () => {
    const d = site({ 'index.html': page('<p>Đúng</p>'), 'x/index.html': page('<p id="a">Một</p><p id="a">Hai</p><img src="a.png">') });
    const problems = await validatePages(d);
    expect(problems.some((p) => p.startsWith('/x/ dòng') && p.includes('(no-dup-id)'))).toBe(true);
    expect(problems.some((p) => p.includes('(wcag/h37)'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/ '))).toBe(false);
  });
});
