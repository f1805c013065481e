// Budget, compressed, first visit: the longest document page ≤ 32 KB; any page without a chart ≤ 45 KB
// and without a JavaScript file. Pages with a chart load Chart.js (measured, reported in BENCHMARKS.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.lib.ts';
import { builtPages } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';

const KB = 1024;

describe('page weight (gzip)', () => {
  it('the page of the longest document (seed 003) is at most 32 KB in total', () => {
    const w = pageWeight(SITE_DIST, 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/');
    expect(w.resources.length).toBeGreaterThan(1);
    expect(w.total.gzip).toBeLessThanOrEqual(32 * KB);
  });
  it('every page without a chart is at most 45 KB in total; only the search page and chart pages ship a JavaScript file', () => {
    const html = (p: string) => readFileSync(`${SITE_DIST}/${p.endsWith('.html') ? p : `${p}index.html`}`, 'utf8');
    const problems = builtPages(SITE_DIST)
      .filter((p) => !html(p).includes('data-chart'))
      .map((p) => ({ p, w: pageWeight(SITE_DIST, p), island: html(p).includes('data-search-page') }))
      .filter(({ w, island }) => w.total.gzip > 45 * KB || (w.byKind.js > 0 && !island) || w.byKind.js > 4 * KB)
      .map(({ w }) => `/${w.page}: ${w.total.gzip} B, JS ${w.byKind.js} B`);
    expect(problems).toEqual([]);
  });
});
