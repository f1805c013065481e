// A document saved on a Mac (NFD) or with a BOM gives the same data as the committed one: the check passes, and the
// front matter, the ward of the filters and the body passages the pages use are equal. Audit rows #29 and #33.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/lib/editing/check.ts';
import { splitMdx } from '../../../src/lib/documents/mdx-file.ts';
import { documentSchema } from '../../../src/lib/documents/schema.ts';
import { documentBlocks } from '../../../src/lib/documents/passages.ts';
import { mdxTextPlugin } from '../../../src/lib/documents/mdx-text-plugin.ts';
import { taskGroupsFileSchema } from '../../../src/lib/infographics/schema.ts';
import { parse } from 'yaml';

const files = readdirSync('content/documents').filter((f) => f.endsWith('.mdx'));
const readSource = (name: string) => readFileSync(`content/sources/${name}`, 'utf8');
const COMBINING = /[\u0300-\u036f]/u;

describe('NFD and BOM documents read as the committed ones', () => {
  it.each(files)('%s in NFD: the check passes and the pages get the same data', async (f) => {
    const file = `content/documents/${f}`;
    const text = readFileSync(file, 'utf8');
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(text);
    expect(await checkDocument(file, nfd, readSource)).toEqual([]);
    const data = documentSchema.parse(splitMdx(text, file).frontMatter);
    const fromNfd = documentSchema.parse(splitMdx(nfd, file).frontMatter);
    expect(fromNfd).toEqual(data);
    expect(fromNfd.issuer.ward).toBe(data.issuer.ward);
    expect(fromNfd.issuer.ward).not.toMatch(COMBINING);
    const blocks = documentBlocks(splitMdx(nfd, file).body);
    expect(blocks).toEqual(documentBlocks(splitMdx(text, file).body));
    expect(blocks.some((b) => COMBINING.test(b.text))).toBe(false);
  });

  it.each(files)('%s with a UTF-8 BOM: the check passes (#29)', async (f) => {
    const file = `content/documents/${f}`;
    const text = readFileSync(file, 'utf8');
    expect(await checkDocument(file, `\uFEFF${text}`, readSource)).toEqual([]);
    expect(splitMdx(`\uFEFF${text}`, file)).toEqual(splitMdx(text, file));
  });

  it('the build hands every document .mdx to the MDX compiler BOM-free and NFC; other files untouched', () => {
    const plugin = mdxTextPlugin();
    expect(plugin.enforce).toBe('pre');
    const text = readFileSync(`content/documents/${files[0]}`, 'utf8');
    const out = plugin.transform(`\uFEFF${text.normalize('NFD')}`, `/work/site/content/documents/${files[0]}`);
    expect(out?.code).toBe(text);
    expect(plugin.transform(text, `C:\\site\\content\\documents\\${files[0]}?astroContentCollectionEntry=true`)).toBeNull();
    expect(plugin.transform(text.normalize('NFD'), `C:\\site\\content\\documents\\${files[0]}?astroContentCollectionEntry=true`)?.code).toBe(text);
    expect(plugin.transform(text.normalize('NFD'), '/work/site/src/pages/x.mdx')).toBeNull();
  });

  it('YAML data strings become NFC through the schemas (task-groups.yaml in NFD)', () => {
    const yaml = readFileSync('content/task-groups.yaml', 'utf8');
    const nfc = taskGroupsFileSchema.parse(parse(yaml));
    const nfd = taskGroupsFileSchema.parse(parse(yaml.normalize('NFD')));
    expect(nfd).toEqual(nfc);
    expect(JSON.stringify(nfd)).not.toMatch(COMBINING);
  });
});
