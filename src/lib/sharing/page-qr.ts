// A QR code of a URL as one short SVG path, made at build time (uqr): each run of dark modules in a row is one
// stroke of width 1, so the path stays a few hundred bytes instead of one square per module.
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number;
  /** Draw with stroke (width 1, the default) and no fill. */
  d: string;
}

export function qrPath(text: string, border = 4): QrPath {
  const { data, size } = encode(text, { ecc: 'L', boostEcc: true, border });
  let d = '';
  let x = 0;
  let y = 0;
  data.forEach((row, r) => {
    for (let c = 0; c < size; c++) {
      if (!row[c] || row[c - 1]) continue;
      let end = c;
      while (row[end]) end++;
      // The first move is absolute; then relative moves from the end of the previous run.
      d += d ? `m${c - x} ${r - y}h${end - c}` : `M${c} ${r}.5h${end - c}`;
      x = end;
      y = r;
    }
  });
  return { size, d };
}
