// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { loadSiteConfig } from './src/lib/site/config.ts';
import { markdownProcessor } from './src/lib/documents/mdx-pipeline.ts';
import { mdxTextPlugin } from './src/lib/documents/mdx-text-plugin.ts';
import { safeMdxGuard } from './src/lib/editing/mdx-check.ts';
import { contentRules } from './src/lib/editing/rules-integration.ts';
import { searchIndex } from './src/lib/search/index-integration.ts';
import { inlineScriptHashes } from './src/components/site/inline-scripts.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.siteUrl,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // One definition for the build and the content check's compile of every document (mdx-pipeline.ts).
    processor: markdownProcessor([safeMdxGuard]),
    // No Shiki: its inline styles break the Content-Security-Policy below (documents hold no code).
    syntaxHighlight: false,
  },
  integrations: [contentRules(), mdx(), sitemap(), searchIndex()],
  vite: {
    plugins: [tailwindcss(), mdxTextPlugin()],
    // The share island is built as its own ES module (share-bar.ts imports its URL), so that loading it on first
    // use needs no preload helper on every page.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Every MDX entry triggers a harmless MODULE_LEVEL_DIRECTIVE warning about "use astro:head-inject"
        // (withastro/astro issue #18087, open in Astro 7.3.5). Drop only that one; every other warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Content-Security-Policy in a <meta> of every page, with the hashes of Astro's inline styles and scripts and of our
  // own (inline-scripts.ts). No 'unsafe-inline' and no 'unsafe-eval'; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
  // The server adds what a meta tag cannot carry (frame-ancestors): deploy/nginx/tuyen-truyen-headers.conf.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
