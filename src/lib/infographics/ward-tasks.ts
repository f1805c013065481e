// How a ward task reads on a card: its number in one style, its whole quoted passage (the first sentence apart),
// and where the document prints it. Pure functions of the task.

/** The printed number in one style for every ward: "(4)" for "(4)", "4" or "4.". */
export function taskNumber(number: string): string {
  const n = number.replace(/[()\s.-]/g, '');
  return n ? `(${n})` : '';
}

/** The label a passage opens with: "(4)- ", "(1) ", "1. Nhiệm vụ: ". */
const printedNumber = /^\s*(?:\(\d+\)\s*-?\s*|\d+\.\s*(?:Nhiệm vụ\s*:\s*)?)/u;

export interface TaskText {
  /** The first sentence (the task's title) where the passage opens with it; else the whole passage. */
  lead: string;
  /** The rest of the passage: often the words that tie the task to a task group (P25). */
  rest: string;
}

/** The task's quoted passage without its printed number, split after its title. */
export function taskText(task: { title: string; quote: string }): TaskText {
  const passage = task.quote.replace(printedNumber, '').trim();
  if (passage.startsWith(task.title)) return { lead: task.title, rest: passage.slice(task.title.length).trim() };
  return { lead: passage, rest: '' };
}

/** Where the document prints the task: "mục II.3 (4)" for a numbered item, "mục III.1" for a numbered section. */
export function taskPlace(section: string, number: string): string {
  const n = number.replace(/[()\s.-]/g, '');
  if (!n) return section;
  return /^\(/.test(number.trim()) ? `${section} (${n})` : `${section}.${n}`;
}
