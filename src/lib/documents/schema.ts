// The one schema for a document's front matter. Messages are Vietnamese: editors read them.
import { z } from 'astro/zod';
import { isValidPartialDate } from '../site/format.ts';
import { labelledEnum, text } from '../editing/fields.ts';

export const documentTypes = {
  'cong-van': 'Công văn',
  'ke-hoach': 'Kế hoạch',
  'ket-luan': 'Kết luận',
  'nghi-quyet': 'Nghị quyết',
  'chuong-trinh-hanh-dong': 'Chương trình hành động',
  'chi-thi': 'Chỉ thị',
  'quyet-dinh': 'Quyết định',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  'huong-dan': 'Hướng dẫn',
} as const;
export type DocumentType = keyof typeof documentTypes;

export const partialDateSchema = z
  .object({
    year: z.number({ error: '"date.year" phải là năm bằng số, ví dụ 2026.' }).int(),
    month: z.number({ error: '"date.month" phải là tháng bằng số từ 1 đến 12.' }).int().optional(),
    day: z.number({ error: '"date.day" phải là ngày bằng số. Nếu văn bản để trống ngày, hãy xoá dòng "day".' }).int().optional(),
  }, { error: '"date" phải có dạng: year, month, day (month và day có thể bỏ trống nếu văn bản không ghi).' })
  .strict()
  .refine(isValidPartialDate, {
    error: 'Ngày không hợp lệ: kiểm tra năm (1930–2100), tháng (1–12), ngày có trong tháng đó; không ghi ngày khi chưa có tháng.',
  });

export const documentSchema = z
  .object({
    title: text('title'),
    type: labelledEnum(documentTypes, 'type'),
    /** As printed, even when partial ("Số -CV/ĐU"); absent when the document prints none. */
    number: text('number').optional(),
    issuer: z.object({
      ward: text('issuer.ward'),
      body: text('issuer.body'),
      /** How the issuer is known when the document does not print it. */
      note: text('issuer.note').optional(),
    }).strict(),
    /** The header block lines exactly as printed. */
    header: z.object({
      issuerLines: z.array(text('header.issuerLines')).default([]),
      placeDate: text('header.placeDate').optional(),
      heading: z.array(text('header.heading')).default([]),
    }).strict().default({ issuerLines: [], heading: [] }),
    place: text('place').optional(),
    date: partialDateSchema,
    /** Visible when the date is not printed whole: where it comes from. */
    dateNote: text('dateNote').optional(),
    signer: z.object({
      authority: text('signer.authority').optional(),
      title: text('signer.title'),
      name: text('signer.name'),
    }).strict(),
    subject: text('subject'),
    addressees: z.array(text('addressees')).default([]),
    recipientsLabel: text('recipientsLabel').default('Nơi nhận:'),
    recipients: z.array(text('recipients')).min(1, { error: '"recipients" (Nơi nhận) cần ít nhất một dòng.' }),
    cites: z.array(
      text('cites').regex(/^\d+[-/][\p{L}\d/-]+$/u, { error: '"cites": ghi số hiệu văn bản như 14-CTr/TU hoặc 244/2025/QH15.' }),
    ).default([]),
    summary: text('summary').max(600, { error: '"summary" nên là một đoạn ngắn (tối đa 600 ký tự).' }),
    /** The file in content/sources/ this document was converted from, unchanged. */
    source: text('source').regex(/^[\w.-]+\.(txt|docx)$/, { error: '"source" là tên tệp trong content/sources/, ví dụ 000_abc.txt.' }),
  }, {
    error: (issue) => (issue.code !== 'invalid_type' ? undefined
      : issue.input === null || issue.input === undefined
        ? 'phần đầu (front matter) trống: chưa có trường nào giữa hai dòng "---". Điền các trường như văn bản mẫu (npm run new:document).'
        : 'phần đầu (front matter) phải là các dòng "tên trường: giá trị" giữa hai dòng "---".'),
  })
  .strict();

export type DocumentData = z.infer<typeof documentSchema>;
