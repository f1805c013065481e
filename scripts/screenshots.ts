// Screenshots of built pages for review: npm run screenshots -- [width] [path…]
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/static-server.ts';
import { slugify } from '../src/lib/slug.ts';

const [widthArg, ...paths] = process.argv.slice(2);
const width = Number(widthArg) || 390;
const base = process.env.SITE_BASE || '/';
const server = await serveSite(process.env.DIST || 'dist', base);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
mkdirSync('test-results/screenshots', { recursive: true });
for (const p of paths.length ? paths : ['']) {
  await page.goto(server.url(p));
  // Charts draw when they near the viewport: scroll them into view and wait for them.
  for (const chart of await page.locator('[data-chart]').all()) {
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart-ready]', { timeout: 5000 }).catch(() => {});
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const file = `test-results/screenshots/${width}-${slugify(p) || 'home'}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
  console.log(file);
}
await browser.close();
await server.close();
