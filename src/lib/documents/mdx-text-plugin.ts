// Text as it arrives, for the pages: a Vite plugin that hands every document .mdx to the MDX compiler BOM-free and
// NFC, the way the content check and the passages read it (normalizeMdxText). A document saved on a Mac (NFD) then
// gives the same pages, headings, search index and filters as one saved on Windows.
import { normalizeMdxText } from './mdx-file.ts';

const DOCUMENT = /[\\/]content[\\/]documents[\\/][^?]*\.mdx(?:\?.*)?$/;

export function mdxTextPlugin() {
  return {
    name: 'content-mdx-text',
    // Before @astrojs/mdx (also 'pre', added later by its integration) compiles the file.
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!DOCUMENT.test(id)) return null;
      const text = normalizeMdxText(code);
      return text === code ? null : { code: text, map: null };
    },
  };
}
