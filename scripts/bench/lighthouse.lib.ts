// One Lighthouse run (the npm package, mobile defaults) in a fresh Debian Chromium: the benchmarks and the
// Lighthouse test all run it this way. A fresh browser per run: a crash on one page cannot take the next with it.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/browser.ts';

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Lighthouse's report of `url`; throws when it has none or Lighthouse itself failed. */
export async function runLighthouse(url: string, categories: readonly LighthouseCategory[]): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS], logLevel: 'error' });
  try {
    const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }))?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    chrome.kill();
  }
}
