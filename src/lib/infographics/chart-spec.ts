// What a bar chart shows, built only from data-file values; shared by the page (table) and the island (canvas).
export interface ChartSpec {
  /** One bar per row: a label (lines) and a value. */
  rows: Array<{ label: string[]; value: number; display: string; /** 1–3: which palette colour (a ward) */ color?: number }>;
  unit: string;
  horizontal: boolean;
  /** Upper end of the value axis, e.g. 100 for percentages. */
  max?: number | undefined;
}

/** Splits a label into lines of at most `width` characters at spaces, so bar labels fit a phone screen. */
export function wrapLabel(text: string, width = 22): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A round upper end for a value axis: 100 for percentages up to 100, else the next ten. */
export function axisMax(values: number[], percent: boolean): number | undefined {
  const max = Math.max(...values);
  if (!percent) return undefined;
  return max <= 100 ? 100 : Math.ceil(max / 10) * 10;
}
