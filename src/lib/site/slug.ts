// URL slugs without diacritics: "Đảng ủy phường Gia Viên" → "dang-uy-phuong-gia-vien".

/** Strips Vietnamese tone and vowel marks; đ/Đ become d/D (NFD does not decompose them). */
export function removeDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string): string {
  return removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
