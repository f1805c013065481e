// The lockfile lets `npm ci` install the site on an editor's Windows PC or Mac as well as on Debian: it records the
// platform packages of every native tool for each of them (npm records only the installing machine's when
// node_modules is present, npm/cli #4828: rebuild it with `rm -rf node_modules && npm install --package-lock-only`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; os?: string[]; cpu?: string[]; devDependencies?: Record<string, string> }>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
const PLATFORMS = [['win32', 'x64'], ['darwin', 'arm64'], ['darwin', 'x64'], ['linux', 'x64'], ['linux', 'arm64']] as const;
/** Tools with a native part, by the prefix of their platform packages. */
const NATIVE = ['@astrojs/compiler-binding-', '@tailwindcss/oxide-', '@pagefind/', '@resvg/resvg-js-', '@rolldown/binding-', 'lightningcss-', '@esbuild/'];

describe('package-lock.json', () => {
  it('is in step with package.json (npm ci refuses a lockfile that is not)', () => {
    expect(lock.packages['']!.devDependencies).toEqual(pkg.devDependencies);
  });
  for (const prefix of NATIVE) {
    it(`has ${prefix}* for ${PLATFORMS.map((p) => p.join('-')).join(', ')}`, () => {
      const entries = Object.entries(lock.packages).filter(([path]) => path.startsWith(`node_modules/${prefix}`));
      const missing = PLATFORMS.filter(([os, cpu]) => !entries.some(([, e]) => e.os?.includes(os) && e.cpu?.includes(cpu)));
      expect(missing.map((p) => p.join('-'))).toEqual([]);
    });
  }
});
