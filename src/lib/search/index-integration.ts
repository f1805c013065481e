// Builds the Pagefind index into <outDir>/pagefind after every build; in dev, serves the last build's index.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  let base = '/';
  let outDir = 'dist';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site has its own search page: Pagefind's ready-made UI bundles are never loaded, so they are not shipped.
        for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
          rmSync(join(site, 'pagefind', file), { force: true });
        }
        logger.info(`Chỉ mục tìm kiếm: ${added.page_count} trang.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        if (!existsSync(indexDir)) {
          logger.warn('Chưa có chỉ mục tìm kiếm: trang /tim-kiem/ cần một bản dựng. Chạy "npm run build" một lần (hoặc "npm start" để xem bản dựng).');
        }
        // Dev has no live index: serve the last build's, so search works while editing (it shows the last build's text).
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          const prefix = `${base}pagefind/`;
          if (!url.startsWith(prefix)) return next();
          const file = join(indexDir, url.slice(prefix.length));
          if (!file.startsWith(indexDir) || !existsSync(file)) return next();
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
          res.setHeader('content-type', type);
          res.end(readFileSync(file));
        });
      },
    },
  };
}
