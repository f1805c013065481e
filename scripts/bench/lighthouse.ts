// Lighthouse (mobile) scores of a few key pages of a built site: npm run bench:lighthouse -- <dist-dir> [label] [runs]
// Serves the folder on 127.0.0.1, runs Lighthouse's Node API with Debian's Chromium (or CHROMIUM_PATH) with its
// defaults (mobile form factor, simulated throttling), prints a Markdown table and writes
// test-results/lighthouse/<label>.json. A page that fails gets an error row; the script then exits 1.
// Simulated throttling scales with the machine's speed, so each run waits for other work to settle first; on a
// shared machine TBT still varies a lot from run to run: with runs > 1 (default 1) a page's row is its median run
// by performance score, and the JSON keeps every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveSite } from '../../tests/support/static-server.ts';
import { waitForQuiet } from './machine.lib.ts';
import { runLighthouse } from './lighthouse.lib.ts';
import { CHROMIUM_PATH } from '../../tests/support/browser.ts';

const dist = process.argv[2];
const label = process.argv[3] ?? 'latest';
const runs = Number(process.argv[4] ?? 1);
if (!dist || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench:lighthouse -- <dist-dir> [label] [runs]');
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

interface Row {
  page: string;
  scores?: Record<(typeof categories)[number], number | null>;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  /** The elements that shifted most (Lighthouse's layout-shifts audit), to find where CLS comes from. */
  shifts?: { selector?: string; score?: number }[];
  /** Lighthouse's CPU benchmark of this machine: simulated throttling scales with it. */
  benchmarkIndex?: number;
  /** Share of the cores other processes kept busy just before the run (after waiting up to 2 min for quiet). */
  busyBefore?: number;
  /** Every run of the page, the row being the median one. */
  runs?: Omit<Row, 'page' | 'runs'>[];
  warnings?: string[];
  error?: string;
}

const decimal = (n: number, digits: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

function shiftsOf(details: unknown): Row['shifts'] {
  const items = (details as { items?: { node?: { selector?: string }; score?: number }[] } | undefined)?.items ?? [];
  return items.length ? items.slice(0, 3).map((i) => ({ selector: i.node?.selector, score: i.score })) : undefined;
}

async function audit(url: string): Promise<Omit<Row, 'page'>> {
  const lhr = await runLighthouse(url, categories);
  const scores = Object.fromEntries(categories.map((c) => {
    const s = lhr.categories[c]?.score;
    return [c, typeof s === 'number' ? Math.round(s * 100) : null];
  })) as Row['scores'];
  return {
    scores,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    shifts: shiftsOf(lhr.audits['layout-shifts']?.details),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings.length ? lhr.runWarnings : undefined,
  };
}

const rows: Row[] = [];
const server = await serveSite(resolve(dist), '/');
try {
  for (const page of pages) {
    const done: Omit<Row, 'page' | 'runs'>[] = [];
    for (let i = 0; i < runs; i++) {
      try {
        const { busy } = await waitForQuiet(0.2, 120_000);
        done.push({ busyBefore: Math.round(busy * 100) / 100, ...(await audit(server.url(page))) });
      } catch (err) {
        done.push({ error: (err as Error).message.split('\n')[0] });
      }
    }
    const good = done.filter((r) => !r.error).sort((a, b) => (a.scores?.performance ?? 0) - (b.scores?.performance ?? 0));
    // A page with a failed run counts as failed, even when another run worked.
    const failed = done.find((r) => r.error);
    const median = good[Math.floor((good.length - 1) / 2)];
    rows.push({ page, ...(failed ?? median), ...(runs > 1 ? { runs: done } : {}) });
  }
} finally {
  await server.close();
}

const score = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(n));
console.log(`Lighthouse (mobile), ${label}: ${dist}${runs > 1 ? `, median of ${runs} runs by performance score` : ''}\n`);
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
writeFileSync(out, JSON.stringify({ label, dist: resolve(dist), runs, date: new Date().toISOString(), chromePath: CHROMIUM_PATH, rows }, null, 2) + '\n');
console.log(`\nWritten: ${out}`);
if (rows.some((r) => r.error)) process.exit(1);
