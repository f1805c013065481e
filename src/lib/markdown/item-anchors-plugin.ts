// Gives every heading and numbered item of a document body a stable id ("muc-ii-2-1"), so a reader can
// link to "mục 2.1" and search results land on the right item.
import { defineHastPlugin } from 'satteri';
import { ItemAnchorTracker, itemMarker } from '../item-anchors.ts';

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
      const marker = itemMarker(ctx.textContent(node));
      if (!marker) return;
      const tracker = ctx.data.itemAnchors as ItemAnchorTracker;
      ctx.setProperty(node, 'id', tracker.next(marker));
    },
  },
});
