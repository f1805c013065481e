// Gives every heading, numbered item and paragraph of a document body a stable id ("muc-ii-2-1",
// "muc-ii-2-doan-3"), so a reader can link to "mục 2.1", figures link to their passage, and search
// results land on the right item.
import { defineHastPlugin } from 'satteri';
import { ItemAnchorTracker, itemMarker } from './item-anchors.ts';

export const itemAnchorsPlugin = defineHastPlugin({
  name: 'item-anchors',
  before(_root, ctx) {
    ctx.data.itemAnchors = new ItemAnchorTracker();
  },
  element: {
    filter: ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li'],
    visit(node, ctx) {
      // A loose list item wraps its text in <p>: the <p> takes the id.
      if (node.tagName === 'li' && node.children.some((c) => c.type === 'element' && c.tagName === 'p')) return;
      const tracker = ctx.data.itemAnchors as ItemAnchorTracker;
      const marker = itemMarker(ctx.textContent(node));
      ctx.setProperty(node, 'id', marker ? tracker.next(marker) : tracker.paragraph());
    },
  },
});
