// A QR code of a URL as one short SVG path, made at build time (uqr): each run of dark modules in a row is one
// stroke of width 1, so the path stays a few hundred bytes instead of one square per module.
import { createHash } from 'node:crypto';
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

/** The QR code of a URL as a standalone SVG file. */
export function qrSvg(text: string): string {
  const { size, d } = qrPath(text);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" stroke="#000"/></svg>`;
}

/** The file a page's QR code is served as ("qr-1a2b3c4d.svg"): named by the URL it holds, so a new address gets a new file. */
export const qrFile = (text: string) => `qr-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.svg`;
