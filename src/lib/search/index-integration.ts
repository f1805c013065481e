// Builds the Pagefind index into <outDir>/pagefind after a direct `astro build` (npm run build indexes in its own
// step); in dev, serves the last build's index.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_SCRIPT_ENV } from '../editing/rules-integration.ts';
import { indexSiteWithin, pagefindTimeoutSeconds } from './index-site.ts';

export function searchIndex(): AstroIntegration {
  let base = '/';
  let outDir = 'dist';
  let command = 'build';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` (scripts/build.ts) indexes in its own step, which it can stop; this indexes a direct `astro build`.
        if (process.env[BUILD_SCRIPT_ENV] === '1') return;
        const pages = await indexSiteWithin(fileURLToPath(dir), pagefindTimeoutSeconds(process.env), process.env);
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        // The build also starts a server internally: the hint is for an editor running `npm run dev` only.
        if (command === 'dev' && !existsSync(indexDir)) {
          logger.warn('Chưa có chỉ mục tìm kiếm: trang /tim-kiem/ cần một bản dựng. Chạy "npm run build" một lần (hoặc "npm start" để xem bản dựng).');
        }
        // Dev has no live index: serve the last build's, so search works while editing (it shows the last build's text).
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          const prefix = `${base}pagefind/`;
          if (!url.startsWith(prefix)) return next();
          const file = join(indexDir, url.slice(prefix.length));
          if (!file.startsWith(join(indexDir, '/')) || !existsSync(file)) return next();
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
          res.setHeader('content-type', type);
          res.end(readFileSync(file));
        });
      },
    },
  };
}
