// Builds the site once per test run, at the root and under a sub-path as on the ward portal, with the one build
// script every other build uses (scripts/build.ts: content rules, Astro, Pagefind, swap into place).
// Each build's full log (Astro and Pagefind) is kept in test-results/build-logs/<name>.log for the test that a clean
// build prints no warning, and what the editor sees on screen in <name>.screen.txt.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SITE_DIST, BASE_DIST, SUB_PATH, BUILD_LOG_DIR } from './paths.ts';

function build(name: string, outDir: string, env: Record<string, string>) {
  const started = Date.now();
  mkdirSync(BUILD_LOG_DIR, { recursive: true });
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', outDir, '--log', `${BUILD_LOG_DIR}/${name}.log`], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  writeFileSync(`${BUILD_LOG_DIR}/${name}.screen.txt`, `${r.stdout}\n${r.stderr}`);
  if (r.status !== 0) {
    throw new Error(`node scripts/build.ts --out ${outDir} failed:\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`[build-site] ${outDir} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// The site and Lighthouse projects both need the builds: the first of them to start makes them, once per run
// (every project's setup runs in Vitest's main process).
const BUILT = 'TUYEN_TRUYEN_SITE_BUILT';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1' || process.env[BUILT]) return;
  build('root', SITE_DIST, { SITE_BASE: '/' });
  build('sub-path', BASE_DIST, { SITE_BASE: SUB_PATH });
  process.env[BUILT] = '1';
}
