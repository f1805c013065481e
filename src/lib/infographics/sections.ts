// How pages section the infographic data: the site's own ward first and other wards apart, for reference;
// figures by kind where a list mixes kinds; the task groups by their official titles; what a document feeds.
// Pure functions of the data; which ward a document is from comes in as a lookup.
import type { Figure, InfographicData, TargetSet, TaskGroup, WardTaskSet } from './data.ts';
import { figureKinds, type FigureKind } from './schema.ts';
import { countByKind } from './figures.ts';

export interface ByWard<T> {
  /** The site's own ward. */
  own: T[];
  /** Every other ward, shown for reference. */
  others: T[];
}

/** Items of the site's own ward, and the rest; the order within each stays as given. */
export function byWard<T>(items: T[], wardOf: (item: T) => string, ownWard: string): ByWard<T> {
  return {
    own: items.filter((i) => wardOf(i) === ownWard),
    others: items.filter((i) => wardOf(i) !== ownWard),
  };
}

/** The figures editors marked `featured`, in set order, the own ward's apart from the others'. */
export function featuredFigures(sets: TargetSet[], wardOfDocument: (id: string) => string, ownWard: string): ByWard<Figure> {
  const featured = sets.flatMap((s) => s.figures.filter((f) => f.featured));
  return byWard(featured, (f) => wardOfDocument(f.document), ownWard);
}

export interface KindGroup<T> {
  /** Undefined when the list holds one kind only: no label needed. */
  kind: FigureKind | undefined;
  figures: T[];
}

/** Figures by kind (in the order of figureKinds) when a list mixes kinds; else the list as one group. */
export function byKind<T extends { kind: FigureKind }>(figures: T[]): KindGroup<T>[] {
  const kinds = (Object.keys(figureKinds) as FigureKind[]).filter((k) => figures.some((f) => f.kind === k));
  if (kinds.length <= 1) return figures.length ? [{ kind: undefined, figures }] : [];
  return kinds.map((kind) => ({ kind, figures: figures.filter((f) => f.kind === kind) }));
}

export interface SetSection<S, T> { set: S; items: T[] }

/** Items (figures or tasks) set by set, in the sets' order, leaving out sets with none; the own ward's sets first. */
export function setSections<S extends { id: string; document: string }, T extends { set: string }>(
  sets: S[], items: T[], wardOfDocument: (id: string) => string, ownWard: string,
): ByWard<SetSection<S, T>> {
  const sections = sets.map((set) => ({ set, items: items.filter((i) => i.set === set.id) })).filter((s) => s.items.length > 0);
  return byWard(sections, (s) => wardOfDocument(s.set.document), ownWard);
}

const words = (s: string) => s.toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A value's caption where a figure has several values, unless the value's own words already say it all. */
export function valueCaption(v: { text: string; label?: string | undefined }, valueCount: number): string | undefined {
  if (!v.label || valueCount < 2) return undefined;
  const said = new Set(words(v.text));
  return words(v.label).every((w) => said.has(w)) ? undefined : v.label;
}

/**
 * The caption of a figure's value on a card: as valueCaption, and none for the first (headline) value when the
 * figure's label above it already says it. No doubled captions.
 */
export function figureValueCaption(figure: { label: string; values: Array<{ text: string; label?: string | undefined }> }, index: number): string | undefined {
  const v = figure.values[index];
  const caption = v && valueCaption(v, figure.values.length);
  if (!caption || index > 0) return caption;
  const said = new Set(words(figure.label));
  return words(caption).every((w) => said.has(w)) ? undefined : caption;
}

/** The official title as a heading or page title: the document's words without the final full stop. */
export const headingText = (title: string) => title.trim().replace(/\s*[.;]+$/u, '');

/** A task group's page title: "Nhóm 1: Tiếp tục ưu tiên … thu, chi ngân sách". */
export const groupPageTitle = (g: Pick<TaskGroup, 'number' | 'title'>) => `Nhóm ${g.number}: ${headingText(g.title)}`;

/** A task group named briefly, in lists: "Nhóm 1: Thúc đẩy tăng trưởng 02 con số; kỷ cương thu, chi ngân sách". */
export const groupName = (g: Pick<TaskGroup, 'number' | 'shortTitle'>) => `Nhóm ${g.number}: ${headingText(g.shortTitle)}`;

/** The id of a set's block on a task-group page, so a link can land on it. */
export const figureSetAnchor = (setId: string) => `chi-tieu-${setId}`;
export const taskSetAnchor = (setId: string) => `nhiem-vu-${setId}`;

export interface DocumentLinks {
  /** Its target sets, each with what its figures are: "5 kết quả; 2 hạn chế, chưa đạt; 1 chỉ tiêu và 2 nhiệm vụ". */
  sets: Array<{ set: TargetSet; count: string }>;
  /** Its ward-task sets, each with the task groups its tasks serve. */
  taskSets: Array<{ set: WardTaskSet; count: number; groups: TaskGroup[] }>;
  /** The task groups its figures or tasks serve, or that it defines (the plan names all ten), each with what this
   *  document gives it: "2 kết quả, 1 hạn chế, chưa đạt và 1 nhiệm vụ" (empty when it gives no figure or task). */
  groups: Array<{ group: TaskGroup; count: string }>;
}

/** What a document feeds in the infographics, for its page. */
export function documentLinks(documentId: string, data: Pick<InfographicData, 'targetSets' | 'wardTaskSets' | 'taskGroups'>): DocumentLinks {
  const sets = data.targetSets.filter((s) => s.document === documentId && s.figures.length > 0);
  const taskSets = data.wardTaskSets.filter((s) => s.document === documentId && s.tasks.length > 0);
  const served = (items: Array<{ taskGroups: number[] }>) => data.taskGroups.filter((g) => items.some((i) => i.taskGroups.includes(g.number)));
  // A ward task counts as a task ("nhiệm vụ"), like a figure of that kind.
  const all: Array<{ kind: FigureKind; taskGroups: number[] }> = [
    ...sets.flatMap((s) => s.figures),
    ...taskSets.flatMap((s) => s.tasks.map((t) => ({ kind: 'nhiem-vu' as const, taskGroups: t.taskGroups }))),
  ];
  const own = (g: TaskGroup) => (g.passage.document === documentId ? g.figures.map((f) => f.kind) : []);
  return {
    sets: sets.map((set) => ({ set, count: countByKind(set.figures.map((f) => f.kind)) })),
    taskSets: taskSets.map((set) => ({ set, count: set.tasks.length, groups: served(set.tasks) })),
    groups: data.taskGroups
      .map((group) => ({ group, kinds: [...own(group), ...all.filter((i) => i.taskGroups.includes(group.number)).map((i) => i.kind)] }))
      .filter(({ group, kinds }) => group.passage.document === documentId || kinds.length > 0)
      .map(({ group, kinds }) => ({ group, count: countByKind(kinds) })),
  };
}
