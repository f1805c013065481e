// A clean build prints no warning, so an editor sees a real error when there is one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_LOG_DIR } from '../support/paths.ts';

describe('build output', () => {
  for (const name of ['root', 'sub-path']) {
    it(`the ${name} build prints no warning`, () => {
      const log = readFileSync(`${BUILD_LOG_DIR}/${name}.log`, 'utf8');
      expect(log).toMatch(/Complete!/);
      const warnings = log.split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
      expect(warnings).toEqual([]);
    });
  }
});
