// Builds the site once per test run: at the root, and under a sub-path as on the ward portal.
import { spawnSync } from 'node:child_process';
import { SITE_DIST, BASE_DIST, SUB_PATH } from './paths.ts';

function build(outDir: string, env: Record<string, string>) {
  const started = Date.now();
  const r = spawnSync('astro', ['build', '--outDir', outDir], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    shell: false,
  });
  if (r.status !== 0) {
    throw new Error(`astro build (${outDir}) failed:\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`[build-site] ${outDir} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  build(SITE_DIST, { SITE_BASE: '/' });
  build(BASE_DIST, { SITE_BASE: SUB_PATH });
}
