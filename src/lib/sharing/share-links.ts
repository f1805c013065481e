// Share links for the share bar and the numbered items of a document: absolute, canonical, every part encoded.
// Plain URLs only: no SDK, nothing loaded from another origin.

/** The page's canonical absolute URL (the site's address and the path under the base), without query or hash. */
export function pageUrl(site: string | URL, pathname: string): string {
  const u = new URL(pathname, site);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** A link to one item of a page: the page's URL with the item's id as its fragment. */
export function itemUrl(url: string, id: string): string {
  return `${url.split('#')[0]}#${encodeURIComponent(id)}`;
}

/** Facebook's share dialog for a URL: a plain link (https://www.facebook.com/sharer/sharer.php?u=…). */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

/** Whether a document body's id is a numbered item's ("muc-ii-2-1"), not a plain paragraph's ("muc-ii-doan-3"):
 *  the ids of documents/item-anchors.ts. */
export const isNumberedItem = (id: string) => id.startsWith('muc-') && !id.includes('-doan-');

/** An item's number as a reader says it, from the item's text: "2.1. Chỉ tiêu…" → "2.1", "(14)- Tỷ lệ…" → "(14)". */
export const itemNumber = (text: string) => text.trimStart().split(/\s/, 1)[0]!.replace(/[.\-–]+$/, '');
