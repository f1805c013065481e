// Schemas of the infographic data: task groups, target sets, ward tasks, indicators. One per content kind.
import { z } from 'astro/zod';
import { labelledEnum, slug, text } from '../editing/fields.ts';

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
}).strict();

/** A figure printed in a task group's own text (a city aim, mostly): no category or ward of its own. */
export const groupFigureSchema = figureSchema.omit({ category: true, taskGroups: true, indicator: true, featured: true, comparisonNote: true });

export const targetSetSchema = z.object({
  title: text('title'),
  document: slug('document'),
  /** The default `when` of its figures (each is still checked against the document). */
  when: when.optional(),
  section: text('section'),
  order: z.number().int(),
  summary: text('summary'),
  figures: z.array(figureSchema).min(1),
}).strict();

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
export type TaskGroupData = z.infer<typeof taskGroupSchema>;
export type WardTaskSetData = z.infer<typeof wardTaskSetSchema>;
export type WardTaskData = z.infer<typeof wardTaskSchema>;
export type IndicatorData = z.infer<typeof indicatorSchema>;
