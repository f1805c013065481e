// Schemas of the infographic data: task groups, target sets, ward tasks, indicators. One per content kind.
import { z } from 'astro/zod';
import { labelledEnum, slug, text } from '../editing/fields.ts';

export const categories = {
  'xay-dung-dang': 'Xây dựng Đảng',
  'kinh-te': 'Kinh tế',
  'xa-hoi': 'Xã hội',
  'moi-truong': 'Môi trường',
  'quoc-phong-an-ninh': 'Quốc phòng – an ninh',
} as const;
export type Category = keyof typeof categories;

/** How a value is meant, in the document's own terms. */
export const measures = {
  dat: 'đạt',
  'tu-tro-len': 'đạt từ … trở lên',
  tren: 'trên',
  tang: 'tăng so với kỳ gốc',
  giam: 'giảm',
  'so-luong': 'số lượng',
  'dat-chuan': 'đạt chuẩn',
  'khong-con': 'không còn',
  'ket-qua': 'kết quả đạt được',
} as const;
export type Measure = keyof typeof measures;
const noNumberMeasures: Measure[] = ['dat-chuan', 'khong-con'];

export const icons = ['tang-truong', 'the-che', 'bo-may', 'kinh-te', 'do-thi', 'nhan-luc', 'van-hoa', 'moi-truong', 'quoc-phong', 'tuyen-truyen'] as const;

const taskGroupNumbers = z.array(z.number().int().min(1).max(10, { error: 'Nhóm nhiệm vụ đánh số từ 1 đến 10.' }), { error: '"taskGroups" là danh sách số nhóm nhiệm vụ, ví dụ [1, 4].' });

export const valueSchema = z.object({
  value: z.number({ error: '"value" phải là số, viết bằng dấu chấm thập phân: 96.5 (không phải 96,5).' }).optional(),
  unit: text('unit').optional(),
  measure: labelledEnum(measures, 'measure'),
  /** What is counted, when a target has several values ("thu thuế ngoài quốc doanh"). */
  label: text('label').optional(),
  /** The whole a result is a part of: 11 of 19 targets. */
  of: z.number().optional(),
  /** The base of a growth or reduction: "so với năm 2025". */
  base: text('base').optional(),
}).strict().refine((v) => v.value !== undefined || noNumberMeasures.includes(v.measure), {
  error: `Thiếu "value": chỉ bỏ số khi "measure" là ${noNumberMeasures.join(' hoặc ')}.`,
});

export const targetSchema = z.object({
  id: slug('id'),
  /** As printed: "(14)". */
  number: text('number').optional(),
  label: text('label'),
  category: labelledEnum(categories, 'category'),
  taskGroups: taskGroupNumbers.min(1, { error: 'Mỗi chỉ tiêu phục vụ ít nhất một nhóm nhiệm vụ.' }),
  indicator: slug('indicator').optional(),
  deadline: text('deadline').optional(),
  values: z.array(valueSchema).min(1, { error: 'Cần ít nhất một giá trị trong "values".' }),
  quote: text('quote'),
  /** Shown in the key numbers strip of the home page. */
  featured: z.boolean({ error: '"featured" là true hoặc false.' }).default(false),
}).strict();

export const targetSetSchema = z.object({
  title: text('title'),
  document: slug('document'),
  kind: z.enum(['chi-tieu', 'ket-qua'], { error: '"kind" là chi-tieu (chỉ tiêu đề ra) hoặc ket-qua (kết quả đạt được).' }),
  period: text('period'),
  section: text('section'),
  order: z.number().int(),
  summary: text('summary'),
  targets: z.array(targetSchema).min(1),
}).strict();

export const figureSchema = z.object({
  value: z.number({ error: '"value" phải là số.' }),
  unit: text('unit').optional(),
  prefix: text('prefix').optional(),
  label: text('label'),
  quote: text('quote'),
}).strict();

export const taskGroupSchema = z.object({
  number: z.number().int().min(1).max(10),
  title: text('title'),
  emphasisLead: text('emphasisLead'),
  emphasis: z.array(text('emphasis')).min(1),
  icon: z.enum(icons, { error: `"icon" phải là một trong: ${icons.join(', ')}.` }),
  summary: text('summary').max(140, { error: '"summary" là một dòng ngắn cho thẻ (tối đa 140 ký tự).' }),
  figures: z.array(figureSchema).default([]),
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
}).strict();

export const indicatorsFileSchema = z.record(slug('id'), indicatorSchema);

export type TargetSetData = z.infer<typeof targetSetSchema>;
export type TargetData = z.infer<typeof targetSchema>;
export type TargetValue = z.infer<typeof valueSchema>;
export type TaskGroupData = z.infer<typeof taskGroupSchema>;
export type WardTaskSetData = z.infer<typeof wardTaskSetSchema>;
export type WardTaskData = z.infer<typeof wardTaskSchema>;
export type IndicatorData = z.infer<typeof indicatorSchema>;
