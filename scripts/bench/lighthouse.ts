// Lighthouse (mobile) scores of a few key pages of a built site: npm run bench:lighthouse -- <dist-dir> [label]
// Serves the folder on 127.0.0.1, runs Lighthouse's Node API with Debian's Chromium (or CHROMIUM_PATH) with its
// defaults (mobile form factor, simulated throttling), prints a Markdown table and writes
// test-results/lighthouse/<label>.json. A page that fails gets an error row; the script then exits 1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveSite } from '../../tests/support/static-server.ts';

const dist = process.argv[2];
const label = process.argv[3] ?? 'latest';
if (!dist) {
  console.error('Usage: npm run bench:lighthouse -- <dist-dir> [label]');
  process.exit(2);
}

const pages = [
  '',
  'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/',
  'nhiem-vu/tang-truong-ngan-sach/',
  'chi-tieu/gia-vien-2026/',
  'chi-tieu/hai-duong-2026-2030/',
  'tim-kiem/?q=ngan%20sach',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Row {
  page: string;
  scores?: Record<(typeof categories)[number], number | null>;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  /** Lighthouse's CPU benchmark of this machine: simulated throttling scales with it. */
  benchmarkIndex?: number;
  warnings?: string[];
  error?: string;
}

const decimal = (n: number, digits: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

async function audit(url: string): Promise<Omit<Row, 'page'>> {
  // A fresh Chrome per page: a crash on one page cannot take the next ones with it.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'error' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((c) => {
      const s = lhr.categories[c]?.score;
      return [c, typeof s === 'number' ? Math.round(s * 100) : null];
    })) as Row['scores'];
    return {
      scores,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      warnings: lhr.runWarnings.length ? lhr.runWarnings : undefined,
    };
  } finally {
    await chrome.kill();
  }
}

const rows: Row[] = [];
const server = await serveSite(resolve(dist), '/');
try {
  for (const page of pages) {
    try {
      rows.push({ page, ...(await audit(server.url(page))) });
    } catch (err) {
      rows.push({ page, error: (err as Error).message.split('\n')[0] });
    }
  }
} finally {
  await server.close();
}

const score = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(n));
console.log(`Lighthouse (mobile), ${label}: ${dist}\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  if (r.error || !r.scores) {
    console.log(`| /${r.page} | error: ${r.error} | | | | | | |`);
    continue;
  }
  const s = r.scores;
  console.log(`| /${r.page} | ${score(s.performance)} | ${score(s.accessibility)} | ${score(s['best-practices'])} | ${score(s.seo)} | ${r.lcpMs === undefined ? '–' : `${decimal(r.lcpMs / 1000, 1)} s`} | ${r.tbtMs === undefined ? '–' : `${Math.round(r.tbtMs)} ms`} | ${r.cls === undefined ? '–' : decimal(r.cls, 3)} |`);
}
for (const r of rows) for (const w of r.warnings ?? []) console.log(`\nwarning on /${r.page}: ${w}`);

const outDir = join('test-results', 'lighthouse');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `${label}.json`);
writeFileSync(out, JSON.stringify({ label, dist: resolve(dist), date: new Date().toISOString(), chromePath, rows }, null, 2) + '\n');
console.log(`\nWritten: ${out}`);
if (rows.some((r) => r.error)) process.exit(1);
