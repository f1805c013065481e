// The ward radio's bulletins, assembled only from the documents' own sentences and the framing of
// content/bulletins.yaml: a task group's text and the whole sentences of the figures and ward tasks its page links
// to, or a target set's figures; before each source's sentences a "Theo …" line says whose they are and of what
// kind and period; the site's own ward first, other wards after a line that says so. Pure functions.
import type { Figure, TargetSet, TaskGroup, WardTask, WardTaskSet } from '../infographics/data.ts';
import { figureKinds, type FigureKind } from '../infographics/schema.ts';
import { figureWhen, KIND_ORDER, NO_HORIZON } from '../infographics/figures.ts';
import { findPassage, type Block } from '../documents/passages.ts';
import { indexOfRun, tokenize, words } from '../editing/fidelity.ts';
import { fill, type BulletinsConfig } from './schema.ts';
import { endSentence, normalizeSpace, sentenceSpans, spokenText, type GlossaryEntry } from './text.ts';
import { readingSeconds, syllableCount } from './reading-time.ts';

/** What a bulletin needs to know of a source document. */
export interface SourceDocument {
  /** "Nghị quyết". */
  type: string;
  /** "Gia Viên". */
  ward: string;
  /** "Ban Chấp hành Đảng bộ phường Gia Viên". */
  issuer: string;
}

export interface BulletinContext {
  config: BulletinsConfig;
  /** The ward whose radio reads the bulletin (content/site.yaml). */
  siteWard: string;
  document: (id: string) => SourceDocument;
  blocks: (id: string) => Block[];
}

export type LineKind = 'opening' | 'part' | 'attribution' | 'others' | 'sentence' | 'continued' | 'closing';

export interface BulletinLine {
  kind: LineKind;
  /** As read aloud. */
  text: string;
  syllables: number;
  /** A sentence's document and the sentence as the document prints it. */
  source?: { document: string; sentence: string };
}

export interface BulletinPart { number: number; lines: BulletinLine[]; syllables: number; seconds: number }

export interface Bulletin {
  kind: 'taskGroup' | 'targetSet';
  /** The page's slug: the task group's or the target set's id; the file is bantin-<slug>.txt. */
  slug: string;
  /** The name in lists: "Nhóm 1: …", the target set's title. */
  title: string;
  /** As read in the opening and closing. */
  subject: string;
  parts: BulletinPart[];
  syllables: number;
  seconds: number;
  /** The documents its sentences come from. */
  documents: string[];
}

/** The sentences of one source read under one "Theo …" line. */
interface SourceGroup {
  document: string;
  own: boolean;
  attribution: string;
  sentences: string[];
}

/**
 * The whole sentences of a block that hold the quote, as the block prints them: the sentence around a figure's
 * words, not the shortened quote. Empty when the quote is not in the block.
 */
export function wholeSentences(block: string, quote: string): string[] {
  const t = tokenize(block);
  const q = words(quote);
  const at = indexOfRun(t.words, q);
  if (at < 0) return [];
  const start = t.starts[at]!;
  const end = t.ends[at + q.length - 1]!;
  return sentenceSpans(t.text).filter(([s, e]) => s < end && e > start).map(([s, e]) => normalizeSpace(t.text.slice(s, e)));
}

const kindWords = (kind: FigureKind) => figureKinds[kind].toLocaleLowerCase('vi');

function attribution(ctx: BulletinContext, documentId: string, kind: string, when: string): string {
  const doc = ctx.document(documentId);
  return fill(ctx.config.attribution, { documentType: doc.type, issuer: doc.issuer, ward: doc.ward, kind, when });
}

/** A figure's groups: by kind in the order figures are shown, then by period in the order they first appear. */
function figureGroups(ctx: BulletinContext, figures: Figure[]): SourceGroup[] {
  const groups: SourceGroup[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = figures.filter((f) => f.kind === kind);
    for (const [when, fs] of Map.groupBy(ofKind, (f) => figureWhen(f))) {
      const document = fs[0]!.document;
      groups.push({
        document,
        own: ctx.document(document).ward === ctx.siteWard,
        attribution: attribution(ctx, document, kindWords(kind), when),
        sentences: fs.flatMap((f) => wholeSentences(f.passage.block, f.quote)),
      });
    }
  }
  // Results reported against the targets, each under its report.
  const results = figures.flatMap((f) => (f.results ?? []).map((r) => ({ r })));
  for (const [, rs] of Map.groupBy(results, ({ r }) => `${r.document}\u0000${r.when}`)) {
    const { r } = rs[0]!;
    groups.push({
      document: r.document,
      own: ctx.document(r.document).ward === ctx.siteWard,
      attribution: attribution(ctx, r.document, kindWords('ket-qua'), r.when),
      sentences: rs.flatMap(({ r: x }) => wholeSentences(x.passage.block, x.quote)),
    });
  }
  return groups;
}

/** A ward task's sentences: its passage, then its goal's sentence where the document gives one apart. */
function taskSentences(ctx: BulletinContext, task: WardTask): string[] {
  const own = wholeSentences(task.passage.block, task.quote);
  if (!task.goal) return own;
  const block = findPassage(ctx.blocks(task.document), task.goal);
  return block ? [...own, ...wholeSentences(block.text, task.goal)] : own;
}

function taskGroup(ctx: BulletinContext, set: WardTaskSet, tasks: WardTask[]): SourceGroup {
  return {
    document: set.document,
    own: ctx.document(set.document).ward === ctx.siteWard,
    attribution: attribution(ctx, set.document, kindWords('nhiem-vu'), ctx.config.wardTaskPeriods[set.id]?.when ?? NO_HORIZON),
    sentences: tasks.flatMap((t) => taskSentences(ctx, t)),
  };
}

/** What a part costs before its sentences: the opening, the part's number, the closing. */
function framing(ctx: BulletinContext, subject: string, number: number, total: number) {
  const { config } = ctx;
  const line = (kind: LineKind, text: string): BulletinLine => ({ kind, text, syllables: syllableCount(text) });
  return {
    opening: line('opening', fill(config.opening, { ward: ctx.siteWard, subject })),
    part: total > 1 ? line('part', fill(config.part, { number, total })) : undefined,
    end: number < total ? line('continued', fill(config.continued, {})) : line('closing', fill(config.closing, { ward: ctx.siteWard, subject })),
  };
}

interface Item { group: number; line: BulletinLine }

/**
 * Sentences into parts, in order, each part at most `limit` syllables with its framing (a sentence longer than
 * that stands alone). A part that starts inside a source repeats its "Theo …" line; one that starts among other
 * wards' sources repeats the line that says so.
 */
function pack(items: Item[], groups: Array<SourceGroup & { attributionSyllables: number }>, othersSyllables: number, base: number, limit: number): Item[][] {
  const parts: Item[][] = [];
  let current: Item[] = [];
  let cost = base;
  const costOf = (item: Item, prev: Item | undefined) => {
    const g = groups[item.group]!;
    if (prev && prev.group === item.group) return item.line.syllables;
    const others = !g.own && (!prev || groups[prev.group]!.own) ? othersSyllables : 0;
    return item.line.syllables + g.attributionSyllables + others;
  };
  for (const item of items) {
    let c = costOf(item, current.at(-1));
    if (current.length && cost + c > limit) {
      parts.push(current);
      current = [];
      cost = base;
      c = costOf(item, undefined);
    }
    current.push(item);
    cost += c;
  }
  if (current.length) parts.push(current);
  return parts;
}

/** The bulletin from its sources: framed, timed, split into parts of at most `partMinutes` when longer. */
function assemble(ctx: BulletinContext, head: Omit<Bulletin, 'parts' | 'syllables' | 'seconds' | 'documents'>, sourceGroups: SourceGroup[]): Bulletin {
  const glossary: GlossaryEntry[] = Object.entries(ctx.config.glossary);
  const seen = new Set<string>();
  // Own ward first, in the order given; a sentence read once.
  const ordered = [...sourceGroups.filter((g) => g.own), ...sourceGroups.filter((g) => !g.own)];
  const groups: Array<SourceGroup & { attributionSyllables: number }> = [];
  const items: Item[] = [];
  for (const g of ordered) {
    const fresh = g.sentences.filter((s) => {
      const key = words(s).join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (!fresh.length) continue;
    const index = groups.push({ ...g, attributionSyllables: syllableCount(g.attribution) }) - 1;
    for (const sentence of fresh) {
      const text = endSentence(spokenText(sentence, glossary));
      items.push({ group: index, line: { kind: 'sentence', text, syllables: syllableCount(text), source: { document: g.document, sentence } } });
    }
  }
  const others = fill(ctx.config.otherWards, {});
  const othersSyllables = syllableCount(others);
  const frameCost = (n: number, total: number) => {
    const f = framing(ctx, head.subject, n, total);
    return f.opening.syllables + (f.part?.syllables ?? 0) + Math.max(f.end.syllables, framing(ctx, head.subject, total, total).end.syllables);
  };
  const hard = ctx.config.rate * ctx.config.partMinutes;
  let packed = pack(items, groups, othersSyllables, frameCost(1, 1), hard);
  if (packed.length > 1) {
    // Parts as even as they can be: the smallest limit that needs no more parts than the hard limit does.
    const base = frameCost(1, 2);
    const count = pack(items, groups, othersSyllables, base, hard).length;
    let lo = base;
    let hi = hard;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (pack(items, groups, othersSyllables, base, mid).length <= count) hi = mid;
      else lo = mid + 1;
    }
    packed = pack(items, groups, othersSyllables, base, hi);
  }
  const parts = packed.map((partItems, i): BulletinPart => {
    const f = framing(ctx, head.subject, i + 1, packed.length);
    const lines: BulletinLine[] = [f.opening, ...(f.part ? [f.part] : [])];
    partItems.forEach((item, j) => {
      const prev = partItems[j - 1];
      const g = groups[item.group]!;
      if (!prev || prev.group !== item.group) {
        if (!g.own && (!prev || groups[prev.group]!.own)) lines.push({ kind: 'others', text: others, syllables: othersSyllables });
        lines.push({ kind: 'attribution', text: g.attribution, syllables: g.attributionSyllables });
      }
      lines.push(item.line);
    });
    lines.push(f.end);
    const syllables = lines.reduce((s, l) => s + l.syllables, 0);
    return { number: i + 1, lines, syllables, seconds: readingSeconds(syllables, ctx.config.rate) };
  });
  const syllables = parts.reduce((s, p) => s + p.syllables, 0);
  return { ...head, parts, syllables, seconds: readingSeconds(syllables, ctx.config.rate), documents: [...new Set(groups.map((g) => g.document))] };
}

export interface TaskGroupSources {
  group: TaskGroup;
  /** The title in lists: "Nhóm 1: …". */
  title: string;
  /** The figures its page links to, set by set in the sets' order. */
  figureSets: Array<{ set: TargetSet; figures: Figure[] }>;
  taskSets: Array<{ set: WardTaskSet; tasks: WardTask[] }>;
}

/**
 * A task group's bulletin: its own text in the plan (the whole item: title and emphasis, 60–90 words), then the
 * figures and ward tasks its page links to, each as the whole sentence its document prints.
 */
export function taskGroupBulletin(ctx: BulletinContext, src: TaskGroupSources): Bulletin {
  const { group } = src;
  const text = ctx.config.taskGroupText;
  const own: SourceGroup = {
    document: group.passage.document,
    own: true,
    attribution: attribution(ctx, group.passage.document, text.kind, text.when),
    sentences: sentenceSpans(group.passage.block).map(([s, e]) => normalizeSpace(group.passage.block.slice(s, e))),
  };
  const figures = src.figureSets.flatMap(({ figures: fs }) => figureGroups(ctx, fs));
  const tasks = src.taskSets.map(({ set, tasks: ts }) => taskGroup(ctx, set, ts));
  const subject = fill(ctx.config.subjects.taskGroup, { number: group.number });
  // The group's own text leads even where another ward's plan defines the groups.
  const bulletin = assemble(ctx, { kind: 'taskGroup', slug: group.id, title: src.title, subject }, [{ ...own, own: true }, ...figures, ...tasks]);
  return bulletin;
}

/** A target set's bulletin: its figures by kind and period, then the results reported against them. */
export function targetSetBulletin(ctx: BulletinContext, set: TargetSet): Bulletin {
  const subject = fill(ctx.config.subjects.targetSet, { title: set.title });
  return assemble(ctx, { kind: 'targetSet', slug: set.id, title: set.title, subject }, figureGroups(ctx, set.figures));
}

/** Every line of a bulletin, part after part, as read. */
export const bulletinLines = (b: Bulletin) => b.parts.flatMap((p) => p.lines);
