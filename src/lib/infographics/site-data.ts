// The infographic data for pages, loaded once per build (Vite tracks the YAML files, so dev reloads on edits).
import { loadInfographicData, type InfographicData, type Passage, type Target, type TargetSet, type WardTask } from './data.ts';
import { fileDocuments } from '../editing/check.ts';
import { textFragment } from '../documents/passages.ts';
import { url, documentPath } from '../site/urls.ts';

const raw = import.meta.glob(['/content/task-groups.yaml', '/content/indicators.yaml', '/content/targets/*.yaml', '/content/ward-tasks/*.yaml'], {
  query: '?raw', import: 'default', eager: true,
}) as Record<string, string>;

function load(): InfographicData {
  const files = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/^\//, ''), v]));
  const { data, problems } = loadInfographicData(files, fileDocuments());
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
/** The id of a target's card on its set page. */
export const targetAnchor = (t: Target) => `chi-tieu-${t.set}-${t.id}`;

export function targetsOfGroup(n: number): Target[] {
  return infographics.targetSets.flatMap((s) => s.targets).filter((t) => t.taskGroups.includes(n));
}

export function tasksOfGroup(n: number): WardTask[] {
  return infographics.wardTaskSets.flatMap((s) => s.tasks).filter((t) => t.taskGroups.includes(n));
}

export function setOf(target: Target): TargetSet {
  return infographics.targetSets.find((s) => s.id === target.set)!;
}

/** When a target's figure holds: its own deadline ("Quý II/2026"), else a result's period, else its set's period. */
export function targetWhen(target: Target): string {
  const set = setOf(target);
  return target.deadline ?? (set.kind === 'ket-qua' ? `kết quả ${set.period}` : set.period);
}

/** Every target that sets a comparable indicator, by indicator, where more than one set has it. */
export function comparisons() {
  return Object.entries(infographics.indicators)
    .map(([id, indicator]) => ({
      id,
      indicator,
      targets: infographics.targetSets.flatMap((s) => s.targets.filter((t) => t.indicator === id)),
    }))
    .filter((c) => new Set(c.targets.map((t) => t.set)).size > 1);
}
