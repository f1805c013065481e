// The site's own inline scripts, in one place: they run while the page is parsed (before the first paint, so nothing
// shifts), and the Content-Security-Policy allows each by its hash (astro.config.mjs: inlineScriptHashes), since
// Astro hashes only the scripts it processes. A component writes one with <script is:inline set:html={…} />;
// changing a text here changes its hash at the next build.
import { createHash } from 'node:crypto';

export const inlineScripts = {
  /** BaseLayout, in <head>: the reader's text size before the page is drawn. */
  textSizeRestore: `try{var s=localStorage.getItem('co-chu');if(s)document.documentElement.dataset.textSize=s}catch(e){}`,

  /** SearchPage: marks a page with JavaScript before the no-JS note is drawn. */
  markJs: `document.documentElement.dataset.js = '';`,

  /** ShareBar: says what the browser offers, so its buttons are there from the first paint. */
  shareAbilities: `var d = document.documentElement.dataset; d.js = ''; if (navigator.share) d.share = ''; if (navigator.clipboard && navigator.clipboard.writeText) d.copy = '';`,

  /** TextSizeControl: A−, A, A+ (shown only when JavaScript runs). */
  textSizeControl: `
(function () {
  var root = document.documentElement, box = document.querySelector('[data-text-size-control]');
  if (!box) return;
  var buttons = box.querySelectorAll('button');
  function level() { return Number(root.dataset.textSize || 0); }
  function show() {
    var l = level();
    buttons[0].disabled = l === 0; buttons[2].disabled = l === 3;
    buttons[1].setAttribute('aria-pressed', String(l === 0));
  }
  box.addEventListener('click', function (e) {
    var b = e.target.closest('button'); if (!b) return;
    var step = Number(b.dataset.step), next = step === 0 ? 0 : Math.min(3, Math.max(0, level() + step));
    if (next) root.dataset.textSize = String(next); else delete root.dataset.textSize;
    try { next ? localStorage.setItem('co-chu', String(next)) : localStorage.removeItem('co-chu'); } catch (err) {}
    show();
  });
  box.hidden = false;
  show();
})();
`,

  /** SearchBox: the header search opens on small screens; "/" focuses it. */
  headerSearch: `
(function () {
  var box = document.querySelector('[data-header-search]');
  if (!box) return;
  var open = box.querySelector('[data-search-open]'), input = box.querySelector('input');
  function show() { box.setAttribute('data-open', ''); open.setAttribute('aria-expanded', 'true'); input.focus(); }
  function hide() { box.removeAttribute('data-open'); open.setAttribute('aria-expanded', 'false'); open.focus(); }
  input.addEventListener('keydown', function (e) { if (e.key === 'Escape' && box.hasAttribute('data-open')) hide(); });
  open.addEventListener('click', function (e) { e.preventDefault(); show(); });
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target, tag = t && t.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
    var main = document.querySelector('[data-search-page] input');
    e.preventDefault();
    if (main) main.focus(); else show();
  });
})();
`,

  /** PrintButton: the button appears only when JavaScript runs. */
  printButton: `
(function () {
  var b = document.querySelector('[data-print]');
  if (!b) return;
  b.addEventListener('click', function () { window.print(); });
  b.hidden = false;
})();
`,
} as const;

/** The CSP source of a script text: 'sha256-<base64>' without the quotes, as Astro's config takes it. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export function inlineScriptHashes(): Array<`sha256-${string}`> {
  return Object.values(inlineScripts).map(scriptHash);
}
