// Push to publish, for real: a bare repository with deploy/hooks/post-receive installed, an editor's clone, real
// builds (three), a deploy target served by Debian's nginx through the repo's own snippet. The hook's work tree
// uses this checkout's packages (node_modules as links), as a ward server reuses its own.
import { spawnSync } from 'node:child_process';
import {
  chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFingerprinted } from '../../src/lib/deploy/releases.ts';
import { isoUpdated } from '../../src/lib/site/last-updated.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { cleanEnv, git, linkNodeModules, projectRepo, PROJECT } from './project-repo.ts';

const BASE = '/tuyen-truyen/';
const CHANGED = 'content/documents/cong-van-thuc-hien-chuong-trinh-14-ctr-tu.mdx';
const CHANGED_PAGE = 'van-ban/cong-van-thuc-hien-chuong-trinh-14-ctr-tu/';
const OTHER = 'content/documents/nghi-quyet-muc-tieu-chi-tieu-nam-2026.mdx';
const OTHER_PAGE = 'van-ban/nghi-quyet-muc-tieu-chi-tieu-nam-2026/';
const SUMMARY_END = 'Chương trình hành động số 14-CTr/TU về phát triển kinh tế - xã hội năm 2026.';
const WORDS_1 = 'đến từng chi bộ và tổ dân phố';
const WORDS_2 = 'đến từng khu dân cư và hộ gia đình';
const WORDS_3 = 'qua loa truyền thanh của mỗi khu dân cư';
const BUILD_TIMEOUT = 420_000;

let root: string;
let upstream: string;
let bare: string;
let editor: string;
let target: string;
let work: string;
let bin: string;
let nginx: RunningNginx;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'day-len-'));
  upstream = projectRepo();
  bare = join(root, 'tuyen-truyen.git');
  git(root, ['clone', '-q', '--bare', upstream, bare]);
  copyFileSync(join(PROJECT, 'deploy/hooks/post-receive'), join(bare, 'hooks/post-receive'));
  chmodSync(join(bare, 'hooks/post-receive'), 0o755);
  target = join(root, 'target');
  work = join(root, 'work');
  mkdirSync(target);
  for (const [key, value] of Object.entries({ target, workTree: work, siteBase: BASE, allowPlaceholders: 'true', keep: '2' })) {
    git(bare, ['config', `deploy.${key}`, value]);
  }
  // The server's work tree already has its packages, installed from this package-lock.json.
  git(root, ['init', '-q', work]);
  linkNodeModules(work);
  writeFileSync(join(work, '.git/deploy-package-lock'), `${git(upstream, ['rev-parse', 'HEAD:package-lock.json']).trim()}\n`);
  // A lock left by a hook that was killed (its process is gone).
  mkdirSync(join(bare, 'deploy.lock'));
  writeFileSync(join(bare, 'deploy.lock/pid'), `${2 ** 22 + 777}\n`);
  // npm as the hook finds it: `npm ci` is recorded and links the packages (no network here); the rest is npm.
  bin = join(root, 'bin');
  mkdirSync(bin);
  const npm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8', env: cleanEnv() }).stdout.trim();
  writeFileSync(join(bin, 'npm'), [
    '#!/bin/sh',
    'if [ "$1" = ci ]; then',
    `  echo "npm ci in $PWD" >> '${join(root, 'npm-ci.log')}'`,
    `  rm -rf node_modules && mkdir node_modules && for f in '${PROJECT}'/node_modules/* '${PROJECT}'/node_modules/.bin; do ln -s "$f" node_modules/; done`,
    '  exit 0',
    'fi',
    `exec '${npm}' "$@"`,
    '',
  ].join('\n'));
  chmodSync(join(bin, 'npm'), 0o755);

  editor = join(root, 'editor');
  git(root, ['clone', '-q', bare, editor]);
  nginx = await startNginx({ root: join(target, 'current'), base: BASE });
}, 120_000);

afterAll(async () => {
  await nginx?.stop();
  rmSync(root, { recursive: true, force: true });
  if (upstream) rmSync(upstream, { recursive: true, force: true });
});

/** git push from the editor's clone: what the editor reads (the hook's lines come as "remote: …"). */
function push(env: Record<string, string> = {}, args = ['push', 'origin', 'main']): string {
  const r = spawnSync('git', args, {
    cwd: editor, encoding: 'utf8', timeout: BUILD_TIMEOUT - 20_000,
    // No handout PDFs in these builds (a server without Chromium builds without them): the site tests check the PDFs,
    // and here they would only add seconds to every push.
    env: { ...cleanEnv(), PATH: `${bin}:${process.env.PATH}`, CHROMIUM_PATH: '/nonexistent/chromium', ...env },
  });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`git push failed:\n${out}`);
  return out;
}

function edit(file: string, change: (text: string) => string, message: string) {
  const path = join(editor, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  git(editor, ['commit', '-q', '-am', message]);
}

async function page(path: string): Promise<{ status: number; body: Buffer }> {
  const r = await fetch(nginx.url(path), { headers: { 'accept-encoding': 'identity' } });
  return { status: r.status, body: Buffer.from(await r.arrayBuffer()) };
}

const live = () => readlinkSync(join(target, 'current'));
const releases = () => readdirSync(join(target, 'releases')).filter((n) => statSync(join(target, 'releases', n)).isDirectory()).sort();
const updatedOn = (html: Buffer) => parse(html.toString('utf8')).querySelector('[data-last-updated] time')?.getAttribute('datetime');

function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile());
}

function deployCli(args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/deploy.ts'), ...args, '--target', target], { encoding: 'utf8', env: cleanEnv() });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('git push to the ward server', () => {
  let firstRelease: string;
  let firstPage: Buffer;

  it('publishes a content change: live through nginx, with the date from git', async () => {
    edit(CHANGED, (t) => t.replace(SUMMARY_END, SUMMARY_END.replace(/\.$/, `, ${WORDS_1}.`)), 'Tóm tắt công văn 14: nói rõ nơi tuyên truyền');
    const out = push();
    expect(out).toMatch(/remote: Bỏ khóa cũ của lần đăng đã dừng/);
    expect(out).toContain('remote: Dùng lại các gói đã cài (package-lock.json không đổi).');
    expect(out).toMatch(/remote: ĐÃ ĐĂNG bản \d{8}T\d{6}Z-[0-9a-f]{7} lên /);
    expect(out).toMatch(/remote: ĐÃ ĐĂNG commit [0-9a-f]{7} \(Tóm tắt công văn 14: nói rõ nơi tuyên truyền\)\./);
    expect(out).not.toMatch(/KHÔNG ĐĂNG/);

    firstRelease = live().replace('releases/', '');
    expect(releases()).toEqual([firstRelease]);
    const changed = await page(CHANGED_PAGE);
    expect(changed.status).toBe(200);
    expect(changed.body.toString('utf8')).toContain(WORDS_1);
    // Built from a full clone: the changed page shows today's commit, an untouched one the first commit's day.
    expect(updatedOn(changed.body)).toBe(isoUpdated(new Date()));
    expect(updatedOn((await page(OTHER_PAGE)).body)).toBe('2026-03-01');
    expect(existsSync(join(bare, 'deploy.lock'))).toBe(false);
    firstPage = changed.body;
  }, BUILD_TIMEOUT);

  it('refuses a broken document: the push says not published and why, the live site is unchanged', async () => {
    const otherBefore = (await page(OTHER_PAGE)).body;
    edit(OTHER, (t) => `${t.trimEnd()}\n\nMột dòng có dấu { lạc.\n`, 'Nghị quyết Gia Viên: thêm một dòng');
    const out = push();
    expect(out).toContain('remote: Kiểm tra nội dung…');
    expect(out).toMatch(/remote: .*content\/documents\/nghi-quyet-muc-tieu-chi-tieu-nam-2026\.mdx/);
    expect(out).toMatch(/remote: KHÔNG ĐĂNG commit [0-9a-f]{7} \(Nghị quyết Gia Viên: thêm một dòng\): lý do ở trên\./);
    expect(out).toContain('remote: Trang đang chạy giữ nguyên.');
    expect(out).not.toMatch(/ĐÃ ĐĂNG|\n\s*at .*\(.*:\d+:\d+\)/);
    expect(live()).toBe(`releases/${firstRelease}`);
    expect(releases()).toEqual([firstRelease]);
    expect((await page(CHANGED_PAGE)).body.equals(firstPage)).toBe(true);
    expect((await page(OTHER_PAGE)).body.equals(otherBefore)).toBe(true);
  }, BUILD_TIMEOUT);

  it('waits for a deploy already running, and gives up after the configured time; other branches are not published', () => {
    mkdirSync(join(bare, 'deploy.lock'));
    writeFileSync(join(bare, 'deploy.lock/pid'), `${process.pid}\n`);
    try {
      git(editor, ['commit', '-q', '--allow-empty', '-m', 'Chờ khóa']);
      const out = push({ DEPLOY_LOCK_WAIT: '2' });
      expect(out).toContain('remote: Đang có lần đăng khác chạy; chờ nó xong…');
      expect(out).toMatch(/remote: KHÔNG ĐĂNG commit [0-9a-f]{7}: một lần đăng khác vẫn đang chạy sau \d+ giây chờ/);
      expect(readFileSync(join(bare, 'deploy.lock/pid'), 'utf8').trim()).toBe(String(process.pid));
    } finally {
      rmSync(join(bare, 'deploy.lock'), { recursive: true, force: true });
    }
    const other = push({}, ['push', 'origin', 'main:nhap']);
    expect(other).toContain('remote: Đã nhận: nhap. Chỉ nhánh main được đăng lên trang; trang không đổi.');
    expect(live()).toBe(`releases/${firstRelease}`);
  }, 60_000);

  it("publishes the fix; the previous release's hashed files stay reachable for pages opened before; status and rollback", async () => {
    git(editor, ['revert', '--no-edit', 'HEAD~1']);
    edit(CHANGED, (t) => t.replace(WORDS_1, WORDS_2), 'Tóm tắt công văn 14: sửa nơi tuyên truyền');
    const out = push();
    expect(out).toMatch(/remote: ĐÃ ĐĂNG commit [0-9a-f]{7} \(Tóm tắt công văn 14: sửa nơi tuyên truyền\)\./);
    const second = live().replace('releases/', '');
    expect(second).not.toBe(firstRelease);
    expect(releases()).toEqual([firstRelease, second]);
    expect((await page(CHANGED_PAGE)).body.toString('utf8')).toContain(WORDS_2);
    expect((await page(OTHER_PAGE)).status).toBe(200);

    // The page a reader opened before the switch asks for its own assets: every one still answers, byte for byte.
    const oldDir = join(target, 'releases', firstRelease);
    const asked = parse(firstPage.toString('utf8'))
      .querySelectorAll('[src], link[href]')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
      .filter((u) => u.startsWith(BASE) && isFingerprinted(u.slice(BASE.length)));
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) {
      const r = await page(url.slice(BASE.length));
      expect(r.status, url).toBe(200);
      expect(r.body.equals(readFileSync(join(oldDir, decodeURIComponent(url.slice(BASE.length))))), url).toBe(true);
    }
    // Files the new build no longer has were carried over and are served.
    const carried = readFileSync(join(target, 'releases', `${second}.carried`), 'utf8').split('\n').filter(Boolean);
    const gone = filesIn(oldDir).filter((f) => isFingerprinted(f) && !existsSync(join(target, 'releases', second, f)));
    expect(gone).toEqual([]);
    expect(carried.length).toBeGreaterThan(0);
    for (const f of carried) expect((await page(f)).status, f).toBe(200);

    const status = deployCli(['status']);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(new RegExp(`\\* ${second} .*← ĐANG CHẠY`));
    expect(status.out).toMatch(new RegExp(`  ${firstRelease} .*← bản trước`));

    const back = deployCli(['rollback']);
    expect(back.code).toBe(0);
    expect(back.out).toContain(`ĐÃ QUAY LẠI bản ${firstRelease}`);
    expect(live()).toBe(`releases/${firstRelease}`);
    const served = (await page(CHANGED_PAGE)).body;
    expect(served.equals(firstPage)).toBe(true);
  }, BUILD_TIMEOUT);

  it('runs npm ci only when package-lock.json changed, and keeps the last N releases but never the one a rollback needs', async () => {
    const second = releases()[1]!;
    writeFileSync(join(editor, 'package-lock.json'), `${readFileSync(join(editor, 'package-lock.json'), 'utf8').trimEnd()}\n\n`);
    edit(CHANGED, (t) => t.replace(WORDS_2, WORDS_3), 'Tóm tắt công văn 14: loa truyền thanh; package-lock.json');
    const out = push();
    expect(out).toContain('remote: package-lock.json đã đổi (hoặc chưa cài gói): cài lại bằng npm ci…');
    expect(readFileSync(join(root, 'npm-ci.log'), 'utf8')).toBe(`npm ci in ${work}\n`);
    expect(out).toMatch(/remote: ĐÃ ĐĂNG commit/);
    const third = live().replace('releases/', '');
    // keep 2: the new release and the one a rollback goes to (the first: the second was rolled back from).
    expect(releases()).toEqual([firstRelease, third]);
    expect(existsSync(join(target, 'releases', second))).toBe(false);
    expect((await page(CHANGED_PAGE)).body.toString('utf8')).toContain(WORDS_3);
    expect(readFileSync(join(work, '.git/deploy-package-lock'), 'utf8').trim()).toBe(git(editor, ['rev-parse', 'HEAD:package-lock.json']).trim());
  }, BUILD_TIMEOUT);
});
