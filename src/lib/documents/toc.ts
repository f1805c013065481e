export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocNode extends Heading {
  children: TocNode[];
}

/** Flat headings (h2, h3, h4…) into a tree; a deeper heading nests under the nearest shallower one. */
export function nestHeadings(headings: Heading[]): TocNode[] {
  const root: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const h of headings) {
    const node: TocNode = { ...h, children: [] };
    while (stack.length && stack.at(-1)!.depth >= h.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(node);
    stack.push(node);
  }
  return root;
}
