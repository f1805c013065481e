// Looks shared by several components, as Tailwind class lists: the one place each is written.
// (Tailwind finds the classes here too: it scans every source file.)

/** Page width: the header, the main column and the footer line up. */
export const wrap = 'mx-auto max-w-6xl px-4 print:max-w-none print:p-0';

/** A bordered block on the page background: document cards, target-set cards, panels. */
export const card = 'rounded-lg border border-line bg-surface p-4';

/** A small upper-case label above a title: document type, category, ward and period. */
export const tag = 'inline-block text-xs font-bold uppercase tracking-[0.02em] text-accent';

/** A list of pill-shaped choices (filters, suggestions). */
export const chipList = 'm-0 flex list-none flex-wrap gap-2 p-0';

/** One pill: a link (current page) or a toggle button (pressed); 44 px tall. */
export const chip =
  'inline-flex min-h-11 cursor-pointer items-center rounded-full border border-line bg-surface px-3.5 py-1.5 no-underline ' +
  'aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:font-bold aria-[current=page]:text-on-accent ' +
  'aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:font-bold aria-pressed:text-on-accent';

/** A secondary action: a link or a button outlined in the accent colour; 44 px tall. */
export const button =
  'inline-flex min-h-11 cursor-pointer items-center rounded-md border border-accent bg-surface px-4 font-bold text-accent no-underline';

/** Muted small print: bylines, counts, sources. */
export const muted = 'text-muted';

/** A link standing on its own (breadcrumbs, "Xem tất cả …", footer): a 44 px tall tap target, text unchanged. */
export const tapLink = 'inline-flex min-h-11 min-w-11 items-center';
