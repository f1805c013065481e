// Re-importing each of the five received sources in content/sources/ reproduces its committed page: the body exactly
// (editor's notes aside), and every front-matter field the text itself states.
//
// Compared, field by field (absent on both sides counts as equal): type, number, header.issuerLines,
// header.placeDate, header.heading, place, signer (authority, title, name), subject, addressees, recipientsLabel,
// recipients, cites, source; issuer (ward, body) where the committed page has no issuer.note; date where the document
// prints its place-and-date line (header.placeDate).
// Not compared, because the text does not state them and an editor writes them: title, summary, dateNote,
// issuer when issuer.note says it was inferred, date when no date line is printed (dateNote says it was inferred),
// and the <EditorNote> blocks in the body.
import { readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentSchema } from '../../../src/lib/documents/schema.ts';
import { checkDocument } from '../../../src/lib/editing/check.ts';
import { readSourceText } from '../../../src/lib/editing/source-text.ts';
import { contentFixture, type ContentFixture } from '../../support/content-fixture.ts';

type FrontMatter = Record<string, any>;

function splitPage(text: string): { data: FrontMatter; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no front matter');
  return { data: parse(m[1]!) as FrontMatter, body: m[2]! };
}

/** What the text states, in the terms of the front matter; see the list at the top. */
function statedFields(data: FrontMatter): FrontMatter {
  const stated: FrontMatter = {
    type: data.type,
    number: data.number,
    issuerLines: data.header?.issuerLines ?? [],
    placeDate: data.header?.placeDate,
    heading: data.header?.heading ?? [],
    place: data.place,
    signer: data.signer,
    subject: data.subject,
    addressees: data.addressees ?? [],
    recipientsLabel: data.recipientsLabel ?? 'Nơi nhận:',
    recipients: data.recipients,
    cites: data.cites ?? [],
    source: data.source,
  };
  return stated;
}

const withoutEditorNotes = (body: string) => body.replace(/<EditorNote>[\s\S]*?<\/EditorNote>\n\n/g, '');

const committed = readdirSync('content/documents').filter((f) => f.endsWith('.mdx')).sort();
const copies: ContentFixture[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

describe('re-importing the five committed sources', { timeout: 120_000 }, () => {
  it('covers five documents', () => expect(committed).toHaveLength(5));

  for (const file of committed) {
    const slug = file.replace(/\.mdx$/, '');
    it(`${slug}: same body, same stated front matter, and a valid page once title and summary are written`, async () => {
      const page = splitPage(readFileSync(join('content/documents', file), 'utf8'));
      const c = contentFixture((root) => unlinkSync(join(root, 'content/documents', file)));
      copies.push(c);
      const r = c.run('scripts/import-document.ts', [`content/sources/${page.data.source}`, '--slug', slug]);
      expect(r.status, r.output).toBe(0);
      // The original already sits in content/sources/: it is named, not copied.
      expect(c.changedSinceMutation()).toEqual([`documents/${file}`]);
      const draftText = readFileSync(join(c.root, 'content/documents', file), 'utf8');
      const draft = splitPage(draftText);

      expect(draft.body).toBe(withoutEditorNotes(page.body));
      expect(statedFields(draft.data)).toEqual(statedFields(page.data));
      if (!page.data.issuer.note) expect(draft.data.issuer).toEqual(page.data.issuer);
      else expect(draft.data.issuer).toBeUndefined(); // not guessed: listed for the editor instead
      if (page.data.header?.placeDate) expect(draft.data.date).toEqual(page.data.date);
      else expect(draft.data.date).toBeUndefined();

      // What the text does not state is listed, never invented.
      expect(r.stdout).toMatch(/Chưa xác định được, hãy điền vào tệp:\n {2}- title:/);
      if (page.data.issuer.note) expect(r.stdout).toMatch(/- issuer: .*phường/);

      // With the editor's fields written, the draft is a valid page that passes the word-for-word check.
      const completed = { ...page.data, ...draft.data, title: page.data.title, summary: page.data.summary, issuer: page.data.issuer, date: page.data.date, dateNote: page.data.dateNote };
      expect(documentSchema.safeParse(completed).success).toBe(true);
      const source = await readSourceText(join('content/sources', page.data.source));
      const filled = draftText
        .replace('title: ""', `title: ${JSON.stringify(page.data.title)}`)
        .replace('summary: ""', `summary: ${JSON.stringify(page.data.summary)}`)
        .replace(/\nsource: /, draft.data.issuer ? '\nsource: ' : `\nissuer: ${JSON.stringify(page.data.issuer)}\nsource: `)
        .replace(/\nsource: /, draft.data.date ? '\nsource: ' : `\ndate: ${JSON.stringify(page.data.date)}\ndateNote: ${JSON.stringify(page.data.dateNote)}\nsource: `);
      expect(await Promise.resolve(checkDocument(`content/documents/${file}`, filled, () => source))).toEqual([]);
    });
  }
});
