// A page's last-updated date from git: the newest commit that touched its content files, shown as dd/mm/yyyy.
// Without git or its history (a tarball, a shallow clone) nothing is shown: no date is better than a wrong one.
import { spawnSync } from 'node:child_process';

/** Viet Nam is UTC+7 all year: the date a reader in the ward would write down. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** A commit date as `git log --format=%cI` prints it ("2026-11-22T23:30:00+00:00"), or undefined if it is not one. */
export function parseGitDate(output: string): Date | undefined {
  const line = output.trim().split('\n')[0]?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(line)) return undefined;
  const date = new Date(line);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The calendar day in Viet Nam: { year, month, day }. */
export function vietnamDay(date: Date): { year: number; month: number; day: number } {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "22/11/2026" (the day in Viet Nam). */
export function formatUpdated(date: Date): string {
  const { year, month, day } = vietnamDay(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "2026-11-22", for <time datetime>. */
export function isoUpdated(date: Date): string {
  const { year, month, day } = vietnamDay(date);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export interface GitRunner {
  (args: string[]): { status: number | null; stdout: string } | undefined;
}

/** Runs git in the project; undefined when git is missing. */
const runGit: GitRunner = (args) => {
  const r = spawnSync('git', args, { encoding: 'utf8', shell: false, timeout: 10_000 });
  return r.error ? undefined : { status: r.status, stdout: r.stdout };
};

/** Whether git has this checkout's whole history: not a tarball (no repository), not a shallow clone. */
export function hasFullHistory(git: GitRunner = runGit): boolean {
  const r = git(['rev-parse', '--is-shallow-repository']);
  return r?.status === 0 && r.stdout.trim() === 'false';
}

/** The date of the newest commit touching any of these paths (files or folders); undefined without full history. */
export function lastCommitDate(paths: string[], git: GitRunner = runGit): Date | undefined {
  if (!hasFullHistory(git)) return undefined;
  const r = git(['log', '-1', '--format=%cI', '--', ...paths]);
  return r?.status === 0 ? parseGitDate(r.stdout) : undefined;
}

const cache = new Map<string, Date | undefined>();

/** As lastCommitDate, once per set of paths per build. */
export function lastUpdated(paths: string[]): Date | undefined {
  const key = paths.join('\n');
  if (!cache.has(key)) cache.set(key, lastCommitDate(paths));
  return cache.get(key);
}
