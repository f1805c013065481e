// Placeholders in content/site.yaml: values the ward has not filled in yet. Pages mark them "(chưa cập nhật)";
// a deploy step can refuse to publish while any remain (contactPlaceholders).

/** The marker that starts a text placeholder: "[Cần điền] Số điện thoại". */
export const PLACEHOLDER_MARK = '[Cần điền]';

/** Whether a value is a placeholder: it carries the marker, or it is an e-mail address at a reserved
 *  ".invalid" domain (RFC 2606), such as can-dien@example.invalid, which no mail can reach. */
export function isPlaceholder(value: string | undefined | null): boolean {
  if (value === undefined || value === null) return false;
  const v = value.normalize('NFC').trim().toLocaleLowerCase('vi');
  if (v.includes(PLACEHOLDER_MARK.toLocaleLowerCase('vi'))) return true;
  return /@([^@\s]+\.)*invalid$/.test(v);
}

/** The contact fields still holding a placeholder, by name ("contact.phone"): empty when all are real. */
export function contactPlaceholders(contact: Record<string, string | undefined>): string[] {
  return Object.entries(contact)
    .filter(([, value]) => isPlaceholder(value))
    .map(([key]) => `contact.${key}`);
}
