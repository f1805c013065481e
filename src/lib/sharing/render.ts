// Draws the images of cards.ts at build time: a satori tree → SVG → @resvg/resvg-js → PNG. Node only.
// Fonts: Be Vietnam Pro from @fontsource, read from node_modules, never fetched. Each subset is registered under
// its own name and all are listed in fontFamily (satori picks a glyph's font from that list); a glyph none of them
// has is an error (loadAdditionalAsset throws), never a fallback box. A drawing that overflows its box is an error.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori, { type Font, type SatoriNode } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { encode } from 'uqr';
import { COLORS, GEOMETRY, IMAGE_SIZE, IMAGE_WORDS, LEADING, TYPE_PX, bodyBox, upper, type ImageContent, type ImageFigure, type ImageFormat } from './cards.ts';

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const fontName = (subset: string) => `Be Vietnam Pro ${subset}`;
export const FONT_FAMILY = SUBSETS.map((s) => `"${fontName(s)}"`).join(', ');

/** Where rendered PNGs are kept between builds, by file name (which carries the hash of everything drawn). */
export const CACHE_DIR = 'node_modules/.cache/tuyen-truyen-anh';

const require = createRequire(join(process.cwd(), 'package.json'));
let fonts: Font[] | undefined;

export function loadFonts(): Font[] {
  fonts ??= SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => ({
    name: fontName(subset),
    weight,
    style: 'normal' as const,
    data: readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`)),
  })));
  return fonts;
}

export class MissingGlyphError extends Error {}

// ---- The tree -------------------------------------------------------------------------------------------------

type Style = Record<string, string | number>;
interface El { type: string; key?: string; props: { style?: Style; children?: Child | Child[]; src?: string; width?: number; height?: number } }
type Child = El | string;

const el = (type: string, style: Style, children?: Child | Child[], key?: string): El => ({ type, ...(key ? { key } : {}), props: { style, children } });
const box = (style: Style, children?: Child | Child[], key?: string) => el('div', { display: 'flex', ...style }, children, key);
/** A text block; `key` marks it for the overflow check. */
const text = (style: Style, children: Child | Child[], key: string) => el('div', { display: 'block', flexShrink: 0, ...style }, children, key);
const img = (src: string, width: number, height: number): El => ({ type: 'img', props: { src, width, height, style: { width, height } } });
const svgUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

// The site's mark (public/favicon.svg): a red square with a gold star.
const MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${COLORS.red}"/><path fill="${COLORS.gold}" d="M16 5l3.1 7.6 8.2.6-6.3 5.3 2 8-7-4.4-7 4.4 2-8-6.3-5.3 8.2-.6z"/></svg>`;

/** A QR code to `url` as an SVG: one path of dark modules, with the 4-module quiet zone, at whole pixels per module. */
export function qrCode(url: string, maxPx: number): { svg: string; px: number } {
  const { data, size } = encode(url, { ecc: 'M', border: 0 });
  const quiet = 4;
  const modules = size + 2 * quiet;
  const scale = Math.floor(maxPx / modules);
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x + quiet} ${y + quiet}h1v1h-1z`; }));
  const px = modules * scale;
  return {
    px,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${modules} ${modules}" shape-rendering="crispEdges"><rect width="${modules}" height="${modules}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`,
  };
}

function figureBlock(f: ImageFigure, format: ImageFormat, width: number, valuePx: number): El {
  const t = TYPE_PX[format];
  const g = GEOMETRY[format];
  // Satori sizes boxes without padding and border (content-box): the text column is what is left of `width`.
  return box({ flexDirection: 'column', flexShrink: 0, width: width - g.accent - g.accentPad, borderLeft: `${g.accent}px solid ${COLORS.red}`, paddingLeft: g.accentPad }, [
    text({ fontSize: t.frame, fontWeight: 700, lineHeight: LEADING.text, color: COLORS.red }, f.frame, 'body'),
    ...(f.label ? [text({ fontSize: t.label, lineHeight: LEADING.text, color: COLORS.ink }, f.label, 'body')] : []),
    ...f.values.flatMap((v) => [
      ...(v.caption ? [text({ fontSize: t.label, lineHeight: LEADING.text, color: COLORS.muted }, v.caption, 'body')] : []),
      text({ fontSize: valuePx, fontWeight: 700, lineHeight: LEADING.value, color: COLORS.ink },
        v.spans.map((s) => (s.strong ? el('span', { color: COLORS.red }, s.text) : s.text)), 'body'),
    ]),
    ...(format === 'poster' ? [text({ fontSize: TYPE_PX.poster.source, lineHeight: LEADING.text, color: COLORS.muted, marginTop: 6 }, `${IMAGE_WORDS.source}: ${f.source}`, 'body')] : []),
  ]);
}

/** The satori tree of an image: red bar, identity header, gold rule, body, (poster: QR block), footer band. */
export function imageTree(c: ImageContent): El {
  const { format } = c;
  const { width, height } = IMAGE_SIZE[format];
  const t = TYPE_PX[format];
  const g = GEOMETRY[format];
  const body = bodyBox(format);
  const blocks: El[] = [
    text({ fontSize: t.eyebrow, fontWeight: 700, lineHeight: LEADING.text, color: COLORS.red, letterSpacing: 0.5 }, upper(c.eyebrow), 'body'),
    text({ fontSize: c.layout.titlePx, fontWeight: 700, lineHeight: LEADING.title, color: COLORS.ink }, c.title, 'body'),
  ];
  if (c.lead) blocks.push(text({ fontSize: t.lead, lineHeight: LEADING.text, color: COLORS.muted }, c.lead, 'body'));
  if (c.facts.length) {
    blocks.push(box({ flexDirection: 'column', flexShrink: 0, gap: 6 }, c.facts.map((f) => box({ flexDirection: 'row', flexShrink: 0 }, [
      text({ width: g.factLabel, fontSize: t.factLabel, fontWeight: 700, lineHeight: LEADING.text, color: COLORS.muted, paddingTop: (t.fact - t.factLabel) * LEADING.text * 0.5 }, f.label, 'body'),
      text({ width: body.width - g.factLabel, fontSize: t.fact, lineHeight: LEADING.text, color: COLORS.ink }, f.text, 'body'),
    ]))));
  }
  if (c.figures.length) {
    const n = c.figures.length;
    const columns = c.layout.figures === 'columns';
    const w = columns ? (body.width - g.columnGap * (n - 1)) / n : body.width;
    blocks.push(box({ flexDirection: columns ? 'row' : 'column', flexShrink: 0, gap: columns ? g.columnGap : g.gap }, c.figures.map((f) => figureBlock(f, format, w, c.layout.valuePx))));
  }
  if (c.points.length) {
    blocks.push(box({ flexDirection: 'column', flexShrink: 0, gap: 8 }, c.points.map((p) => box({ flexDirection: 'row', flexShrink: 0 }, [
      text({ width: t.point, fontSize: t.point, lineHeight: LEADING.text, color: COLORS.red, fontWeight: 700 }, '•', 'body'),
      text({ width: body.width - t.point, fontSize: t.point, lineHeight: LEADING.text, color: COLORS.ink }, p, 'body'),
    ]))));
  }

  const header = box({ height: g.header, flexShrink: 0, alignItems: 'center', justifyContent: 'space-between', padding: `0 ${g.padX}px` }, [
    box({ alignItems: 'center', gap: 16 }, [
      img(svgUrl(MARK), g.mark, g.mark),
      text({ fontSize: t.identity, fontWeight: 700, color: COLORS.red, letterSpacing: 0.5 }, upper(c.identity.publisher), 'chrome'),
    ]),
    text({ fontSize: t.identity, fontWeight: 700, color: COLORS.muted, letterSpacing: 0.5 }, upper(c.identity.city), 'chrome'),
  ]);
  const rule = box({ height: g.rule, flexShrink: 0, margin: `0 ${g.padX}px`, backgroundColor: COLORS.gold });
  // Satori sizes boxes without their padding (content-box): the body's height is its content's.
  const main = box({ flexDirection: 'column', flexShrink: 0, height: body.height, padding: `${g.padTop}px ${g.padX}px ${g.padBottom}px`, gap: g.gap, overflow: 'hidden' }, blocks, 'main');
  const footer = box({ height: g.footer, flexShrink: 0, alignItems: 'center', padding: `0 ${g.padX}px`, backgroundColor: COLORS.red }, [
    text({ fontSize: t.footer, fontWeight: 700, color: COLORS.white }, c.identity.address, 'chrome'),
  ]);

  const parts = [box({ height: g.bar, flexShrink: 0, backgroundColor: COLORS.red }), header, rule, main];
  if (format === 'poster' && c.page) {
    const qr = qrCode(c.page.url, GEOMETRY.poster.qr);
    const p = TYPE_PX.poster;
    parts.push(box({ height: GEOMETRY.poster.qr, flexShrink: 0, margin: `${GEOMETRY.poster.qrGap / 2}px ${g.padX}px`, gap: GEOMETRY.poster.qrGap, alignItems: 'center', overflow: 'hidden' }, [
      img(svgUrl(qr.svg), qr.px, qr.px),
      box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, gap: 4, width: body.width - qr.px - GEOMETRY.poster.qrGap }, [
        text({ fontSize: p.qrLabel, fontWeight: 700, lineHeight: LEADING.text, color: COLORS.red, marginBottom: 8 }, IMAGE_WORDS.scan, 'qr'),
        ...c.page.lines.map((line) => text({ fontSize: p.address, lineHeight: LEADING.text, color: COLORS.ink, wordBreak: 'break-all' }, line, 'qr')),
      ], 'qr-box'),
    ], 'qr-block'));
  }
  parts.push(box({ height: g.footerRule, flexShrink: 0, backgroundColor: COLORS.gold }), footer);
  return box({ width, height, flexDirection: 'column', backgroundColor: COLORS.white, fontFamily: FONT_FAMILY, color: COLORS.ink }, parts);
}

// ---- Drawing --------------------------------------------------------------------------------------------------

/** Boxes that end outside their frame: the body's texts below the body, anything past the image's edges. */
function overflowOf(nodes: SatoriNode[], format: ImageFormat): string[] {
  const { width, height } = IMAGE_SIZE[format];
  const g = GEOMETRY[format];
  const main = nodes.find((n) => n.key === 'main');
  const qr = nodes.find((n) => n.key === 'qr-block');
  // The body's content box (its node is reported with its padding).
  const body = main && { left: main.left + g.padX, top: main.top + g.padTop, right: main.left + main.width - g.padX, bottom: main.top + main.height - g.padBottom };
  const qrBox = qr && { left: qr.left, top: qr.top, right: qr.left + qr.width, bottom: qr.top + qr.height };
  const problems: string[] = [];
  const EPS = 0.5;
  const at = (n: SatoriNode) => `${n.type} at ${Math.round(n.left)},${Math.round(n.top)} (${Math.round(n.width)}×${Math.round(n.height)})`;
  for (const n of nodes) {
    if (n.left < -EPS || n.top < -EPS || n.left + n.width > width + EPS || n.top + n.height > height + EPS) problems.push(`${at(n)} leaves the image`);
    const frame = n.key === 'body' ? body : n.key === 'qr' ? qrBox : undefined;
    if (!frame) continue;
    if (n.top + n.height > frame.bottom + EPS) problems.push(`${at(n)} runs below its box`);
    if (n.left < frame.left - EPS || n.left + n.width > frame.right + EPS) problems.push(`${at(n)} runs past its box`);
  }
  return problems;
}

/** satori → SVG, failing on a glyph no font has. */
export async function renderTree(tree: El, width: number, height: number, onNode?: (n: SatoriNode) => void): Promise<string> {
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: loadFonts(),
    onNodeDetected: onNode,
    loadAdditionalAsset: async (code, segment) => {
      throw new MissingGlyphError(`Không có chữ trong phông Be Vietnam Pro cho "${segment}" (${code}).`);
    },
  });
}

export async function renderSvg(c: ImageContent): Promise<string> {
  const { width, height } = IMAGE_SIZE[c.format];
  const nodes: SatoriNode[] = [];
  const svg = await renderTree(imageTree(c), width, height, (n) => nodes.push(n));
  const problems = overflowOf(nodes, c.format);
  if (problems.length) throw new Error(`Ảnh "${c.name}" (${c.format}) tràn khung: ${problems.slice(0, 3).join('; ')}.`);
  return svg;
}

export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: false }, background: COLORS.white }).render().asPng();
}

export async function renderPng(c: ImageContent): Promise<Buffer> {
  return svgToPng(await renderSvg(c));
}

/** The PNG from the cache when this exact file was drawn before; else drawn and kept. */
export async function cachedPng(c: ImageContent, file: string, dir = CACHE_DIR): Promise<{ png: Buffer; cached: boolean }> {
  const path = join(dir, file);
  if (existsSync(path)) return { png: readFileSync(path), cached: true };
  const png = await renderPng(c);
  mkdirSync(dir, { recursive: true });
  // Written aside, then renamed: two builds at once never read half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, path);
  return { png, cached: false };
}
