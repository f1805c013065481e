// The A4 handout ("tờ tin") of a task group or a target set: what it prints, as data. A task group's handout holds
// its title and emphasis points word for word, its own figures and the site's own ward's figures (never another
// ward's: those stay on the page, for reference); a target set's holds its figures section by section. Every figure
// reads as on the infographic pages (figures.ts): whose, what kind, for when, the value in the document's words,
// and its source. Pure functions; documents come in as plain data.
import type { Figure, GroupFigure, Result, TargetSet, TaskGroup } from '../infographics/data.ts';
import { figureKinds, type FigureKind } from '../infographics/schema.ts';
import { figureOwner, figurePlace, figureWhen, KIND_ORDER, kindLabel, resultHeading, sectionOfAnchor, valuePieces, type TextPiece } from '../infographics/figures.ts';
import { figureValueCaption, headingText, valueCaption } from '../infographics/sections.ts';
import { kindSections } from '../infographics/target-pages.ts';
import { documentTypes, type DocumentType } from '../documents/schema.ts';
import { formatPartialDate, type PartialDate } from '../site/format.ts';

/** What a handout needs of a document. */
export interface HandoutDocument {
  id: string;
  title: string;
  type: DocumentType;
  ward: string;
  body: string;
  date: PartialDate;
}

export type DocumentInfo = (id: string) => HandoutDocument;

/**
 * How much of a task group's one A4 page its figures may fill, in figureWeight units (about one printed line
 * each): 20 is five one-value figures, or three with several values and a note. The rest stay on the page.
 */
export const GROUP_FIGURE_ROOM = 20;
/** At most this many figures on a target set's handout (two A4 pages). */
export const SET_FIGURE_LIMIT = 24;

export const handoutText = {
  print: 'In tờ tin',
  pdf: 'Tải tờ tin (PDF)',
  pdfWithSize: (kb: number) => `Tải tờ tin (PDF, ${kb} KB)`,
  intro: 'Tờ tin khổ A4 để in, phát khi sinh hoạt chi bộ, họp tổ dân phố. Lệnh In của trình duyệt cũng in tờ tin này.',
  kind: 'Tờ tin tuyên truyền',
  figures: 'Con số chính',
  noOwnFigures: (ward: string) => `Chưa có chỉ tiêu nào của phường ${ward} gắn với nhóm này.`,
  leftOut: (n: number) => `Còn ${n} con số khác trên trang.`,
  otherWards: (wards: string[]) => `Trên trang còn có con số của ${wards.map((w) => `phường ${w}`).join(', ')} để tham khảo; tờ tin này không in.`,
  reference: (ward: string, siteWard: string) => `Con số của phường ${ward}, không phải của phường ${siteWard}; in để tham khảo.`,
  sources: 'Văn bản nguồn',
  qr: 'Quét mã để xem trang',
  more: 'Xem đầy đủ, mỗi con số dẫn về đúng đoạn văn bản, tại:',
  qrLabel: (url: string) => `Mã QR dẫn tới ${url}`,
  editorNote: 'Ghi chú của biên tập',
  sourceLine: 'Nguồn',
  columns: ['Mục, nội dung', 'Văn bản ghi'],
} as const;

export interface HandoutValue {
  /** What the value counts, where the figure has several and its words do not say it. */
  caption: string | undefined;
  /** The value's words, the number marked, the qualifier beside it: "đạt từ " + "96,7%" + " trở lên". */
  pieces: TextPiece[];
}

export interface HandoutResult {
  /** "Kết quả Quý I/2026 (báo cáo ngày 05/04/2026)". */
  heading: string;
  values: HandoutValue[];
  note: string | undefined;
  source: string;
}

export interface HandoutFigure {
  id: string;
  kind: FigureKind;
  /** The kind and period: "Chỉ tiêu · năm 2026". */
  badge: string;
  /** Whose figure it is: "Phường Hải Dương", "Thành phố Hải Phòng". */
  owner: string;
  number: string | undefined;
  label: string;
  values: HandoutValue[];
  note: string | undefined;
  /** Where the document prints it: "mục (14)", "mục II.2". */
  place: string;
  /** In a table, the kind and period where its section's heading does not already say them. */
  frame?: string | undefined;
  /** "Chương trình hành động phường Hải Dương, mục II.2". */
  source: string;
  results: HandoutResult[];
}

export interface HandoutSection {
  /** Undefined when the handout has one list only. */
  heading: string | undefined;
  figures: HandoutFigure[];
}

export interface HandoutSource {
  id: string;
  /** "Chương trình hành động thực hiện … – Ban Thường vụ Đảng ủy phường Hải Dương, năm 2026". */
  text: string;
  /** dd/mm/yyyy, or the part of the date the document prints ("năm 2026"). */
  date: string;
}

export interface Handout {
  /** A task group's figures print as boxes with large numbers; a set's, many more, as a table. */
  layout: 'cards' | 'table';
  /** The table's one source document, said once above it: "Nguồn: Nghị quyết phường Gia Viên, 08/12/2025". */
  tableSource: string | undefined;
  /** "Nhóm nhiệm vụ 1/10" or "Chỉ tiêu". */
  label: string;
  title: string;
  /** What the page says under the title: the set's summary; none for a task group. */
  summary: string | undefined;
  /** A task group's emphasis points, lead and items word for word. */
  emphasis: { heading: string; lead: string; points: string[] } | undefined;
  /** A set of another ward: whose figures these are. */
  reference: string | undefined;
  sections: HandoutSection[];
  /** Said where the handout has no figure of the site's own ward. */
  empty: string | undefined;
  /** What is on the page but not on the handout. */
  notes: string[];
  sources: HandoutSource[];
  /** The PDF's site path (under the base): "to-tin/nhom-1-tang-truong-ngan-sach.pdf". */
  pdf: string;
}

/** "Chương trình hành động phường Hải Dương, mục II.2"; a city aim names the body whose document carries it. */
export function figureSource(kind: FigureKind, doc: Pick<HandoutDocument, 'type' | 'ward' | 'body'>, place: string): string {
  return `${documentTypes[doc.type]} ${kind === 'muc-tieu-thanh-pho' ? `của ${doc.body}` : `phường ${doc.ward}`}, ${place}`;
}

const values = (figure: { label: string; values: Figure['values'] }): HandoutValue[] =>
  figure.values.map((v, i) => ({ caption: figureValueCaption(figure, i), pieces: valuePieces(v) }));

function handoutResult(r: Result, docs: DocumentInfo): HandoutResult {
  return {
    heading: resultHeading(r),
    values: r.values.map((v) => ({ caption: valueCaption(v, r.values.length), pieces: valuePieces(v) })),
    note: r.note,
    source: figureSource('ket-qua', docs(r.document), sectionOfAnchor(r.passage.anchor)),
  };
}

/** One figure as the handout prints it. */
export function handoutFigure(f: Figure | GroupFigure, docs: DocumentInfo, city: string): HandoutFigure {
  const doc = docs(f.document);
  return {
    id: f.id,
    kind: f.kind,
    badge: kindLabel(f),
    owner: figureOwner(f.kind, doc.ward, city),
    number: f.number,
    label: f.label,
    values: values(f),
    note: f.note,
    place: figurePlace(f),
    source: figureSource(f.kind, doc, figurePlace(f)),
    results: 'results' in f ? f.results.map((r) => handoutResult(r, docs)) : [],
  };
}

const kindRank = (k: FigureKind) => KIND_ORDER.indexOf(k);

/** What a figure takes of a page, in lines: badge, label and source, a line a value, two for a note, and its results. */
export function figureWeight(f: { values: unknown[]; note?: string | undefined; results?: Array<{ values: unknown[]; note?: string | undefined }> }): number {
  const noted = (x: { note?: string | undefined }) => (x.note ? 2 : 0);
  return 3 + f.values.length + noted(f) + (f.results ?? []).reduce((sum, r) => sum + 2 + r.values.length + noted(r), 0);
}

/**
 * The figures a task group's handout carries: the group's own (printed in its text), then the site's own ward's
 * figures, by kind (KIND_ORDER). While they fit the room, in order of priority: the group's own, the featured ones,
 * then the others; those left out are counted. Other wards' figures are never on it, only named.
 */
export function groupHandoutFigures(
  group: Pick<TaskGroup, 'figures'>, setFigures: Figure[], wardOfDocument: (id: string) => string, siteWard: string, room = GROUP_FIGURE_ROOM,
): { figures: Array<Figure | GroupFigure>; leftOut: number; otherWards: string[] } {
  const own = setFigures.filter((f) => wardOfDocument(f.document) === siteWard);
  const otherWards = [...new Set(setFigures.map((f) => wardOfDocument(f.document)).filter((w) => w !== siteWard))].sort((a, b) => a.localeCompare(b, 'vi'));
  const byPriority = [...group.figures, ...own.filter((f) => f.featured), ...own.filter((f) => !f.featured)];
  const kept = new Set<Figure | GroupFigure>();
  let left = room;
  for (const f of byPriority) {
    const w = figureWeight(f);
    if (w > left) continue;
    kept.add(f);
    left -= w;
  }
  const ordered = [...group.figures, ...[...own].sort((a, b) => kindRank(a.kind) - kindRank(b.kind))];
  return { figures: ordered.filter((f) => kept.has(f)), leftOut: byPriority.length - kept.size, otherWards };
}

/** The documents a handout draws on, each once, in order of first use, with its date. */
export function handoutSources(ids: string[], docs: DocumentInfo): HandoutSource[] {
  return [...new Set(ids)].map((id) => {
    const d = docs(id);
    return { id, text: `${d.title} – ${d.body}`, date: formatPartialDate(d.date) };
  });
}

/** The PDF of a task group's handout, under the site's base: "to-tin/nhom-1-tang-truong-ngan-sach.pdf". */
export const groupHandoutPdf = (g: Pick<TaskGroup, 'id' | 'number'>) => `to-tin/nhom-${g.number}-${g.id}.pdf`;
/** The PDF of a target set's handout: "to-tin/chi-tieu-gia-vien-2026.pdf". */
export const setHandoutPdf = (id: string) => `to-tin/chi-tieu-${id}.pdf`;

export interface SiteIdentity { ward: string; city: string }

/** A task group's handout. `setFigures`: the target sets' figures that serve the group (any ward). */
export function groupHandout(group: TaskGroup, setFigures: Figure[], docs: DocumentInfo, site: SiteIdentity, groupCount: number): Handout {
  const picked = groupHandoutFigures(group, setFigures, (id) => docs(id).ward, site.ward);
  const figures = picked.figures.map((f) => handoutFigure(f, docs, site.city));
  const ownOfWard = picked.figures.some((f) => f.kind !== 'muc-tieu-thanh-pho');
  return {
    layout: 'cards',
    tableSource: undefined,
    label: `Nhóm nhiệm vụ ${group.number}/${groupCount}`,
    title: headingText(group.title),
    summary: undefined,
    emphasis: { heading: 'Nội dung trọng tâm', lead: group.emphasisLead, points: group.emphasis },
    reference: undefined,
    sections: figures.length ? [{ heading: undefined, figures }] : [],
    empty: ownOfWard ? undefined : handoutText.noOwnFigures(site.ward),
    notes: [
      ...(picked.leftOut ? [handoutText.leftOut(picked.leftOut)] : []),
      ...(picked.otherWards.length ? [handoutText.otherWards(picked.otherWards)] : []),
    ],
    sources: handoutSources([group.passage.document, ...picked.figures.map((f) => f.document), ...picked.figures.flatMap((f) => ('results' in f ? f.results.map((r) => r.document) : []))], docs),
    pdf: groupHandoutPdf(group),
  };
}

/** A target set's handout: its figures in the page's sections (kind, then category for targets). */
export function setHandout(set: TargetSet, docs: DocumentInfo, site: SiteIdentity, limit = SET_FIGURE_LIMIT): Handout {
  const doc = docs(set.document);
  let room = limit;
  const sections = kindSections(set.figures).flatMap((s) => {
    // The section's row says whose, what kind and, when all its figures share it, for when; a figure says its own
    // period only where they differ.
    const owner = figureOwner(s.kind, doc.ward, site.city);
    const whens = new Set(s.figures.map((f) => figureWhen(f).toLocaleLowerCase('vi')));
    const frame = whens.size === 1 ? `${owner} · ${kindLabel(s.figures[0]!)}` : `${owner} · ${figureKinds[s.kind]}`;
    const groups = s.byCategory.length ? s.byCategory.map((g) => ({ heading: `${frame} · ${g.label}`, figures: g.figures })) : [{ heading: frame, figures: s.figures }];
    return groups.flatMap((g) => {
      const shown = g.figures.slice(0, Math.max(0, room));
      room -= shown.length;
      const figures = shown.map((f) => ({ ...handoutFigure(f, docs, site.city), frame: whens.size === 1 ? undefined : kindLabel(f) }));
      return figures.length ? [{ heading: g.heading, figures }] : [];
    });
  });
  const leftOut = set.figures.length - Math.min(limit, set.figures.length);
  return {
    layout: 'table',
    tableSource: `${handoutText.sourceLine}: ${documentTypes[doc.type]} phường ${doc.ward}, ${formatPartialDate(doc.date)}.`,
    label: 'Chỉ tiêu',
    title: set.title,
    summary: set.summary,
    emphasis: undefined,
    reference: doc.ward === site.ward ? undefined : handoutText.reference(doc.ward, site.ward),
    sections,
    empty: undefined,
    notes: leftOut ? [handoutText.leftOut(leftOut)] : [],
    sources: handoutSources([set.document, ...set.figures.flatMap((f) => f.results.map((r) => r.document))], docs),
    pdf: setHandoutPdf(set.id),
  };
}

/** What `documentInfo` reads of a document entry (documents.ts's DocumentEntry fits). */
interface DocumentEntryLike {
  id: string;
  data: { title: string; type: DocumentType; date: PartialDate; issuer: { ward: string; body: string } };
}

/** The lookup a handout reads documents through, from the pages' document map. */
export function documentInfo(docs: Map<string, DocumentEntryLike>): DocumentInfo {
  return (id) => {
    const d = docs.get(id);
    if (!d) throw new Error(`Tờ tin: không có văn bản "${id}" trong content/documents/.`);
    return { id, title: d.data.title, type: d.data.type, ward: d.data.issuer.ward, body: d.data.issuer.body, date: d.data.date };
  };
}
