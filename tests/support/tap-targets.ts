// Tap targets a finger must hit (WCAG 2.5.8, with the site's own 44 px floor).
import type { Page } from 'playwright-core';

/** Links and buttons a finger must hit, smaller than 44 × 44 CSS px: "tag "text" w×h". Links inside running text
 *  (a paragraph or list item with words of its own) are exempt, as WCAG 2.5.8 allows; so are hidden ones. */
export async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type="hidden"]), select, textarea');
    for (const el of targets) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      let r = el.getBoundingClientRect();
      // Screen-reader-only text and the skip link (off the page until focused) are not tap targets.
      if (r.width < 2 || r.height < 2 || r.bottom + window.scrollY <= 0 || r.right <= 0) continue;
      // Running text: the nearest text block holds words besides its links and buttons.
      const block = el.closest('p, li, dd, dt, td, th, blockquote, figcaption');
      if (block && el.tagName === 'A') {
        const copy = block.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('a, button, ol, ul, .sr-only').forEach((n) => n.remove());
        if (/\p{L}/u.test(copy.textContent ?? '')) continue;
      }
      // A link stretched over its card (::after, absolute) is as large as the card.
      const after = getComputedStyle(el, '::after');
      if (after.content !== 'none' && after.position === 'absolute' && el.offsetParent) r = el.offsetParent.getBoundingClientRect();
      if (Math.round(r.width) < 44 || Math.round(r.height) < 44) {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
        out.push(`${el.tagName.toLowerCase()} "${text}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });
}
