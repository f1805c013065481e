// Runs the deploy scripts at a target and reads their answers; every failure is a DeployError in Vietnamese.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { formatOwner, parseOwner, processAlive, staleReason, type LockOwner } from './lock.ts';
import { liveRelease, sortReleases, type Release } from './releases.ts';
import {
  breakLockScript, discardScript, inspectScript, installScript, lockScript, prepareScript, pruneScript, readSections,
  switchScript, unlockScript,
} from './scripts.ts';
import { describeTarget, shellCommand, uploadCommand, type Target, type Transport } from './target.ts';

/** A deploy step that failed; the message is for the editor or administrator (Vietnamese). */
export class DeployError extends Error {}

export interface TargetState {
  /** Release folders, oldest first. */
  releases: Release[];
  /** The release `current` points to. */
  live?: string;
  /** Where `current` points when that is not a release of this folder. */
  strayLink?: string;
  /** Releases a rollback went back from. */
  rolledBack: string[];
  /** Files of the live release (with `files`), and the files it carried. */
  liveFiles: string[];
  liveCarried: string[];
}

const detail = (text: string) => {
  const lines = text.trim().split('\n').filter(Boolean).slice(-4).join(' | ');
  return lines ? ` (chi tiết: ${lines})` : '';
};

export class AtTarget {
  readonly target: Target;
  readonly transport: Transport;
  readonly where: string;
  private owner?: string;

  constructor(target: Target, transport: Transport) {
    this.target = target;
    this.transport = transport;
    this.where = describeTarget(target);
  }

  /** Runs a script at the target; throws on a connection failure or a missing folder. */
  run(script: string, what: string): Map<string, string[]> {
    const [cmd, ...args] = shellCommand(this.target, this.transport);
    const r = spawnSync(cmd!, args, { input: script, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error) {
      throw new DeployError(`Không chạy được ${cmd} để ${what} (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}).${this.target.kind === 'remote' ? ' Máy này cần ssh và rsync.' : ''}`);
    }
    if (this.target.kind === 'remote' && r.status === 255) {
      throw new DeployError(`Không kết nối được ${this.where} qua ssh để ${what}${detail(r.stderr)}. Kiểm tra tên máy, khóa ssh và known_hosts.`);
    }
    const sections = readSections(r.stdout);
    if (sections.has('missing')) {
      throw new DeployError(`Thư mục đích ${this.where} không có. Người quản trị tạo nó trước (mkdir -p ${this.target.dir}) và cho tài khoản đăng bài quyền ghi.`);
    }
    if (r.status !== 0) throw new DeployError(`Không ${what} được ở ${this.where}${detail(r.stderr)}.`);
    return sections;
  }

  inspect(files = false): TargetState {
    const s = this.run(inspectScript(this.target.dir, files), 'đọc thư mục đích');
    if (!s.has('end')) throw new DeployError(`Không đọc được thư mục đích ${this.where}.`);
    const link = s.get('current')?.[0];
    if (link === '!not-a-link') {
      throw new DeployError(`Ở ${this.where}, "current" là thư mục thật chứ không phải liên kết. Người quản trị đổi tên nó (ví dụ mv current current.cu) rồi đăng lại; nginx phục vụ <thư mục đích>/current.`);
    }
    const releases = sortReleases(s.get('releases') ?? []);
    const live = liveRelease(link);
    const known = live !== undefined && releases.some((r) => r.name === live);
    return {
      releases,
      live: known ? live : undefined,
      strayLink: link && !known ? link : undefined,
      rolledBack: s.get('rolled-back') ?? [],
      liveFiles: known ? (s.get('live-files') ?? []) : [],
      liveCarried: known ? (s.get('live-carried') ?? []) : [],
    };
  }

  /** Takes the target's lock, breaking a stale one (said in `notes`); throws while another deploy holds it. */
  lock(action: string, notes: (line: string) => void, now = new Date()): void {
    const owner: LockOwner = { host: hostname(), pid: process.pid, time: now, action };
    const line = formatOwner(owner);
    for (let attempt = 0; attempt < 2; attempt++) {
      const s = this.run(lockScript(this.target.dir, line), 'khóa thư mục đích');
      if (s.has('locked')) {
        this.owner = line;
        return;
      }
      if (s.has('read-only')) throw new DeployError(`Không có quyền ghi vào thư mục đích ${this.where}: người quản trị cho tài khoản đăng bài quyền ghi.`);
      const held = (s.get('busy') ?? []).join('\n').trim();
      const other = parseOwner(held);
      const stale = staleReason(other, { hostname: hostname(), now, alive: processAlive }, s.has('old') ? 120_000 : 0);
      if (!stale || attempt > 0) {
        const who = other ? `máy ${other.host}, tiến trình ${other.pid}, từ ${other.time.toISOString()} (${other.action})` : 'không rõ ai';
        throw new DeployError(`Đang có một lần đăng khác ở ${this.where} (${who}). Chờ nó xong rồi đăng lại. Nếu chắc chắn không còn lần đăng nào chạy, người quản trị xoá thư mục ${this.target.dir}/.deploy-lock.`);
      }
      notes(`Bỏ khóa cũ ở ${this.where}: ${stale}.`);
      this.run(breakLockScript(this.target.dir, held), 'bỏ khóa cũ');
    }
  }

  unlock(): void {
    if (!this.owner) return;
    const owner = this.owner;
    this.owner = undefined;
    this.run(unlockScript(this.target.dir, owner), 'mở khóa');
  }

  /** Uploads a built site into releases/<partial>/. */
  upload(built: string, partial: string, live: string | undefined): void {
    const ready = this.run(prepareScript(this.target.dir, partial), 'chuẩn bị thư mục bản mới');
    if (!ready.has('ready')) throw new DeployError(`Không tạo được thư mục bản mới ở ${this.where}.`);
    const [cmd, ...args] = uploadCommand(this.target, this.transport, built, partial, live);
    const r = spawnSync(cmd!, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error || r.status !== 0) {
      const why = r.error ? ((r.error as NodeJS.ErrnoException).code === 'ENOENT' ? `không có chương trình ${cmd}` : r.error.message) : detail(r.stderr);
      throw new DeployError(`Không chép được bản dựng lên ${this.where}: ${why}.`);
    }
  }

  /** Carries the live release's files, renames the upload into place and switches `current` to it. */
  install(partial: string, name: string, live: string | undefined, carry: string[]): void {
    const s = this.run(installScript(this.target.dir, partial, name, live, carry), 'chuyển trang sang bản mới');
    if (!s.has('switched')) throw new DeployError(`Không chuyển được "current" sang bản mới ở ${this.where}.`);
  }

  switchTo(name: string, from: string | undefined): void {
    const s = this.run(switchScript(this.target.dir, name, from), 'chuyển "current"');
    if (!s.has('switched')) throw new DeployError(`Không chuyển được "current" sang ${name} ở ${this.where}.`);
  }

  prune(names: string[]): void {
    if (names.length) this.run(pruneScript(this.target.dir, names), 'xoá bản cũ');
  }

  discard(partial: string): void {
    try {
      this.run(discardScript(this.target.dir, partial), 'xoá bản dở');
    } catch {
      // The next deploy deletes leftovers too.
    }
  }
}
