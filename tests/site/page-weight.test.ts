// The budget table of scripts/bench/page-weight.lib.ts (BUDGETS), first visit, compressed: the longest document
// page, every page without a chart, every page's CSS; only the search page and chart pages ship a JavaScript file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, pageWeight } from '../../scripts/bench/page-weight.lib.ts';
import { builtPages } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';

const html = (p: string) => readFileSync(`${SITE_DIST}/${p.endsWith('.html') ? p : `${p}index.html`}`, 'utf8');
const pages = builtPages(SITE_DIST);

describe('page weight (gzip)', () => {
  it(`the page of the longest document (seed 003) is at most ${BUDGETS.longestDocument.bytes} B in total`, () => {
    const w = pageWeight(SITE_DIST, BUDGETS.longestDocument.page);
    expect(w.resources.length).toBeGreaterThan(1);
    expect(w.total.gzip).toBeLessThanOrEqual(BUDGETS.longestDocument.bytes);
  });
  it(`every page without a chart is at most ${BUDGETS.pageWithoutChart} B in total; only the search page and chart pages ship a JavaScript file`, () => {
    const problems = pages
      .filter((p) => !html(p).includes('data-chart'))
      .map((p) => ({ w: pageWeight(SITE_DIST, p), island: html(p).includes('data-search-page') }))
      .filter(({ w, island }) => w.total.gzip > BUDGETS.pageWithoutChart || (w.byKind.js > 0 && !island) || w.byKind.js > BUDGETS.islandJs)
      .map(({ w }) => `/${w.page}: ${w.total.gzip} B, JS ${w.byKind.js} B`);
    expect(problems).toEqual([]);
  });
  it(`every page's CSS is at most ${BUDGETS.css} B`, () => {
    const problems = pages.map((p) => pageWeight(SITE_DIST, p)).filter((w) => w.cssGzip > BUDGETS.css).map((w) => `/${w.page}: CSS ${w.cssGzip} B`);
    expect(problems).toEqual([]);
  });
});
