import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkDocument } from '../../../src/lib/editing/check.ts';

const file = 'content/documents/cong-van-thuc-hien-chuong-trinh-14-ctr-tu.mdx';
const text = readFileSync(file, 'utf8');
const readSource = (name: string) => readFileSync(`content/sources/${name}`, 'utf8');

describe('content rules', () => {
  it('the committed content passes', async () => {
    expect(await checkContent()).toEqual([]);
  });
  it('a changed word in the body names the file and the passage', () => {
    const [problem] = checkDocument(file, text.replace('tạo sự đồng thuận cao', 'tạo sự đồng thuận rất cao'), readSource);
    expect(problem).toContain(file);
    expect(problem).toMatch(/gốc: .*tạo sự đồng thuận cao/);
  });
  it('a changed signer is caught in the signature block', () => {
    const [problem] = checkDocument(file, text.replace('name: Vũ Văn Hạnh', 'name: Vũ Văn Hạ'), readSource);
    expect(problem).toMatch(/Phần cuối .* thiếu: Hạnh/);
  });
  it('an editor note beside the text is allowed', () => {
    const withNote = text.replace('Thường trực Đảng ủy giao', '<EditorNote>Ghi chú thêm.</EditorNote>\n\nThường trực Đảng ủy giao');
    expect(checkDocument(file, withNote, readSource)).toEqual([]);
  });
  it('broken front matter and a missing source get clear messages', () => {
    expect(checkDocument(file, text.replace('type: cong-van', 'type: [cong-van'), readSource)[0]).toMatch(/phần đầu không đọc được/);
    expect(checkDocument(file, text.replace(/^---\n/, ''), readSource)[0]).toMatch(/thiếu phần đầu/);
    expect(checkDocument(file, text, () => null)[0]).toMatch(/không có tệp content\/sources\/000_41e49f6029fcab08\.txt/);
    expect(checkDocument(file, text.replace('type: cong-van', 'type: cv'), readSource)[0]).toMatch(/trường "type"/);
  });
});

describe('a document that cannot be read', () => {
  it('is reported once: the quotes and summaries that point at it are not reported again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'noi-dung-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    const path = join(root, 'content/documents/nghi-quyet-muc-tieu-chi-tieu-nam-2026.mdx');
    // One Latin-1 "é" byte in the body: the file is no longer UTF-8.
    const text = readFileSync(path, 'utf8');
    const at = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n\n')));
    const bytes = readFileSync(path);
    writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from([0x20, 0xe9]), bytes.subarray(at)]));
    const problems = await checkContent(root);
    rmSync(root, { recursive: true, force: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/nghi-quyet-muc-tieu-chi-tieu-nam-2026\.mdx.*không phải UTF-8/);
  });
});

describe('the radio bulletins file', () => {
  it('is checked with the rest of content/: a wrong rate is named', async () => {
    const root = mkdtempSync(join(tmpdir(), 'noi-dung-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    const path = join(root, 'content/bulletins.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^rate: .*$/m, 'rate: nhanh'));
    const problems = await checkContent(root);
    rmSync(root, { recursive: true, force: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/content\/bulletins\.yaml[\s\S]*trường "rate"/);
  });
});
