// House rules of ARCHITECTURE.md that matter enough to be kept by a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name).split('\\').join('/'));

/** Runtime imports (not `import type`) of a file. */
const runtimeImports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(?!type\b)[^'"]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('house rules', () => {
  it('lib is pure: only the two modules that must read Astro (the collection, the base path) import an astro: module', () => {
    const allowed = ['src/lib/documents/documents.ts', 'src/lib/site/urls.ts'];
    const offenders = files('src/lib', /\.ts$/)
      .filter((f) => runtimeImports(f).some((i) => i.startsWith('astro:')))
      .filter((f) => !allowed.includes(f));
    expect(offenders).toEqual([]);
  });

  it('lib never imports a component, a layout or a page', () => {
    const offenders = files('src/lib', /\.ts$/).filter((f) => runtimeImports(f).some((i) => /\/(components|layouts|pages)\//.test(i) || i.endsWith('.astro')));
    expect(offenders).toEqual([]);
  });

  it('the one global stylesheet styles elements and document prose only: no component class lives there', () => {
    const sheets = files('src/styles', /\.css$/);
    expect(sheets).toEqual(['src/styles/global.css']);
    const css = readFileSync('src/styles/global.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/"[^"]*"/g, '');
    const classes = new Set([...css.matchAll(/\.(-?[a-z][\w-]*)/gi)].map((m) => m[1]!));
    expect([...classes]).toEqual(['doc-body']);
  });
});
