// Schema of content/bulletins.yaml: the framing of the ward radio's bulletins (opening, closing, the "Theo …" line
// before each source), the reading rate, the periods of the ward tasks and the glossary of abbreviations.
import { z } from 'astro/zod';
import { slug, text } from '../editing/fields.ts';

/** The slots a template may hold, as an editor writes them. */
export const SLOTS = {
  ward: '[phường]',
  subject: '[chủ đề]',
  number: '[số]',
  total: '[tổng]',
  documentType: '[văn bản]',
  issuer: '[cơ quan]',
  kind: '[loại]',
  when: '[thời hạn]',
  title: '[tiêu đề]',
} as const;
export type Slot = keyof typeof SLOTS;

const slotsIn = (s: string) => [...s.matchAll(/\[[^\][]*\]/g)].map((m) => m[0]);
const list = (slots: readonly Slot[]) => slots.map((k) => SLOTS[k]).join(', ');

/** A framing sentence with slots: only the allowed ones, and every required one. */
const template = (field: string, allowed: readonly Slot[], required: readonly Slot[] = []) =>
  text(field)
    .refine((s) => slotsIn(s).every((x) => allowed.some((k) => SLOTS[k] === x)), {
      error: (issue) => `"${field}" có chỗ thay không dùng được ở đây: ${slotsIn(String(issue.input)).filter((x) => !allowed.some((k) => SLOTS[k] === x)).join(', ')}. Chỉ dùng: ${list(allowed) || '(không có chỗ thay)'}.`,
    })
    .refine((s) => required.every((k) => s.includes(SLOTS[k])), {
      error: (issue) => `"${field}" phải có ${list(required.filter((k) => !String(issue.input).includes(SLOTS[k])))}.`,
    });

/** A period as the document prints it, with the passage that prints it. */
const period = (field: string) => z.object({
  when: text(`${field}.when`),
  whenQuote: text(`${field}.whenQuote`),
}, { error: `"${field}" gồm when (thời hạn) và whenQuote (chỗ văn bản ghi thời hạn, chép nguyên văn).` }).strict();

const badAbbreviation = (o: Record<string, string>) => Object.keys(o).find((k) => !/^[^\s[\]{}<>]+$/u.test(k));

export const bulletinsFileSchema = z.object({
  rate: z.number({ error: '"rate" là tốc độ đọc, số tiếng mỗi phút, ví dụ 180.' })
    .int({ error: '"rate" là số nguyên, ví dụ 180.' })
    .min(60, { error: '"rate" quá chậm: tốc độ đọc thường từ 120 đến 250 tiếng mỗi phút.' })
    .max(400, { error: '"rate" quá nhanh: tốc độ đọc thường từ 120 đến 250 tiếng mỗi phút.' }),
  partMinutes: z.number({ error: '"partMinutes" là số phút đọc tối đa của một phần, ví dụ 3.' })
    .min(1, { error: '"partMinutes" ít nhất là 1 phút.' })
    .max(10, { error: '"partMinutes" tối đa 10 phút.' }),
  opening: template('opening', ['ward', 'subject'], ['subject']),
  part: template('part', ['number', 'total'], ['number']),
  continued: template('continued', []),
  closing: template('closing', ['ward', 'subject']),
  otherWards: template('otherWards', []),
  attribution: template('attribution', ['documentType', 'issuer', 'ward', 'kind', 'when'], ['documentType', 'kind', 'when'])
    .refine((s) => /^Theo\s/u.test(s), { error: '"attribution" bắt đầu bằng "Theo ", ví dụ: "Theo [văn bản] của Đảng bộ phường [phường], [loại] [thời hạn]:".' })
    .refine((s) => s.includes(SLOTS.ward) || s.includes(SLOTS.issuer), { error: `"attribution" phải nói văn bản của ai: có ${SLOTS.ward} hoặc ${SLOTS.issuer}.` }),
  subjects: z.object({
    taskGroup: template('subjects.taskGroup', ['number'], ['number']),
    targetSet: template('subjects.targetSet', ['title'], ['title']),
  }, { error: '"subjects" gồm taskGroup và targetSet.' }).strict(),
  taskGroupText: z.object({
    kind: text('taskGroupText.kind'),
    when: text('taskGroupText.when'),
    whenQuote: text('taskGroupText.whenQuote'),
  }, { error: '"taskGroupText" gồm kind, when và whenQuote.' }).strict(),
  wardTaskPeriods: z.record(slug('wardTaskPeriods'), period('wardTaskPeriods'), { error: '"wardTaskPeriods" là danh sách theo tên tệp content/ward-tasks/, ví dụ gia-vien-2026: { when: …, whenQuote: … }.' }).default({}),
  glossary: z.record(z.string().normalize('NFC'), text('glossary'), { error: '"glossary" là danh sách chữ viết tắt, mỗi dòng một chữ: UBND: Ủy ban nhân dân.' })
    .refine((o) => badAbbreviation(o) === undefined, { error: (issue) => `chữ viết tắt "${badAbbreviation(issue.input as Record<string, string>)}" trong "glossary" phải viết liền, không có dấu cách, ví dụ UBND.` }),
}, { error: 'Tệp bản tin trống hoặc không đúng dạng: cần các trường rate, partMinutes, opening, part, continued, closing, otherWards, attribution, subjects, taskGroupText, glossary.' }).strict();

export type BulletinsConfig = z.infer<typeof bulletinsFileSchema>;

/** A template with its slots filled. */
export function fill(template: string, values: Partial<Record<Slot, string | number>>): string {
  let out = template;
  for (const [k, v] of Object.entries(values) as Array<[Slot, string | number]>) out = out.split(SLOTS[k]).join(String(v));
  return out.replace(/\s+/g, ' ').trim();
}
