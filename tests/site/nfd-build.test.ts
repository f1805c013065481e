// Row #33: documents saved on a Mac (NFD) build the same site as the committed NFC ones. One real build (the build
// script: content rules, Astro, Pagefind) of a copy of the project whose documents and task groups are NFD, compared
// with the NFC build of the suite: no combining mark in any page, the same pages, the same ward filter chips and facet
// pages, the same search filters, the same text.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { builtPages } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

const COMBINING = /[\u0300-\u036f]/u;
let copy = '';
let nfdDist = '';

const read = (dist: string, path: string) => readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
const filtersOf = (html: string) => [...html.matchAll(/data-pagefind-filter="([^"]*)"/g)].map((m) => m[1]!).sort();
const chipsOf = (html: string) => parse(html).querySelectorAll('[data-filter][data-value]').map((b) => `${b.getAttribute('data-filter')}=${b.getAttribute('data-value')}`);
const documentText = (html: string) => parse(html).querySelector('[data-fidelity="document"]')?.textContent.replace(/\s+/g, ' ').trim();
/** The values of the search index's filters, read from Pagefind's compressed filter files. */
function indexFilterText(dist: string): string {
  const dir = join(dist, 'pagefind/filter');
  return readdirSync(dir).map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8')).join('\n');
}

beforeAll(() => {
  copy = copyProject('nfd-');
  for (const dir of ['content/documents']) {
    for (const f of readdirSync(join(copy, dir))) writeFileSync(join(copy, dir, f), readFileSync(join(copy, dir, f), 'utf8').normalize('NFD'));
  }
  writeFileSync(join(copy, 'content/task-groups.yaml'), readFileSync(join(copy, 'content/task-groups.yaml'), 'utf8').normalize('NFD'));
  nfdDist = join(copy, 'dist');
  // The one build (scripts/build.ts): the content rules run on the NFD files first, then Astro and Pagefind.
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', 'dist'], {
    // Without the handout PDFs (no Chromium named): they print pages, whose text the tests below compare already.
    cwd: copy, encoding: 'utf8', env: { ...process.env, SITE_BASE: '/', CHROMIUM_PATH: '/nonexistent/chromium' }, timeout: 280_000,
  });
  if (r.status !== 0) throw new Error(`the build of the NFD copy failed:\n${r.stdout}\n${r.stderr}`);
});

afterAll(() => {
  if (copy) removeCopy(copy);
});

describe('an NFD copy of the documents builds the NFC site (row #33)', () => {
  it('the copy really was NFD', () => {
    const [f] = readdirSync(join(copy, 'content/documents'));
    expect(readFileSync(join(copy, 'content/documents', f!), 'utf8')).toMatch(COMBINING);
  });

  it('no page carries a combining mark', () => {
    const offenders = builtPages(nfdDist).filter((p) => COMBINING.test(read(nfdDist, p)));
    expect(offenders).toEqual([]);
  });

  it('the same pages, facet pages included', () => {
    expect(builtPages(nfdDist)).toEqual(builtPages(SITE_DIST));
    expect(builtPages(nfdDist).filter((p) => p.startsWith('van-ban/phuong/'))).toEqual(builtPages(SITE_DIST).filter((p) => p.startsWith('van-ban/phuong/')));
  });

  it('the search page shows one chip per ward, as the NFC build does', () => {
    const chips = chipsOf(read(nfdDist, 'tim-kiem/'));
    expect(chips).toEqual(chipsOf(read(SITE_DIST, 'tim-kiem/')));
    const wards = chips.filter((c) => c.startsWith('phuong='));
    expect(wards.length).toBeGreaterThan(1);
    expect(new Set(wards).size).toBe(wards.length);
  });

  it('every page files itself under the same search filters', () => {
    for (const p of builtPages(SITE_DIST)) expect(filtersOf(read(nfdDist, p)), p).toEqual(filtersOf(read(SITE_DIST, p)));
  });

  it('the search index holds NFC filter values only', () => {
    const text = indexFilterText(nfdDist);
    expect(text).toMatch(/Phường/);
    expect(text).not.toMatch(COMBINING);
  });

  it('each document page prints the same text', () => {
    const docs = builtPages(SITE_DIST).filter((p) => /^van-ban\/[^/]+\/$/.test(p) && documentText(read(SITE_DIST, p)));
    expect(docs.length).toBeGreaterThanOrEqual(5);
    for (const p of docs) expect(documentText(read(nfdDist, p)), p).toBe(documentText(read(SITE_DIST, p)));
  });
});
