// Safe text for every text field of content (front matter, site.yaml, the YAML data): the pages print these fields
// as text, so markup or code in them is a mistake, or a payload copied in. The same rules as a document body's:
// no HTML tags, no {…}, no import/export, no javascript: or data: address.
const RULES: Array<[RegExp, (m: string) => string]> = [
  [/<!--|<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/, (m) => `thẻ HTML ${m.length > 40 ? `${m.slice(0, 40)}…` : m}`],
  [/\{[^{}]*\}/, (m) => `đoạn mã ${m.length > 40 ? `${m.slice(0, 40)}…` : m}`],
  [/^\s*(?:import|export)\s[^\n]*?(?:\bfrom\b|=|['"{*])[^\n]*/m, (m) => `dòng "${m.trim().slice(0, 50)}"`],
  [/\b(?:java|vb)script\s*:|\bdata:[\w.+-]+\/[\w.+-]+/i, (m) => `địa chỉ "${m.replace(/\s+/g, '')}"`],
];

/** Why `value` may not stand in a text field, or null. */
export function unsafeTextProblem(value: string): string | null {
  for (const [pattern, name] of RULES) {
    const m = pattern.exec(value);
    if (m) return `có ${name(m[0])}: trường này chỉ chứa chữ (không thẻ HTML, không {…}, không import/export, không địa chỉ javascript: hay data:). Xoá phần đó, hoặc viết lại bằng chữ`;
  }
  return null;
}
