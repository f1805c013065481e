// Where a deploy goes: a folder on this machine, or [user@]host:/folder reached over ssh (scp's notation).
// Everything done at the target is a POSIX sh script, run by `sh -s` here or by `ssh host sh -s` there, and files
// travel by `cp` here or by rsync over ssh there: the same scripts serve both, so the local tests run the real ones.
import { isAbsolute, resolve } from 'node:path';

export interface LocalTarget {
  kind: 'local';
  /** Absolute folder. */
  dir: string;
}

export interface RemoteTarget {
  kind: 'remote';
  user?: string;
  host: string;
  /** Absolute folder on the host. */
  dir: string;
}

export type Target = LocalTarget | RemoteTarget;

/** Thrown for a target the command line got wrong (exit code 2). */
export class TargetError extends Error {}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const HOST = /^([A-Za-z0-9_][A-Za-z0-9._-]*|\[[0-9A-Fa-f:.]+\])$/;

/**
 * Reads --target: "user@host:/srv/site" or "host:/srv/site" is remote; anything else ("/srv/site", "./site",
 * "C:\site") is a folder here, made absolute against `cwd`.
 */
export function parseTarget(value: string, cwd = process.cwd()): Target {
  const text = value.trim();
  if (!text) throw new TargetError('--target trống: ghi thư mục đích (ví dụ /srv/tuyen-truyen) hoặc user@máy:/thư-mục.');
  if (/[\0\n\r]/.test(text)) throw new TargetError(`--target "${value}" có ký tự xuống dòng.`);
  const remote = /^(?:([^@/:]+)@)?(\[[^\]]+\]|[^/:\\]+):(.*)$/.exec(text);
  // "C:\x" or "C:/x" is a Windows drive, not a host named C.
  if (remote && !/^[A-Za-z]:[\\/]/.test(text)) {
    const [, user, host, dir] = remote as unknown as [string, string | undefined, string, string];
    if (user !== undefined && !NAME.test(user)) throw new TargetError(`--target "${value}": tên đăng nhập "${user}" có ký tự không dùng được.`);
    if (!HOST.test(host)) throw new TargetError(`--target "${value}": tên máy "${host}" có ký tự không dùng được.`);
    if (!dir.startsWith('/')) {
      throw new TargetError(`--target "${value}": thư mục trên máy chủ phải là đường dẫn đầy đủ, bắt đầu bằng "/" (ví dụ ${user ? `${user}@` : ''}${host}:/srv/tuyen-truyen).`);
    }
    if (!/^[A-Za-z0-9._\/-]+$/.test(dir)) {
      throw new TargetError(`--target "${value}": thư mục trên máy chủ chỉ gồm chữ không dấu, số, ".", "_", "-" và "/" (không dấu cách).`);
    }
    return { kind: 'remote', user, host, dir: normalizeRemoteDir(dir) };
  }
  return { kind: 'local', dir: isAbsolute(text) ? resolve(text) : resolve(cwd, text) };
}

function normalizeRemoteDir(dir: string): string {
  const parts = dir.split('/').filter((p) => p && p !== '.');
  if (parts.includes('..')) throw new TargetError(`Thư mục đích "${dir}" có đoạn "..": ghi đường dẫn thẳng.`);
  return `/${parts.join('/')}`;
}

/** "user@host:/dir" or the local folder, as messages show it. */
export function describeTarget(target: Target): string {
  return target.kind === 'local' ? target.dir : `${target.user ? `${target.user}@` : ''}${target.host}:${target.dir}`;
}

/** "user@host" (or "host") as ssh takes it. */
export function sshDestination(target: RemoteTarget): string {
  const host = target.host.replace(/^\[|\]$/g, '');
  return target.user ? `${target.user}@${host}` : host;
}

/** Quotes one word for a POSIX shell. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Splits a command written in an environment variable ("ssh -p 2222 -i key") into words; quotes are honoured. */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const c of command) {
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

export interface Transport {
  /** The ssh command (DEPLOY_SSH, default "ssh"). */
  ssh: string[];
  /** The rsync program (DEPLOY_RSYNC, default "rsync"). */
  rsync: string;
}

export function transportFromEnv(env: Record<string, string | undefined>): Transport {
  const ssh = splitCommand(env.DEPLOY_SSH?.trim() || 'ssh');
  return { ssh: ssh.length ? ssh : ['ssh'], rsync: env.DEPLOY_RSYNC?.trim() || 'rsync' };
}

/** The command that runs a sh script (given on stdin) at the target. */
export function shellCommand(target: Target, transport: Transport): string[] {
  if (target.kind === 'local') return ['sh', '-s'];
  // BatchMode: never stop to ask for a password (CI, hooks); "sh -s" reads the script from stdin.
  return [...transport.ssh, '-o', 'BatchMode=yes', '--', sshDestination(target), 'sh -s'];
}

/**
 * The command that copies a built site into `<dir>/releases/<folder>/`. Locally: cp -R. Over ssh: rsync with the
 * live release as --link-dest, so files that did not change are hard links on the server and the upload is small.
 */
export function uploadCommand(target: Target, transport: Transport, built: string, folder: string, liveRelease?: string): string[] {
  const dest = `${target.dir}/releases/${folder}`;
  if (target.kind === 'local') return ['cp', '-R', `${built.replace(/\/+$/, '')}/.`, dest];
  const ssh = [...transport.ssh, '-o', 'BatchMode=yes'].map(shellQuote).join(' ');
  return [
    transport.rsync,
    '--recursive', '--links', '--times', '--perms', '--chmod=D755,F644', '--delete',
    ...(liveRelease ? [`--link-dest=../${liveRelease}`] : []),
    '-e', ssh,
    `${built.replace(/\/+$/, '')}/`,
    // The remote folder has only safe characters (parseTarget), so no rsync version's quoting rules matter.
    `${sshDestination(target)}:${dest}/`,
  ];
}
