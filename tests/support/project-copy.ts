// A throwaway copy of the whole project (tracked files and new ones not ignored, as the working tree has them),
// with node_modules as a folder of symlinks to the real packages, for tests that run a real build on a changed copy.
// Caches Astro, Vite and the image drawing keep in node_modules/.* are the copy's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const PROJECT = process.cwd();

export function copyProject(prefix = 'du-an-'): string {
  const dest = mkdtempSync(join(tmpdir(), prefix));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(PROJECT, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    writeFileSync(join(dest, file), readFileSync(join(PROJECT, file)));
  }
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin' && name !== '.package-lock.json') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(dest, 'node_modules', name));
  }
  return dest;
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
