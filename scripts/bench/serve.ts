// The site as the ward portal serves it, after a real deploy: `npm run deploy` (SITE_BASE=/tuyen-truyen/) to a
// temporary target, twice (a first release, then one that carries the previous release's files), timed; then Debian's
// nginx with deploy/nginx/ serves `current`. Lighthouse (mobile, Debian's Chromium) on five page types, then wrk on
// loopback for 30 s on the home page and a document page; writes the section "Served through nginx" of BENCHMARKS.md.
//   npm run bench:serve [-- --runs N] [--seconds S] [--no-write]
// Each measurement waits for the machine to settle first (scripts/bench/machine.lib.ts) and records how busy it was.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '../../tests/support/nginx.ts';
import { cores, waitForQuiet } from './machine.lib.ts';
import { runLighthouse } from './lighthouse.lib.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = option('--runs', 3);
const seconds = option('--seconds', 30);
const write = !args.includes('--no-write');
const known = new Set(['--runs', '--seconds', '--no-write']);
if (!Number.isInteger(runs) || runs < 1 || !(seconds > 0) || args.some((a, i) => a.startsWith('--') ? !known.has(a) : !['--runs', '--seconds'].includes(args[i - 1] ?? ''))) {
  console.error('Usage: npm run bench:serve [-- --runs N] [--seconds S] [--no-write]');
  process.exit(2);
}
const SUB_PATH = '/tuyen-truyen/';

const PAGES: Array<[string, string]> = [
  ['home', ''],
  ['long document', 'van-ban/chuong-trinh-hanh-dong-tang-truong-hai-con-so/'],
  ['task group', 'nhiem-vu/tang-truong-ngan-sach/'],
  ['target set', 'chi-tieu/hai-duong-2026-2030/'],
  ['search', 'tim-kiem/?q=ngan%20sach'],
];
const LOAD: Array<[string, string]> = [
  ['home', ''],
  ['document', 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/'],
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const decimal = (n: number, digits: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
const mb = (bytes: number) => `${decimal(bytes / 1024 / 1024, 1)} MB`;

interface Audit { scores: Record<(typeof categories)[number], number>; lcpMs: number; tbtMs: number; cls: number; busy: number }

async function audit(url: string): Promise<Audit> {
  const { busy } = await waitForQuiet(0.2, 120_000);
  const lhr = await runLighthouse(url, categories);
  return {
    scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Audit['scores'],
    lcpMs: lhr.audits['largest-contentful-paint']!.numericValue!,
    tbtMs: lhr.audits['total-blocking-time']!.numericValue!,
    cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
    busy,
  };
}

interface Load { requestsPerSecond: number; transferPerSecond: string; latency: Record<string, string>; errors: string; requests: number; busy: number }

/** wrk's --latency report, read into numbers. */
export function readWrk(text: string): Omit<Load, 'busy'> {
  const latency: Record<string, string> = {};
  for (const m of text.matchAll(/^\s+(50|75|90|99)%\s+(\S+)/gm)) latency[`p${m[1]}`] = m[2]!;
  const socket = /Socket errors: (.*)/.exec(text)?.[1];
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1];
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? NaN),
    transferPerSecond: /Transfer\/sec:\s+(\S+)/.exec(text)?.[1] ?? '?',
    requests: Number(/(\d+) requests in/.exec(text)?.[1] ?? NaN),
    latency,
    errors: [socket ? `socket ${socket}` : '', non2xx ? `${non2xx} non-2xx` : ''].filter(Boolean).join('; ') || '0',
  };
}

function wrk(url: string): Promise<Load> {
  return new Promise((done, fail) => {
    void waitForQuiet(0.2, 120_000).then(({ busy }) => {
      // Two threads, 32 connections, gzip as a browser asks: wrk shares the 2 cores with nginx.
      const child = spawn('wrk', ['-t2', '-c32', `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip, deflate, br', url]);
      let out = '';
      child.stdout.on('data', (c) => { out += c; });
      child.stderr.on('data', (c) => { out += c; });
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done({ ...readWrk(out), busy }) : fail(new Error(`wrk exit ${code}: ${out}`))));
    });
  });
}

function sizeOf(dir: string, filter: (name: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !filter(e.name)) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

/** One `npm run deploy` to `target`, as an administrator runs it; its wall time in seconds. */
async function deploy(target: string): Promise<number> {
  await waitForQuiet(0.2, 120_000);
  const started = Date.now();
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, ['scripts/deploy.ts', '--target', target, '--allow-placeholders'], {
      env: { ...process.env, SITE_BASE: SUB_PATH },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', done);
  });
  if (code !== 0) throw new Error(`npm run deploy exited ${code}`);
  return (Date.now() - started) / 1000;
}

const work = mkdtempSync(join(tmpdir(), 'bench-serve-'));
const target = join(work, 'target');
mkdirSync(target);
const deploySeconds = [await deploy(target), await deploy(target)];
const release = realpathSync(join(target, 'current'));
const whole = sizeOf(release);
const copies = sizeOf(release, (n) => /\.(gz|br)$/.test(n));
const compressed = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
for (const e of readdirSync(release, { recursive: true, withFileTypes: true })) {
  const file = join(e.parentPath, e.name);
  if (!e.isFile() || !existsSync(`${file}.gz`)) continue;
  compressed.files++;
  compressed.bytes += statSync(file).size;
  compressed.gzipBytes += statSync(`${file}.gz`).size;
  if (existsSync(`${file}.br`)) compressed.brotliBytes += statSync(`${file}.br`).size;
}

const nginx = await startNginx({ root: join(target, 'current'), workers: 'auto', accessLog: false });
const audits: Array<{ label: string; path: string; median?: Audit; all: Audit[]; error?: string }> = [];
const loads: Array<{ label: string; path: string; bytes: number; gzipBytes: number; load?: Load; error?: string }> = [];
try {
  for (const [label, path] of PAGES) {
    const all: Audit[] = [];
    let error: string | undefined;
    for (let i = 0; i < runs; i++) {
      try {
        all.push(await audit(nginx.url(path)));
      } catch (err) {
        error = (err as Error).message.split('\n')[0];
      }
    }
    const sorted = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
    audits.push({ label, path, all, median: sorted[Math.floor((sorted.length - 1) / 2)], error });
    console.log(`Lighthouse ${label}: ${JSON.stringify(audits.at(-1)!.median ?? error)}`);
  }
  for (const [label, path] of LOAD) {
    const file = join(release, path, 'index.html');
    const entry = { label, path, bytes: statSync(file).size, gzipBytes: statSync(`${file}.gz`).size };
    try {
      loads.push({ ...entry, load: await wrk(nginx.url(path)) });
    } catch (err) {
      loads.push({ ...entry, error: (err as Error).message });
    }
    console.log(`wrk ${label}: ${JSON.stringify(loads.at(-1)!.load ?? loads.at(-1)!.error)}`);
  }
} finally {
  await nginx.stop();
  rmSync(work, { recursive: true, force: true });
}

const date = new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
const nginxVersion = await new Promise<string>((done) => {
  const c = spawn('nginx', ['-v']);
  let t = '';
  c.stderr.on('data', (d) => { t += d; });
  c.on('exit', () => done(t.trim().replace('nginx version: ', '')));
  c.on('error', () => done('nginx'));
});
const busiest = Math.max(...audits.flatMap((a) => a.all.map((r) => r.busy)), ...loads.map((l) => l.load?.busy ?? 0));
const lines = [
  `## Served through nginx (${date})`,
  '',
  `\`npm run bench:serve\`: \`npm run deploy\` (SITE_BASE=${SUB_PATH}) to a folder on this machine, then ${nginxVersion} with`,
  '`deploy/nginx/` (gzip_static, the security headers, the CSP meta of every page) serving its `current`, on 127.0.0.1,',
  `worker_processes auto, no access log; the same machine (${cores} cores) runs nginx, Chromium and wrk. Each measurement`,
  `waited for the machine to settle; the busiest one started with ${Math.round(busiest * 100)} % of the cores busy.`,
  '',
  `Deploy, whole command (content rules, build with search index and images, link and HTML checks, copy, switch):`,
  `${decimal(deploySeconds[0]!, 0)} s for the first release, ${decimal(deploySeconds[1]!, 0)} s for the next (which also carries the live release's`,
  'fingerprinted files over).',
  '',
  `Release: ${whole.files} files, ${mb(whole.bytes)}, of which ${copies.files} precompressed copies (.gz and .br of`,
  `${compressed.files} text files, ${mb(compressed.bytes)} → ${mb(compressed.gzipBytes)} gzip, ${mb(compressed.brotliBytes)} Brotli).`,
  '',
  `Lighthouse 13 (mobile, simulated throttling), median of ${runs} runs by performance score:`,
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...audits.map(({ label, path, median: m, error }) => m
    ? `| ${label} (\`/${path}\`) | ${m.scores.performance} | ${m.scores.accessibility} | ${m.scores['best-practices']} | ${m.scores.seo} | ${decimal(m.lcpMs / 1000, 1)} s | ${Math.round(m.tbtMs)} ms | ${decimal(m.cls, 3)} |`
    : `| ${label} (\`/${path}\`) | error: ${error} | | | | | | |`),
  '',
  `wrk, ${seconds} s, 2 threads, 32 connections, \`Accept-Encoding: gzip, deflate, br\` (nginx-light sends the .gz):`,
  '',
  '| page | HTML (gzip) | requests/s | transfer/s | p50 | p75 | p90 | p99 | errors |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ...loads.map(({ label, path, bytes, gzipBytes, load: l, error }) => l
    ? `| ${label} (\`/${path}\`) | ${decimal(bytes / 1024, 0)} KB (${decimal(gzipBytes / 1024, 1)} KB) | ${decimal(l.requestsPerSecond, 0)} | ${l.transferPerSecond} | ${l.latency.p50} | ${l.latency.p75} | ${l.latency.p90} | ${l.latency.p99} | ${l.errors} |`
    : `| ${label} (\`/${path}\`) | | error: ${error} | | | | | | |`),
  '',
];
const section = lines.join('\n');
console.log(`\n${section}`);

if (write) {
  const file = 'BENCHMARKS.md';
  const text = readFileSync(file, 'utf8');
  const start = text.search(/^## Served through nginx \(/m);
  let next = start < 0 ? -1 : text.slice(start + 3).search(/^## /m);
  if (next >= 0) next += start + 3;
  const updated = start < 0
    ? `${text.trimEnd()}\n\n${section}`
    : `${text.slice(0, start)}${section}${next >= 0 ? `\n${text.slice(next)}` : ''}`;
  writeFileSync(file, updated.endsWith('\n') ? updated : `${updated}\n`);
  console.log(`Written: ${file}`);
}
if (audits.some((a) => a.error) || loads.some((l) => l.error)) process.exit(1);
