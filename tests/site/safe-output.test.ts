// The built pages carry no script an editor could have slipped in: no inline event handler attribute, no javascript:
// or data: address in a link or a resource, no <script> but the site's own, and editor's notes hold only text and
// emphasis. Browser-free: the HTML files themselves (audit P4, row #36, section 3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset', 'content'];
const pages = builtPages(SITE_DIST).map((path) => ({
  path,
  root: parse(readFileSync(`${SITE_DIST}/${path.endsWith('.html') ? path : `${path}index.html`}`, 'utf8'), { comment: true }),
}));

function problemsOf(root: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.rawTagName?.toLowerCase();
    for (const [name, value] of Object.entries(el.attributes)) {
      const attr = name.toLowerCase();
      if (/^on/.test(attr)) problems.push(`<${tag} ${attr}="${value}">`);
      if (!URL_ATTRIBUTES.includes(attr)) continue;
      // Browsers drop tabs, line breaks and leading spaces before they read the scheme.
      const compact = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (/(?:^|[,;=])(?:java|vb)script:/.test(compact)) problems.push(`<${tag} ${attr}="${value}">`);
      if (compact.startsWith('data:') && !(tag === 'img' && /^data:image\/(?:png|jpeg|webp|gif);/.test(compact))) problems.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
    }
    if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') problems.push('<meta http-equiv="refresh">');
    if (tag === 'script' && el.getAttribute('src') && !/^\/|^\.\//.test(el.getAttribute('src')!)) problems.push(`<script src="${el.getAttribute('src')}">`);
    if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'base') problems.push(`<${tag}>`);
  }
  return problems;
}

describe('safe output', () => {
  it('built the pages this test reads', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  for (const { path, root } of pages) {
    it(`/${path}: no inline event handler, no javascript: or data: address`, () => {
      expect(problemsOf(root)).toEqual([]);
    });
  }

  it('every editor note on every page holds only text and bare <em>/<strong>/<br>', () => {
    let notes = 0;
    for (const { path, root } of pages) {
      for (const note of root.querySelectorAll('[role="note"], .editor-note')) {
        notes++;
        const inside = note.querySelectorAll('*').filter((el) => el !== note.querySelector('strong.block'));
        const extra = inside.filter((el) => !['em', 'strong', 'i', 'b', 'br'].includes(el.rawTagName.toLowerCase()) || Object.keys(el.attributes).length > 0);
        expect(extra.map((el) => `/${path}: <${el.rawTagName}>`)).toEqual([]);
      }
    }
    expect(notes).toBeGreaterThan(0);
  });

  it('the document page prints the committed note as text', () => {
    const page = pages.find((p) => p.path === 'van-ban/ket-luan-hoi-nghi-dang-uy-quy-i-2026/');
    const note = page?.root.querySelector('[data-fidelity="document"] [role="note"]');
    expect(note?.textContent).toContain('Văn bản ghi Hội nghị họp "ngày 08/4/2024"');
  });

  it('the checker itself finds a planted handler and a javascript: link', () => {
    expect(problemsOf(parse('<p><img src="x" onerror="a()"><a href=" java\tscript:alert(1)">x</a><iframe src="data:text/html,x"></iframe></p>'))).toEqual([
      '<img onerror="a()">',
      '<a href=" java\tscript:alert(1)">',
      '<iframe src="data:text/html,x">',
      '<iframe>',
    ]);
  });
});
