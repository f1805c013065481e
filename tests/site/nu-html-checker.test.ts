// Every built page passes the W3C Nu Html Checker (vnu-jar, run on Debian's Java runtime) with no HTML error.
// Its CSS checker predates two things Tailwind 4 emits (@property, margin-trim): those messages are its gaps.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/paths.ts';

interface NuMessage { type: string; subType?: string; message: string; url?: string; lastLine?: number; extract?: string }

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const checkerGap = (m: NuMessage) => m.message.startsWith('CSS:') && /@property|margin-trim/.test(m.message);

describe('W3C Nu Html Checker', () => {
  it('finds no HTML error on any page', () => {
    const r = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', SITE_DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.error, 'Java is needed for the Nu Html Checker: apt-get install default-jre-headless').toBeUndefined();
    const messages = (JSON.parse(r.stderr) as { messages: NuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' && !checkerGap(m))
      .map((m) => `${m.url?.replace(/^.*?\/dist\//, '/')}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
