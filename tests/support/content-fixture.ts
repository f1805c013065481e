// A throwaway copy of the project's editable files (content/ and nothing else) for audit cases: apply an editor's
// mistake, run a command on the copy, and see what the editor sees and what changed.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export const PROJECT = process.cwd();

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), createHash('sha1').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

export interface RunResult { status: number | null; stdout: string; stderr: string; output: string }

export interface ContentFixture {
  /** The copy's root; content/ is inside it. */
  root: string;
  /** Runs `node <project script>` with the copy as working directory, under the project's Node 24. */
  run(script: string, args?: string[], env?: Record<string, string>): RunResult;
  /** Files under content/ that differ from the state after `mutate` (added, removed or changed). */
  changedSinceMutation(): string[];
  remove(): void;
}

/** Copies content/, lets `mutate` make the editor's change (paths relative to the copy's root), and snapshots it. */
export function contentFixture(mutate: (root: string) => void = () => {}): ContentFixture {
  const root = mkdtempSync(join(tmpdir(), 'noi-dung-'));
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  mutate(root);
  const before = snapshot(join(root, 'content'));
  return {
    root,
    run(script, args = [], env = {}) {
      const r = spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, script), ...args], {
        cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000,
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}\n${r.stderr}` };
    },
    changedSinceMutation() {
      const after = snapshot(join(root, 'content'));
      const keys = new Set([...before.keys(), ...after.keys()]);
      return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
