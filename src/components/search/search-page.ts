// The search page in the browser: reads ?q= and the filters from the URL, runs the engine, shows the results.
import { searchUi } from '../../lib/site/ui.ts';
import { card, tapLink } from '../site/styles.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]')!;
const base = root.dataset.base!;
const form = root.querySelector('form')!;
const input = root.querySelector('input')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;

const params = new URLSearchParams(location.search);
const filters: Record<string, string> = {};
for (const key of ['loai', 'phuong']) { const v = params.get(key); if (v) filters[key] = v; }
input.value = params.get('q') ?? '';

// The engine (our code and Pagefind's index) loads on the first search, not with the page.
const engine = () => import('./engine.ts');
let run = 0;

function syncUrl() {
  const p = new URLSearchParams();
  if (input.value.trim()) p.set('q', input.value.trim());
  for (const [k, v] of Object.entries(filters)) p.set(k, v);
  const qs = p.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

function el<K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(name), props);
  node.append(...children);
  return node;
}

const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
let limit = 0;

function showFilters() {
  filterBox.querySelectorAll<HTMLButtonElement>('[data-filter]').forEach((b) => {
    b.setAttribute('aria-pressed', String((filters[b.dataset.filter!] ?? '') === b.dataset.value));
  });
  filterBox.hidden = false;
}
filterBox.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-filter]');
  if (!b) return;
  if (b.dataset.value) filters[b.dataset.filter!] = b.dataset.value; else delete filters[b.dataset.filter!];
  showFilters();
  syncUrl();
  void go();
});

/** Pagefind's excerpt, with <mark> around matches, as text and <mark> only: no other markup of it reaches the page
 * (an inert parse: nothing in it loads or runs). */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((n) => (n.nodeName === 'MARK' ? el('mark', { textContent: n.textContent ?? '' }) : document.createTextNode(n.textContent ?? '')));
}

async function go(next = false) {
  const query = input.value.trim();
  const mine = ++run;
  const { PAGE_SIZE } = await engine();
  limit = next ? limit + PAGE_SIZE : PAGE_SIZE;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    empty.hidden = true;
    more.hidden = true;
    return;
  }
  status.textContent = searchUi.loading;
  // Filters first, then results below them: nothing already on screen moves when the results arrive.
  showFilters();
  if (!next) more.hidden = true;
  try {
    const { search } = await engine();
    const { hits, more: hasMore } = await search(base, query, filters, limit);
    if (mine !== run) return;
    more.hidden = !hasMore;
    list.replaceChildren(...hits.map((h) => {
      const excerpt = el('p', { className: 'my-1' }, ...excerptNodes(h.excerpt));
      const meta = [h.kind, h.documentType, h.ward, h.date].filter(Boolean).join(' · ');
      // Kind, type, wards, date: in sentence case, so three wards' names still fit a line or two.
      const metaLine = el('p', { className: 'my-1 text-sm font-bold text-accent', textContent: meta });
      metaLine.dataset.resultMeta = '';
      return el('li', { className: card }, metaLine, el('h2', { className: 'my-1 text-lg' }, el('a', { href: h.url, textContent: h.title, className: tapLink })), excerpt);
    }));
    status.textContent = hits.length ? searchUi.count(hits.length, query) : searchUi.none(query);
    empty.hidden = hits.length > 0;
  } catch (err) {
    if (mine !== run) return;
    const missing = String(err).includes('pagefind');
    status.textContent = missing ? searchUi.unavailable : searchUi.error;
    console.warn(err);
  }
}

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => { syncUrl(); void go(); }, 200);
});
form.addEventListener('submit', (e) => { e.preventDefault(); syncUrl(); void go(); });
more.addEventListener('click', () => { void go(true); });
if (input.value) void go();
else input.focus();
