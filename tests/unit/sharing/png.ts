// A small PNG reader for the image tests: the header (size, colour type) and the pixels (8-bit RGB/RGBA, not
// interlaced: what resvg writes), so a QR code can be decoded from the file itself.
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader { width: number; height: number; bitDepth: number; colorType: number; interlace: number }

export function isPng(file: Buffer): boolean {
  return file.subarray(0, 8).equals(SIGNATURE);
}

/** The IHDR chunk, which a valid PNG has first. */
export function pngHeader(file: Buffer): PngHeader {
  if (!isPng(file)) throw new Error('not a PNG file');
  if (file.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20), bitDepth: file[24]!, colorType: file[25]!, interlace: file[28]! };
}

/** RGBA pixels, row by row. */
export function pngPixels(file: Buffer): { width: number; height: number; data: Uint8ClampedArray } {
  const h = pngHeader(file);
  const channels = ({ 2: 3, 6: 4, 0: 1, 4: 2 } as Record<number, number>)[h.colorType];
  if (h.bitDepth !== 8 || h.interlace !== 0 || !channels) throw new Error(`unsupported PNG: depth ${h.bitDepth}, colour type ${h.colorType}, interlace ${h.interlace}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = h.width * channels;
  const out = new Uint8Array(h.height * stride);
  for (let y = 0; y < h.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      out[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const data = new Uint8ClampedArray(h.width * h.height * 4);
  for (let i = 0; i < h.width * h.height; i++) {
    const px = out.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, alpha] = channels >= 3 ? [px[0]!, px[1]!, px[2]!, channels === 4 ? px[3]! : 255] : [px[0]!, px[0]!, px[0]!, channels === 2 ? px[1]! : 255];
    data.set([r, g, b, alpha], i * 4);
  }
  return { width: h.width, height: h.height, data };
}
