// Stable anchors for the numbered items of a Party document ("I.", "2.1.", "(14)-", "a)").
// The id follows the numbering path, so "#muc-ii-2-2-14" stays put when the text around it is edited.

export type ItemKind = 'roman' | 'arabic' | 'dotted' | 'paren' | 'letter';

export interface ItemMarker {
  kind: ItemKind;
  /** The number as printed, without trailing punctuation: "II", "2", "2.1", "(14)", "a". */
  label: string;
}

const RANK: Record<ItemKind, number> = { roman: 0, arabic: 1, dotted: 2, paren: 3, letter: 4 };

const PATTERNS: Array<[ItemKind, RegExp]> = [
  ['dotted', /^(\d{1,2}(?:\.\d{1,2})+)\.?(?=\s)/],
  ['roman', /^([IVX]{1,5})[.\-–](?=\s)/],
  ['arabic', /^(\d{1,2})\.(?=\s)/],
  ['paren', /^(\(\d{1,2}\))(?=\s*[-–.]?\s)/],
  ['letter', /^([a-zđ])\)(?=\s)/],
];

/** The item number a block of text starts with, if any. */
export function itemMarker(text: string): ItemMarker | null {
  const t = text.trimStart();
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(t);
    if (m) return { kind, label: m[1]! };
  }
  return null;
}

function segment(marker: ItemMarker): string {
  switch (marker.kind) {
    case 'roman': return marker.label.toLowerCase();
    case 'dotted': return marker.label.split('.').at(-1)!;
    case 'paren': return marker.label.slice(1, -1);
    default: return marker.label.replace('đ', 'dd');
  }
}

/** Walks the items of one document in order and gives each a unique id. */
export class ItemAnchorTracker {
  private path: Array<{ rank: number; seg: string } | undefined> = [];
  private used = new Set<string>();
  private lastItem = '';
  private paragraphCount = 0;

  private readonly prefix: string;

  constructor(prefix = 'muc') {
    this.prefix = prefix;
  }

  next(marker: ItemMarker): string {
    const rank = RANK[marker.kind];
    this.path.length = rank;
    if (marker.kind === 'dotted') {
      // "2.1" carries its parent: it replaces the arabic level too.
      const parts = marker.label.split('.');
      this.path[RANK.arabic] = { rank: RANK.arabic, seg: parts.slice(0, -1).join('-') };
    }
    this.path[rank] = { rank, seg: segment(marker) };
    const base = [this.prefix, ...this.path.filter((p) => p !== undefined).map((p) => p.seg)].join('-');
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    this.lastItem = id;
    this.paragraphCount = 0;
    return id;
  }

  /** An unnumbered paragraph or list item: "doan-k" under the item it follows ("muc-ii-2-doan-3"). */
  paragraph(): string {
    this.paragraphCount += 1;
    const base = `${this.lastItem ? `${this.lastItem}-` : ''}doan-${this.paragraphCount}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  /** Reserve an id used elsewhere on the page so no item takes it. */
  reserve(id: string): void {
    this.used.add(id);
  }
}
