// How long a text takes to read aloud: its syllables (tiếng) at a rate in syllables a minute.
// A Vietnamese word written between spaces is one syllable; a number counts as the syllables it is read with
// ("2.525" is "hai nghìn năm trăm hai mươi lăm": 7), an abbreviation left in capitals as its letters spelled out.

/** Syllables of a whole number read in Vietnamese: 5 → 1, 15 → 2, 25 → 3, 105 → 4 ("một trăm linh năm"), 2026 → 7. */
export function numberSyllables(n: number): number {
  if (!Number.isFinite(n) || n < 0) return 1;
  n = Math.floor(n);
  if (n < 10) return 1;
  if (n < 20) return n === 10 ? 1 : 2;
  if (n < 100) return n % 10 === 0 ? 2 : 3;
  if (n < 1000) {
    const rest = n % 100;
    return 2 + (rest === 0 ? 0 : rest < 10 ? 2 : numberSyllables(rest));
  }
  // Groups of three digits, each with its scale word (nghìn, triệu, tỷ); an inner group under 100 is read with
  // "không trăm" ("hai nghìn không trăm hai mươi sáu").
  const groups: number[] = [];
  for (let m = n; m > 0; m = Math.floor(m / 1000)) groups.unshift(m % 1000);
  let count = 0;
  groups.forEach((g, i) => {
    const scale = i < groups.length - 1 ? 1 : 0;
    if (g === 0) return;
    count += (i > 0 && g < 100 ? 2 + (g < 10 ? 1 : 0) : 0) + numberSyllables(g) + scale;
  });
  return count;
}

/** Syllables of a token holding digits: "2.525" 7, "96,5%" 7 ("chín mươi sáu phẩy năm phần trăm"), "11/19" 5. */
function numericSyllables(token: string): number {
  let count = 0;
  // Runs of digits with their separators, and what stands between them.
  for (const m of token.matchAll(/\d+(?:[.,]\d+)*|%|\/|[\p{L}]+/gu)) {
    const t = m[0];
    if (t === '%') count += 2;
    else if (t === '/') count += 1;
    else if (/^\d/.test(t)) {
      const [whole, fraction] = t.split(',');
      const grouped = /^\d{1,3}(\.\d{3})+$/.test(whole!);
      const parts = grouped ? [whole!.replace(/\./g, '')] : whole!.split('.');
      count += parts.reduce((s, p) => s + numberSyllables(Number(p)), 0) + (parts.length - 1);
      if (fraction !== undefined) count += 1 + numberSyllables(Number(fraction)) + (fraction.startsWith('0') ? 1 : 0);
    } else count += wordSyllables(t);
  }
  return count;
}

/** A word: one syllable, or its letters spelled out when it is an abbreviation in capitals ("GRDP": 4). */
function wordSyllables(word: string): number {
  if (word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) return [...word].length;
  return 1;
}

/** The syllables of a text as it is read aloud. */
export function syllableCount(text: string): number {
  let count = 0;
  for (const token of text.normalize('NFC').split(/\s+/)) {
    if (/\d/.test(token)) count += numericSyllables(token);
    else for (const part of token.split(/[-/–]/)) {
      const word = part.replace(/[^\p{L}\p{N}]/gu, '');
      if (word) count += wordSyllables(word);
    }
  }
  return count;
}

/** Seconds to read `syllables` at `rate` syllables a minute. */
export const readingSeconds = (syllables: number, rate: number) => (syllables / rate) * 60;

/** A reading time as a listener is told it: "khoảng 2 phút 15 giây", "khoảng 45 giây" (to the nearest 5 seconds). */
export function formatDuration(seconds: number): string {
  const s = Math.max(5, Math.round(seconds / 5) * 5);
  const min = Math.floor(s / 60);
  const sec = s % 60;
  const parts = [min ? `${min} phút` : '', sec ? `${sec} giây` : ''].filter(Boolean);
  return `khoảng ${parts.join(' ')}`;
}
