// The Markdown and MDX pipeline of the documents, defined once: astro.config.mjs builds the pages with it and the
// content check compiles every document with it, so a body the check accepts is a body the build compiles.
import { satteri } from '@astrojs/markdown-satteri';
import type { MdastPluginList, MdxCompileOptions } from 'satteri';
import { itemAnchorsPlugin } from './item-anchors-plugin.ts';

export const markdownFeatures = { smartPunctuation: false };
export const markdownHastPlugins = [itemAnchorsPlugin];

/**
 * The processor of `markdown.processor` in astro.config.mjs; @astrojs/mdx uses it for .mdx too. `mdastPlugins`: the
 * build's guards (safeMdxGuard), which never change what a valid document renders.
 */
export function markdownProcessor(mdastPlugins: MdastPluginList = []) {
  return satteri({ mdastPlugins, hastPlugins: markdownHastPlugins, features: markdownFeatures });
}

/**
 * What @astrojs/mdx hands Sätteri's `mdxToJs` for a page with this processor (@astrojs/markdown-satteri,
 * mdx/create-processor.js): the same parser features and plugins, GFM on, Astro's JSX runtime. Astro's own image,
 * heading-id and metadata plugins are left out: they never reject a document.
 */
export const mdxCompileOptions: MdxCompileOptions = {
  hastPlugins: markdownHastPlugins,
  features: { ...markdownFeatures, gfm: true },
  jsxImportSource: 'astro',
  elementAttributeNameCase: 'html',
};

/**
 * The body as @astrojs/mdx compiles it: the front matter blanked out character by character, so that every line and
 * column of the compiler's tree and errors is the line and column of the file.
 */
export function blankFrontMatter(text: string): string {
  const m = /^(\uFEFF?)---(\r?\n[\s\S]*?\r?\n)---(?=\r?\n|$)/.exec(text);
  if (!m) return text;
  return `${m[1]}   ${m[2]!.replace(/[^\r\n]/g, ' ')}   ${text.slice(m[0].length)}`;
}
