// Field builders shared by every schema: messages an editor can act on, in Vietnamese.
import { z } from 'astro/zod';
import { unsafeTextProblem } from './safe-text.ts';

/** A required, non-blank text field. */
export const text = (field: string) =>
  z.string({
    error: (issue) => (issue.input === undefined
      ? `Thiếu trường "${field}": hãy thêm dòng ${field.split('.').at(-1)}: … vào tệp.`
      : issue.input === null
        ? `"${field}" đang để trống: hãy ghi nội dung, hoặc xoá hẳn dòng này nếu văn bản không có.`
        : `"${field}" phải là một đoạn chữ (đặt trong dấu ngoặc kép nếu có dấu hai chấm).`),
  })
    // Text as it arrives: a Mac (NFD) and a Windows (NFC) spelling of a word are one string.
    .normalize('NFC')
    .trim()
    .min(1, { error: `"${field}" đang để trống: hãy ghi nội dung, hoặc xoá hẳn dòng này nếu văn bản không có.` })
    // Printed as text: markup or code in it is refused, as in a document body (safe-text.ts).
    .refine((value) => unsafeTextProblem(value) === null, { error: (issue) => `"${field}" ${unsafeTextProblem(String(issue.input))}.` });

/** A URL-safe name: lower-case letters without diacritics, digits and hyphens. */
export const slug = (field: string) =>
  text(field).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: `"${field}" chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ bao-hiem-y-te.` });

/** One of the keys of a label map ({ 'cong-van': 'Công văn', … }), with the allowed keys in the message. */
export function labelledEnum<K extends string>(labels: Record<K, string>, field: string) {
  const keys = Object.keys(labels) as [K, ...K[]];
  return z.enum(keys, { error: `"${field}" phải là một trong: ${keys.join(', ')}.` });
}
