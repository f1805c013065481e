// Looks shared by the infographic components and pages (and the home page), as Tailwind class lists.
import { card } from '../site/styles.ts';

/** A list laid out as a grid of figure boxes; the caller adds the columns. */
export const figureGrid = 'mx-0 my-4 grid list-none gap-3 p-0';

/** One figure box: a slightly tighter card, its lines stacked (figures, tiles, target and task cards). */
export const figureBox = `${card} flex flex-col gap-1 py-3.5`;

/** A figure in large numerals; the caller adds the size (text-figure, or text-xl in tiles) and the colour. */
export const bigNumber = 'font-extrabold leading-[1.15] tabular-nums';

