// The one listing of content files: what the rules check is what the build loads, and every other file is an error.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_FOLDERS, CONTENT_TOP_FILES, DOCUMENTS_GLOB, cleanName, isOsJunk, listContentFiles } from '../../../src/lib/editing/content-files.ts';
import { DATA_FILES } from '../../../src/lib/infographics/data.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A content/ tree with the three top files, one document, and `files` (paths under content/). */
function tree(files: string[] = [], { base = true } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'content-files-'));
  roots.push(root);
  const all = base ? ['site.yaml', 'task-groups.yaml', 'indicators.yaml', 'documents/cong-van-so-15.mdx', 'sources/000_abc.txt', ...files] : files;
  for (const f of all) {
    const path = join(root, 'content', f);
    if (f.endsWith('/')) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, 'x');
    }
  }
  return root;
}

const problemsOf = (root: string) => listContentFiles(root).problems;

describe('the committed content', () => {
  it('lists every file and has no problem', () => {
    const listing = listContentFiles();
    expect(listing.problems).toEqual([]);
    expect(listing.documents).toEqual(readdirSync('content/documents').sort().map((f) => `content/documents/${f}`));
    expect(listing.topFiles).toEqual(CONTENT_TOP_FILES.filter((f) => existsSync(f)));
  });

  it('the documents listed are exactly those Astro’s glob loader reads (src/content.config.ts)', async () => {
    const loaded = await glob(DOCUMENTS_GLOB, { cwd: 'content/documents', expandDirectories: false });
    expect(loaded.sort().map((f) => `content/documents/${f}`)).toEqual(listContentFiles().documents);
  });

  it('uses the infographic data’s own file names and folders', () => {
    expect(CONTENT_TOP_FILES).toContain(DATA_FILES.taskGroups);
    expect(CONTENT_TOP_FILES).toContain(DATA_FILES.indicators);
    expect(`${CONTENT_FOLDERS.targets.dir}/`).toBe(DATA_FILES.targetsDir);
    expect(`${CONTENT_FOLDERS.wardTasks.dir}/`).toBe(DATA_FILES.wardTasksDir);
  });
});

describe('the documents glob and clean names agree', () => {
  /** The names Astro's glob loader (tinyglobby, as in src/content.config.ts) would load among `names`. */
  async function loaded(names: string[]): Promise<string[]> {
    const root = tree(names.map((n) => `documents/${n}`), { base: false });
    return (await glob(DOCUMENTS_GLOB, { cwd: join(root, 'content/documents'), expandDirectories: false })).sort();
  }
  it('every clean name is loaded', async () => {
    const clean = ['2026-ke-hoach.mdx', 'a.mdx', 'cong-van-so-15.mdx', 'x1.mdx'];
    for (const name of clean) expect(cleanName(name, 'documents')).toBe(true);
    expect(await loaded(clean)).toEqual(clean);
  });
  it('hidden files, OS junk and names starting with a capital or a mark are never loaded', async () => {
    const unclean = ['.mdx', '.nhap.mdx', '._cong-van.mdx', '~$cong-van.mdx', 'Cong-van.mdx', 'Đảng.mdx', 'x.md', 'x.MDX', 'sub/x.mdx'];
    for (const name of unclean) expect(cleanName(name, 'documents')).toBe(false);
    expect(await loaded(unclean)).toEqual([]);
  });
});

describe('a file the site would not read is an error naming it (audit rows #22–#25)', () => {
  it('#24: a document saved as .md', () => {
    const root = tree(['documents/nhap.md']);
    expect(problemsOf(root)).toEqual([expect.stringMatching(/^content\/documents\/nhap\.md: tệp đuôi "\.md" không được đọc .*Đổi tên thành nhap\.mdx\.$/)]);
    expect(listContentFiles(root).documents).toEqual(['content/documents/cong-van-so-15.mdx']);
  });

  it('#24: a .md beside the .mdx of the same name says which to keep', () => {
    expect(problemsOf(tree(['documents/cong-van-so-15.md']))[0]).toMatch(/Đã có cong-van-so-15\.mdx: chuyển phần cần giữ sang tệp đó rồi xoá cong-van-so-15\.md/);
  });

  it('#23: a target set saved as .yml, alone or beside the .yaml', () => {
    const root = tree(['targets/gia-vien-2026.yml', 'targets/hai-duong.yaml', 'targets/hai-duong.yml', 'ward-tasks/x.yml']);
    const problems = problemsOf(root);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/content\/targets\/gia-vien-2026\.yml: tệp đuôi "\.yml" không được đọc \(thư mục này chỉ nhận \.yaml\)\. Đổi tên thành gia-vien-2026\.yaml/);
    expect(problems.join('\n')).toMatch(/content\/targets\/hai-duong\.yml: .*Đã có hai-duong\.yaml/);
    expect(problems.join('\n')).toMatch(/content\/ward-tasks\/x\.yml/);
    expect(listContentFiles(root).targets).toEqual(['content/targets/hai-duong.yaml']);
  });

  it('#25: a subfolder of documents, sources or targets', () => {
    const problems = problemsOf(tree(['documents/2026/x.mdx', 'sources/cu/', 'targets/2026/a.yaml']));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/documents\/2026\/: thư mục con không được đọc; .*Chuyển các tệp trong đó ra content\/documents\//),
      expect.stringMatching(/^content\/sources\/cu\/: thư mục con/),
      expect.stringMatching(/^content\/targets\/2026\/: thư mục con/),
    ]);
  });

  it('#22: two names that differ only in case are one page; the clean one is still listed', () => {
    const root = tree(['documents/Cong-Van-So-15.mdx']);
    expect(problemsOf(root)).toEqual([
      'content/documents/Cong-Van-So-15.mdx và content/documents/cong-van-so-15.mdx: các tên chỉ khác nhau ở chữ hoa, chữ thường hoặc dấu, nên là cùng một trang (cong-van-so-15): một tệp sẽ bị mất. Giữ một tệp, xoá hoặc đặt tên khác cho tệp kia.',
    ]);
    expect(listContentFiles(root).documents).toEqual(['content/documents/cong-van-so-15.mdx']);
  });

  it('#22: names that differ only in diacritics, or in Unicode form (NFC from Windows, NFD from a Mac)', () => {
    expect(problemsOf(tree(['documents/công-văn-số-15.mdx']))).toEqual([expect.stringMatching(/^content\/documents\/cong-van-so-15\.mdx và content\/documents\/công-văn-số-15\.mdx: .*cùng một trang \(cong-van-so-15\)/)]);
    const nfc = 'tờ-trình.mdx';
    const problems = problemsOf(tree([`documents/${nfc}`, `documents/${nfc.normalize('NFD')}`]));
    expect(problems.some((p) => /cùng một trang \(to-trinh\)/.test(p))).toBe(true);
  });

  it('#22: sources that differ only in case are one file on Windows and macOS', () => {
    expect(problemsOf(tree(['sources/CV-15.txt', 'sources/cv-15.txt']))).toEqual([expect.stringMatching(/CV-15\.txt và .*cv-15\.txt: .*cùng một tệp trên Windows và macOS/)]);
  });

  it('a name that is not a clean slug says why and which name to use', () => {
    const problems = problemsOf(tree(['documents/Công văn số 16.mdx', 'documents/x!!.mdx', 'documents/-a--b-.mdx', 'documents/.nhap.mdx', 'targets/MOI.YAML']));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^content\/documents\/Công văn số 16\.mdx: tên tệp có dấu cách, có chữ có dấu, có chữ hoa, nên không được đọc\. .*đổi tên thành cong-van-so-16\.mdx\.$/),
      expect.stringMatching(/^content\/documents\/x!!\.mdx: tên tệp có ký tự "!", .*đổi tên thành x\.mdx/),
      expect.stringMatching(/^content\/documents\/-a--b-\.mdx: tên tệp có dấu gạch ngang ở đầu, ở cuối hoặc hai dấu liền nhau, .*đổi tên thành a-b\.mdx/),
      expect.stringMatching(/^content\/documents\/\.nhap\.mdx: tên tệp bắt đầu bằng dấu chấm \(tệp bị ẩn\), .*đổi tên thành nhap\.mdx/),
      expect.stringMatching(/^content\/targets\/MOI\.YAML: tên tệp có chữ hoa, đuôi tệp viết hoa, .*đổi tên thành moi\.yaml/),
    ]));
    expect(problems).toHaveLength(5);
  });

  it('import "slug !!!": an empty, hidden name gets an example name', () => {
    expect(problemsOf(tree(['documents/.mdx']))).toEqual([
      expect.stringMatching(/^content\/documents\/\.mdx: tên tệp trống \(chỉ có phần đuôi, nên tệp bị ẩn\), nên không được đọc\. .*đặt một tên như cong-van-so-15\.mdx\.$/),
    ]);
  });

  it('other files in documents/: a received text or Word file points to import', () => {
    const problems = problemsOf(tree(['documents/cong-van.docx', 'documents/README']));
    expect(problems[0]).toMatch(/^content\/documents\/README: tệp không có đuôi không được đọc/);
    expect(problems[1]).toMatch(/^content\/documents\/cong-van\.docx: .*npm run import -- content\/sources\/cong-van\.docx/);
  });

  it('sources take .txt and .docx (capitals allowed, as the "source" field allows them); an old .doc is named as such', () => {
    const root = tree(['sources/CV-15.docx', 'sources/cu.doc', 'sources/bang.pdf', 'sources/Văn bản gốc.txt']);
    expect(listContentFiles(root).sources).toEqual(['content/sources/000_abc.txt', 'content/sources/CV-15.docx']);
    const problems = problemsOf(root);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/cu\.doc: tệp Word cũ \(\.doc\) .*Word Document \(\*\.docx\)/);
    expect(problems.join('\n')).toMatch(/bang\.pdf: tệp đuôi "\.pdf" không được đọc \(thư mục này chỉ nhận \.txt, \.docx\)/);
    expect(problems.join('\n')).toMatch(/Văn bản gốc\.txt: tên tệp có dấu cách, có chữ có dấu, .*đổi tên thành Van-ban-goc\.txt \(và sửa trường "source"/);
  });

  it('at the top of content/: an unknown file or folder, a site.yml, a missing site.yaml', () => {
    const root = tree(['ghi-chu.txt', 'anh/', 'site.yml']);
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/^content\/anh\/: thư mục này không được đọc\. Trang chỉ đọc site\.yaml, task-groups\.yaml, indicators\.yaml.* và các thư mục documents\/, sources\/, targets\/, ward-tasks\//),
      expect.stringMatching(/^content\/ghi-chu\.txt: tệp này không được đọc/),
      expect.stringMatching(/^content\/site\.yml: không được đọc, vì trang chỉ đọc content\/site\.yaml\. Chuyển phần cần giữ sang site\.yaml/),
    ]);
    expect(problemsOf(tree(['documents/a.mdx'], { base: false }))).toEqual([expect.stringMatching(/^Thiếu tệp content\/site\.yaml/)]);
    expect(problemsOf(tree(['site.yaml'], { base: false }))).toEqual([expect.stringMatching(/^Thiếu thư mục content\/documents\//)]);
  });
});

describe('OS junk is ignored, and only that', () => {
  it('Finder, Explorer and office lock files pass silently', () => {
    const junk = ['.DS_Store', 'Thumbs.db', 'desktop.ini', '~$ng-van.docx', '._cong-van-so-15.mdx', '.~lock.cong-van.docx#'];
    for (const name of junk) expect(isOsJunk(name)).toBe(true);
    expect(problemsOf(tree([...junk.map((j) => `documents/${j}`), ...junk.map((j) => `sources/${j}`), 'Thumbs.db']))).toEqual([]);
  });
  it('a hidden file that is not junk is an error', () => {
    expect(isOsJunk('.nhap.mdx')).toBe(false);
    expect(isOsJunk('.env')).toBe(false);
    expect(problemsOf(tree(['.env']))).toHaveLength(1);
  });
});
