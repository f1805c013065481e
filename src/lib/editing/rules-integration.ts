// The content rules inside Astro. `npm run build` (scripts/build.ts) runs them as its own first step, before Astro
// starts, and sets SITE_BUILD_SCRIPT=1; this hook then only guards a direct `astro build`. In dev it reports and
// keeps serving, so the editor can fix and see the result.
import type { AstroIntegration } from 'astro';
import { checkContent } from './check.ts';

/** Set by scripts/build.ts for the Astro step: the content rules have run, and the search index is its own step. */
export const BUILD_SCRIPT_ENV = 'SITE_BUILD_SCRIPT';

export function contentRules(): AstroIntegration {
  return {
    name: 'content-rules',
    hooks: {
      'astro:build:start': async () => {
        if (process.env[BUILD_SCRIPT_ENV] === '1') return;
        const problems = await checkContent();
        if (problems.length) throw new Error(`\n${problems.join('\n\n')}\n\n${problems.length} lỗi nội dung: trang không được dựng. Sửa rồi chạy lại.`);
      },
      'astro:server:start': async ({ logger }) => {
        const problems = await checkContent();
        if (problems.length) logger.error(problems.join('\n\n'));
      },
    },
  };
}
