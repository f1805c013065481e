// Builds the Pagefind index into <outDir>/pagefind after every build; in dev, serves the last build's index.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles, spaceBetweenElements } from './index-html.ts';

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
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Each page as Pagefind would read it from disk, with its elements kept apart (index-html.ts).
        const files = htmlFiles(site);
        let pageCount = 0;
        for (let i = 0; i < files.length; i += 32) {
          const added = await Promise.all(files.slice(i, i + 32).map((sourcePath) =>
            index.addHTMLFile({ sourcePath, content: spaceBetweenElements(readFileSync(join(site, sourcePath), 'utf8')) })));
          const errors = added.flatMap((a) => a.errors);
          if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
          pageCount += added.length;
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site has its own search page: Pagefind's ready-made UI bundles are never loaded, so they are not shipped.
        for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
          rmSync(join(site, 'pagefind', file), { force: true });
        }
        logger.info(`Chỉ mục tìm kiếm: ${pageCount} trang.`);
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
          if (!file.startsWith(indexDir) || !existsSync(file)) return next();
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
          res.setHeader('content-type', type);
          res.end(readFileSync(file));
        });
      },
    },
  };
}
