// Built with SITE_BASE=/tuyen-truyen/: every link and asset stays under the sub-path and resolves.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { builtPages } from '../support/site-files.ts';
import { BASE_DIST, SUB_PATH } from '../support/paths.ts';

let server: RunningServer;
beforeAll(async () => { server = await serveSite(BASE_DIST, SUB_PATH); });
afterAll(async () => { await server?.close(); });

describe(`site under ${SUB_PATH}`, () => {
  it('has no broken internal link, asset or fragment', async () => {
    const pages = builtPages(BASE_DIST);
    const checked = new Map<string, number>();
    const problems: string[] = [];
    let links = 0;
    for (const path of pages) {
      const html = parse(readFileSync(`${BASE_DIST}/${path.endsWith('.html') ? path : `${path}index.html`}`, 'utf8'));
      const ids = new Set(html.querySelectorAll('[id]').map((el) => el.id));
      const refs = [
        ...html.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
        ...html.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
      ];
      for (const ref of refs) {
        if (/^(mailto:|tel:)/.test(ref)) continue;
        if (ref.startsWith('#')) {
          if (ref.length > 1 && !ids.has(decodeURIComponent(ref.slice(1)))) problems.push(`/${path}: no element for ${ref}`);
          continue;
        }
        const target = new URL(ref, server.url(path));
        if (target.origin !== server.origin) {
          // Absolute URLs to the configured site or portal are fine (canonical, og:url, portal link).
          continue;
        }
        links++;
        if (!target.pathname.startsWith(SUB_PATH)) { problems.push(`/${path}: ${ref} is outside ${SUB_PATH}`); continue; }
        const key = target.pathname;
        if (!checked.has(key)) checked.set(key, (await fetch(server.origin + key)).status);
        if (checked.get(key) !== 200) problems.push(`/${path}: ${ref} → HTTP ${checked.get(key)}`);
      }
    }
    expect(links).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('canonical URLs include the sub-path', () => {
    const html = parse(readFileSync(`${BASE_DIST}/van-ban/index.html`, 'utf8'));
    expect(html.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(/\/tuyen-truyen\/van-ban\/$/);
  });
});
