// Passages of a document: its blocks (headings, numbered items, paragraphs) with the ids the page gives them,
// and where a quoted passage sits. Same Markdown pipeline and anchor plugin as the page itself.
import { readFileSync } from 'node:fs';
import { markdownToHtml, mdxToMdast, type MdastNode } from 'satteri';
import { parse } from 'node-html-parser';
import { itemAnchorsPlugin } from './item-anchors-plugin.ts';
import { indexOfRun, tokenize, words } from '../editing/fidelity.ts';
import { splitMdx } from './mdx-file.ts';
import { mdxCompileOptions } from './mdx-pipeline.ts';

export interface Block {
  id: string;
  text: string;
  words: string[];
  /** The headings above the block, outermost first ("II. MỤC TIÊU", "2. Các chỉ tiêu chủ yếu"). */
  headings: string[];
}

/**
 * Editor's notes are not the document's words: the body with every <EditorNote> element blanked out (lines kept).
 * Found on the MDX syntax tree, not by pattern; the content check (mdx-check.ts) lets a note hold only text and
 * emphasis, and refuses import/export and {…}, so nothing but a note's own words is left out of the comparison.
 */
export function stripEditorNotes(body: string): string {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: mdxCompileOptions.features });
  } catch {
    // MDX the build cannot compile: the content check reports it; nothing is taken out.
    return body;
  }
  const ranges: Array<[number, number]> = [];
  const walk = (node: MdastNode & { name?: string | null; children?: MdastNode[] }) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'EditorNote' && node.position) {
      ranges.push([node.position.start.offset!, node.position.end.offset!]);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  let out = body;
  for (const [start, end] of ranges.reverse()) out = out.slice(0, start) + out.slice(start, end).replace(/[^\r\n]/g, ' ') + out.slice(end);
  return out;
}

export function documentBlocks(mdxBody: string): Block[] {
  const { html } = markdownToHtml(stripEditorNotes(mdxBody), { hastPlugins: [itemAnchorsPlugin] });
  const open: Array<{ level: number; text: string }> = [];
  return parse(html).querySelectorAll('[id]').map((el) => {
    // A list item's id covers its own text, not nested lists (they have their own ids).
    const own = el.clone() as ReturnType<typeof parse>;
    for (const nested of own.querySelectorAll('ul, ol')) nested.remove();
    const text = own.textContent.replace(/\s+/g, ' ').trim();
    const level = /^h([2-6])$/i.exec(el.tagName)?.[1];
    if (level) {
      while (open.length && open.at(-1)!.level >= Number(level)) open.pop();
    }
    const block = { id: el.id, text, words: words(text), headings: open.map((h) => h.text) };
    if (level) open.push({ level: Number(level), text });
    return block;
  });
}

/** The block that holds the whole quote, word for word (punctuation and Markdown marks aside). */
export function findPassage(blocks: Block[], quote: string): Block | undefined {
  const q = words(quote);
  return blocks.find((b) => indexOfRun(b.words, q) >= 0);
}

/** The quote as the page prints it (the block's own characters), for a text fragment that highlights it. */
export function passageText(block: Block, quote: string): string {
  const q = words(quote);
  const at = indexOfRun(block.words, q);
  if (at < 0) return quote;
  const t = tokenize(block.text);
  return t.text.slice(t.starts[at], t.ends[at + q.length - 1]);
}

/** A text-fragment directive (":~:text=start,end") for the passage; browsers without it just go to the anchor. */
export function textFragment(text: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const parts = text.split(/\s+/);
  if (parts.length <= 8) return `:~:text=${enc(text)}`;
  return `:~:text=${enc(parts.slice(0, 4).join(' '))},${enc(parts.slice(-4).join(' '))}`;
}

/** How much of the quote's start the document does have, to point an editor at the first wrong word. */
export function longestQuotedPrefix(blocks: Block[], quote: string): string {
  const q = words(quote);
  let best = 0;
  for (const b of blocks) {
    for (let n = best + 1; n <= q.length; n++) {
      if (indexOfRun(b.words, q.slice(0, n)) < 0) break;
      best = n;
    }
  }
  return q.slice(0, best).join(' ');
}

/** Numbers written in a Vietnamese passage: "2.525" → 2525, "96,5%" → 96.5, "08" → 8, "11/19" → 11, 19. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => {
    const raw = m[0];
    const [intPart, decimal] = raw.split(',');
    const integer = /^\d{1,3}(\.\d{3})+$/.test(intPart!) ? intPart!.replace(/\./g, '') : intPart!.split('.')[0]!;
    return Number(decimal === undefined ? integer : `${integer}.${decimal}`);
  });
}

const cache = new Map<string, Block[]>();

/** Blocks of content/documents/<id>.mdx, read once per build. */
export function blocksOfDocument(id: string, dir = 'content/documents'): Block[] {
  const key = `${dir}/${id}`;
  let blocks = cache.get(key);
  if (!blocks) {
    const file = `${dir}/${id}.mdx`;
    blocks = documentBlocks(splitMdx(readFileSync(file, 'utf8'), file).body);
    cache.set(key, blocks);
  }
  return blocks;
}
