// Audit table 1d, the rows about the build itself: a failure after Astro has started (a broken or hanging Pagefind, an
// Astro error) never destroys the last good build, says what happened in Vietnamese, and leaves no temporary folder.
// Each case is one real `node scripts/build.ts` in a copy of the project whose dist/ holds a marker file.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../support/project-copy.ts';

let root = '';
const MARKER = 'bản dựng tốt lần trước';
const realBuild = { timeout: 300_000 };

beforeAll(() => {
  root = copyProject('build-pipeline-');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/MARKER.txt'), MARKER);
  writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>cũ</title>');
});
afterAll(() => {
  if (root) removeCopy(root);
});

function build(env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 280_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}\n${r.stderr}`, seconds: (Date.now() - started) / 1000 };
}

/** The last good dist/ is there, whole, and nothing else was left beside it. */
function expectLastGoodBuildKept() {
  expect(readFileSync(join(root, 'dist/MARKER.txt'), 'utf8')).toBe(MARKER);
  expect(readdirSync(join(root, 'dist')).sort()).toEqual(['MARKER.txt', 'index.html']);
  expect(readdirSync(root).filter((n) => /^\.dist-/.test(n))).toEqual([]);
}

function expectVietnameseOnly(output: string) {
  expect(output).not.toMatch(/Stack trace|\n\s+at [\w.<>]+ \(|\[ERROR\]|\[vite\]|Error: |Hint:|Browser APIs/);
}

/** A stand-in for Pagefind's program, in the copy. */
function fakePagefind(name: string, script: string): string {
  const path = join(root, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('a failure after Astro has started keeps the last good build', () => {
  it('Pagefind’s program ends without answering: exit 1, said in Vietnamese, dist/ kept, no temporary folder', realBuild, () => {
    const program = fakePagefind('pagefind-hong.sh', 'exit 1');
    const r = build({ PAGEFIND_EXTENDED_BINARY_PATH: program });
    expect(r.status, r.output).toBe(1);
    expect(r.stdout).toMatch(/Dựng trang \(Astro\)…/);
    expect(r.stderr).toContain(`Không tạo được chỉ mục tìm kiếm: chương trình Pagefind (${program}) dừng mà không trả lời`);
    expect(r.stderr).toMatch(/Trang không được dựng\. Bản dựng trước trong dist vẫn giữ nguyên\.\nNhật ký đầy đủ \(tiếng Anh\): dist-build\.log/);
    expectVietnameseOnly(r.output);
    expectLastGoodBuildKept();
    // Astro itself had finished: the log keeps its full output.
    expect(readFileSync(join(root, 'dist-build.log'), 'utf8')).toMatch(/Complete!/);
  });

  it('Pagefind hangs: stopped at the time limit, exit 1, dist/ kept, its program no longer running', realBuild, () => {
    const program = fakePagefind('pagefind-treo.sh', 'exec sleep 600');
    const r = build({ PAGEFIND_EXTENDED_BINARY_PATH: program, PAGEFIND_TIMEOUT_SECONDS: '5' });
    expect(r.status, r.output).toBe(1);
    expect(r.stdout).toMatch(/Tạo chỉ mục tìm kiếm \(Pagefind, tối đa 5 giây\)…/);
    expect(r.stderr).toMatch(/^Không tạo được chỉ mục tìm kiếm: Pagefind chạy quá 5 giây mà chưa xong nên đã bị dừng\. .*PAGEFIND_TIMEOUT_SECONDS=300\.$/m);
    expectVietnameseOnly(r.output);
    expectLastGoodBuildKept();
    const running = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes('sleep 600') || l.includes(program));
    expect(running).toEqual([]);
  });

  it('Astro fails: the file and line, no English header, stack trace or hint; dist/ kept; the full log kept and named', realBuild, () => {
    const page = join(root, 'src/pages/loi-thu.astro');
    writeFileSync(page, '---\nconst x = 1;\n---\n<div>\n');
    try {
      const r = build();
      expect(r.status, r.output).toBe(1);
      expect(r.stderr).toMatch(/^Dựng trang không thành công \(src\/pages\/loi-thu\.astro, dòng \d+\)\. Đây là lỗi trong mã của trang, không phải lỗi nội dung/m);
      expect(r.stderr).toMatch(/Nhật ký đầy đủ \(tiếng Anh\): dist-build\.log/);
      expectVietnameseOnly(r.output);
      expectLastGoodBuildKept();
      expect(readFileSync(join(root, 'dist-build.log'), 'utf8')).toMatch(/Stack trace/);
    } finally {
      rmSync(page, { force: true });
    }
  });
});
