// The one build of the site: npm run build, npm start, the tests' build helper and the deploy all run this.
//   node scripts/build.ts [--out <dir>] [--log <file>] [--verbose]      (default: --out dist, --log <dir>-build.log)
// The project is the working directory. Steps, each only when the one before passed:
//   1. SITE_URL, SITE_BASE, PAGEFIND_TIMEOUT_SECONDS and Pagefind's program are checked;
//   2. the content rules (as npm run check) run over content/, before Astro starts;
//   3. Astro builds into a fresh folder next to <dir> (same disk); its English output goes to the log file only;
//   4. Pagefind indexes that folder in a child process, stopped after the time limit (PAGEFIND_TIMEOUT_SECONDS, 120);
//   4b. each handout (tờ tin) is printed to PDF with Chromium where it is, and linked from its page;
//   4c. every text file gets its precompressed copies (x.gz, x.br) for the web server;
//   5. the fresh folder replaces <dir>: the old one is moved aside, the new one moved in, the old one deleted.
// A failure prints only Vietnamese, deletes the fresh folder and leaves <dir> as it was. Exit 0 built, 1 not built
// (content, settings or build error), 2 wrong command line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { checkContent } from '../src/lib/editing/check.ts';
import { BUILD_SCRIPT_ENV } from '../src/lib/editing/rules-integration.ts';
import { describeAstroFailure, readAstroFailure } from '../src/lib/editing/build-report.ts';
import { siteOverrides } from '../src/lib/site/config.ts';
import { pagefindBinaryProblem, pagefindTimeoutSeconds, timeoutMessage } from '../src/lib/search/index-site.ts';
import { precompress } from '../src/lib/deploy/precompress.ts';
import { handoutPdfStep } from '../src/lib/channels/handout-pdf.ts';

const USAGE = 'Cách dùng: node scripts/build.ts [--out <thư mục>] [--log <tệp nhật ký>] [--verbose]';
const project = process.cwd();
const started = Date.now();

let out = 'dist';
let logArg: string | undefined;
let verbose = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--verbose') verbose = true;
  else if ((arg === '--out' || arg === '--log') && args[i + 1] && !args[i + 1]!.startsWith('--')) {
    if (arg === '--out') out = args[++i]!;
    else logArg = args[++i]!;
  } else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else {
    console.error(`Không hiểu "${arg}".\n${USAGE}`);
    process.exit(2);
  }
}
const outDir = resolve(project, out);
const logFile = resolve(project, logArg ?? join(dirname(outDir), `${basename(outDir)}-build.log`));
const shown = (path: string) => {
  const rel = relative(project, path);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
};

let fresh: string | undefined;
const children = new Set<ChildProcess>();

/** Stops a child and everything it started (Pagefind's program runs under the search step). */
function stopTree(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
  else {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
}

function cleanUp() {
  for (const child of children) stopTree(child);
  if (fresh) rmSync(fresh, { recursive: true, force: true });
  fresh = undefined;
}

/** Prints the reason (Vietnamese only), cleans up, and exits 1: <dir> is left as it was. */
function fail(reason: string, { logged = true } = {}): never {
  cleanUp();
  if (logged) log(`\n${reason}\n`);
  const kept = existsSync(outDir) ? `Bản dựng trước trong ${shown(outDir)} vẫn giữ nguyên.` : `Chưa có bản dựng nào trong ${shown(outDir)}.`;
  console.error(`\n${reason}\n\nTrang không được dựng. ${kept}${logged ? `\nNhật ký đầy đủ (tiếng Anh): ${shown(logFile)}` : ''}`);
  process.exit(1);
}

process.on('SIGINT', () => {
  cleanUp();
  console.error('\nĐã dừng. Trang không được dựng; bản dựng trước vẫn giữ nguyên.');
  process.exit(130);
});

function log(text: string | Buffer) {
  appendFileSync(logFile, text);
}

/** Runs a child with its output into the log (and on screen with --verbose); resolves with its exit code. */
function run(file: string, argv: string[], options: { ipc?: boolean; timeoutSeconds?: number; onMessage?: (m: unknown) => void } = {}) {
  return new Promise<{ code: number | null; timedOut: boolean }>((done) => {
    const child = spawn(file, argv, {
      cwd: project,
      env: { ...process.env, [BUILD_SCRIPT_ENV]: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? ['ipc' as const] : [])],
      // Its own process group, so a time out stops Pagefind's program with it.
      detached: process.platform !== 'win32' && options.timeoutSeconds !== undefined,
      windowsHide: true,
    });
    children.add(child);
    const take = (chunk: Buffer) => {
      log(chunk);
      if (verbose) process.stdout.write(chunk);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    if (options.onMessage) child.on('message', options.onMessage);
    let timedOut = false;
    const timer = options.timeoutSeconds === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      stopTree(child);
    }, options.timeoutSeconds * 1000);
    child.on('error', (err) => log(`\n${err.stack ?? err.message}\n`));
    child.on('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      done({ code, timedOut });
    });
  });
}

// 1. Settings: the overrides, the search step's time limit, Pagefind's program.
const overrides = siteOverrides(process.env);
const problems = [...overrides.problems];
let timeoutSeconds = 0;
try {
  timeoutSeconds = pagefindTimeoutSeconds(process.env);
} catch (err) {
  problems.push((err as Error).message);
}
const noPagefind = pagefindBinaryProblem(process.env);
if (noPagefind) problems.push(noPagefind);

// 2. The content rules, before Astro starts.
console.log('Kiểm tra nội dung…');
try {
  problems.push(...(await checkContent()));
} catch (err) {
  problems.push(`Không chạy được bước kiểm tra nội dung: ${(err as Error).message}`);
}
if (problems.length) {
  fail(`${problems.join('\n\n')}\n\n${problems.length} lỗi. Sửa các chỗ trên rồi chạy lại.`, { logged: false });
}
for (const note of overrides.notes) console.log(note);

// 3. Astro, into a fresh folder beside the target.
let astroPackage = '';
try {
  astroPackage = createRequire(join(project, 'package.json')).resolve('astro/package.json');
} catch {
  fail(`Không tìm thấy Astro trong ${shown(join(project, 'node_modules'))}. Chạy lệnh trong thư mục của dự án; nếu chưa cài, chạy "npm install" (hoặc "npm start", lệnh tự cài).`, { logged: false });
}
mkdirSync(dirname(logFile), { recursive: true });
writeFileSync(logFile, `node scripts/build.ts ${args.join(' ')}\n${new Date().toISOString()}\n`);
mkdirSync(dirname(outDir), { recursive: true });
fresh = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-moi-`));
console.log(`Dựng trang (Astro)… nhật ký: ${shown(logFile)}`);
const astroStart = readFileSync(logFile).length;
const astro = await run(process.execPath, [join(dirname(astroPackage), 'bin/astro.mjs'), 'build', '--outDir', fresh]);
const astroLog = readFileSync(logFile, 'utf8').slice(astroStart);
if (astro.code !== 0) fail(describeAstroFailure(readAstroFailure(astroLog, project)));
if (!existsSync(join(fresh, 'index.html'))) fail('Dựng trang không thành công: bản dựng không có trang chủ (index.html).');
const warnings = astroLog.split('\n').filter((l) => /\[WARN\]|\bwarning\b/i.test(l)).length;

// 4. The search index, with a time limit.
console.log(`Tạo chỉ mục tìm kiếm (Pagefind, tối đa ${timeoutSeconds} giây)…`);
let searchResult: { pages?: number; message?: string } = {};
const search = await run(process.execPath, [join(import.meta.dirname, 'search-index.ts'), fresh], {
  ipc: true, timeoutSeconds, onMessage: (m) => { searchResult = m as typeof searchResult; },
});
if (search.timedOut) fail(timeoutMessage(timeoutSeconds));
if (search.code !== 0 || !searchResult.pages) {
  fail(searchResult.message ?? `Không tạo được chỉ mục tìm kiếm: Pagefind dừng bất thường (mã thoát ${search.code}).`);
}

// 4b. The handouts' PDFs where Chromium is (src/lib/channels/handout-pdf.ts): one line of information, never a failure.
console.log(await handoutPdfStep(fresh));

// 4c. Precompressed copies (x.gz, x.br) of the text files, which nginx sends as they are (deploy/nginx/).
try {
  await precompress(fresh);
} catch (err) {
  fail(`Không nén sẵn được các tệp của bản dựng (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): kiểm tra chỗ trống trên ổ đĩa rồi chạy lại.`);
}

// 5. Swap the fresh folder in.
const old = join(dirname(outDir), `.${basename(outDir)}-cu-${process.pid}-${Date.now()}`);
try {
  if (existsSync(outDir)) {
    renameSync(outDir, old);
    try {
      renameSync(fresh, outDir);
    } catch (err) {
      renameSync(old, outDir);
      throw err;
    }
  } else {
    renameSync(fresh, outDir);
  }
} catch (err) {
  fail(`Không thay được thư mục ${shown(outDir)} bằng bản dựng mới (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): có thể một chương trình đang mở thư mục đó (npm start, astro preview, cửa sổ thư mục). Tắt chương trình đó rồi chạy lại.`);
}
fresh = undefined;
try {
  rmSync(old, { recursive: true, force: true });
} catch {
  console.log(`Lưu ý: chưa xoá được bản dựng cũ ở ${shown(old)}; có thể xoá tay.`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`Đã dựng xong vào ${shown(outDir)}: chỉ mục tìm kiếm ${searchResult.pages} trang, ${seconds} giây.${warnings ? ` Astro có ${warnings} dòng cảnh báo, xem nhật ký ${shown(logFile)}.` : ''}`);
