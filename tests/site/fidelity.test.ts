// Each document page reproduces its received text: every word and number, in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { compareWithSource } from '../../src/lib/editing/fidelity.ts';
import { documentFiles } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';

const docs = documentFiles();

describe('document pages are word for word', () => {
  it('covers the five seed documents', () => {
    expect(docs.map((d) => d.source).sort()).toEqual([
      '000_41e49f6029fcab08.txt', '001_9b15e7e70208f46f.txt', '002_c6a88956fa8911dd.txt',
      '003_4758e2a213712f16.txt', '004_e30bdd0ba18b10dc.txt',
    ]);
  });

  for (const doc of docs) {
    it(`${doc.id} matches content/sources/${doc.source}`, () => {
      const source = readFileSync(`content/sources/${doc.source}`, 'utf8');
      const html = parse(readFileSync(`${SITE_DIST}/van-ban/${doc.id}/index.html`, 'utf8'));
      const article = html.querySelector('[data-fidelity="document"]');
      expect(article, 'document article').toBeTruthy();
      for (const note of article!.querySelectorAll('[data-fidelity="ignore"]')) note.remove();
      const text = (sel: string) => article!.querySelector(`[data-fidelity="${sel}"]`)?.structuredText ?? '';
      const problems = compareWithSource(source, { head: text('head'), body: text('body'), tail: text('tail') });
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
