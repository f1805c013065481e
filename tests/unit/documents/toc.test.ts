import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../../src/lib/documents/toc.ts';

describe('nestHeadings', () => {
  it('nests deeper headings under the nearest shallower one', () => {
    const tree = nestHeadings([
      { depth: 2, slug: 'muc-i', text: 'I.' },
      { depth: 3, slug: 'muc-i-1', text: '1.' },
      { depth: 4, slug: 'muc-i-1-1', text: '1.1.' },
      { depth: 3, slug: 'muc-i-2', text: '2.' },
      { depth: 2, slug: 'muc-ii', text: 'II.' },
    ]);
    expect(tree.map((n) => n.slug)).toEqual(['muc-i', 'muc-ii']);
    expect(tree[0]!.children.map((n) => n.slug)).toEqual(['muc-i-1', 'muc-i-2']);
    expect(tree[0]!.children[0]!.children[0]!.slug).toBe('muc-i-1-1');
  });
});
