// npm run deploy, deploy:rollback and deploy:status as an administrator or CI runs them, for every path that ends
// before a build: the command line, placeholder contacts, shallow clones, the lock; and status and rollback.
// (The real builds run in push.test.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, git, linkNodeModules, projectRepo, PROJECT } from './project-repo.ts';

const NODE = process.execPath;
let repo: string;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lenh-dang-'));
  repo = projectRepo();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

function deploy(project: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(NODE, [join(project, 'scripts/deploy.ts'), ...args], { cwd: project, encoding: 'utf8', env: { ...cleanEnv(), ...env }, timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function emptyTarget(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
}

describe('the command line', () => {
  it('exits 2 with the usage on a wrong command line', () => {
    for (const args of [[], ['--target'], ['--target', '/srv/x', '--keep', '1'], ['--target', '/srv/x', '--bogus'], ['--target', 'u@host:srv/x'], ['status', '--keep', '3', '--target', '/x']]) {
      const r = deploy(PROJECT, args, { DEPLOY_TARGET: '' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toContain('Cách dùng:');
      expect(r.out).toContain('npm run deploy -- --target');
    }
  });
});

describe('npm run deploy refuses before building', () => {
  it('while content/site.yaml holds placeholder contacts, naming each line; --allow-placeholders lets a test target pass', () => {
    const target = emptyTarget('placeholder');
    const site = readFileSync(join(repo, 'content/site.yaml'), 'utf8');
    writeFileSync(join(repo, 'content/site.yaml'), site.replace(/^(\s+phone:).*$/m, '$1 "[Cần điền] Số điện thoại"'));
    const r = deploy(repo, ['--target', target]);
    writeFileSync(join(repo, 'content/site.yaml'), site);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/content\/site\.yaml còn thông tin liên hệ chưa điền/);
    expect(r.out).toMatch(/content\/site\.yaml dòng \d+ \(contact\.phone\): phone: "\[Cần điền\] Số điện thoại"/);
    expect(r.out).toContain('--allow-placeholders');
    expect(r.out).toMatch(/KHÔNG ĐĂNG\. Trang đang chạy ở .* giữ nguyên\./);
    expect(readdirSync(target)).toEqual([]);
  });

  it('from a shallow clone, whose pages would get wrong dates', () => {
    const target = emptyTarget('shallow');
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'Lần hai']);
    const shallow = join(root, 'nong');
    git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(git(shallow, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    linkNodeModules(shallow);
    const r = deploy(shallow, ['--target', target, '--allow-placeholders']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bản nông \(shallow\).*ngày cập nhật.*git fetch --unshallow.*fetch-depth: 0/s);
    expect(readdirSync(target)).toEqual([]);
  });

  it('while another deploy holds the target, naming it', () => {
    const target = emptyTarget('locked');
    mkdirSync(join(target, '.deploy-lock'));
    writeFileSync(join(target, '.deploy-lock/owner'), `host=${hostname()} pid=${process.pid} time=${new Date().toISOString()} action=deploy\n`);
    const started = Date.now();
    const r = deploy(repo, ['--target', target, '--allow-placeholders']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`Đang có một lần đăng khác ở .*tiến trình ${process.pid}.*Chờ nó xong rồi đăng lại`));
    expect(r.out).not.toContain('Kiểm tra nội dung');
    expect(Date.now() - started).toBeLessThan(30_000);
    // The other deploy's lock is still there.
    expect(readFileSync(join(target, '.deploy-lock/owner'), 'utf8')).toContain(`pid=${process.pid}`);
  });

  it('when the target folder does not exist', () => {
    const r = deploy(repo, ['--target', join(root, 'khong-co'), '--allow-placeholders']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Thư mục đích .*khong-co không có/);
  });
});

describe('npm run deploy:status and deploy:rollback', () => {
  const R1 = '20261201T010000Z-aaaaaaa';
  const R2 = '20261201T020000Z-bbbbbbb';
  const R3 = '20261201T030000Z-ccccccc';

  it('list the releases with time, commit and which is live, and go back one release at a time', () => {
    const target = emptyTarget('releases');
    for (const r of [R1, R2, R3]) {
      mkdirSync(join(target, 'releases', r), { recursive: true });
      writeFileSync(join(target, 'releases', r, 'index.html'), r);
    }
    symlinkSync(`releases/${R3}`, join(target, 'current'));

    let r = deploy(PROJECT, ['status', '--target', target]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[1]).toBe(`* ${R3}  dựng lúc 10:00 01/12/2026 (giờ Việt Nam)  commit ccccccc  ← ĐANG CHẠY`);
    expect(lines[2]).toContain(`${R2}  dựng lúc 09:00 01/12/2026 (giờ Việt Nam)  commit bbbbbbb  ← bản trước`);
    expect(lines[3]).toMatch(new RegExp(`^  ${R1} .*commit aaaaaaa$`));
    expect(r.out).toContain('Tổng: 3 bản.');

    r = deploy(PROJECT, ['rollback', '--target', target]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`ĐÃ QUAY LẠI bản ${R2}`);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${R2}`);
    expect(existsSync(join(target, '.deploy-lock'))).toBe(false);

    r = deploy(PROJECT, ['status', '--target', target]);
    expect(r.out).toMatch(new RegExp(`\\* ${R2} .*← ĐANG CHẠY`));
    expect(r.out).toMatch(new RegExp(`${R3} .*\\(đã quay lại khỏi bản này\\)`));

    r = deploy(PROJECT, ['rollback', '--target', target]);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${R1}`);
    r = deploy(PROJECT, ['rollback', '--target', target]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Không quay lại được: .*không có bản nào trước/);
    expect(r.out).toContain('KHÔNG QUAY LẠI.');
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${R1}`);

    // An administrator may choose any release, even one rolled back from.
    r = deploy(PROJECT, ['rollback', '--target', target, '--to', R3]);
    expect(r.code).toBe(0);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${R3}`);
    r = deploy(PROJECT, ['rollback', '--target', target, '--to', '20200101T000000Z-0000000']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Không có bản "20200101T000000Z-0000000"');
  });

  it('say plainly when there is nothing yet', () => {
    const target = emptyTarget('nothing');
    const r = deploy(PROJECT, ['status', '--target', target]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Chưa có bản nào ở');
    const back = deploy(PROJECT, ['rollback'], { DEPLOY_TARGET: target });
    expect(back.code).toBe(1);
    expect(back.out).toMatch(/không có bản nào đang chạy/);
  });
});
