// Runs the content rules before every build and dev start: a mistake stops the build, nothing half-built is published.
import type { AstroIntegration } from 'astro';
import { checkContent } from './check.ts';

export function contentRules(): AstroIntegration {
  const run = () => {
    const problems = checkContent();
    if (problems.length) throw new Error(`\n${problems.join('\n\n')}\n\n${problems.length} lỗi nội dung: trang không được dựng. Sửa rồi chạy lại.`);
  };
  return {
    name: 'content-rules',
    hooks: {
      'astro:build:start': run,
      'astro:server:start': ({ logger }) => {
        // In dev, report and keep serving so the editor can fix and see the result.
        const problems = checkContent();
        if (problems.length) logger.error(problems.join('\n\n'));
      },
    },
  };
}
