import { describe, expect, it } from 'vitest';
import { documentBlocks, findPassage, longestQuotedPrefix, numbersIn, passageText, textFragment } from '../../../src/lib/documents/passages.ts';

const body = `Tại Hội nghị, Ban Chấp hành quyết nghị:

## II- MỤC TIÊU

#### 2.2. Chỉ tiêu

(14)- Tỷ lệ dân số tham gia bảo hiểm y tế đạt **96,5%**.

- Một dòng **có số 2.525** tỷ đồng.

<EditorNote>Ghi chú không phải văn bản.</EditorNote>
`;

describe('passages', () => {
  const blocks = documentBlocks(body);
  it('gives every block the id the page gives it', () => {
    expect(blocks.map((b) => b.id)).toEqual(['doan-1', 'muc-ii', 'muc-ii-2-2', 'muc-ii-2-2-14', 'muc-ii-2-2-14-doan-1']);
  });
  it('finds the block of a quote, ignoring Markdown marks and punctuation', () => {
    expect(findPassage(blocks, 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96,5%')?.id).toBe('muc-ii-2-2-14');
    expect(findPassage(blocks, 'Một dòng có số 2.525')?.id).toBe('muc-ii-2-2-14-doan-1');
  });
  it('does not find a changed quote, nor one across two blocks, nor an editor note', () => {
    expect(findPassage(blocks, 'bảo hiểm y tế đạt 96,6%')).toBeUndefined();
    expect(findPassage(blocks, '96,5% Một dòng')).toBeUndefined();
    expect(findPassage(blocks, 'Ghi chú không phải văn bản')).toBeUndefined();
    // A number is one word, as written: the prefix stops before it.
    expect(longestQuotedPrefix(blocks, 'bảo hiểm y tế đạt 96,6%')).toBe('bảo hiểm y tế đạt');
    expect(findPassage(blocks, 'bảo hiểm y tế đạt 96.5%')).toBeUndefined();
  });
  it('quotes the page text exactly and builds a text fragment', () => {
    const block = blocks[3]!;
    expect(passageText(block, 'bảo hiểm y tế đạt 96,5')).toBe('bảo hiểm y tế đạt 96,5');
    expect(textFragment('a-b, c')).toBe(':~:text=a%2Db%2C%20c');
    expect(textFragment('một hai ba bốn năm sáu bảy tám chín')).toBe(':~:text=m%E1%BB%99t%20hai%20ba%20b%E1%BB%91n,n%C4%83m%20s%C3%A1u%20b%E1%BA%A3y%20t%C3%A1m%20ch%C3%ADn'.replace('n%C4%83m%20', ''));
  });
  it('reads Vietnamese numbers', () => {
    expect(numbersIn('2.525 tỷ; 96,5%; 08; 11/19; 149,432; 1.120')).toEqual([2525, 96.5, 8, 11, 19, 149.432, 1120]);
  });
});
