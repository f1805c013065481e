// The infographic data (task groups, target sets, ward tasks, indicators), validated and traced to its sources.
// One loader for the pages, `npm run check` and the build: a quote that is not in its document, or a value that
// is not in its quote, is an error naming the file, the entry and the field.
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import {
  indicatorsFileSchema, taskGroupsFileSchema, targetSetSchema, wardTaskSetSchema,
  parseReportDate,
  type FigureData, type IndicatorData, type ResultData, type TargetSetData, type TaskGroupData, type WardTaskData, type WardTaskSetData,
} from './schema.ts';
import { formatPartialDate, partialDateSortKey, type PartialDate } from '../site/format.ts';
import { formatIssues, yamlErrorMessage } from '../editing/errors.ts';
import { findPassage, longestQuotedPrefix, passageText, type Block } from '../documents/passages.ts';
import {
  checkChart, checkComparison, checkCountsStated, checkKind, checkKindNeeds, checkShortTitle, checkSummaryFigures, checkValueText, checkWhen, leadLabel, type ComparedFigure,
} from './rules.ts';

export const DATA_FILES = {
  taskGroups: 'content/task-groups.yaml',
  indicators: 'content/indicators.yaml',
  targetsDir: 'content/targets/',
  wardTasksDir: 'content/ward-tasks/',
} as const;

/** What the data needs to know of the documents. */
export interface DocumentLookup {
  exists(id: string): boolean;
  blocks(id: string): Block[];
  /** The document's date and ward, from its front matter, when the lookup can read them (checks a result's report). */
  meta?(id: string): { date: PartialDate; ward: string } | undefined;
  /** False for a listed document whose file could not be read (not UTF-8, broken front matter). */
  readable?(id: string): boolean;
}

/** A quoted passage, resolved: the document, the id of the block that holds it, and its text as printed. */
export interface Passage {
  document: string;
  anchor: string;
  quote: string;
  text: string;
  /** The headings above the passage and the label its paragraph opens with, outermost first. */
  contexts: string[];
  /** The whole paragraph or item the quote stands in. */
  block: string;
}

/** A figure of a task group's own text (a city aim): a figure with the plan's document, and no set. */
export type GroupFigure = TaskGroupData['figures'][number] & { document: string; passage: Passage };
export interface TaskGroup extends Omit<TaskGroupData, 'figures'> { id: string; passage: Passage; figures: GroupFigure[] }
/** A result reported against a target: its report's passage, and the report's date as a date. */
export interface Result extends ResultData { passage: Passage; reportedDate: PartialDate }
/** One figure of a target set: a target, a result, a shortfall, a task or a city aim, as its document says. */
export interface Figure extends Omit<FigureData, 'results'> { set: string; document: string; passage: Passage; results: Result[] }
export interface TargetSet extends Omit<TargetSetData, 'figures'> { id: string; figures: Figure[] }
export interface WardTask extends WardTaskData { set: string; document: string; passage: Passage }
export interface WardTaskSet extends Omit<WardTaskSetData, 'tasks'> { id: string; tasks: WardTask[] }

export interface InfographicData {
  taskGroups: TaskGroup[];
  targetSets: TargetSet[];
  wardTaskSets: WardTaskSet[];
  indicators: Record<string, IndicatorData>;
}

const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

function parseFile<S extends z.ZodType>(file: string, source: string, schema: S, problems: string[]): z.infer<S> | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (err) {
    problems.push(yamlErrorMessage(file, err, source, 'không đọc được YAML'));
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(formatIssues(file, result.error.issues, raw));
    return undefined;
  }
  return result.data;
}

/** Resolves a quote to its passage; records a problem (file, entry, field) when it is not in the document. */
function trace(file: string, entry: string, field: string, document: string, quote: string, docs: DocumentLookup, problems: string[]): Passage | undefined {
  if (!docs.exists(document)) {
    problems.push(`${file}: ${entry}: văn bản "${document}" không có trong content/documents/. Ghi đúng tên tệp (không có .mdx).`);
    return undefined;
  }
  const blocks = docs.blocks(document);
  // A document that could not be read is reported on its own; its quotes are not reported again.
  if (docs.readable && !docs.readable(document)) return undefined;
  const block = findPassage(blocks, quote);
  if (!block) {
    const prefix = longestQuotedPrefix(blocks, quote);
    problems.push(
      `${file}: ${entry}, trường "${field}": đoạn trích không có nguyên văn trong văn bản content/documents/${document}.mdx ` +
        `(đoạn trích phải nằm trong một đoạn, một mục của văn bản).\n    trích: "${quote}"\n    ` +
        (prefix ? `khớp đến: "${prefix}" — từ tiếp theo khác văn bản.` : 'không khớp ngay từ đầu: kiểm tra lại văn bản.'),
    );
    return undefined;
  }
  const lead = leadLabel(block.text);
  return { document, anchor: block.id, quote, text: passageText(block, quote), contexts: [...block.headings, ...(lead ? [lead] : [])], block: block.text };
}

type FigureFields = Pick<FigureData, 'kind' | 'when' | 'whenQuote' | 'values' | 'quote' | 'chart'>;

/** The truth-of-frame rules of one figure (rules.ts), reported with its file, entry and field. */
function checkFigure(file: string, entry: string, f: FigureFields, passage: Passage, document: string, docs: DocumentLookup, problems: string[]) {
  const at = (field: string, list: string[]) => list.forEach((m) => problems.push(`${file}: ${entry}, trường "${field}": ${m}`));
  f.values.forEach((v, i) => at(`values[${i + 1}].text`, checkValueText(v, f.quote)));
  at('kind', checkKind(f.kind, passage.contexts));
  at('when', checkKindNeeds(f.kind, f.when));
  if (f.whenQuote) trace(file, entry, 'whenQuote', document, f.whenQuote, docs, problems);
  at('when', checkWhen(f.when, passage.block, passage.contexts, f.whenQuote));
  if (f.chart) at('chart', checkChart(f.values));
}

/**
 * The results of a target, each traced like a figure of kind "ket-qua" in its report: the quote in the report, the
 * value in the quote, the period printed there; the report's date and ward agree with the report's front matter
 * (when the lookup reads it); one result a period. In the order of their report dates.
 */
function traceResults(file: string, entry: string, figure: { kind: FigureData['kind']; results: ResultData[] }, setDocument: string, docs: DocumentLookup, problems: string[]): Result[] {
  if (figure.results.length && figure.kind !== 'chi-tieu') {
    problems.push(`${file}: ${entry}, trường "results": chỉ chỉ tiêu (kind: chi-tieu) mới có kết quả báo cáo; đây là "${figure.kind}". Bỏ "results", hoặc ghi kết quả thành một con số riêng kind: ket-qua.`);
    return [];
  }
  const results: Result[] = [];
  const periods = new Map<string, number>();
  figure.results.forEach((r, i) => {
    const at = `${entry}, results[${i + 1}]`;
    const period = r.when.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    if (periods.has(period)) problems.push(`${file}: ${at}, trường "when": kỳ "${r.when}" đã có kết quả ở results[${periods.get(period)}]. Mỗi kỳ một kết quả: sửa kỳ, hoặc bỏ kết quả trùng.`);
    else periods.set(period, i + 1);
    const passage = trace(file, at, 'quote', r.document, r.quote, docs, problems);
    if (!passage) return;
    checkFigure(file, at, { kind: 'ket-qua', when: r.when, whenQuote: r.whenQuote, values: r.values, quote: r.quote, chart: false }, passage, r.document, docs, problems);
    const reportedDate = parseReportDate(r.reported)!;
    const report = docs.meta?.(r.document);
    const own = docs.meta?.(setDocument);
    if (report) {
      const { date } = report;
      if (date.year !== reportedDate.year || date.month !== reportedDate.month || date.day !== reportedDate.day) {
        problems.push(`${file}: ${at}, trường "reported": ngày báo cáo "${r.reported}" khác ngày của văn bản content/documents/${r.document}.mdx (${formatPartialDate(date)}). Ghi đúng ngày văn bản báo cáo in.`);
      }
      if (own && own.ward !== report.ward) {
        problems.push(`${file}: ${at}, trường "document": văn bản "${r.document}" là của phường ${report.ward}, còn chỉ tiêu là của phường ${own.ward}. Kết quả phải lấy từ báo cáo của chính phường đó.`);
      }
    }
    results.push({ ...r, passage, reportedDate });
  });
  return results.sort((a, b) => partialDateSortKey(a.reportedDate) - partialDateSortKey(b.reportedDate));
}

/** Every count with a whole ("11/19") and the parts the document names, for the rule that they travel together. */
export function statedCounts(data: Pick<InfographicData, 'targetSets'>) {
  return data.targetSets.flatMap((s) => s.figures).flatMap((f) => f.values)
    .filter((v) => v.value !== undefined && v.of !== undefined)
    .map((v) => ({ value: v.value!, of: v.of!, parts: v.parts }));
}

export function loadInfographicData(files: Record<string, string>, docs: DocumentLookup): { data: InfographicData; problems: string[] } {
  const problems: string[] = [];
  const data: InfographicData = { taskGroups: [], targetSets: [], wardTaskSets: [], indicators: {} };

  const indicatorsSource = files[DATA_FILES.indicators];
  if (indicatorsSource === undefined) problems.push(`Thiếu tệp ${DATA_FILES.indicators}.`);
  else data.indicators = parseFile(DATA_FILES.indicators, indicatorsSource, indicatorsFileSchema, problems) ?? {};

  const groupsSource = files[DATA_FILES.taskGroups];
  const groupsFile = groupsSource === undefined ? (problems.push(`Thiếu tệp ${DATA_FILES.taskGroups}.`), undefined) : parseFile(DATA_FILES.taskGroups, groupsSource, taskGroupsFileSchema, problems);
  if (groupsFile) {
    for (const [id, group] of Object.entries(groupsFile.groups)) {
      const f = DATA_FILES.taskGroups;
      const entry = `nhóm "${id}"`;
      const passage = trace(f, entry, 'title', groupsFile.document, group.title, docs, problems);
      trace(f, entry, 'emphasis', groupsFile.document, [group.emphasisLead, ...group.emphasis].join(' '), docs, problems);
      checkShortTitle(group.shortTitle, group.title).forEach((m) => problems.push(`${f}: ${entry}, trường "shortTitle": ${m}`));
      const figures = group.figures.flatMap((fig, i) => {
        const p = trace(f, entry, `figures[${i + 1}].quote`, groupsFile.document, fig.quote, docs, problems);
        if (p) checkFigure(f, `${entry}, figures[${i + 1}]`, fig, p, groupsFile.document, docs, problems);
        return p ? [{ ...fig, document: groupsFile.document, passage: p }] : [];
      });
      if (passage) data.taskGroups.push({ ...group, id, passage, figures });
    }
    data.taskGroups.sort((a, b) => a.number - b.number);
    const numbers = data.taskGroups.map((g) => g.number);
    if (new Set(numbers).size !== numbers.length) problems.push(`${DATA_FILES.taskGroups}: hai nhóm nhiệm vụ trùng số thứ tự.`);
  }

  const groupNumbers = new Set(data.taskGroups.map((g) => g.number));
  const compared: Array<{ indicator: string; set: string; figure: ComparedFigure }> = [];
  const checkGroups = (file: string, entry: string, groups: number[]) => {
    for (const n of groups) if (groupsFile && !groupNumbers.has(n)) problems.push(`${file}: ${entry}: không có nhóm nhiệm vụ số ${n}.`);
  };

  for (const [file, source] of Object.entries(files).filter(([f]) => f.startsWith(DATA_FILES.targetsDir)).sort()) {
    const set = parseFile(file, source, targetSetSchema, problems);
    if (!set) continue;
    const id = idOf(file);
    const seen = new Set<string>();
    const figures: Figure[] = [];
    for (const raw of set.figures) {
      const t = { ...raw, when: raw.when ?? set.when };
      const entry = `con số "${t.id}"`;
      if (seen.has(t.id)) problems.push(`${file}: ${entry}: trùng "id" với một con số khác trong tệp.`);
      seen.add(t.id);
      if (t.indicator && !data.indicators[t.indicator]) problems.push(`${file}: ${entry}, trường "indicator": "${t.indicator}" chưa có trong ${DATA_FILES.indicators}.`);
      checkGroups(file, entry, t.taskGroups);
      const passage = trace(file, entry, 'quote', set.document, t.quote, docs, problems);
      const results = traceResults(file, entry, t, set.document, docs, problems);
      if (passage) {
        checkFigure(file, entry, t, passage, set.document, docs, problems);
        figures.push({ ...t, set: id, document: set.document, passage, results });
        if (t.indicator) compared.push({ indicator: t.indicator, set: id, figure: { file, entry, kind: t.kind, quote: t.quote, comparisonNote: t.comparisonNote } });
      }
    }
    const featured = figures.filter((f) => f.featured).length;
    if (featured > 3) problems.push(`${file}: ${featured} con số có "featured: true"; mỗi bộ tối đa 3 con số nổi bật.`);
    data.targetSets.push({ ...set, id, figures });
  }
  data.targetSets.sort((a, b) => a.order - b.order);
  for (const set of data.targetSets) {
    checkCountsStated(set.summary, statedCounts(data)).forEach((m) => problems.push(`${DATA_FILES.targetsDir}${set.id}.yaml: trường "summary": ${m}`));
    if (docs.exists(set.document)) {
      const blocks = docs.blocks(set.document);
      if (docs.readable && !docs.readable(set.document)) continue;
      checkSummaryFigures(set.summary, blocks.flatMap((b) => b.words), () => blocks).forEach((m) => problems.push(`${DATA_FILES.targetsDir}${set.id}.yaml: trường "summary": ${m}`));
    }
  }
  // Comparisons across wards: only where more than one set names the indicator.
  for (const [indicator, list] of Map.groupBy(compared, (c) => c.indicator)) {
    if (new Set(list.map((c) => c.set)).size > 1) problems.push(...checkComparison(data.indicators[indicator]!, list.map((c) => c.figure)));
  }

  for (const [file, source] of Object.entries(files).filter(([f]) => f.startsWith(DATA_FILES.wardTasksDir)).sort()) {
    const set = parseFile(file, source, wardTaskSetSchema, problems);
    if (!set) continue;
    const id = idOf(file);
    const tasks: WardTask[] = [];
    for (const t of set.tasks) {
      const entry = `nhiệm vụ "${t.id}"`;
      checkGroups(file, entry, t.taskGroups);
      for (const field of ['title', 'goal', 'activities', 'lead', 'timeline', 'resources'] as const) {
        const value = t[field];
        if (value) trace(file, entry, field, set.document, value, docs, problems);
      }
      const passage = trace(file, entry, 'quote', set.document, t.quote, docs, problems);
      if (passage) tasks.push({ ...t, set: id, document: set.document, passage });
    }
    data.wardTaskSets.push({ ...set, id, tasks });
  }
  data.wardTaskSets.sort((a, b) => a.order - b.order);

  return { data, problems };
}
