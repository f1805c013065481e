// Link-preview descriptions: one written for each page, 70–160 characters, naming the ward and what the page is.
// Facebook and Zalo show about the first 110–160 characters; longer text is cut at a word, never mid-word.

export const DESCRIPTION_MIN = 70;
export const DESCRIPTION_MAX = 160;

/** Cuts text at the last whole word that fits, adding "…" when anything was cut. */
export function fitDescription(text: string, max = DESCRIPTION_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** What is wrong with a description, or nothing. */
export function checkDescription(d: string): string[] {
  const problems: string[] = [];
  if (d.length < DESCRIPTION_MIN) problems.push(`mô tả quá ngắn (${d.length} ký tự, cần ít nhất ${DESCRIPTION_MIN})`);
  if (d.length > DESCRIPTION_MAX) problems.push(`mô tả quá dài (${d.length} ký tự, tối đa ${DESCRIPTION_MAX})`);
  return problems;
}

/** Joins a lead ("Chỉ tiêu năm 2026 của phường Gia Viên") and a body, fitted to the limit. */
export const describe = (lead: string, body: string) => fitDescription(`${lead.replace(/[.:]\s*$/, '')}: ${body}`);
