// Audit rows on the one pipeline (../shared/reviews/2026-11-22-reliability.md: #22–#25, table 1c's slug "!!!",
// table 1b, and table 1d's missing Pagefind), run as an editor runs them: the mistake planted in a copy of content/,
// then `npm run check` (scripts/check-content.ts) and `npm run build` (scripts/build.ts) in that copy. Each case: exit
// code 1, the Vietnamese key phrase, no stack trace, content/ left as the editor left it, and the last good dist/
// (with a marker file) untouched: the build refuses before Astro starts, so these run in seconds.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture, type RunResult } from '../../support/content-fixture.ts';

const CHECK = 'scripts/check-content.ts';
const BUILD = 'scripts/build.ts';
const CONG_VAN = 'cong-van-thuc-hien-chuong-trinh-14-ctr-tu';
const MARKER = 'dist/MARKER.txt';
const slow = { timeout: 90_000 };

let fixture: ContentFixture | undefined;
afterEach(() => {
  fixture?.remove();
  fixture = undefined;
});

function expectEditorOutput(r: RunResult) {
  expect(r.status, r.output).toBe(1);
  expect(r.output).not.toMatch(/\n\s+at [\w.<>]+ \(|node:internal|Error: |\[astro\]|\[ERROR\]|Stack trace/);
}

/** A copy of content/ with `mutate` applied and a last good dist/ holding a marker. */
function copy(mutate: (root: string) => void = () => {}): ContentFixture {
  fixture = contentFixture(mutate);
  mkdirSync(join(fixture.root, 'dist'));
  writeFileSync(join(fixture.root, MARKER), 'bản dựng trước');
  return fixture;
}

/** The copy's dist/ is the last good one, and no fresh or old build folder or log was left beside it. */
function expectDistKept(f: ContentFixture) {
  expect(readFileSync(join(f.root, MARKER), 'utf8')).toBe('bản dựng trước');
  expect(readdirSync(join(f.root, 'dist'))).toEqual(['MARKER.txt']);
  expect(readdirSync(f.root).sort()).toEqual(['content', 'dist']);
}

/** Runs the check, then the build, on the copy: both refuse with `phrase`; nothing changes. */
function refusedByCheckAndBuild(mutate: (root: string) => void, phrase: RegExp, env: Record<string, string> = {}) {
  const f = copy(mutate);
  const check = f.run(CHECK, [], env);
  expectEditorOutput(check);
  expect(check.stderr).toMatch(phrase);
  const started = Date.now();
  const build = f.run(BUILD, [], env);
  expectEditorOutput(build);
  expect(build.stderr).toMatch(phrase);
  expect(build.stderr).toMatch(/Trang không được dựng\. Bản dựng trước trong dist vẫn giữ nguyên\./);
  expect(build.output).not.toMatch(/Dựng trang \(Astro\)/);
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(f.changedSinceMutation()).toEqual([]);
  expectDistKept(f);
  return { check, build };
}

describe('a file the site would not publish stops the check and the build (rows #22–#25)', () => {
  it('#22 a second document whose name differs only in case: both named, "cùng một trang"', slow, () => {
    const { build } = refusedByCheckAndBuild(
      (root) => copyFileSync(join(root, `content/documents/${CONG_VAN}.mdx`), join(root, 'content/documents/Cong-Van-Thuc-Hien-Chuong-Trinh-14-Ctr-Tu.mdx')),
      /content\/documents\/Cong-Van-Thuc-Hien-Chuong-Trinh-14-Ctr-Tu\.mdx và content\/documents\/cong-van-thuc-hien-chuong-trinh-14-ctr-tu\.mdx: .*là cùng một trang/,
    );
    expect(build.stderr).toMatch(/^1 lỗi\./m);
  });

  it('#23 a target set saved as .yml: the set would vanish from the site, so the check names it', slow, () => {
    refusedByCheckAndBuild(
      (root) => renameSync(join(root, 'content/targets/gia-vien-2026.yaml'), join(root, 'content/targets/gia-vien-2026.yml')),
      /content\/targets\/gia-vien-2026\.yml: tệp đuôi "\.yml" không được đọc \(thư mục này chỉ nhận \.yaml\)\. Đổi tên thành gia-vien-2026\.yaml\./,
    );
  });

  it('#23 x.yaml plus x.yml: the .yml is named, with what to do', slow, () => {
    refusedByCheckAndBuild(
      (root) => copyFileSync(join(root, 'content/ward-tasks/gia-vien-2026.yaml'), join(root, 'content/ward-tasks/gia-vien-2026.yml')),
      /content\/ward-tasks\/gia-vien-2026\.yml: .*Đã có gia-vien-2026\.yaml: chuyển phần cần giữ sang tệp đó rồi xoá gia-vien-2026\.yml\./,
    );
  });

  it('#24 a document saved as .md', slow, () => {
    refusedByCheckAndBuild(
      (root) => renameSync(join(root, `content/documents/${CONG_VAN}.mdx`), join(root, `content/documents/${CONG_VAN}.md`)),
      new RegExp(`content/documents/${CONG_VAN}\\.md: tệp đuôi "\\.md" không được đọc .*Đổi tên thành ${CONG_VAN}\\.mdx\\.`),
    );
  });

  it('#25 a document in a subfolder', slow, () => {
    refusedByCheckAndBuild((root) => {
      mkdirSync(join(root, 'content/documents/2026'));
      renameSync(join(root, `content/documents/${CONG_VAN}.mdx`), join(root, `content/documents/2026/${CONG_VAN}.mdx`));
    }, /content\/documents\/2026\/: thư mục con không được đọc; trang chỉ đọc các tệp nằm ngay trong content\/documents\/\./);
  });

  it('import slug "!!!" (table 1c): the hidden "content/documents/.mdx" is named, with a name to use', slow, () => {
    refusedByCheckAndBuild(
      (root) => copyFileSync(join(root, `content/documents/${CONG_VAN}.mdx`), join(root, 'content/documents/.mdx')),
      /content\/documents\/\.mdx: tên tệp trống \(chỉ có phần đuôi, nên tệp bị ẩn\), nên không được đọc\. .*đặt một tên như cong-van-so-15\.mdx\./,
    );
  });

  it('a name with capitals, marks and spaces says which name to use', slow, () => {
    refusedByCheckAndBuild(
      (root) => renameSync(join(root, `content/documents/${CONG_VAN}.mdx`), join(root, 'content/documents/Công văn 14.mdx')),
      /content\/documents\/Công văn 14\.mdx: tên tệp có dấu cách, có chữ có dấu, có chữ hoa, nên không được đọc\. .*đổi tên thành cong-van-14\.mdx\./,
    );
  });

  it('OS junk beside the documents is not an error', slow, () => {
    const f = copy((root) => {
      writeFileSync(join(root, 'content/documents/.DS_Store'), '\0\0');
      writeFileSync(join(root, 'content/sources/~$000_41e49f6029fcab08.docx'), 'lock');
      writeFileSync(join(root, 'content/targets/Thumbs.db'), '\0');
    });
    const r = f.run(CHECK);
    expect(r.status, r.output).toBe(0);
  });
});

describe('SITE_URL and SITE_BASE are checked before Astro starts, named as what they are (table 1b)', () => {
  const base: Array<[string, RegExp]> = [
    ['/a b/', /có dấu cách/],
    ['/../', /có đoạn "\." hoặc "\.\."/],
    ['//evil.example/', /bắt đầu bằng "\/\/"/],
    ['%2e%2e', /có mã "%…"/],
    ['/ở-đây/', /có chữ có dấu.*Thử: SITE_BASE=\/o-day\//],
    ['/tuyen truyen', /có dấu cách.*Thử: SITE_BASE=\/tuyen-truyen\//],
  ];
  for (const [value, why] of base) {
    it(`SITE_BASE="${value}": exit 1, the variable and the value named, not site.yaml`, slow, () => {
      const { build } = refusedByCheckAndBuild(() => {}, new RegExp(`^Biến môi trường SITE_BASE="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" không dùng được: `, 'm'), { SITE_BASE: value });
      expect(build.stderr).toMatch(why);
      expect(build.stderr).not.toMatch(/site\.yaml/);
    });
  }

  const url: Array<[string, RegExp]> = [
    ['not a url', /không phải một địa chỉ trang web đầy đủ/],
    ['haiduong.gov.vn', /thiếu "https:\/\/" ở đầu\. Ghi: SITE_URL=https:\/\/haiduong\.gov\.vn/],
    ['javascript:alert(1)', /phải bắt đầu bằng "https:\/\/" \(hoặc "http:\/\/"\), không phải "javascript:"/],
    ['https://x.gov.vn/sub/path', /không có đường dẫn con "\/sub\/path"\. Ghi SITE_URL=https:\/\/x\.gov\.vn và đặt đường dẫn con vào SITE_BASE=\/sub\/path\//],
  ];
  for (const [value, why] of url) {
    it(`SITE_URL="${value}": exit 1, the variable and the value named`, slow, () => {
      const { build } = refusedByCheckAndBuild(() => {}, new RegExp(`^Biến môi trường SITE_URL="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" không dùng được: `, 'm'), { SITE_URL: value });
      expect(build.stderr).toMatch(why);
      expect(build.stderr).not.toMatch(/site\.yaml/);
    });
  }

  it('SITE_URL=http://…: accepted, with a note that says so (not silence)', slow, () => {
    const f = copy();
    const r = f.run(CHECK, [], { SITE_URL: 'http://x.gov.vn' });
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/^Lưu ý: SITE_URL="http:\/\/x\.gov\.vn" dùng http \(không mã hoá\)\./m);
  });

  it('a bad PAGEFIND_TIMEOUT_SECONDS (the build’s search step) is named the same way', slow, () => {
    const f = copy();
    const r = f.run(BUILD, [], { PAGEFIND_TIMEOUT_SECONDS: 'mười' });
    expectEditorOutput(r);
    expect(r.stderr).toMatch(/^Biến môi trường PAGEFIND_TIMEOUT_SECONDS="mười" không dùng được: phải là số giây lớn hơn 0/m);
    expectDistKept(f);
  });
});

describe('Pagefind missing (table 1d): the build refuses before Astro starts', () => {
  it('PAGEFIND_EXTENDED_BINARY_PATH=/nonexistent: exit 1, the variable and path named, dist/ kept', slow, () => {
    const f = copy();
    const r = f.run(BUILD, [], { PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent' });
    expectEditorOutput(r);
    expect(r.stderr).toMatch(/^Không tạo được chỉ mục tìm kiếm: biến môi trường PAGEFIND_EXTENDED_BINARY_PATH chỉ tới "\/nonexistent", nhưng không có tệp đó\./m);
    expect(r.output).not.toMatch(/Dựng trang \(Astro\)/);
    expect(f.changedSinceMutation()).toEqual([]);
    expectDistKept(f);
  });
});

describe('the build script’s command line', () => {
  it('an unknown option is refused with the usage line, exit 2, nothing touched', slow, () => {
    const f = copy();
    const r = f.run(BUILD, ['--ra', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Không hiểu "--ra"\.\nCách dùng: node scripts\/build\.ts \[--out <thư mục>\]/);
    expectDistKept(f);
    expect(existsSync(join(f.root, 'x'))).toBe(false);
  });
});
