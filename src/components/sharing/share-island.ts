// The share island: the bar's buttons, and a share control on each numbered item of a document. Loaded by
// share-bar.ts on the reader's first touch, hover, key or focus, so it costs nothing while the page loads. Listeners
// on the document only, no framework, nothing from another origin; strings come from the bar's markup (data-*).
import { facebookShareUrl, isNumberedItem, itemNumber, itemUrl } from '../../lib/sharing/share-links.ts';
import { EARLY_EVENTS } from './early-events.ts';

const bar = document.querySelector<HTMLElement>('[data-share-bar]');
const tools = bar?.querySelector<HTMLElement>('[data-share-tools]');
const q = <T extends Element = HTMLElement>(root: ParentNode, key: string) => root.querySelector<T>(`[data-share-${key}]`)!;

// In the gutter left of the item's first line (inside the card on a phone); shown on hover, keyboard focus, or once a tap on the item's number reveals it.
// Hidden, it takes no taps: a phone would otherwise give it every tap near the number.
const ITEM_BUTTON =
  'absolute -top-2 -left-[1.875rem] md:-left-10 inline-flex size-11 cursor-pointer items-center justify-center rounded-md border-0 ' +
  'bg-transparent p-0 text-muted opacity-0 pointer-events-none hover:text-accent focus:opacity-100 group-hover:opacity-100 ' +
  'group-hover:pointer-events-auto data-open:opacity-100 data-open:pointer-events-auto aria-expanded:opacity-100 ' +
  'aria-expanded:pointer-events-auto aria-expanded:text-accent print:hidden';
const LINK_ICON =
  '<svg class="size-4 md:size-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">' +
  '<path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"/></svg>';

let timer = 0;
function say(root: HTMLElement, key: 'done' | 'failed') {
  const status = q<HTMLElement>(root, 'status');
  status.textContent = status.dataset[key]!;
  clearTimeout(timer);
  timer = window.setTimeout(() => (status.textContent = ''), 8000);
}

async function copy(root: HTMLElement) {
  try {
    await navigator.clipboard.writeText(root.dataset.url!);
    say(root, 'done');
  } catch {
    // Refused (an in-app browser): the older copy command on the selected field; else the field stays selected.
    const field = q<HTMLInputElement>(root, 'address');
    field.focus();
    field.select();
    say(root, document.execCommand('copy') ? 'done' : 'failed');
  }
}

let panel: HTMLElement | undefined;
function togglePanel(b: HTMLElement) {
  const open = b.ariaExpanded === 'true';
  panel?.remove();
  document.querySelectorAll<HTMLElement>('[data-item-share]').forEach((o) => (o.ariaExpanded = 'false'));
  if (open) return;
  const item = b.parentElement!;
  const url = itemUrl(tools!.dataset.url!, item.id);
  panel = tools!.cloneNode(true) as HTMLElement;
  panel.classList.add('my-2', 'rounded-md', 'border', 'border-line', 'bg-surface', 'p-3', 'text-base', 'print:hidden');
  panel.id = 'chia-se-muc';
  panel.dataset.url = url;
  q<HTMLAnchorElement>(panel, 'facebook').href = facebookShareUrl(url);
  q<HTMLInputElement>(panel, 'address').value = url;
  q(panel, 'status').textContent = '';
  if (item.tagName === 'LI') item.append(panel);
  else item.after(panel);
  b.setAttribute('aria-controls', panel.id);
  b.ariaExpanded = 'true';
}

/** How many characters of the item's text come before the point tapped (Infinity outside its text). */
function charsBefore(item: HTMLElement, x: number, y: number): number {
  const pos = document.caretPositionFromPoint?.(x, y);
  const range = pos ? undefined : document.caretRangeFromPoint?.(x, y);
  const node = pos ? pos.offsetNode : range?.startContainer;
  if (!node || !item.contains(node)) return Infinity;
  const r = document.createRange();
  r.setStart(item, 0);
  r.setEnd(node, pos ? pos.offset : range!.startOffset);
  return r.toString().trimStart().length;
}

let revealed: HTMLElement | undefined;
function onClick(e: MouseEvent) {
  const target = e.target as Element;
  const root = target.closest<HTMLElement>('[data-share-tools]');
  const b = target.closest<HTMLElement>('[data-share-native], [data-share-copy], [data-item-share]');
  if (b?.matches('[data-item-share]')) return togglePanel(b);
  // A share sheet that refuses (not one the reader closed) falls back to copying.
  if (root && b?.matches('[data-share-native]')) {
    return void navigator.share({ title: root.dataset.title!, url: root.dataset.url! }).catch((err: Error) => { if (err.name !== 'AbortError') void copy(root); });
  }
  if (root && b) return void copy(root);
  // A tap on an item's number shows that item's control.
  const item = target.closest<HTMLElement>('[data-fidelity="body"] [id]');
  const control = item?.querySelector<HTMLElement>(':scope > [data-item-share]');
  if (revealed !== control) delete revealed?.dataset.open;
  if (!control || !getSelection()?.isCollapsed) return;
  if (charsBefore(item!, e.clientX, e.clientY) <= itemNumber(item!.textContent!).length + 1) {
    control.dataset.open = '';
    revealed = control;
  }
}

// The address field selects itself, for the in-app browsers that offer no share sheet and no clipboard.
function onFocusOrClick(e: Event) {
  if ((e.target as Element).matches?.('[data-share-address]')) (e.target as HTMLInputElement).select();
}

/** Sets the island up; `early` are the clicks and focus moves that came while it loaded, handled now in order. */
function start(early: Event[]) {
  if (tools) addItemControls();
  document.addEventListener('click', onClick);
  for (const type of ['focusin', 'click']) document.addEventListener(type, onFocusOrClick);
  for (const e of early) {
    onFocusOrClick(e);
    if (e.type === 'click') onClick(e as MouseEvent);
  }
}

function addItemControls() {
  document.querySelector('[data-fidelity="body"]')?.querySelectorAll<HTMLElement>('[id]').forEach((item) => {
    if (!isNumberedItem(item.id)) return;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = ITEM_BUTTON;
    b.dataset.itemShare = '';
    b.ariaLabel = `${bar!.dataset.itemLabel} ${itemNumber(item.textContent!)}`;
    b.ariaExpanded = 'false';
    b.innerHTML = LINK_ICON;
    item.classList.add('relative', 'group');
    item.append(b);
  });
}

start((globalThis as { [EARLY_EVENTS]?: Event[] })[EARLY_EVENTS] ?? []);
