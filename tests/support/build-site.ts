// Builds the site once per test run: at the root, and under a sub-path as on the ward portal.
// Each build's output is kept in test-results/build-logs/ for the test that a clean build prints no warning.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SITE_DIST, BASE_DIST, SUB_PATH, BUILD_LOG_DIR } from './paths.ts';

function build(name: string, outDir: string, env: Record<string, string>) {
  const started = Date.now();
  const r = spawnSync('astro', ['build', '--outDir', outDir], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    shell: false,
  });
  mkdirSync(BUILD_LOG_DIR, { recursive: true });
  writeFileSync(`${BUILD_LOG_DIR}/${name}.log`, `${r.stdout}\n${r.stderr}`);
  if (r.status !== 0) {
    throw new Error(`astro build (${outDir}) failed:\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`[build-site] ${outDir} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  build('root', SITE_DIST, { SITE_BASE: '/' });
  build('sub-path', BASE_DIST, { SITE_BASE: SUB_PATH });
}
