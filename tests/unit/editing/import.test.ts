// `npm run import` as an editor runs it, one case per row of the audit's table 1c (plus the Word cases the issue
// adds). Each case runs scripts/import-document.ts on a throwaway copy of content/ and checks the exit code, a key
// phrase of the Vietnamese message, that no stack trace shows, and which files under content/ changed.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDocument } from '../../../src/lib/editing/check.ts';
import { readSourceText } from '../../../src/lib/editing/source-text.ts';
import { contentFixture, type ContentFixture, type RunResult } from '../../support/content-fixture.ts';
import { writeFixtures } from '../../../scripts/fixtures/make-docx.ts';

const SCRIPT = 'scripts/import-document.ts';
const CONG_VAN = 'cong-van-thuc-hien-chuong-trinh-14-ctr-tu';
const STACK = /^\s{4}at /m;

let fixtures: Record<string, string>;
let fixtureDir: string;
const copies: ContentFixture[] = [];

beforeAll(async () => {
  fixtureDir = mkdtempSync(join(tmpdir(), 'tep-mau-'));
  fixtures = await writeFixtures(fixtureDir);
}, 60_000);
afterAll(() => {
  copies.forEach((c) => c.remove());
  rmSync(fixtureDir, { recursive: true, force: true });
});

function copy(mutate?: (root: string) => void): ContentFixture {
  const c = contentFixture(mutate);
  copies.push(c);
  return c;
}

function expectClean(r: RunResult): void {
  expect(r.output).not.toMatch(STACK);
  expect(r.output).not.toMatch(/\b(Error|TypeError|ENOENT|EISDIR)\b/);
}

/** A refusal: the exit code, the key phrase, no stack trace, and content/ exactly as before. */
function expectRefusal(c: ContentFixture, r: RunResult, code: number, phrase: RegExp): void {
  expect(r.status, r.output).toBe(code);
  expect(r.stderr).toMatch(phrase);
  expectClean(r);
  expect(c.changedSinceMutation()).toEqual([]);
}

function readPage(c: ContentFixture, slug: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(join(c.root, 'content/documents', `${slug}.mdx`), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text)!;
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]!, text };
}

const committedBody = (slug: string) => readFileSync(`content/documents/${slug}.mdx`, 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '');

/** The word-for-word check of a page against its kept original, read as the check reads it (readSourceText). */
async function wordForWord(c: ContentFixture, slug: string): Promise<string[]> {
  const { data, text } = readPage(c, slug);
  const source = await readSourceText(join(c.root, 'content/sources', String(data.source)));
  // The editor fills the two fields the text cannot give.
  const filled = text.replace('title: ""', 'title: Văn bản thử').replace('summary: ""', 'summary: Tóm tắt thử.');
  return await Promise.resolve(checkDocument(`content/documents/${slug}.mdx`, filled, () => source));
}

describe('npm run import: audit table 1c', { timeout: 120_000 }, () => {
  it('missing file: usage line and "Không tìm thấy tệp nguồn", exit 2, nothing written', () => {
    const c = copy();
    const r = c.run(SCRIPT, ['khong-co-tep-nay.docx']);
    expectRefusal(c, r, 2, /Không tìm thấy tệp nguồn: khong-co-tep-nay\.docx/);
    expect(r.stderr).toMatch(/Cách dùng: npm run import/);
  });

  it('no arguments: usage line, exit 2, nothing written', () => {
    const c = copy();
    const r = c.run(SCRIPT);
    expectRefusal(c, r, 2, /Cách dùng: npm run import -- <tệp \.docx hoặc \.txt>[\s\S]*Chưa chỉ tệp nguồn/);
  });

  it('a directory (content/sources): says it is a folder, no EISDIR stack trace, exit 1, nothing written', () => {
    const c = copy();
    const r = c.run(SCRIPT, ['content/sources']);
    expectRefusal(c, r, 1, /content\/sources là một thư mục, không phải tệp/);
  });

  it('empty file (.txt and .docx): "tệp rỗng", exit 1, nothing written', () => {
    const c = copy((root) => writeFileSync(join(root, 'rong.txt'), ''));
    expectRefusal(c, c.run(SCRIPT, ['rong.txt']), 1, /rong\.txt: tệp rỗng/);
    expectRefusal(c, c.run(SCRIPT, [fixtures['rong.docx']!]), 1, /rong\.docx: tệp rỗng/);
  });

  it('binary file (.txt and .docx): "không phải văn bản" / "không phải tệp Word", exit 1, nothing written', () => {
    const c = copy();
    expectRefusal(c, c.run(SCRIPT, [fixtures['nhi-phan.txt']!]), 1, /nhi-phan\.txt: tệp không phải văn bản/);
    expectRefusal(c, c.run(SCRIPT, [fixtures['nhi-phan.docx']!]), 1, /nhi-phan\.docx: không phải tệp Word \.docx/);
  });

  it('.docx with a header table and a signature table: the page reproduces the committed body and passes the word-for-word check against the .docx', async () => {
    const c = copy((root) => unlinkSync(join(root, `content/documents/${CONG_VAN}.mdx`)));
    const r = c.run(SCRIPT, [fixtures['cong-van-bang.docx']!, '--slug', CONG_VAN]);
    expect(r.status, r.output).toBe(0);
    expectClean(r);
    expect(r.stdout).toMatch(/Đã tạo content\/documents\/cong-van-thuc-hien-chuong-trinh-14-ctr-tu\.mdx từ tệp Word/);
    expect(r.stdout).toMatch(/Chưa xác định được[\s\S]*title[\s\S]*summary/);
    expect(c.changedSinceMutation()).toEqual(['documents/cong-van-thuc-hien-chuong-trinh-14-ctr-tu.mdx', 'sources/cong-van-bang.docx']);
    const page = readPage(c, CONG_VAN);
    expect(page.body).toBe(committedBody(CONG_VAN));
    // Read from the tables: the issuer lines (left cell), the place and date (right cell), the signature (right cell).
    expect(page.data).toMatchObject({
      type: 'cong-van', number: 'Số -CV/ĐU', source: 'cong-van-bang.docx',
      issuer: { ward: 'Thủy Nguyên', body: 'Đảng ủy phường Thủy Nguyên' },
      header: { issuerLines: ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'ĐẢNG ỦY PHƯỜNG THỦY NGUYÊN'], placeDate: 'Thủy Nguyên, ngày tháng 02 năm 2026' },
      place: 'Thủy Nguyên', date: { year: 2026, month: 2 },
      signer: { authority: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Vũ Văn Hạnh' },
      recipients: ['Như trên,', 'Lưu VPĐU.'],
    });
    expect(await wordForWord(c, CONG_VAN)).toEqual([]);
  });

  it('short genuine notice (.txt and .docx with Word numbering): imports, type thông báo, passes the word-for-word check', async () => {
    const c = copy();
    const txt = c.run(SCRIPT, [fixtures['thong-bao-ngan.txt']!, '--slug', 'thong-bao-lich-hop']);
    expect(txt.status, txt.output).toBe(0);
    expectClean(txt);
    expect(readPage(c, 'thong-bao-lich-hop').data).toMatchObject({
      type: 'thong-bao', number: 'Số 07-TB/ĐU', header: { heading: ['THÔNG BÁO'] }, subject: 'về lịch họp Ban Thường vụ tháng 3/2026',
      signer: { authority: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Trần Thị Lan' },
    });
    expect(readPage(c, 'thong-bao-lich-hop').body).toBe('Ban Thường vụ Đảng ủy họp phiên thường kỳ vào 14 giờ 00, ngày 10/3/2026, tại phòng họp Đảng ủy phường.\n');
    expect(await wordForWord(c, 'thong-bao-lich-hop')).toEqual([]);

    const docx = c.run(SCRIPT, [fixtures['thong-bao-ngan.docx']!]);
    expect(docx.status, docx.output).toBe(0);
    const page = readPage(c, 'thong-bao-ngan');
    // Word's automatic numbers come through as printed: "1." (bold, as the list prints it) and "a)", "b)".
    expect(page.body).toContain('**1.** Lịch tiếp công dân');
    expect(page.body).toContain('a) buổi sáng từ 7 giờ 30');
    expect(page.body).toContain('**2.** Địa điểm');
    expect(page.data).toMatchObject({ type: 'thong-bao', date: { year: 2026, month: 3, day: 5 }, cites: ['05-KH/ĐU'] });
    expect(await wordForWord(c, 'thong-bao-ngan')).toEqual([]);
    expect(c.changedSinceMutation()).toEqual([
      'documents/thong-bao-lich-hop.mdx', 'documents/thong-bao-ngan.mdx', 'sources/thong-bao-ngan.docx', 'sources/thong-bao-ngan.txt',
    ]);
  });

  it('.docx kept as the original: npm run check reads it, passes the page once title and summary are written, and catches a changed number', () => {
    const c = copy();
    expect(c.run(SCRIPT, [fixtures['thong-bao-ngan.docx']!, '--slug', 'thong-bao-12']).status).toBe(0);
    const file = join(c.root, 'content/documents/thong-bao-12.mdx');
    const draft = readFileSync(file, 'utf8');
    const unfilled = c.run('scripts/check-content.ts');
    expect(unfilled.status).toBe(1);
    expect(unfilled.stderr).toMatch(/thong-bao-12\.mdx[\s\S]*"title"[\s\S]*"summary"/);
    writeFileSync(file, draft.replace('title: ""', 'title: Thông báo về lịch tiếp công dân tháng 3/2026')
      .replace('summary: ""', 'summary: Lịch tiếp công dân tháng 3/2026 chuyển sang thứ Năm, ngày 12/3/2026, tại Hội trường Đảng ủy phường.'));
    const filled = c.run('scripts/check-content.ts');
    expect(filled.status, filled.output).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Số 12-TB/ĐU', 'Số 15-TB/ĐU'));
    const changed = c.run('scripts/check-content.ts');
    expect(changed.status).toBe(1);
    expect(changed.stderr).toMatch(/nội dung khác văn bản gốc content\/sources\/thong-bao-ngan\.docx/);
    expectClean(changed);
  });

  it('no recognisable header (body only): a draft with the body, and every field it could not determine listed', () => {
    const c = copy();
    const r = c.run(SCRIPT, [fixtures['chi-than-van-ban.txt']!]);
    expect(r.status, r.output).toBe(0);
    expectClean(r);
    expect(r.stdout).toMatch(/Chưa xác định được, hãy điền vào tệp:[\s\S]*- type:[\s\S]*- issuer:[\s\S]*- date:[\s\S]*- signer\.title:/);
    expect(readPage(c, 'chi-than-van-ban').body).toMatch(/^Thực hiện chỉ đạo của Thường trực Đảng ủy/);
    expect(c.changedSinceMutation()).toEqual(['documents/chi-than-van-ban.mdx', 'sources/chi-than-van-ban.txt']);
  });

  it('Windows-1258 source: converted and said so, no mojibake, the body is the committed one', async () => {
    const c = copy((root) => unlinkSync(join(root, `content/documents/${CONG_VAN}.mdx`)));
    const r = c.run(SCRIPT, [fixtures['cong-van-1258.txt']!, '--slug', CONG_VAN]);
    expect(r.status, r.output).toBe(0);
    expectClean(r);
    expect(r.stdout).toMatch(/bảng mã Windows-1258[^\n]*đã chuyển sang Unicode/);
    const page = readPage(c, CONG_VAN);
    expect(page.text).not.toContain('\uFFFD');
    expect(page.body).toBe(committedBody(CONG_VAN));
    expect(page.data.source).toBe('cong-van-1258.txt');
    // The kept original stays in Windows-1258; the check reads it converted, the same way.
    expect(readFileSync(join(c.root, 'content/sources/cong-van-1258.txt'))).toEqual(readFileSync(fixtures['cong-van-1258.txt']!));
    expect(await wordForWord(c, CONG_VAN)).toEqual([]);
  });

  it('BOM + CRLF source: the body is the committed one', () => {
    const c = copy((root) => unlinkSync(join(root, `content/documents/${CONG_VAN}.mdx`)));
    const r = c.run(SCRIPT, [fixtures['cong-van-bom-crlf.txt']!, '--slug', CONG_VAN]);
    expect(r.status, r.output).toBe(0);
    expect(readPage(c, CONG_VAN).body).toBe(committedBody(CONG_VAN));
  });

  it('existing slug (exact, differently cased, or with diacritics): "không ghi đè", exit 2, the page unchanged; --force overwrites', () => {
    const c = copy();
    const page = join(c.root, `content/documents/${CONG_VAN}.mdx`);
    const before = createHash('md5').update(readFileSync(page)).digest('hex');
    for (const slug of [CONG_VAN, 'Cong-Van-Thuc-Hien-Chuong-Trinh-14-CTr-TU', 'công-văn-thực-hiện-chương-trình-14-ctr-tu']) {
      expectRefusal(c, c.run(SCRIPT, [fixtures['cong-van-bang.docx']!, '--slug', slug]), 2, /đã có \(trùng tên trang "cong-van-thuc-hien-chuong-trinh-14-ctr-tu"\): không ghi đè/);
    }
    expect(createHash('md5').update(readFileSync(page)).digest('hex')).toBe(before);
    const forced = c.run(SCRIPT, [fixtures['cong-van-bang.docx']!, '--slug', CONG_VAN, '--force']);
    expect(forced.status, forced.output).toBe(0);
    expect(forced.stdout).toMatch(/ghi đè trang cũ theo --force/);
    expect(c.changedSinceMutation()).toEqual([`documents/${CONG_VAN}.mdx`, 'sources/cong-van-bang.docx']);
  });

  it('slug "!!!": a clear error, exit 2, no hidden .mdx written', () => {
    const c = copy();
    const r = c.run(SCRIPT, [fixtures['thong-bao-ngan.txt']!, '--slug', '!!!']);
    expectRefusal(c, r, 2, /Tên trang "!!!" không có chữ cái hay chữ số nào/);
  });

  it('source outside content/sources/: copied there under a safe name, which the front matter names', () => {
    const c = copy();
    const outside = join(fixtureDir, 'Công văn số 15 (bản cuối).docx');
    copyFileSync(fixtures['cong-van-bang.docx']!, outside);
    const r = c.run(SCRIPT, [outside, '--slug', 'cong-van-15']);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/Đã giữ bản gốc: content\/sources\/cong-van-so-15-ban-cuoi\.docx/);
    expect(readPage(c, 'cong-van-15').data.source).toBe('cong-van-so-15-ban-cuoi.docx');
    expect(readFileSync(join(c.root, 'content/sources/cong-van-so-15-ban-cuoi.docx'))).toEqual(readFileSync(outside));
    // The same original imported again is not kept twice.
    c.run(SCRIPT, [outside, '--slug', 'cong-van-15-lan-2']);
    expect(c.changedSinceMutation()).toEqual(['documents/cong-van-15-lan-2.mdx', 'documents/cong-van-15.mdx', 'sources/cong-van-so-15-ban-cuoi.docx']);
  });
});

describe('npm run import: Word and text files that cannot be read faithfully', { timeout: 120_000 }, () => {
  it('.doc (old Word): names the format and the Save As fix, exit 1, nothing written', () => {
    const c = copy();
    expectRefusal(c, c.run(SCRIPT, [fixtures['van-ban-cu.doc']!]), 1, /tệp Word dạng cũ \(\.doc\)[\s\S]*Word Document \(\*\.docx\)/);
  });

  it('.doc renamed .docx: recognised by its content, exit 1, nothing written', () => {
    const c = copy();
    const renamed = join(fixtureDir, 'doi-ten.docx');
    copyFileSync(fixtures['van-ban-cu.doc']!, renamed);
    expectRefusal(c, c.run(SCRIPT, [renamed]), 1, /tệp Word dạng cũ \(\.doc\)/);
  });

  it('corrupt .docx (a truncated zip): "bị hỏng hoặc chưa tải về hết", exit 1, nothing written', () => {
    const c = copy();
    expectRefusal(c, c.run(SCRIPT, [fixtures['hong.docx']!]), 1, /hong\.docx: tệp Word bị hỏng hoặc chưa tải về hết/);
  });

  it('.docx in the legacy TCVN3 font .VnTime: refused, naming the font and Unikey\'s converter, nothing written', () => {
    const c = copy();
    expectRefusal(c, c.run(SCRIPT, [fixtures['phong-vntime.docx']!]), 1, /phông chữ cũ "\.VnTime"[\s\S]*Unikey[\s\S]*Công cụ chuyển mã[\s\S]*TCVN3/);
  });

  it('.txt neither UTF-8 nor Windows-1258: "không phải UTF-8", exit 1, nothing written', () => {
    const c = copy();
    expectRefusal(c, c.run(SCRIPT, [fixtures['latin1.txt']!]), 1, /latin1\.txt: tệp không phải UTF-8/);
  });

  it('.txt saved as "Unicode" (UTF-16) by Notepad: names it and the fix, exit 1, nothing written', () => {
    const c = copy();
    expectRefusal(c, c.run(SCRIPT, [fixtures['utf16.txt']!]), 1, /UTF-16[\s\S]*Encoding chọn "UTF-8"/);
  });

  it('another extension (.pdf): only .docx or .txt, exit 1, nothing written', () => {
    const c = copy((root) => writeFileSync(join(root, 'cong-van.pdf'), '%PDF-1.7\n'));
    expectRefusal(c, c.run(SCRIPT, ['cong-van.pdf']), 1, /chỉ nhập được tệp Word \(\.docx\) hoặc tệp văn bản \(\.txt\)/);
  });

  it('an unknown option: usage line, exit 2, nothing written', () => {
    const c = copy();
    expectRefusal(c, c.run(SCRIPT, [fixtures['thong-bao-ngan.txt']!, '--ghi-de']), 2, /Không hiểu tuỳ chọn "--ghi-de"/);
  });
});
