// The infographic data for pages, loaded once per build: the files the content rules check (editing/content-files.ts),
// read as they read them (editing/check.ts: UTF-8 without BOM, NFC).
import { loadInfographicData, type Figure, type InfographicData, type Passage, type TargetSet, type WardTask } from './data.ts';
import { fileDocuments, readDataFiles } from '../editing/check.ts';
import { listContentFiles } from '../editing/content-files.ts';
import { textFragment } from '../documents/passages.ts';
import { url, documentPath } from '../site/urls.ts';

// Not read: imported only so that Vite tracks the data files and dev reloads this module when one changes or is added.
import.meta.glob(['/content/*.{yaml,yml}', '/content/targets/**', '/content/ward-tasks/**'], { query: '?raw', import: 'default', eager: true });

function load(): InfographicData {
  const listing = listContentFiles();
  const { data, problems } = loadInfographicData(readDataFiles('.', undefined, listing), fileDocuments('.', listing));
  if (problems.length) throw new Error(`${problems.join('\n\n')}\n\n${problems.length} lỗi nội dung.`);
  return data;
}

export const infographics = load();

/** Link to a quoted passage: the block's anchor, and a text fragment that highlights the words. */
export function passageHref(p: Passage): string {
  return `${url(documentPath(p.document))}#${p.anchor}${textFragment(p.text)}`;
}

export const taskGroupPath = (slug: string) => `nhiem-vu/${slug}/`;
export const targetSetPath = (id: string) => `chi-tieu/${id}/`;
/** The id of a figure's card on its set page. */
export const figureAnchor = (f: Figure) => `chi-tieu-${f.set}-${f.id}`;

export function figuresOfGroup(n: number): Figure[] {
  return infographics.targetSets.flatMap((s) => s.figures).filter((f) => f.taskGroups.includes(n));
}

export function tasksOfGroup(n: number): WardTask[] {
  return infographics.wardTaskSets.flatMap((s) => s.tasks).filter((t) => t.taskGroups.includes(n));
}

export function setOf(figure: Figure): TargetSet {
  return infographics.targetSets.find((s) => s.id === figure.set)!;
}

/** Every indicator named by figures of more than one set, with those figures (the rules made them comparable). */
export function comparisons() {
  return Object.entries(infographics.indicators)
    .map(([id, indicator]) => ({
      id,
      indicator,
      figures: infographics.targetSets.flatMap((s) => s.figures.filter((f) => f.indicator === id)),
    }))
    .filter((c) => new Set(c.figures.map((f) => f.set)).size > 1);
}
