// Every built page is valid HTML (html-validate, recommended rules; see .htmlvalidate.json).
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages } from '../support/site-files.ts';
import { SITE_DIST } from '../support/paths.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML', () => {
  for (const path of builtPages(SITE_DIST)) {
    it(`/${path} is valid`, async () => {
      const file = `${SITE_DIST}/${path.endsWith('.html') ? path : `${path}index.html`}`;
      const report = await validator.validateFile(file);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
