// What an editor's note may show, whatever reaches it: its text, with <em>/<strong> (and <i>/<b>, <br>) kept bare.
// Every other element is dropped with its attributes, keeping only its words; <script>, <style> and the like are
// dropped whole. The content check already refuses anything else in a note; this is the second line of defence.
import { parse, NodeType, type Node, type HTMLElement } from 'node-html-parser';

const KEPT = new Set(['em', 'strong', 'i', 'b']);
const DROPPED_WHOLE = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'title', 'head']);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function serialize(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return escape(node.text);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const tag = ((node as HTMLElement).rawTagName ?? '').toLowerCase();
  if (DROPPED_WHOLE.has(tag)) return '';
  if (tag === 'br') return '<br>';
  const inner = node.childNodes.map(serialize).join('');
  return KEPT.has(tag) ? `<${tag}>${inner}</${tag}>` : inner;
}

/** The note's rendered HTML reduced to text and bare emphasis; the paragraphs of a longer note split by <br>. */
export function noteHtml(html: string): string {
  const parts: string[] = [];
  let run = '';
  for (const node of parse(html, { comment: false }).childNodes) {
    const isParagraph = node.nodeType === NodeType.ELEMENT_NODE && (node as HTMLElement).rawTagName?.toLowerCase() === 'p';
    if (!isParagraph) {
      run += serialize(node);
      continue;
    }
    parts.push(run, node.childNodes.map(serialize).join(''));
    run = '';
  }
  parts.push(run);
  return parts.map((p) => p.trim()).filter(Boolean).join('<br>');
}
