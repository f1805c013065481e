// Loads the share island (share-island.ts) on the reader's first touch, hover, key or focus: nothing runs while the
// page loads. Clicks and focus moves that come before it has arrived are handed to it, so the first tap counts.
// The island is built as a module of its own (`?worker&url`): importing it by URL needs no preload helper on every page.
import island from './share-island.ts?worker&url';
import { EARLY_EVENTS } from './early-events.ts';

const FIRST_USE = ['pointerover', 'pointerdown', 'keydown', 'focusin'];
const early: Event[] = [];
(globalThis as { [EARLY_EVENTS]?: Event[] })[EARLY_EVENTS] = early;
const keep = (e: Event) => early.push(e);
const load = () => {
  FIRST_USE.forEach((type) => document.removeEventListener(type, load, true));
  // Once the island runs, it listens itself.
  void import(/* @vite-ignore */ island).then(() => ['click', 'focusin'].forEach((type) => document.removeEventListener(type, keep, true)));
};
['click', 'focusin'].forEach((type) => document.addEventListener(type, keep, true));
FIRST_USE.forEach((type) => document.addEventListener(type, load, { capture: true, passive: true }));
