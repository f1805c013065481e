// The deploy's work at a target, on real folders with the real sh scripts, without a site build: upload, the
// previous release's assets, the atomic switch, the lock, rollback marks, pruning; and the same scripts reached
// "over ssh" through stand-in ssh and rsync programs (the real ssh path needs a server and is not tested here).
import { spawn } from 'node:child_process';
import {
  chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtTarget, DeployError } from '../../src/lib/deploy/at-target.ts';
import { filesToCarry, releasesToPrune } from '../../src/lib/deploy/releases.ts';
import { PARTIAL_PREFIX, switchScript } from '../../src/lib/deploy/scripts.ts';
import { parseTarget, transportFromEnv, type Transport } from '../../src/lib/deploy/target.ts';

let root: string;
let targetDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dich-'));
  targetDir = join(root, 'target');
  mkdirSync(targetDir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A fake built site: path → content. */
function build(name: string, files: Record<string, string>): { dir: string; files: string[] } {
  const dir = join(root, 'builds', name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, files: Object.keys(files) };
}

/** What scripts/deploy.ts does after its build and checks. */
function release(at: AtTarget, name: string, built: { dir: string; files: string[] }, keep = 5) {
  at.lock('deploy', () => {});
  try {
    const state = at.inspect(true);
    const carry = filesToCarry(state.liveFiles, state.liveCarried, built.files);
    at.upload(built.dir, `${PARTIAL_PREFIX}${name}`, state.live);
    at.install(`${PARTIAL_PREFIX}${name}`, name, state.live, carry);
    const after = at.inspect();
    at.prune(releasesToPrune(after.releases, after.live, keep, after.rolledBack).map((r) => r.name));
    return carry;
  } finally {
    at.unlock();
  }
}

const R1 = '20261201T080000Z-aaaaaaa';
const R2 = '20261201T090000Z-bbbbbbb';
const R3 = '20261201T100000Z-ccccccc';
const R4 = '20261201T110000Z-ddddddd';
const local = () => new AtTarget(parseTarget(targetDir), transportFromEnv({}));
const current = () => readlinkSync(join(targetDir, 'current'));

describe('a release at a local target', () => {
  it('goes live as releases/<name>, pointed to by the current symlink', () => {
    const at = local();
    expect(release(at, R1, build('1', { 'index.html': 'một', '_astro/a.11111111.css': 'a1' }))).toEqual([]);
    expect(current()).toBe(`releases/${R1}`);
    expect(readFileSync(join(targetDir, 'current/index.html'), 'utf8')).toBe('một');
    expect(existsSync(join(targetDir, `releases/${PARTIAL_PREFIX}${R1}`))).toBe(false);
    expect(existsSync(join(targetDir, '.deploy-lock'))).toBe(false);
    expect(at.inspect().live).toBe(R1);
  });

  it("keeps the live release's fingerprinted files reachable in the next one, one release long", () => {
    const at = local();
    release(at, R1, build('1', { 'index.html': 'một', '_astro/a.11111111.css': 'a1', 'pagefind/fragment/vi_1111111.pf_fragment': 'f1', 'old/index.html': 'cũ' }));
    const carried = release(at, R2, build('2', { 'index.html': 'hai', '_astro/a.22222222.css': 'a2' }));
    // A page opened before the switch still asks for a.11111111.css and its search fragment: both are there.
    expect(carried).toEqual(['_astro/a.11111111.css', 'pagefind/fragment/vi_1111111.pf_fragment']);
    expect(readFileSync(join(targetDir, 'current/_astro/a.11111111.css'), 'utf8')).toBe('a1');
    expect(readFileSync(join(targetDir, 'current/pagefind/fragment/vi_1111111.pf_fragment'), 'utf8')).toBe('f1');
    // As hard links, not copies, and a page gone from the site is not carried.
    expect(statSync(join(targetDir, `releases/${R2}/_astro/a.11111111.css`)).ino).toBe(statSync(join(targetDir, `releases/${R1}/_astro/a.11111111.css`)).ino);
    expect(existsSync(join(targetDir, 'current/old/index.html'))).toBe(false);
    expect(readFileSync(join(targetDir, `releases/${R2}.carried`), 'utf8').trim().split('\n')).toEqual(carried);
    // The release after that carries R2's own assets, not what R2 carried from R1.
    expect(release(at, R3, build('3', { 'index.html': 'ba', '_astro/a.33333333.css': 'a3' }))).toEqual(['_astro/a.22222222.css']);
    expect(existsSync(join(targetDir, 'current/_astro/a.11111111.css'))).toBe(false);
  });

  it('switches current atomically: a reader never finds it missing', async () => {
    const at = local();
    release(at, R1, build('1', { 'index.html': 'một' }));
    release(at, R2, build('2', { 'index.html': 'hai' }));
    // 50 switches back and forth while this process reads through the link as fast as it can (removing the link
    // and making a new one fails this test at once: thousands of reads land in the gap).
    const script = Array.from({ length: 50 }, (_, i) => switchScript(targetDir, i % 2 ? R2 : R1, undefined)).map((s) => `(\n${s})`).join('\n');
    const child = spawn('sh', ['-s'], { stdio: ['pipe', 'ignore', 'inherit'] });
    child.stdin.end(script);
    const done = new Promise<number | null>((r) => child.on('exit', r));
    let reads = 0;
    let missing = 0;
    let running = true;
    void done.then(() => { running = false; });
    while (running) {
      for (let i = 0; i < 20; i++) {
        try {
          readlinkSync(join(targetDir, 'current'));
          readFileSync(join(targetDir, 'current/index.html'));
          reads++;
        } catch {
          missing++;
        }
      }
      await new Promise((r) => setImmediate(r));
    }
    expect(await done).toBe(0);
    expect(reads).toBeGreaterThan(100);
    expect(missing).toBe(0);
  });

  it('keeps the last N, never the live release or the one before it', () => {
    const at = local();
    for (const [i, name] of [R1, R2, R3].entries()) release(at, name, build(String(i), { 'index.html': name }), 2);
    expect(at.inspect().releases.map((r) => r.name)).toEqual([R2, R3]);
    expect(existsSync(join(targetDir, `releases/${R1}.carried`))).toBe(false);
    // Back to R2 (R3 marked as rolled back from), then a new release with keep 2: R3 goes, R2 stays as the previous.
    at.switchTo(R2, R3);
    expect(at.inspect().rolledBack).toEqual([R3]);
    release(at, R4, build('4', { 'index.html': R4 }), 2);
    expect(at.inspect().releases.map((r) => r.name)).toEqual([R2, R4]);
    expect(existsSync(join(targetDir, `releases/${R3}.rolled-back`))).toBe(false);
  });

  it('deletes what a stopped deploy left before uploading', () => {
    const at = local();
    mkdirSync(join(targetDir, `releases/${PARTIAL_PREFIX}20261130T000000Z-eeeeeee`), { recursive: true });
    release(at, R1, build('1', { 'index.html': 'một' }));
    expect(existsSync(join(targetDir, `releases/${PARTIAL_PREFIX}20261130T000000Z-eeeeeee`))).toBe(false);
  });

  it('refuses a missing folder, and a current that is a real folder, in Vietnamese', () => {
    const missing = new AtTarget(parseTarget(join(root, 'khong-co')), transportFromEnv({}));
    expect(() => missing.inspect()).toThrow(/Thư mục đích .*khong-co không có\. Người quản trị tạo nó trước/);
    mkdirSync(join(targetDir, 'current'));
    expect(() => local().inspect()).toThrow(/"current" là thư mục thật chứ không phải liên kết/);
  });
});

describe('the lock at the target', () => {
  it('refuses a second deploy while the first holds it, and names the holder', () => {
    const first = local();
    first.lock('deploy', () => {});
    const second = local();
    expect(() => second.lock('deploy', () => {})).toThrow(DeployError);
    expect(() => second.lock('deploy', () => {})).toThrow(new RegExp(`Đang có một lần đăng khác .*tiến trình ${process.pid}`));
    // The second one's failed attempt leaves the first one's lock alone; only the owner unlocks.
    second.unlock();
    expect(existsSync(join(targetDir, '.deploy-lock/owner'))).toBe(true);
    first.unlock();
    expect(existsSync(join(targetDir, '.deploy-lock'))).toBe(false);
  });

  it('breaks a lock left by a process that is gone, and says so', () => {
    mkdirSync(join(targetDir, '.deploy-lock'));
    writeFileSync(join(targetDir, '.deploy-lock/owner'), `host=${hostname()} pid=${2 ** 22 + 4321} time=${new Date().toISOString()} action=deploy\n`);
    const notes: string[] = [];
    const at = local();
    at.lock('deploy', (n) => notes.push(n));
    expect(notes.join('\n')).toMatch(/Bỏ khóa cũ .*tiến trình \d+ .* đã dừng/);
    expect(readFileSync(join(targetDir, '.deploy-lock/owner'), 'utf8')).toContain(`pid=${process.pid}`);
    at.unlock();
  });
});

describe('a remote target (user@host:/dir) through ssh and rsync', () => {
  let transport: Transport;
  let calls: string;
  beforeEach(() => {
    const bin = join(root, 'bin');
    mkdirSync(bin);
    calls = join(root, 'calls.log');
    // Stand-ins that do on this machine what ssh and rsync do on the server: the scripts themselves run for real.
    writeFileSync(join(bin, 'ssh'), `#!/bin/sh\nprintf 'ssh %s\\n' "$*" >> '${calls}'\nexec sh -s\n`);
    writeFileSync(join(bin, 'rsync'), [
      '#!/bin/sh',
      `printf 'rsync %s\\n' "$*" >> '${calls}'`,
      'for a; do src=$dest; dest=$a; done',
      'dest=${dest#*:}',
      'mkdir -p "$dest" && cp -R "$src." "$dest"',
      '',
    ].join('\n'));
    chmodSync(join(bin, 'ssh'), 0o755);
    chmodSync(join(bin, 'rsync'), 0o755);
    transport = transportFromEnv({ DEPLOY_SSH: `${join(bin, 'ssh')} -p 2222`, DEPLOY_RSYNC: join(bin, 'rsync') });
  });

  it('runs the same release steps: lock, upload against the live release, carry, switch, status', () => {
    const at = new AtTarget(parseTarget(`deploy@portal.example.gov.vn:${targetDir}`), transport);
    release(at, R1, build('1', { 'index.html': 'một', '_astro/a.11111111.js': 'a1' }));
    const carried = release(at, R2, build('2', { 'index.html': 'hai', '_astro/a.22222222.js': 'a2' }));
    expect(carried).toEqual(['_astro/a.11111111.js']);
    expect(current()).toBe(`releases/${R2}`);
    expect(readFileSync(join(targetDir, 'current/_astro/a.11111111.js'), 'utf8')).toBe('a1');
    const log = readFileSync(calls, 'utf8');
    expect(log).toMatch(/^ssh -p 2222 -o BatchMode=yes -- deploy@portal\.example\.gov\.vn sh -s$/m);
    expect(log).toContain(`--link-dest=../${R1} -e `);
    expect(log).toContain(`deploy@portal.example.gov.vn:${targetDir}/releases/${PARTIAL_PREFIX}${R2}/`);
    expect(at.inspect().releases.map((r) => r.name)).toEqual([R1, R2]);
  });

  it('says when ssh cannot reach the server', () => {
    const bin = join(root, 'bin');
    writeFileSync(join(bin, 'ssh'), '#!/bin/sh\necho "ssh: connect to host portal port 22: Connection refused" >&2\nexit 255\n');
    const at = new AtTarget(parseTarget(`deploy@portal:${targetDir}`), transport);
    expect(() => at.inspect()).toThrow(/Không kết nối được deploy@portal:.* qua ssh .*Connection refused.*Kiểm tra tên máy, khóa ssh và known_hosts/);
  });
});
