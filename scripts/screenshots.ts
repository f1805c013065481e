// Screenshots of built pages for review: npm run screenshots -- [width] [path…]
// Env: DIST (default dist), SITE_BASE, OUT (default test-results/screenshots), SCHEME=dark, FULL=1 (whole page),
// REVIEW=1 (the five page types at 390 and 1280 px, light and dark, whole pages).
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/static-server.ts';
import { slugify } from '../src/lib/site/slug.ts';

const REVIEW_PAGES = ['', 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/', 'nhiem-vu/tang-truong-ngan-sach/', 'chi-tieu/hai-duong-2026-2030/', 'tim-kiem/?q=ngan%20sach'];
const review = process.env.REVIEW === '1';
const [widthArg, ...args] = process.argv.slice(2);
const paths = review ? REVIEW_PAGES : args.length ? args : [''];
const widths = review ? [390, 1280] : [Number(widthArg) || 390];
const schemes: Array<'light' | 'dark'> = review ? ['light', 'dark'] : [process.env.SCHEME === 'dark' ? 'dark' : 'light'];
const out = process.env.OUT || 'test-results/screenshots';
const base = process.env.SITE_BASE || '/';
const server = await serveSite(process.env.DIST || 'dist', base);
const browser = await launchBrowser();
mkdirSync(out, { recursive: true });
for (const width of widths) {
  for (const colorScheme of schemes) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1, colorScheme });
    for (const p of paths) {
      await page.goto(server.url(p));
      if (p.includes('?q=')) await page.waitForSelector('[data-search-results] li', { timeout: 5000 }).catch(() => {});
      await page.waitForTimeout(500);
      await page.evaluate(() => window.scrollTo(0, 0));
      const file = `${out}/${width}-${colorScheme === 'dark' ? 'dark-' : ''}${slugify(p.split('?')[0]!) || 'home'}.png`;
      await page.screenshot({ path: file, fullPage: review || process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
await server.close();
