// A throwaway git repository of the whole project (copyProject: node_modules as links to this checkout's packages),
// for tests that deploy, push and clone without touching this checkout.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, PROJECT } from '../support/project-copy.ts';

/** When the copy's first commit was made: pages not touched since show this day as their last update. */
export const FIRST_COMMIT_DATE = '2026-03-01T09:00:00+07:00';

const IDENTITY = { GIT_AUTHOR_NAME: 'Biên tập viên', GIT_AUTHOR_EMAIL: 'bientap@example.invalid', GIT_COMMITTER_NAME: 'Biên tập viên', GIT_COMMITTER_EMAIL: 'bientap@example.invalid' };

/** Runs git, throwing with its output when it fails. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}, options: SpawnSyncOptions = {}): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...cleanEnv(), ...IDENTITY, ...env }, ...options });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} (in ${cwd}) failed:\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
}

/** What Vitest puts into process.env: a build that inherits BASE_URL=/ links the sitemap outside the base. */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);

/**
 * The environment as a terminal or a hook would have it: without Vitest's variables, and without GIT_* ones (a test
 * run from a git hook would otherwise aim git elsewhere).
 */
export function cleanEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k, v]) => v !== undefined && !k.startsWith('GIT_') && !k.startsWith('VITEST') && !VITEST_ENV.has(k)),
  ) as Record<string, string>;
}

/** A copy of the project committed as one commit on main, dated FIRST_COMMIT_DATE. */
export function projectRepo(prefix = 'du-an-git-'): string {
  const dir = copyProject(prefix);
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'Trang tuyên truyền'], { GIT_AUTHOR_DATE: FIRST_COMMIT_DATE, GIT_COMMITTER_DATE: FIRST_COMMIT_DATE });
  return dir;
}

/** node_modules in `dir` as a folder of links to this checkout's packages (its caches stay the copy's own). */
export function linkNodeModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin' && name !== '.package-lock.json') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

export { PROJECT };
