import { readFileSync } from 'node:fs';
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
