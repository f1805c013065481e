// The lock at a deploy target: a folder <target>/.deploy-lock (mkdir is atomic, here and over ssh) holding a file
// "owner" with who took it. A lock is stale when its process is gone (same machine) or it is older than the
// longest deploy could take; a stale lock is broken, a live one refuses the second deploy.

export const LOCK_DIR = '.deploy-lock';

/** No deploy takes longer than this; an older lock was left by a machine that stopped. */
export const STALE_AFTER_MS = 2 * 3600_000;

export interface LockOwner {
  host: string;
  pid: number;
  time: Date;
  /** What took it: "deploy", "rollback". */
  action: string;
}

/** One line: "host=ward-server pid=1234 time=2026-11-22T23:30:00.000Z action=deploy". */
export function formatOwner(owner: LockOwner): string {
  const host = owner.host.replace(/[^\w.-]/g, '_');
  return `host=${host} pid=${owner.pid} time=${owner.time.toISOString()} action=${owner.action.replace(/[^\w-]/g, '_')}`;
}

export function parseOwner(text: string): LockOwner | undefined {
  const fields = Object.fromEntries(
    text.trim().split(/\s+/).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  ) as Record<string, string | undefined>;
  const pid = Number(fields.pid);
  const time = new Date(fields.time ?? '');
  if (!fields.host || !Number.isInteger(pid) || pid <= 0 || Number.isNaN(time.getTime())) return undefined;
  return { host: fields.host, pid, time, action: fields.action ?? 'deploy' };
}

export interface StaleCheck {
  hostname: string;
  now: Date;
  /** Whether a process of this machine is running. */
  alive: (pid: number) => boolean;
}

/**
 * Why a lock may be broken, or undefined when it must be respected. An unreadable owner is taken as stale only
 * when the lock folder is old enough (`lockAge`), since a lock being written has no owner for a moment.
 */
export function staleReason(owner: LockOwner | undefined, check: StaleCheck, lockAgeMs = 0): string | undefined {
  if (!owner) return lockAgeMs > 60_000 ? 'khóa không ghi ai giữ' : undefined;
  const age = check.now.getTime() - owner.time.getTime();
  if (owner.host === check.hostname.replace(/[^\w.-]/g, '_') && !check.alive(owner.pid)) {
    return `tiến trình ${owner.pid} trên máy ${owner.host} đã dừng`;
  }
  if (age > STALE_AFTER_MS) return `khóa đã giữ hơn ${Math.round(age / 3600_000)} giờ`;
  return undefined;
}

/** Whether a process is running on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
