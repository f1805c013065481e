// Addresses in content: every URL an editor writes is https, http, mailto or tel. A `javascript:` or `data:` address
// would run code or carry a page of its own when a reader follows the link, so it is an error, named with its field.
import { z } from 'astro/zod';

/** The schemes a link in content may use. */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;
/** The schemes a web address (the site, the portal) may use. */
export const WEB_SCHEMES = ['https', 'http'] as const;

const allowedText = (schemes: readonly string[]) => schemes.map((s) => (s.startsWith('http') ? `${s}://` : `${s}:`)).join(', ');

/**
 * Why `url` may not stand in content, or null when it may. Parsed as a browser would (leading spaces, tabs and
 * line breaks inside the scheme are ignored by browsers, so "java\tscript:" is still javascript:).
 */
export function urlProblem(url: string, schemes: readonly string[] = ALLOWED_SCHEMES): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `chưa phải địa chỉ đầy đủ: địa chỉ phải bắt đầu bằng ${allowedText(schemes)}, ví dụ https://haiphong.gov.vn`;
  }
  const scheme = parsed.protocol.replace(/:$/, '').toLowerCase();
  if (schemes.includes(scheme)) {
    if ((scheme === 'https' || scheme === 'http') && !parsed.hostname) return 'thiếu tên miền, ví dụ https://haiphong.gov.vn';
    return null;
  }
  const why = scheme === 'javascript' || scheme === 'vbscript'
    ? 'địa chỉ "javascript:" chạy mã trong trình duyệt của người đọc'
    : scheme === 'data'
      ? 'địa chỉ "data:" chứa cả một trang hay tệp giấu trong liên kết'
      : `địa chỉ dạng "${scheme}:" không được dùng`;
  return `${why}. Chỉ dùng địa chỉ bắt đầu bằng ${allowedText(schemes)}`;
}

/** A URL field of a schema: trimmed, NFC, and one of `schemes`; the message names the field. */
export const urlField = (field: string, schemes: readonly string[] = ALLOWED_SCHEMES) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `Thiếu trường "${field}": hãy ghi địa chỉ, ví dụ https://haiphong.gov.vn` : `"${field}" phải là một địa chỉ, ví dụ https://haiphong.gov.vn`) })
    .normalize('NFC')
    .trim()
    .superRefine((value, ctx) => {
      const problem = urlProblem(value, schemes);
      if (problem) ctx.addIssue({ code: 'custom', message: `"${field}" ghi "${value}": ${problem}.` });
    });

/** A web address (the site's, the portal's): https or http only. */
export const webUrlField = (field: string) => urlField(field, WEB_SCHEMES);
