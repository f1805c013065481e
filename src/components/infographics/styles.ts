// Looks shared by the infographic components and pages (and the home page), as Tailwind class lists.
import { card } from '../site/styles.ts';

/** The grid of task-group cards: the task-group overview and the home page. */
export const groupGrid = 'mx-0 my-4 grid list-none grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-3 p-0';

/** A list laid out as a grid of figure boxes; the caller adds the columns. */
export const figureGrid = 'mx-0 my-4 grid list-none gap-3 p-0';

/** A strip of headline figures: the home page and each task group. */
export const figureStrip = `${figureGrid} grid-cols-[repeat(auto-fill,minmax(10.5rem,1fr))]`;

/** One figure box: a slightly tighter card, its lines stacked (figures, tiles, target and task cards). */
export const figureBox = `${card} flex flex-col gap-1 py-3.5`;

/** A figure in large accent numerals; the caller adds the size (text-figure, or text-xl in tiles). */
export const bigNumber = 'font-extrabold leading-[1.15] text-accent tabular-nums';

/** The ward and deadline of a figure. */
export const whereWhen = 'text-sm text-muted';
