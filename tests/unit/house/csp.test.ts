// The Content-Security-Policy allows inline scripts only by hash: every inline script of a component or layout
// comes from inline-scripts.ts, whose hashes astro.config.mjs hands Astro; no style attribute or inline handler.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, inlineScripts, scriptHash } from '../../../src/components/site/inline-scripts.ts';

const astroFiles = ['src/components', 'src/layouts', 'src/pages']
  .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro'))
    .map((e) => join(e.parentPath, e.name)));

describe('Content-Security-Policy in the source', () => {
  it('every is:inline script is JSON data or one of inline-scripts.ts, never written out in the markup', () => {
    const offenders: string[] = [];
    for (const file of astroFiles) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/<script\b([^>]*?)(\/?)>/g)) {
        const attrs = m[1]!;
        if (!/\bis:inline\b/.test(attrs)) continue;
        if (/type="application\/ld\+json"/.test(attrs)) continue;
        if (m[2] === '/' && /set:html=\{inlineScripts\.\w+\}/.test(attrs)) continue;
        offenders.push(`${file}: <script${attrs}${m[2]}>`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every script of inline-scripts.ts is used by a component or layout', () => {
    const source = astroFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const name of Object.keys(inlineScripts)) expect(source, name).toContain(`inlineScripts.${name}}`);
  });

  it('hashes each script as the browser does: SHA-256 of its UTF-8 text, base64', () => {
    expect(scriptHash('alert(1)')).toBe(`sha256-${createHash('sha256').update('alert(1)').digest('base64')}`);
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    expect(inlineScriptHashes()).toHaveLength(Object.keys(inlineScripts).length);
    expect(new Set(inlineScriptHashes()).size).toBe(Object.keys(inlineScripts).length);
  });

  it('astro.config.mjs turns on security.csp with those hashes, default-src \'self\', and neither unsafe-inline nor unsafe-eval', () => {
    const config = readFileSync('astro.config.mjs', 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(config).toMatch(/security:\s*\{\s*csp:/);
    expect(config).toContain('hashes: inlineScriptHashes()');
    expect(config).toContain(`"default-src 'self'"`);
    expect(config).toContain(`"'wasm-unsafe-eval'"`);
    expect(config).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('no component, layout or page writes a style attribute or an inline event handler', () => {
    const offenders = astroFiles.filter((f) => /\sstyle=["{]|\son[a-z]+=["{]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
