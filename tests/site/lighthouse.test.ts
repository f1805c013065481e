// Lighthouse's mobile test (simulated throttling, Debian's Chromium) on every target-set page: performance at
// least 95. The figures are static HTML and SVG, so nothing blocks the main thread or shifts while drawing.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { SITE_DIST } from '../support/paths.ts';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { builtPages } from '../support/site-files.ts';

const targetSetPages = builtPages(SITE_DIST).filter((p) => /^chi-tieu\/[^/]+\/$/.test(p) && p !== 'chi-tieu/so-sanh/');
let server: RunningServer;

beforeAll(async () => { server = await serveSite(SITE_DIST, '/'); });
afterAll(async () => { await server.close(); });

describe('Lighthouse, mobile', () => {
  it('there are target-set pages to audit', () => expect(targetSetPages.length).toBeGreaterThanOrEqual(3));
  for (const page of targetSetPages) {
    it(`/${page}: performance at least 95, CLS under 0.02`, async () => {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM_PATH,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        logLevel: 'error',
      });
      try {
        const result = await lighthouse(server.url(page), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result!.lhr;
        expect(lhr.runtimeError).toBeUndefined();
        const score = Math.round((lhr.categories.performance!.score ?? 0) * 100);
        const cls = lhr.audits['cumulative-layout-shift']!.numericValue ?? 1;
        expect(score, `performance ${score}, TBT ${Math.round(lhr.audits['total-blocking-time']!.numericValue ?? 0)} ms`).toBeGreaterThanOrEqual(95);
        expect(cls).toBeLessThan(0.02);
      } finally {
        await chrome.kill();
      }
    }, 120_000);
  }
});
