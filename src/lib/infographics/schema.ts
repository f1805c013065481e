// Schemas of the infographic data: task groups, target sets, ward tasks, indicators. One per content kind.
import { z } from 'astro/zod';
import { labelledEnum, slug, text } from '../editing/fields.ts';
import { isValidPartialDate, type PartialDate } from '../site/format.ts';

export const categories = {
  'xay-dung-dang': 'Xây dựng Đảng',
  'kinh-te': 'Kinh tế',
  'xa-hoi': 'Xã hội',
  'moi-truong': 'Môi trường',
  'quoc-phong-an-ninh': 'Quốc phòng – an ninh',
  'tong-hop': 'Tổng hợp các lĩnh vực',
} as const;
export type Category = keyof typeof categories;

/** What a figure is, declared in content/ and never read off the heading it sits under. */
export const figureKinds = {
  'chi-tieu': 'Chỉ tiêu',
  'ket-qua': 'Kết quả',
  'han-che': 'Hạn chế, chưa đạt',
  'nhiem-vu': 'Nhiệm vụ',
  'muc-tieu-thanh-pho': 'Mục tiêu của thành phố',
} as const;
export type FigureKind = keyof typeof figureKinds;

export const icons = ['tang-truong', 'the-che', 'bo-may', 'kinh-te', 'do-thi', 'nhan-luc', 'van-hoa', 'moi-truong', 'quoc-phong', 'tuyen-truyen'] as const;

const taskGroupNumbers = z.array(z.number().int().min(1).max(10, { error: 'Nhóm nhiệm vụ đánh số từ 1 đến 10.' }), { error: '"taskGroups" là danh sách số nhóm nhiệm vụ, ví dụ [1, 4].' });

const number = (field: string) => z.number({ error: `"${field}" phải là số, viết bằng dấu chấm thập phân: 96.5 (không phải 96,5).` });

/** A part of a count's whole: "08 chỉ tiêu chưa đến kỳ đánh giá" of 19. */
export const partSchema = z.object({
  value: number('parts.value'),
  label: text('parts.label'),
}).strict();

export const valueSchema = z.object({
  /** The value in the document's own words, with its qualifier: "từ 96,7% trở lên", "giảm từ 5% trở lên". */
  text: text('text'),
  /** The number as a machine reads it (charts, downloads); it must be the number printed in `text`. */
  value: number('value').optional(),
  unit: text('unit').optional(),
  /** What is counted, when a figure has several values ("thu thuế ngoài quốc doanh"). */
  label: text('label').optional(),
  /** The whole a count is part of: 11 of 19 targets. */
  of: number('of').optional(),
  /** The other parts of that whole that the document names. */
  parts: z.array(partSchema).default([]),
  /** A share of the year's plan reached by the figure's period (shown against an even pace per quarter). */
  yearShare: z.boolean({ error: '"yearShare" là true hoặc false.' }).default(false),
}).strict();

/** When a figure holds, as the document prints it: "năm 2026", "hằng năm", "đến năm 2030", "quý I/2026". */
const when = text('when');

/** A report date as the report prints it: "05/04/2026", or "04/2026" when its day is left blank. */
export function parseReportDate(s: string): PartialDate | undefined {
  const m = /^\s*(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (!m) return undefined;
  const date = { year: Number(m[3]), month: Number(m[2]), ...(m[1] ? { day: Number(m[1]) } : {}) };
  return isValidPartialDate(date) ? date : undefined;
}

const reportDate = (field: string) => text(field).refine((s) => parseReportDate(s) !== undefined, {
  error: `"${field}" là ngày của văn bản báo cáo, dạng ngày/tháng/năm như văn bản in: "05/04/2026" (ngày để trống thì ghi "04/2026"), đặt trong ngoặc kép.`,
});

/**
 * A result reported against a target: the period, the report's date, the report and its passage, and the value in
 * the report's own words. One entry a report; traced like a figure (quote in the report, value in the quote).
 */
export const resultSchema = z.object({
  /** The period reported, as the report prints it: "quý I/2026", "6 tháng đầu năm 2026". */
  when: text('when'),
  /** Where the report prints the period, when neither the quote nor a heading above it does. */
  whenQuote: text('whenQuote').optional(),
  /** The report's date: "05/04/2026". */
  reported: reportDate('reported'),
  /** The report, a file of content/documents/ (its name without .mdx). */
  document: slug('document'),
  quote: text('quote'),
  values: z.array(valueSchema).min(1, { error: 'Cần ít nhất một giá trị trong "values".' }),
  /** An editor's note shown beside the result, marked as such. */
  note: text('note').optional(),
}, { error: 'Mỗi kết quả trong "results" gồm: when, reported, document, quote, values.' }).strict();

export const figureSchema = z.object({
  id: slug('id'),
  /** As printed: "(14)". */
  number: text('number').optional(),
  label: text('label'),
  kind: labelledEnum(figureKinds, 'kind'),
  /** Printed in the quote or a heading above it; else `whenQuote` shows where the document prints it. */
  when: when.optional(),
  whenQuote: text('whenQuote').optional(),
  category: labelledEnum(categories, 'category'),
  /** The task groups it serves; none for an overall count that spans every field. */
  taskGroups: taskGroupNumbers,
  indicator: slug('indicator').optional(),
  values: z.array(valueSchema).min(1, { error: 'Cần ít nhất một giá trị trong "values".' }),
  quote: text('quote'),
  /** Shown first: on the home page (the site's own ward) and on the link preview of its set. At most three a set. */
  featured: z.boolean({ error: '"featured" là true hoặc false.' }).default(false),
  /** Its values side by side in a bar chart (at least two numbers in one unit, or a share of the year's plan). */
  chart: z.boolean({ error: '"chart" là true hoặc false.' }).default(false),
  /** An editor's note shown beside the figure, marked as such: a slip in the source, a count that does not add up. */
  note: text('note').optional(),
  /** Why this figure may stand beside another ward's although the definitions differ; shown on the comparison. */
  comparisonNote: text('comparisonNote').optional(),
  /** Results reported against this target, one entry a report (a target's only: kind chi-tieu). */
  results: z.array(resultSchema, { error: '"results" là danh sách kết quả, mỗi kết quả bắt đầu bằng "- when: …".' }).default([]),
}).strict();

/** A figure printed in a task group's own text (a city aim, mostly): no category or ward of its own. */
export const groupFigureSchema = figureSchema.omit({ category: true, taskGroups: true, indicator: true, featured: true, comparisonNote: true, results: true });

export const targetSetSchema = z.object({
  title: text('title'),
  document: slug('document'),
  /** The default `when` of its figures (each is still checked against the document). */
  when: when.optional(),
  section: text('section'),
  order: z.number({ error: '"order" là số thứ tự của bộ trên trang /chi-tieu/, ví dụ 4.' }).int({ error: '"order" là số nguyên, ví dụ 4.' }),
  summary: text('summary'),
  figures: z.array(figureSchema, { error: '"figures" là danh sách con số, mỗi con số bắt đầu bằng "- id: …".' }).min(1, { error: 'Cần ít nhất một con số trong "figures".' }),
}, { error: 'Tệp bộ chỉ tiêu trống hoặc không đúng dạng: cần các trường title, document, section, order, summary, figures.' }).strict();

export const taskGroupSchema = z.object({
  number: z.number().int().min(1).max(10),
  title: text('title'),
  emphasisLead: text('emphasisLead'),
  emphasis: z.array(text('emphasis')).min(1),
  icon: z.enum(icons, { error: `"icon" phải là một trong: ${icons.join(', ')}.` }),
  /** A short name beside the official title, made only of the title's own words. */
  shortTitle: text('shortTitle').max(90, { error: '"shortTitle" là tên ngắn (tối đa 90 ký tự).' }),
  figures: z.array(groupFigureSchema).default([]),
}).strict();

export const taskGroupsFileSchema = z.object({
  document: slug('document'),
  groups: z.record(slug('id'), taskGroupSchema),
}).strict();

export const wardTaskSchema = z.object({
  id: slug('id'),
  number: text('number'),
  title: text('title'),
  goal: text('goal').optional(),
  activities: text('activities').optional(),
  lead: text('lead').optional(),
  timeline: text('timeline').optional(),
  resources: text('resources').optional(),
  taskGroups: taskGroupNumbers.min(1, { error: 'Mỗi nhiệm vụ phục vụ ít nhất một nhóm nhiệm vụ.' }),
  quote: text('quote'),
  /** An editor's note shown beside the task, marked as such: a slip in the source ("phân đầu"). */
  note: text('note').optional(),
}).strict();

export const wardTaskSetSchema = z.object({
  title: text('title'),
  document: slug('document'),
  section: text('section'),
  order: z.number().int(),
  tasks: z.array(wardTaskSchema).min(1),
}).strict();

export const indicatorSchema = z.object({
  label: text('label'),
  unit: text('unit'),
  /** What is measured, and of what: both phrases must stand in the quote of every figure compared. */
  definition: z.object({
    measured: text('definition.measured'),
    of: text('definition.of'),
  }).strict(),
}).strict();

export const indicatorsFileSchema = z.record(slug('id'), indicatorSchema);

export type TargetSetData = z.infer<typeof targetSetSchema>;
export type FigureData = z.infer<typeof figureSchema>;
export type FigureValue = z.infer<typeof valueSchema>;
export type ResultData = z.infer<typeof resultSchema>;
export type TaskGroupData = z.infer<typeof taskGroupSchema>;
export type WardTaskSetData = z.infer<typeof wardTaskSetSchema>;
export type WardTaskData = z.infer<typeof wardTaskSchema>;
export type IndicatorData = z.infer<typeof indicatorSchema>;
