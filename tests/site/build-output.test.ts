// A clean build prints no warning, so an editor sees a real error when there is one; what it shows on screen is
// Vietnamese; and it leaves a whole site in place (the search index included) with no temporary folder beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_DIST, BUILD_LOG_DIR, SITE_DIST } from '../support/paths.ts';

const builds = [['root', SITE_DIST], ['sub-path', BASE_DIST]] as const;

describe('build output', () => {
  for (const [name, dist] of builds) {
    it(`the ${name} build prints no warning`, () => {
      const log = readFileSync(`${BUILD_LOG_DIR}/${name}.log`, 'utf8');
      expect(log).toMatch(/Complete!/);
      expect(log).toMatch(/Chỉ mục tìm kiếm: \d+ trang\./);
      const warnings = log.split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
      expect(warnings).toEqual([]);
    });

    it(`the ${name} build shows the editor its steps in Vietnamese, and nothing of Astro’s`, () => {
      const screen = readFileSync(`${BUILD_LOG_DIR}/${name}.screen.txt`, 'utf8').trim().split('\n');
      expect(screen[0]).toBe('Kiểm tra nội dung…');
      expect(screen.at(-1)).toMatch(new RegExp(`^Đã dựng xong vào ${dist}: chỉ mục tìm kiếm \\d+ trang, \\d+ giây\\.$`));
      expect(screen.join('\n')).not.toMatch(/\[build\]|\[vite\]|Complete!|WARN|ERROR/);
    });

    it(`the ${name} build is whole and alone: home page, search index, no temporary folder beside it`, () => {
      expect(existsSync(`${dist}/index.html`)).toBe(true);
      expect(existsSync(`${dist}/pagefind/pagefind.js`)).toBe(true);
      const prefix = `.${basename(dist)}-`;
      expect(readdirSync(dirname(dist)).filter((n) => n.startsWith(prefix))).toEqual([]);
    });
  }
});
