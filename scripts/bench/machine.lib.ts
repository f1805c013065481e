// How busy the machine is, from /proc/stat. The benchmarks share the machine with builds and browser tests,
// so they wait for other work to settle before each measurement and record how busy it was.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** CPU time of the whole machine so far, in seconds (USER_HZ is 100 on Linux). */
export function machineCpu(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = fields[3]! + fields[4]!; // idle + iowait
  return { busy: (total - idle) / 100, total: total / 100 };
}

/** Share of all cores busy over the next `ms` milliseconds (0–1). */
export async function busyShare(ms = 2000): Promise<number> {
  const a = machineCpu();
  await new Promise((r) => setTimeout(r, ms));
  const b = machineCpu();
  return b.total > a.total ? (b.busy - a.busy) / (b.total - a.total) : 0;
}

/** Waits until less than `maxBusy` of the cores are busy (checked every 2 s), at most `maxWaitMs`. */
export async function waitForQuiet(maxBusy = 0.2, maxWaitMs = 300_000): Promise<{ busy: number; waitedSeconds: number }> {
  const started = Date.now();
  let busy = await busyShare();
  while (busy > maxBusy && Date.now() - started < maxWaitMs) busy = await busyShare();
  return { busy, waitedSeconds: Math.round((Date.now() - started) / 1000) };
}

export const cores = availableParallelism();
