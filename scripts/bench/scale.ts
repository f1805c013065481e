// Build cost as the library grows: npm run bench:scale -- [5 100 1000] [--ref <commit>]
// For each size N, a temporary copy of the project gets N documents made from the five in content/documents
// (round-robin copies with their own id, title and year; the five originals stay, so the data files still
// resolve). Three stages, each timed as its own child process: (a) the content rules, (b) `astro build`, which
// runs (a) and Pagefind itself as integrations, (c) Pagefind alone re-indexing the built site. Astro's own share
// is reported as (b) − (a) − (c). The project is read once at the start, so every size builds the same tree:
// the working tree (tracked files and new ones not ignored), or a commit with --ref when the tree is mid-change.
// Prints a Markdown table and writes test-results/bench-scale.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cores, machineCpu, waitForQuiet } from './machine.lib.ts';

const root = process.cwd();
const jsonFile = join('test-results', 'bench-scale.json');
// `--table` prints the table of the last run again, from its JSON.
if (process.argv[2] === '--table') {
  const last = JSON.parse(readFileSync(jsonFile, 'utf8')) as { peakMemory: string; results: Result[] };
  printTable(last.results, last.peakMemory);
  process.exit(0);
}
const args = process.argv.slice(2);
const refAt = args.indexOf('--ref');
const ref = refAt >= 0 ? args.splice(refAt, 2)[1] : undefined;
const sizes = args.map(Number);
if (sizes.length === 0) sizes.push(5, 100, 1000);
if (sizes.some((n) => !Number.isInteger(n) || n < 5)) {
  console.error('Usage: npm run bench:scale -- [N ...] [--ref <commit>]  (each N an integer ≥ 5: the five original documents stay)');
  process.exit(2);
}
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME) && /GNU/.test(`${spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' }).stdout}`);
const logDir = join(root, 'test-results', 'bench-scale');
mkdirSync(logDir, { recursive: true });

interface Stage {
  ok: boolean;
  seconds: number;
  maxRssKb: number | null;
  /** CPU seconds the stage used (user + system, its children included); with GNU time only. */
  cpuSeconds?: number;
  /** CPU seconds the rest of the machine used meanwhile: the noise in `seconds`. */
  otherCpuSeconds?: number;
  /** Share of the cores busy just before the stage started, after waiting for quiet. */
  busyBefore: number;
  error?: string;
  output: string;
}
interface Result {
  n: number;
  contentRules: Omit<Stage, 'output'>;
  build: Omit<Stage, 'output'>;
  pagefind?: Omit<Stage, 'output'>;
  astroShareSeconds?: number;
  pages?: number;
  distBytes?: number;
  warningLines?: number;
  moduleLevelDirectiveWarnings?: number;
  largestHtml?: { page: string; bytes: number };
  /** Sizes of the HTML pages other than the documents' own: the pages that may grow with the library. */
  otherPages?: Record<string, number>;
  pagefindBytes?: number;
}

/** Runs a command in `cwd`, timing it; max RSS from GNU time's %M, or by sampling VmHWM without it. */
async function run(cwd: string, cmd: string, args: string[], name: string): Promise<Stage> {
  const rssFile = join(cwd, `.bench-rss-${name}`);
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-o', rssFile, '-f', '%M %U %S', cmd, ...args]] : [cmd, args];
  const env = { ...process.env, PATH: `${join(cwd, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' };
  const { busy: busyBefore } = await waitForQuiet();
  const cpuBefore = machineCpu();
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => chunks.push(b));
  child.stderr.on('data', (b: Buffer) => chunks.push(b));
  let hwm = 0;
  // Without GNU time: VmHWM of the direct child only (children it spawns are not counted).
  const sampler = hasGnuTime ? undefined : setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) hwm = Math.max(hwm, Number(m[1]));
    } catch { /* exited */ }
  }, 50);
  const code: number = await new Promise((done) => child.on('close', (c) => done(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = machineCpu();
  if (sampler) clearInterval(sampler);
  let maxRssKb: number | null = hwm || null;
  let cpuSeconds: number | undefined;
  if (hasGnuTime && existsSync(rssFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '');
    if (m) {
      maxRssKb = Number(m[1]);
      cpuSeconds = Number(m[2]) + Number(m[3]);
    }
    rmSync(rssFile, { force: true });
  }
  const otherCpuSeconds = cpuSeconds === undefined ? undefined : Math.max(0, cpuAfter.busy - cpuBefore.busy - cpuSeconds);
  const output = Buffer.concat(chunks).toString('utf8');
  writeFileSync(join(logDir, `${name}.log`), output);
  const ok = code === 0;
  return { ok, seconds, maxRssKb, cpuSeconds, otherCpuSeconds, busyBefore, output, error: ok ? undefined : firstErrorLine(output) ?? `exit code ${code}` };
}

function firstErrorLine(output: string): string | undefined {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => l.includes('[ERROR]')) ?? lines.find((l) => /error|lỗi/i.test(l)) ?? lines[0];
}

/** The project's files at `ref`, or as the working tree has them (tracked, and new ones not yet committed but not ignored). */
function snapshotProject(ref?: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (ref) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-scale-ref-'));
    try {
      const tar = spawnSync('git', ['archive', '--format=tar', ref], { cwd: root, maxBuffer: 1 << 30 });
      if (tar.status !== 0) throw new Error(`git archive ${ref}: ${tar.stderr}`);
      if (spawnSync('tar', ['-x', '-C', dir], { input: tar.stdout }).status !== 0) throw new Error('tar -x failed');
      walk(dir, (file) => files.set(relative(dir, file), readFileSync(file)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return files;
  }
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (existsSync(join(root, file))) files.set(file, readFileSync(join(root, file))); // else deleted, not yet committed
  }
  return files;
}

function writeProject(files: Map<string, Buffer>, dest: string) {
  for (const [file, body] of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    writeFileSync(join(dest, file), body);
  }
  // node_modules as a folder of symlinks rather than one symlink: Astro, Vite and the site's image drawing keep
  // caches in node_modules/.astro, .vite, .cache…, which must be the copy's own (cold), not the real project's.
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin' && name !== '.package-lock.json') continue;
    symlinkSync(join(root, 'node_modules', name), join(dest, 'node_modules', name));
  }
}

/** content/documents with N documents: the five originals, then round-robin copies "<id>-2", "<id>-3", … */
function generateDocuments(dest: string, n: number) {
  const dir = join(dest, 'content/documents');
  const originals = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  for (let k = originals.length; k < n; k++) {
    const file = originals[k % originals.length]!;
    const copy = Math.floor(k / originals.length) + 1;
    const text = readFileSync(join(dir, file), 'utf8');
    if (!/^title: .+$/m.test(text) || !/^date:\n {2}year: \d{4}$/m.test(text)) throw new Error(`${file}: no one-line title or date.year in the front matter`);
    // Years spread over four so the library's year filter has several; month and day stay valid. The content
    // rules compare the printed header (placeDate), not date.year, with the source, so they still pass.
    const generated = text
      .replace(/^title: (.+)$/m, `title: $1 (bản sao số ${copy})`)
      .replace(/^(date:\n {2}year: )(\d{4})$/m, (_, head: string, y: string) => `${head}${Number(y) - ((copy - 1) % 4)}`);
    writeFileSync(join(dir, file.replace(/\.mdx$/, `-${copy}.mdx`)), generated);
  }
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).length;
}

function walk(dir: string, visit: (file: string, bytes: number) => void) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, visit);
    else visit(full, st.size);
  }
}

const strip = ({ output: _, ...stage }: Stage) => stage;
const temps: string[] = [];
const cleanup = () => { for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true }); };
process.on('SIGINT', () => { cleanup(); process.exit(130); });

const snapshot = snapshotProject(ref);
const source = ref ? `commit ${spawnSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).stdout.trim()}` : 'working tree';
console.error(`Project: ${source} (${snapshot.size} files)`);
const results: Result[] = [];
try {
  for (const n of sizes) {
    const copy = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
    temps.push(copy);
    writeProject(snapshot, copy);
    const count = generateDocuments(copy, n);
    console.error(`N=${n}: ${count} documents in ${copy}`);

    const rules = await run(copy, 'node_modules/.bin/node', ['scripts/check-content.ts'], `${n}-content-rules`);
    console.error(`  content rules: ${rules.seconds.toFixed(1)} s, ${rules.cpuSeconds ?? '?'} s CPU${rules.ok ? '' : ` FAILED: ${rules.error}`}`);
    const build = await run(copy, 'node_modules/.bin/astro', ['build'], `${n}-build`);
    console.error(`  astro build: ${build.seconds.toFixed(1)} s, ${build.cpuSeconds ?? '?'} s CPU${build.ok ? '' : ` FAILED: ${build.error}`}`);
    const result: Result = { n, contentRules: strip(rules), build: strip(build) };
    results.push(result);
    if (!build.ok) continue;

    const dist = join(copy, 'dist');
    const out = mkdtempSync(join(tmpdir(), 'bench-scale-pagefind-'));
    temps.push(out);
    const pf = await run(copy, 'node_modules/.bin/node', [join(import.meta.dirname, 'pagefind-index.ts'), dist, out], `${n}-pagefind`);
    console.error(`  pagefind alone: ${pf.seconds.toFixed(1)} s${pf.ok ? '' : ` FAILED: ${pf.error}`}`);
    result.pagefind = strip(pf);
    if (rules.ok && pf.ok) result.astroShareSeconds = build.seconds - rules.seconds - pf.seconds;

    const documentPages = new Set(readdirSync(join(copy, 'content/documents')).map((f) => `/van-ban/${f.replace(/\.mdx$/, '')}/`));
    let pages = 0;
    let distBytes = 0;
    let pagefindBytes = 0;
    let largest = { page: '', bytes: 0 };
    const otherPages: Record<string, number> = {};
    walk(dist, (file, bytes) => {
      distBytes += bytes;
      if (relative(dist, file).startsWith('pagefind/')) pagefindBytes += bytes;
      if (!file.endsWith('.html')) return;
      pages += 1;
      const page = '/' + relative(dist, file).replace(/index\.html$/, '');
      if (bytes > largest.bytes) largest = { page, bytes };
      if (!documentPages.has(page)) otherPages[page] = bytes;
    });
    const lines = build.output.split('\n');
    Object.assign(result, {
      pages,
      distBytes,
      largestHtml: largest,
      otherPages,
      pagefindBytes,
      warningLines: lines.filter((l) => l.includes('[WARN]') || /warning/i.test(l)).length,
      moduleLevelDirectiveWarnings: lines.filter((l) => l.includes('MODULE_LEVEL_DIRECTIVE')).length,
    });
  }
} finally {
  cleanup();
}

const peakMemory = hasGnuTime ? 'GNU time %M' : 'VmHWM sampled';
printTable(results, peakMemory);

writeFileSync(jsonFile, JSON.stringify({ date: new Date().toISOString(), source, cores, peakMemory, results }, null, 2) + '\n');
console.log(`\nWritten: ${jsonFile} (build logs in ${relative(root, logDir)}/)`);
if (results.some((r) => !r.build.ok || !r.contentRules.ok || (r.pagefind && !r.pagefind.ok))) process.exit(1);

function printTable(results: Result[], peakMemory: string) {
  const dec = (x: number, digits = 1) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  const mb = (kb: number | null | undefined) => (kb ? `${dec(kb / 1024, 0)} MB` : '–');
  const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${dec(bytes / 1024 / 1024)} MB` : `${dec(bytes / 1024)} KB`);
  const cpu = (x: number | undefined) => (x === undefined ? '' : ` (CPU ${dec(x)} s)`);
  const stage = (s: Omit<Stage, 'output'> | undefined) =>
    !s ? '–' : s.ok ? `${dec(s.seconds)} s${cpu(s.cpuSeconds)} · ${mb(s.maxRssKb)}` : `failed after ${dec(s.seconds)} s: ${s.error}`;
  // Astro exits without reaping Pagefind's binary (the integration's pagefind.close() kills it, unref'd), so (b)'s
  // CPU and memory leave that binary out while its wall clock includes it: Astro's CPU is b − a, not b − a − c.
  const astroCpu = (r: Result) => r.build.cpuSeconds !== undefined && r.contentRules.cpuSeconds !== undefined
    ? r.build.cpuSeconds - r.contentRules.cpuSeconds : undefined;

  console.log(`Wall clock (CPU user + system) · peak memory (${peakMemory === 'GNU time %M' ? 'GNU time %M: max RSS of the process or of its largest waited-for child' : 'VmHWM of the child process, sampled every 50 ms'}).\n`);
  console.log('| documents | pages | (a) content rules | (b) astro build | (c) Pagefind alone | Astro itself (wall b − a − c, CPU b − a) | dist size (Pagefind index) | largest HTML page | largest other page | warning lines |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---|---|---:|');
  for (const r of results) {
    const largest = r.largestHtml ? `${size(r.largestHtml.bytes)} ${r.largestHtml.page}` : '–';
    const warnings = r.warningLines === undefined ? '–' : `${r.warningLines}${r.moduleLevelDirectiveWarnings ? ` (${r.moduleLevelDirectiveWarnings} MODULE_LEVEL_DIRECTIVE)` : ''}`;
    const share = r.astroShareSeconds === undefined ? '–' : `${dec(r.astroShareSeconds)} s${cpu(astroCpu(r))}`;
    const other = Object.entries(r.otherPages ?? {}).sort((a, b) => b[1] - a[1])[0];
    const dist = r.distBytes === undefined ? '–' : `${size(r.distBytes)} (${size(r.pagefindBytes ?? 0)})`;
    console.log(`| ${r.n} | ${r.pages ?? '–'} | ${stage(r.contentRules)} | ${stage(r.build)} | ${stage(r.pagefind)} | ${share} | ${dist} | ${largest} | ${other ? `${size(other[1])} ${other[0]}` : '–'} | ${warnings} |`);
  }
  // Which page grows with the library: the largest growth among the pages every size has.
  const built = results.filter((r) => r.otherPages);
  if (built.length >= 2) {
    const [first, last] = [built[0]!, built.at(-1)!];
    const grown = Object.keys(first.otherPages!).filter((p) => last.otherPages![p] !== undefined)
      .map((p) => ({ p, from: first.otherPages![p]!, to: last.otherPages![p]! }))
      .sort((a, b) => (b.to - b.from) - (a.to - a.from)).slice(0, 3);
    console.log(`\nPages that grew most from ${first.n} to ${last.n} documents: ${grown.map((g) => `${g.p} ${size(g.from)} → ${size(g.to)}`).join('; ')}.`);
  }
  const noise = (x: number | undefined) => (x === undefined ? '–' : `${dec(x)} s`);
  // For (b), Pagefind's unreaped binary shows up as "other": take (c)'s CPU off as its estimate.
  const buildNoise = (r: Result) => r.build.otherCpuSeconds === undefined ? undefined : Math.max(0, r.build.otherCpuSeconds - (r.pagefind?.cpuSeconds ?? 0));
  console.log('\nCPU seconds used by other processes during each stage (a / b / c), the noise in the wall-clock times:');
  for (const r of results) console.log(`- ${r.n} documents: ${noise(r.contentRules.otherCpuSeconds)} / ${noise(buildNoise(r))} / ${noise(r.pagefind?.otherCpuSeconds)}`);
}
