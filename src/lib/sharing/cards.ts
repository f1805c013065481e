// What each generated image says: the 1200×630 link-preview card and the 1080×1350 poster. Pure functions of the
// site's data. The content is chosen here to fit its frame (estimated with Be Vietnam Pro's advance widths), so the
// alt text names exactly what is drawn; render.ts draws it with the same geometry and fails if anything overflows.
import { createHash } from 'node:crypto';
import { figureFrame, figurePlace, valuePieces, type FrameInput, type TextPiece } from '../infographics/figures.ts';
import { figureValueCaption, headingText } from '../infographics/sections.ts';
import { isBlankNumber } from '../documents/number.ts';
import type { FigureValue } from '../infographics/schema.ts';
import { fitDescription } from './description.ts';

export type ImageFormat = 'card' | 'poster';

export const IMAGE_SIZE = {
  card: { width: 1200, height: 630 },
  poster: { width: 1080, height: 1350 },
} as const;

/** No text on any image is smaller than this (px); a card's title never under MIN_TITLE_PX, so a phone thumbnail reads. */
export const MIN_TEXT_PX = 24;
export const MIN_TITLE_PX = 44;

/** Type sizes in px. `title` and `value` list the sizes tried, largest first. */
export const TYPE_PX = {
  card: { identity: 26, eyebrow: 24, title: [56, 50, 44], lead: 26, factLabel: 24, fact: 26, frame: 24, label: 24, value: [30, 26], point: 26, footer: 26 },
  poster: { identity: 30, eyebrow: 28, title: [62, 56, 50], lead: 30, factLabel: 26, fact: 28, frame: 26, label: 28, value: [38, 32], source: 24, point: 30, qrLabel: 30, address: 26, footer: 28 },
} as const;

/** Line heights, as a multiple of the type size. */
export const LEADING = { title: 1.14, text: 1.3, value: 1.22 } as const;

/** Boxes in px: the red bar on top, the identity header, the gold rules, the footer band, the body's padding. */
export const GEOMETRY = {
  card: { bar: 8, header: 70, rule: 4, footerRule: 6, footer: 62, padX: 56, padTop: 20, padBottom: 16, mark: 44, gap: 12, accent: 6, accentPad: 16, factLabel: 250, columnGap: 28 },
  poster: { bar: 14, header: 104, rule: 5, footerRule: 7, footer: 78, padX: 60, padTop: 34, padBottom: 26, mark: 56, gap: 24, accent: 8, accentPad: 20, factLabel: 250, columnGap: 32, qr: 300, qrGap: 36 },
} as const;

export const COLORS = { red: '#a3161a', redDark: '#7d0f12', gold: '#f5c542', ink: '#1c1b1a', muted: '#5a5650', line: '#d9d4cc', white: '#ffffff' } as const;

/** Words on the images (Vietnamese). */
export const IMAGE_WORDS = {
  blankNumber: '(để trống số)',
  noNumber: 'Văn bản không ghi số',
  number: 'Số, ký hiệu',
  date: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  subject: 'Trích yếu',
  source: 'Nguồn',
  scan: 'Quét mã để xem trên trang',
  siteSections: 'Văn bản · Nhiệm vụ · Chỉ tiêu',
  holds: 'Gồm',
  reference: 'tham khảo',
  groupOf: (n: number) => `Nhóm nhiệm vụ ${n}/10`,
  dataSet: 'Bộ số liệu',
  comparable: (n: number) => `${n} chỉ tiêu so sánh được`,
} as const;

export interface TextSpan { text: string; strong: boolean }

export interface ImageFigure {
  /** Whose, what kind, when: "Phường Gia Viên · Chỉ tiêu · năm 2026". */
  frame: string;
  label: string;
  /** Each value in the document's own words, the number marked to stand out. */
  values: Array<{ caption?: string | undefined; spans: TextSpan[] }>;
  /** "Nghị quyết của Ban Chấp hành Đảng bộ phường Gia Viên, mục (6)": on posters. */
  source: string;
}

export interface ImageFact { label: string; text: string }

/** The site's identity as every image carries it. */
export interface ImageIdentity {
  /** "Đảng ủy phường Hải Dương" (drawn in capitals). */
  publisher: string;
  city: string;
  /** The site's address without the scheme: "haiduong.haiphong.gov.vn/tuyen-truyen/". */
  address: string;
}

/** What an image says, before fitting: every candidate, richest first. */
export interface ImageDraft {
  format: ImageFormat;
  /** File name stem: "chi-tieu-gia-vien-2026". */
  name: string;
  identity: ImageIdentity;
  /** The line above the title, in sentence case (drawn in capitals). */
  eyebrow: string;
  title: string;
  /** A line under the title (the theme, a set's count); the first thing left out when space runs short. */
  lead?: string | undefined;
  /** A document's printed facts; a long "Trích yếu" is shortened to fit. */
  facts?: ImageFact[] | undefined;
  /** At most three, most important first; those that do not fit are left out from the end. */
  figures?: ImageFigure[] | undefined;
  /** Shown when there are no figures: emphasis points, the site's sections. */
  points?: string[] | undefined;
  /** Posters: the page the QR code opens. */
  page?: PageAddress | undefined;
}

/** A page's URL, and its address as printed: the site's root on one line, the page's path on the next. */
export interface PageAddress { url: string; address: string; lines: string[] }

/** What an image says and how it is laid out: the input of render.ts, and of the file name's hash. */
export interface ImageContent extends Required<Omit<ImageDraft, 'page' | 'lead'>> {
  lead?: string | undefined;
  page?: PageAddress | undefined;
  layout: { titlePx: number; valuePx: number; figures: 'rows' | 'columns' };
  alt: string;
}

// ---- Text measure ---------------------------------------------------------------------------------------------

// Advance widths (em) of Be Vietnam Pro, measured with satori at 400 and 700; a letter with tone or vowel marks
// takes its base letter's width (ơ, ư, đ have their own).
const WIDTH_KEYS = ' 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:;!?()[]/-–—·%"“”\'…+&ơưđƠƯĐ';
const WIDTHS: Record<400 | 700, number[]> = {
  400: [0.23, 0.68, 0.39, 0.65, 0.66, 0.71, 0.66, 0.68, 0.6, 0.63, 0.68, 0.64, 0.65, 0.61, 0.65, 0.6, 0.38, 0.63, 0.58, 0.26, 0.3, 0.56, 0.26, 0.89, 0.57, 0.64, 0.65, 0.65, 0.39, 0.51, 0.42, 0.57, 0.6, 0.9, 0.56, 0.58, 0.5, 0.74, 0.67, 0.78, 0.73, 0.62, 0.63, 0.78, 0.71, 0.26, 0.47, 0.68, 0.62, 0.85, 0.73, 0.83, 0.64, 0.82, 0.67, 0.64, 0.65, 0.73, 0.72, 1.02, 0.72, 0.67, 0.66, 0.27, 0.29, 0.29, 0.3, 0.28, 0.57, 0.44, 0.44, 0.46, 0.46, 0.39, 0.61, 0.68, 0.87, 0.26, 0.85, 0.32, 0.37, 0.41, 0.18, 0.73, 0.61, 0.74, 0.64, 0.6, 0.68, 0.83, 0.77, 0.79],
  700: [0.23, 0.7, 0.43, 0.66, 0.68, 0.72, 0.68, 0.7, 0.62, 0.67, 0.7, 0.66, 0.66, 0.62, 0.66, 0.61, 0.39, 0.65, 0.61, 0.3, 0.31, 0.6, 0.29, 0.9, 0.6, 0.65, 0.66, 0.67, 0.43, 0.53, 0.44, 0.59, 0.63, 0.92, 0.61, 0.6, 0.52, 0.77, 0.71, 0.78, 0.75, 0.64, 0.64, 0.79, 0.73, 0.29, 0.49, 0.72, 0.64, 0.89, 0.75, 0.83, 0.68, 0.83, 0.71, 0.68, 0.69, 0.74, 0.76, 1.07, 0.77, 0.72, 0.67, 0.31, 0.32, 0.34, 0.35, 0.34, 0.62, 0.45, 0.45, 0.5, 0.5, 0.41, 0.61, 0.7, 0.87, 0.31, 0.87, 0.39, 0.45, 0.46, 0.22, 0.86, 0.65, 0.76, 0.67, 0.64, 0.69, 0.83, 0.79, 0.78],
};
/** Estimates run a little wide, so a line the estimate fits also fits when drawn. */
const MEASURE_MARGIN = 1.04;

function charWidth(c: string, weight: 400 | 700): number {
  let i = WIDTH_KEYS.indexOf(c);
  if (i < 0) i = WIDTH_KEYS.indexOf(c.normalize('NFD')[0] ?? '');
  return i < 0 ? 0.75 : WIDTHS[weight][i]!;
}

/** The width of a text on one line, in px. */
export function textWidth(text: string, px: number, weight: 400 | 700 = 400): number {
  let em = 0;
  for (const c of text.normalize('NFC')) em += charWidth(c, weight);
  return em * px * MEASURE_MARGIN;
}

/** How many lines a text takes in a box `width` px wide, wrapped at spaces (a word longer than a line breaks). */
export function lineCount(text: string, px: number, width: number, weight: 400 | 700 = 400): number {
  const space = textWidth(' ', px, weight);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, px, weight);
    if (used > 0 && used + space + w > width) {
      lines++;
      used = 0;
    }
    if (w > width) {
      lines += Math.ceil(w / width) - 1;
      used = w % width;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

const linesHeight = (text: string, px: number, width: number, weight: 400 | 700, leading: number) => lineCount(text, px, width, weight) * px * leading;

// ---- Layout estimate (the same stack render.ts draws) -------------------------------------------------------

export function bodyBox(format: ImageFormat) {
  const g = GEOMETRY[format];
  const { width, height } = IMAGE_SIZE[format];
  const qr = format === 'poster' ? GEOMETRY.poster.qr + GEOMETRY.poster.qrGap : 0;
  return { width: width - 2 * g.padX, height: height - g.bar - g.header - g.rule - g.footerRule - g.footer - g.padTop - g.padBottom - qr };
}

/** Eyebrows and the identity line are drawn in capitals. */
export const upper = (s: string) => s.toLocaleUpperCase('vi');

const spansText = (spans: TextSpan[]) => spans.map((s) => s.text).join('');

export function figureHeight(f: ImageFigure, format: ImageFormat, width: number, valuePx: number = TYPE_PX[format].value[0]): number {
  const t = TYPE_PX[format];
  const g = GEOMETRY[format];
  const w = width - g.accent - g.accentPad;
  let h = linesHeight(f.frame, t.frame, w, 700, LEADING.text);
  if (f.label) h += linesHeight(f.label, t.label, w, 400, LEADING.text);
  for (const v of f.values) {
    if (v.caption) h += linesHeight(v.caption, t.label, w, 400, LEADING.text);
    h += linesHeight(spansText(v.spans), valuePx, w, 700, LEADING.value);
  }
  if (format === 'poster') h += 6 + linesHeight(`${IMAGE_WORDS.source}: ${f.source}`, TYPE_PX.poster.source, w, 400, LEADING.text);
  return h;
}

export function figuresHeight(figures: ImageFigure[], format: ImageFormat, layout: 'rows' | 'columns', valuePx: number = TYPE_PX[format].value[0]): number {
  if (!figures.length) return 0;
  const { width } = bodyBox(format);
  const g = GEOMETRY[format];
  if (layout === 'rows') return figures.reduce((sum, f) => sum + figureHeight(f, format, width, valuePx), 0) + g.gap * (figures.length - 1);
  const col = (width - g.columnGap * (figures.length - 1)) / figures.length;
  return Math.max(...figures.map((f) => figureHeight(f, format, col, valuePx)));
}

export function factsHeight(facts: ImageFact[], format: ImageFormat): number {
  const t = TYPE_PX[format];
  const g = GEOMETRY[format];
  const w = bodyBox(format).width - g.factLabel;
  return facts.reduce((sum, f) => sum + Math.max(t.factLabel * LEADING.text, linesHeight(f.text, t.fact, w, 400, LEADING.text)), 0) + 6 * Math.max(0, facts.length - 1);
}

export function pointsHeight(points: string[], format: ImageFormat): number {
  const t = TYPE_PX[format];
  const w = bodyBox(format).width - t.point;
  return points.reduce((sum, p) => sum + linesHeight(p, t.point, w, 400, LEADING.text), 0) + 8 * Math.max(0, points.length - 1);
}

/** The body's height, top to bottom, as render.ts stacks it. */
export function contentHeight(c: Omit<ImageContent, 'alt' | 'name' | 'identity' | 'format'> & { format: ImageFormat }): number {
  const { format } = c;
  const t = TYPE_PX[format];
  const g = GEOMETRY[format];
  const { width } = bodyBox(format);
  const blocks = [
    linesHeight(upper(c.eyebrow), t.eyebrow, width, 700, LEADING.text),
    linesHeight(c.title, c.layout.titlePx, width, 700, LEADING.title),
    c.lead ? linesHeight(c.lead, t.lead, width, 400, LEADING.text) : 0,
    factsHeight(c.facts, format),
    figuresHeight(c.figures, format, c.layout.figures, c.layout.valuePx),
    pointsHeight(c.points, format),
  ].filter((h) => h > 0);
  return blocks.reduce((a, b) => a + b, 0) + g.gap * (blocks.length - 1);
}

// ---- Fitting --------------------------------------------------------------------------------------------------

/** Shortens a long "Trích yếu" (a document's subject) only when the card has no room for all of it. */
const SUBJECT_LENGTHS = [Infinity, 200, 150, 110];

/**
 * The richest content that fits: every figure first (rows, then side by side), then the largest title; the lead
 * line goes before a figure does; points (shown only without figures) go one by one from the end; a long subject
 * is shortened (with "…") before the values' type gets smaller, and that before the title does.
 * Throws when not even the title fits: content too long for an image is an error to fix, never a clipped image.
 */
export function fitImage(d: ImageDraft): ImageContent {
  const figures = d.figures ?? [];
  const facts = d.facts ?? [];
  const box = bodyBox(d.format);
  const subjectAt = facts.findIndex((f) => f.label === IMAGE_WORDS.subject);
  const points = d.points ?? [];
  for (let n = figures.length; n >= 0; n--) {
    for (let p = n > 0 ? 0 : points.length; p >= 0; p--) {
    for (const lead of d.lead ? [d.lead, undefined] : [undefined]) {
      for (const layout of n > 1 ? (['rows', 'columns'] as const) : (['rows'] as const)) {
        for (const subjectLength of subjectAt >= 0 ? SUBJECT_LENGTHS : [Infinity]) {
          for (const valuePx of n > 0 ? TYPE_PX[d.format].value : [TYPE_PX[d.format].value[0]]) {
          for (const titlePx of TYPE_PX[d.format].title) {
            const f = subjectAt < 0 || subjectLength === Infinity ? facts : facts.map((x, i) => (i === subjectAt ? { ...x, text: fitDescription(x.text, subjectLength) } : x));
            const content = {
              format: d.format, name: d.name, identity: d.identity, eyebrow: d.eyebrow, title: d.title, lead,
              facts: f, figures: figures.slice(0, n), points: points.slice(0, p), page: d.page,
              layout: { titlePx, valuePx, figures: layout },
            };
            if (contentHeight(content) <= box.height) return { ...content, alt: altText(content) };
          }
          }
        }
      }
    }
    }
  }
  throw new Error(`Ảnh "${d.name}" (${d.format}): tiêu đề quá dài, không vừa khung ảnh: "${d.title}".`);
}

/** Alt text stops adding secondary parts at this length; the title and every figure stay whole, however long. */
export const ALT_MAX = 300;

/**
 * The image in words, for og:image:alt: its title and every figure whole (a figure is never cut from its
 * qualifier, a count never from its whole), then as much of the rest as fits, in order.
 */
export function altText(c: Pick<ImageContent, 'format' | 'identity' | 'eyebrow' | 'title' | 'lead' | 'facts' | 'figures' | 'points' | 'page'>): string {
  const clean = (p: string) => p.replace(/[.:;]\s*$/u, '');
  const figures = c.figures.map((f) => `${f.frame}: ${f.label ? `${f.label} – ` : ''}${f.values.map((v) => `${v.caption ? `${v.caption}: ` : ''}${spansText(v.spans)}`).join('; ')}`);
  const rest = [
    c.lead,
    ...c.facts.map((f) => `${f.label}: ${f.text}`),
    ...c.points,
    `${c.identity.publisher}, ${c.identity.address}`,
    c.page ? `Mã QR đến ${c.page.address}` : undefined,
  ].filter((p): p is string => !!p);
  let alt = [`${c.eyebrow}: ${c.title}`, ...figures].map(clean).join('. ');
  for (const part of rest) {
    if (alt.length + 2 + part.length > ALT_MAX) break;
    alt += `. ${clean(part)}`;
  }
  return `${alt}.`;
}

/** The image's file: its name and a hash of everything drawn, so a corrected figure gets a new address. */
export function imageFile(c: ImageContent, renderKey: string): string {
  const hash = createHash('sha256').update(renderKey).update('\0').update(JSON.stringify(c)).digest('hex').slice(0, 8);
  return `${c.name}-${hash}.png`;
}

// ---- Figures, documents and their sources ---------------------------------------------------------------------

/** What a figure needs on an image: its frame, label, values, and where it is printed. */
export interface FigureLike extends FrameInput {
  label: string;
  number?: string | undefined;
  values: FigureValue[];
  passage: { anchor: string };
}

/** A document's printed facts. */
export interface DocumentFacts {
  id: string;
  title: string;
  /** "Nghị quyết". */
  type: string;
  /** As printed ("Số -KL/ĐU"); absent when the document prints none. */
  number?: string | undefined;
  /** As the site prints it: "08/12/2025", "tháng 04 năm 2026", "năm 2026". */
  date: string;
  /** ISO, as precise as known: "2025-12-08", "2026-04", "2026". */
  dateIso: string;
  /** The issuing body: "Ban Chấp hành Đảng bộ phường Gia Viên". */
  issuer: string;
  ward: string;
  subject: string;
  summary: string;
}

/** "Số 04-NQ/ĐU" → "04-NQ/ĐU". */
export const bareNumber = (n: string) => n.trim().replace(/^số\s*:?\s*/iu, '');

/**
 * A document named in a source line: its type and number ("Nghị quyết số 04-NQ/ĐU"), or its type and issuer when
 * the number is blank or not printed ("Kết luận của Ban Chấp hành Đảng bộ phường Thủy Nguyên").
 */
export function documentName(d: Pick<DocumentFacts, 'type' | 'number' | 'issuer'>): string {
  return d.number && !isBlankNumber(d.number) ? `${d.type} số ${bareNumber(d.number)}` : `${d.type} của ${d.issuer}`;
}

/** A document's number on a card: as printed, "(để trống số)" beside a blank one; or that it prints none. */
export function numberText(number: string | undefined): string {
  if (!number) return IMAGE_WORDS.noNumber;
  return isBlankNumber(number) ? `${number} ${IMAGE_WORDS.blankNumber}` : number;
}

const words = (s: string) => s.toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A label the values' own words already say in full is not repeated above them. */
export function labelNeeded(label: string, values: Array<{ text: string }>): boolean {
  const said = new Set(words(values.map((v) => v.text).join(' ')));
  return !words(label).every((w) => said.has(w));
}

/**
 * A figure as an image shows it: never barer than on its page (owner, kind, when, the document's own words, each
 * value's caption); its label unless the values already say every word of it.
 */
export function imageFigure(f: FigureLike, owner: string, doc: Pick<DocumentFacts, 'type' | 'number' | 'issuer'>, label = f.label): ImageFigure {
  return {
    frame: figureFrame(f, owner),
    label: label && labelNeeded(label, f.values) ? label : '',
    values: f.values.map((v, i) => ({
      caption: figureValueCaption({ label: f.label, values: f.values }, i),
      spans: valuePieces(v).map((p: TextPiece) => ({ text: p.text, strong: p.figure })),
    })),
    source: `${documentName(doc)}, ${figurePlace(f)}`,
  };
}

// ---- The images of each kind of page --------------------------------------------------------------------------

export interface SiteFacts {
  ward: string;
  wardName: string;
  city: string;
  siteName: string;
  theme?: string | undefined;
  /** Absolute URL of the site's root (with its base path). */
  rootUrl: string;
}

/** "https://x.gov.vn/tuyen-truyen/van-ban/" → "x.gov.vn/tuyen-truyen/van-ban/"; the root without its slash: "x.gov.vn". */
export const displayAddress = (url: string) => url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/^([^/]+)\/$/, '$1');

export const publisherName = (ward: string) => `Đảng ủy phường ${ward}`;

export function pageAddress(site: SiteFacts, url: string): PageAddress {
  const root = `${displayAddress(site.rootUrl).replace(/\/$/, '')}/`;
  const address = displayAddress(url);
  return { url, address, lines: address.startsWith(root) && address !== root ? [root, address.slice(root.length)] : [address] };
}

export function identityOf(site: SiteFacts): ImageIdentity {
  return { publisher: publisherName(site.ward), city: site.city, address: displayAddress(site.rootUrl) };
}

const SITE_POINTS = ['Văn bản của cấp ủy, đăng nguyên văn', 'Mười nhóm nhiệm vụ, giải pháp trọng tâm năm 2026', 'Chỉ tiêu, kết quả của phường, dẫn về đúng đoạn văn bản'];

/** The card every page without its own carries: the site, its theme and sections. */
export function siteImage(site: SiteFacts): ImageContent {
  return fitImage({
    format: 'card', name: 'trang', identity: identityOf(site),
    eyebrow: IMAGE_WORDS.siteSections, title: site.siteName, lead: site.theme,
    points: SITE_POINTS,
  });
}

/** The home page's card: the site and the ward's own headline figures. */
export function homeImage(site: SiteFacts, figures: ImageFigure[]): ImageContent {
  return fitImage({
    format: 'card', name: 'trang-chu', identity: identityOf(site),
    eyebrow: IMAGE_WORDS.siteSections, title: site.siteName, lead: site.theme, figures: figures.slice(0, 3),
    points: SITE_POINTS,
  });
}

/** A document's card: its type, number, date, issuer and subject. */
export function documentImage(site: SiteFacts, doc: DocumentFacts): ImageContent {
  return fitImage({
    format: 'card', name: `van-ban-${doc.id}`, identity: identityOf(site),
    eyebrow: `${doc.type} · phường ${doc.ward}`, title: doc.title,
    facts: [
      { label: IMAGE_WORDS.number, text: numberText(doc.number) },
      { label: IMAGE_WORDS.date, text: doc.date },
      { label: IMAGE_WORDS.issuer, text: doc.issuer },
      { label: IMAGE_WORDS.subject, text: doc.subject },
    ],
  });
}

export interface TaskGroupFacts { id: string; number: number; title: string; emphasis: string[] }

/** A task group's card and poster: its official title and its figures (or, without figures, its emphasis points). */
export function taskGroupImages(site: SiteFacts, group: TaskGroupFacts, figures: ImageFigure[], pageUrl: string): { card: ImageContent; poster: ImageContent } {
  const base = {
    identity: identityOf(site), eyebrow: IMAGE_WORDS.groupOf(group.number), title: headingText(group.title),
    figures: figures.slice(0, 3), points: group.emphasis,
  };
  return {
    card: fitImage({ ...base, format: 'card', name: `nhiem-vu-${group.id}` }),
    poster: fitImage({ ...base, format: 'poster', name: `nhiem-vu-${group.id}-ap-phich`, page: pageAddress(site, pageUrl) }),
  };
}

export interface TargetSetFacts { id: string; title: string; ward: string; own: boolean; counts: string }

/** A target set's card and poster: its title and headline figures, each in its frame. */
export function targetSetImages(site: SiteFacts, set: TargetSetFacts, figures: ImageFigure[], pageUrl: string): { card: ImageContent; poster: ImageContent } {
  const base = {
    identity: identityOf(site),
    eyebrow: `${IMAGE_WORDS.dataSet} · phường ${set.ward}${set.own ? '' : ` (${IMAGE_WORDS.reference})`}`,
    title: set.title, lead: `${IMAGE_WORDS.holds} ${set.counts}`, figures: figures.slice(0, 3),
  };
  return {
    card: fitImage({ ...base, format: 'card', name: `chi-tieu-${set.id}` }),
    poster: fitImage({ ...base, format: 'poster', name: `chi-tieu-${set.id}-ap-phich`, page: pageAddress(site, pageUrl) }),
  };
}

/** The comparison page's card: the first indicator across wards, the site's own ward first. */
export function comparisonImage(site: SiteFacts, title: string, count: number, indicator: string, rows: ImageFigure[]): ImageContent {
  return fitImage({
    format: 'card', name: 'chi-tieu-so-sanh', identity: identityOf(site),
    eyebrow: IMAGE_WORDS.comparable(count), title, lead: indicator, figures: rows.slice(0, 3),
  });
}

/** Every string an image may draw, for the glyph test. */
export function imageStrings(c: ImageContent): string[] {
  return [
    upper(c.identity.publisher), upper(c.identity.city), c.identity.address, upper(c.eyebrow), c.title, c.lead ?? '',
    ...c.facts.flatMap((f) => [f.label, f.text]),
    ...c.figures.flatMap((f) => [f.frame, f.label, f.source, `${IMAGE_WORDS.source}: `, ...f.values.flatMap((v) => [v.caption ?? '', ...v.spans.map((s) => s.text)])]),
    ...c.points, ...(c.page?.lines ?? []), IMAGE_WORDS.scan, '•',
  ].filter(Boolean);
}
