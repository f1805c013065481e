// Vietnamese text as Windows-1258 stores it, to make fixtures: base letters precomposed (â ê ô ơ ư ă đ among them),
// the five tone marks as combining characters after them, then encoded with iconv-lite.
import iconv from 'iconv-lite';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

export function toWindows1258Form(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      const tones = parts.match(TONES)?.join('') ?? '';
      return tones ? parts.replace(TONES, '').normalize('NFC') + tones : ch;
    })
    .join('');
}

export const windows1258 = (text: string): Buffer => iconv.encode(toWindows1258Form(text), 'windows1258');
