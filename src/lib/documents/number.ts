// Document numbers as printed. A number left blank in the source ("Số -KL/ĐU": the digits before the slash
// part are missing) stays as printed, and pages say so beside it.

/** Whether the printed number leaves its digits blank: "Số -KL/ĐU", "Số: /CV-ĐU" → true; "Số 04-NQ/ĐU" → false. */
export function isBlankNumber(number: string | undefined): boolean {
  if (!number) return false;
  return /^(?:số\s*:?\s*)?[-/–]/iu.test(number.normalize('NFC').trim());
}
