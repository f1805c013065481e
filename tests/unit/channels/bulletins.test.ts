// The ward radio's bulletins, built from the real content/: every sentence of a bulletin's body is a sentence of its
// source documents (after the glossary's expansions, on both sides); framing and "Theo …" lines come from
// content/bulletins.yaml; figures keep their words and qualifiers; whose each sentence is, is said before it;
// the site's own ward comes first; no part runs over three minutes.
import { describe, expect, it } from 'vitest';
import { words, indexOfRun } from '../../../src/lib/editing/fidelity.ts';
import { expandAbbreviations, stripItemMarker, type GlossaryEntry } from '../../../src/lib/channels/text.ts';
import { fill, SLOTS } from '../../../src/lib/channels/schema.ts';
import { bulletinText } from '../../../src/lib/channels/plain-text.ts';
import { syllableCount } from '../../../src/lib/channels/reading-time.ts';
import { targetSetBulletin, type Bulletin } from '../../../src/lib/channels/bulletins.ts';
import { allBulletins, config, ctx, data, dataProblems, docs, frontMatter, groupBulletins, setBulletins, site } from './site-fixture.ts';
import { documentTypes } from '../../../src/lib/documents/schema.ts';

const glossary: GlossaryEntry[] = Object.entries(config.glossary);
const expandedWords = (s: string) => words(expandAbbreviations(s, glossary));
const docBlocks = new Map<string, string[][]>();
const blocksOf = (id: string) => {
  if (!docBlocks.has(id)) docBlocks.set(id, docs.blocks(id).map((b) => expandedWords(b.text)));
  return docBlocks.get(id)!;
};
/** The documents (of `ids`) that hold the sentence, word for word in one block. */
const holders = (sentence: string, ids: string[]) => {
  const w = expandedWords(sentence);
  return ids.filter((id) => blocksOf(id).some((b) => indexOfRun(b, w) >= 0));
};

/** The documents a bulletin may quote, found from the data, not from the bulletin. */
function sourcesOf(b: Bulletin): string[] {
  if (b.kind === 'targetSet') {
    const set = data.targetSets.find((s) => s.id === b.slug)!;
    return [set.document, ...set.figures.flatMap((f) => (f.results ?? []).map((r) => r.document))];
  }
  const group = data.taskGroups.find((g) => g.id === b.slug)!;
  return [...new Set([
    group.passage.document,
    ...data.targetSets.filter((s) => s.figures.some((f) => f.taskGroups.includes(group.number))).map((s) => s.document),
    ...data.wardTaskSets.filter((s) => s.tasks.some((t) => t.taskGroups.includes(group.number))).map((s) => s.document),
  ])];
}

const slotPattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\\?\[[^\]]*\\?\]/g, '(.+?)')}$`, 'u');
const attributionPattern = slotPattern(config.attribution);
const attributionSlots = [...config.attribution.matchAll(/\[[^\]]*\]/g)].map((m) => m[0]);

/** The lines a bulletin reads, as the .txt file gives them, each classed by what it is, not by how it was built. */
function classify(b: Bulletin) {
  const framing = new Set<string>([
    fill(config.opening, { ward: site.ward, subject: b.subject }),
    fill(config.closing, { ward: site.ward, subject: b.subject }),
    fill(config.continued, {}),
    fill(config.otherWards, {}),
    ...b.parts.map((p) => fill(config.part, { number: p.number, total: b.parts.length })),
  ]);
  return b.parts.flatMap((p) => p.lines.map((l) => l.text)).map((text) => {
    if (framing.has(text)) return { type: 'framing' as const, text };
    const m = attributionPattern.exec(text);
    if (m) {
      const slot = (name: string) => m[attributionSlots.indexOf(name) + 1];
      return { type: 'attribution' as const, text, documentType: slot(SLOTS.documentType)!, ward: slot(SLOTS.ward)!, kind: slot(SLOTS.kind)! };
    }
    return { type: 'body' as const, text };
  });
}

describe('the bulletins of the real content', () => {
  it('the data loads, and every task group and every target set has one', () => {
    expect(dataProblems).toEqual([]);
    expect(groupBulletins.map((b) => b.slug)).toEqual(data.taskGroups.map((g) => g.id));
    expect(groupBulletins).toHaveLength(10);
    expect(setBulletins.map((b) => b.slug)).toEqual(data.targetSets.map((s) => s.id));
    expect(new Set(allBulletins.map((b) => b.slug)).size).toBe(allBulletins.length);
  });

  it("each body sentence is a sentence of the bulletin's source documents (glossary expanded on both sides)", () => {
    const problems: string[] = [];
    for (const b of allBulletins) {
      const sources = sourcesOf(b);
      for (const line of classify(b).filter((l) => l.type === 'body')) {
        if (holders(line.text, sources).length === 0) problems.push(`${b.slug}: "${line.text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads the whole sentence a figure stands in, with its value words and qualifiers as printed', () => {
    const problems: string[] = [];
    for (const b of allBulletins) {
      const text = expandedWords(b.parts.flatMap((p) => p.lines.map((l) => l.text)).join(' '));
      const figures = b.kind === 'targetSet'
        ? data.targetSets.find((s) => s.id === b.slug)!.figures
        : data.targetSets.flatMap((s) => s.figures).filter((f) => f.taskGroups.includes(data.taskGroups.find((g) => g.id === b.slug)!.number));
      for (const f of figures) {
        for (const v of f.values) if (indexOfRun(text, expandedWords(v.text)) < 0) problems.push(`${b.slug}/${f.id}: "${v.text}"`);
        // The whole sentence, not the shortened quote: the words of the block around the quote are read too.
        if (indexOfRun(text, expandedWords(stripItemMarker(f.quote))) < 0) problems.push(`${b.slug}/${f.id}: quote`);
      }
    }
    expect(problems).toEqual([]);
    const sixth = setBulletins.find((b) => b.slug === 'thuy-nguyen-quy-i-2026')!;
    // The quote stops at "dừng kinh doanh"; the document's sentence goes on to the local budget.
    expect(sixth.parts.flatMap((p) => p.lines).some((l) => l.text.startsWith('Một số chỉ tiêu theo kế hoạch giao chưa đạt như: Thành lập mới doanh nghiệp có 64 doanh nghiệp nhưng có 43 doanh nghiệp dừng kinh doanh; việc chuyển đổi'))).toBe(true);
  });

  it('says whose each sentence is: the "Theo …" line before it names a document that prints it, its type and its ward', () => {
    const problems: string[] = [];
    for (const b of allBulletins) {
      const sources = sourcesOf(b);
      let current: { documentType: string; ward: string } | undefined;
      for (const line of classify(b)) {
        if (line.type === 'attribution') current = line;
        if (line.type === 'framing' && b.parts.some((p) => p.lines[0]!.text === line.text)) current = undefined;
        if (line.type !== 'body') continue;
        if (!current) { problems.push(`${b.slug}: no "Theo" line before "${line.text}"`); continue; }
        const ok = holders(line.text, sources).some((id) => {
          const f = frontMatter(id);
          return documentTypes[f.type] === current!.documentType && f.issuer.ward === current!.ward;
        });
        if (!ok) problems.push(`${b.slug}: "${line.text}" read under ${current.documentType} of ${current.ward}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("reads the site's own ward first, and says when other wards' figures begin", () => {
    const others = fill(config.otherWards, {});
    for (const b of allBulletins) {
      for (const part of b.parts) {
        const lines = classify({ ...b, parts: [part] });
        const firstOther = lines.findIndex((l) => l.type === 'attribution' && l.ward !== site.ward);
        if (firstOther < 0) continue;
        expect(lines.slice(firstOther).some((l) => l.type === 'attribution' && l.ward === site.ward), `${b.slug} part ${part.number}`).toBe(false);
        expect(lines.slice(0, firstOther).map((l) => l.text), `${b.slug} part ${part.number}`).toContain(others);
      }
    }
  });

  it('drops item markers and emphasis, and spells out abbreviations', () => {
    const all = allBulletins.flatMap((b) => b.parts.flatMap((p) => p.lines.map((l) => l.text)));
    expect(all.filter((t) => /^\s*\(\d+\)\s*-?/.test(t) || /^\d+\.\s/.test(t) || /\*/.test(t))).toEqual([]);
    expect(all.filter((t) => /(?<![\p{L}\p{N}/-])(UBND|HĐND|MTTQ)(?![\p{L}\p{N}])/u.test(t))).toEqual([]);
    expect(all.some((t) => t.includes('Hội đồng nhân dân'))).toBe(true);
  });

  it('is framed once per part, and no part runs over three minutes at the rate of content/bulletins.yaml', () => {
    for (const b of allBulletins) {
      for (const p of b.parts) {
        const total = p.lines.reduce((s, l) => s + syllableCount(l.text), 0);
        expect(total, `${b.slug} part ${p.number}`).toBe(p.syllables);
        expect((total / config.rate) * 60, `${b.slug} part ${p.number}`).toBeLessThanOrEqual(config.partMinutes * 60);
        expect(p.lines[0]!.text).toBe(fill(config.opening, { ward: site.ward, subject: b.subject }));
        expect(p.lines.at(-1)!.text).toBe(p.number === b.parts.length ? fill(config.closing, { ward: site.ward, subject: b.subject }) : fill(config.continued, {}));
        if (b.parts.length > 1) expect(p.lines[1]!.text).toBe(fill(config.part, { number: p.number, total: b.parts.length }));
      }
      expect(b.seconds, b.slug).toBeGreaterThanOrEqual(60);
    }
  });

  it('the task group bulletin opens with the group text of the plan, its title first', () => {
    for (const b of groupBulletins) {
      const group = data.taskGroups.find((g) => g.id === b.slug)!;
      const body = classify(b).filter((l) => l.type === 'body');
      const title = expandedWords(group.title);
      expect(expandedWords(body.map((l) => l.text).join(' ')).slice(0, title.length)).toEqual(title);
    }
  });
});

describe('splitting into parts', () => {
  it('a part that starts inside a source repeats its "Theo …" line, and parts come out even', () => {
    const set = data.targetSets.find((s) => s.id === 'gia-vien-2026')!;
    const slow = targetSetBulletin({ ...ctx, config: { ...config, rate: 120, partMinutes: 1.5 } }, set);
    expect(slow.parts.length).toBeGreaterThan(3);
    for (const p of slow.parts) {
      expect(p.syllables).toBeLessThanOrEqual(180);
      const firstBody = p.lines.findIndex((l) => l.kind === 'sentence');
      expect(p.lines.slice(0, firstBody).some((l) => attributionPattern.test(l.text)), `part ${p.number}`).toBe(true);
    }
    const sizes = slow.parts.map((p) => p.syllables);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(90);
  });

  it('a short bulletin stays in one part with no part line', () => {
    const set = data.targetSets.find((s) => s.id === 'hai-duong-2026-2030')!;
    const one = targetSetBulletin({ ...ctx, config: { ...config, partMinutes: 10 } }, set);
    expect(one.parts).toHaveLength(1);
    expect(one.parts[0]!.lines.map((l) => l.kind)).not.toContain('part');
  });
});

describe('the .txt file', () => {
  it('is UTF-8 with a byte-order mark and Windows line ends, a header the operator does not read, then every line', () => {
    const b = groupBulletins[0]!;
    const txt = bulletinText(b, { pageUrl: 'https://example.invalid/nhiem-vu/x/', rate: 180, partMinutes: 3 });
    expect(txt.startsWith('\uFEFFBẢN TIN PHÁT THANH: NHÓM 1')).toBe(true);
    expect(txt.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(txt).toContain('(Phần đầu này không đọc.)');
    const lines = txt.split('\r\n');
    for (const l of b.parts.flatMap((p) => p.lines)) expect(lines).toContain(l.text);
    expect(txt).toContain(`=== PHẦN 2/${b.parts.length}`);
  });
});
