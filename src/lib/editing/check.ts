// Content rules an editor's change must pass, run by `npm run check` and at the start of every build:
// the site identity is valid, each document's front matter is valid, its received source exists,
// and its MDX text is the source text word for word.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitMdx, type MdxFile } from '../documents/mdx-file.ts';
import { documentSchema, type DocumentData } from '../documents/schema.ts';
import { formatIssues } from './errors.ts';
import { compareWithSource, words, type PageField } from './fidelity.ts';
import { checkPrintedDate } from './printed-date.ts';
import { ui } from '../site/ui.ts';
import { parseSiteConfig, SITE_CONFIG_FILE } from '../site/config.ts';
import { DATA_FILES, loadInfographicData, statedCounts, type DocumentLookup } from '../infographics/data.ts';
import { checkCountsStated, checkSummaryFigures } from '../infographics/rules.ts';
import { blocksOfDocument, documentBlocks, stripEditorNotes } from '../documents/passages.ts';
import { checkMdx } from './mdx-check.ts';

/**
 * The header and signature lines of a document, field by field, as its page prints them; lines the site prints
 * itself ("ĐẢNG CỘNG SẢN VIỆT NAM", "Kính gửi:") have no field.
 */
export function headAndTail(data: DocumentData): { head: PageField[]; tail: PageField[] } {
  const { header, number, subject, addressees, recipientsLabel, recipients, signer } = data;
  const one = (field: string, text: string | undefined): PageField[] => (text ? [{ field, text }] : []);
  const list = (field: string, lines: string[]): PageField[] => lines.map((text, i) => ({ field: `${field}[${i + 1}]`, text }));
  return {
    head: [
      ...list('header.issuerLines', header.issuerLines), ...one('number', number), { text: ui.document.partyName },
      ...one('header.placeDate', header.placeDate), ...list('header.heading', header.heading), ...one('subject', subject),
      ...(addressees.length ? [{ text: ui.document.addressees }] : []), ...list('addressees', addressees),
    ],
    tail: [
      ...one('recipientsLabel', recipientsLabel), ...list('recipients', recipients),
      ...one('signer.authority', signer.authority), ...one('signer.title', signer.title), ...one('signer.name', signer.name),
    ],
  };
}

export function checkDocument(file: string, text: string, readSource: (name: string) => string | null): string[] {
  // MDX the build would not compile, or that is not safe (mdx-check.ts), is reported first, with the file's line.
  const unsafe = checkMdx(file, text);
  if (unsafe.length) return unsafe;
  let mdx: MdxFile;
  try {
    mdx = splitMdx(text, file);
  } catch (err) {
    return [(err as Error).message];
  }
  const parsed = documentSchema.safeParse(mdx.frontMatter);
  if (!parsed.success) return [formatIssues(file, parsed.error.issues, mdx.frontMatter)];
  const source = readSource(parsed.data.source);
  if (source === null) return [`${file}: trường "source" ghi ${parsed.data.source} nhưng không có tệp content/sources/${parsed.data.source}. Chép văn bản gốc vào đó, hoặc sửa tên tệp.`];
  const problems = compareWithSource(source, { body: stripEditorNotes(mdx.body), ...headAndTail(parsed.data) });
  const messages = problems.length ? [`${file}: nội dung khác văn bản gốc content/sources/${parsed.data.source}. Sửa cho đúng từng chữ:\n  ${problems.join('\n  ')}`] : [];
  messages.push(...checkPrintedDate(parsed.data).map((m) => `${file}: ${m}`));
  // The summary feeds cards and link previews: its figures are the document's, as written.
  checkSummaryFigures(parsed.data.summary, words(source), () => documentBlocks(mdx.body)).forEach((m) => messages.push(`${file}: trường "summary": ${m}`));
  return messages;
}

export function checkContent(root = '.'): string[] {
  const problems: string[] = [];
  try {
    parseSiteConfig(readFileSync(join(root, SITE_CONFIG_FILE), 'utf8'), {}, SITE_CONFIG_FILE);
  } catch (err) {
    problems.push((err as Error).message);
  }
  const dir = join(root, 'content/documents');
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx') || f.endsWith('.md'));
  if (files.length === 0) problems.push('content/documents/ không có văn bản nào (.mdx).');
  const readSource = (name: string) => {
    const path = join(root, 'content/sources', name);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  for (const f of files) problems.push(...checkDocument(`content/documents/${f}`, readFileSync(join(dir, f), 'utf8'), readSource));
  const infographics = loadInfographicData(readDataFiles(root), fileDocuments(root));
  problems.push(...infographics.problems);
  // A count's whole travels with it in the documents' summaries too (cards, link previews).
  const counts = statedCounts(infographics.data);
  for (const f of files) {
    try {
      const summary = (splitMdx(readFileSync(join(dir, f), 'utf8'), f).frontMatter as { summary?: unknown }).summary;
      if (typeof summary === 'string') checkCountsStated(summary, counts).forEach((m) => problems.push(`content/documents/${f}: trường "summary": ${m}`));
    } catch {
      // An unreadable front matter is already reported by checkDocument.
    }
  }
  return problems;
}

/** The infographic data files as { "content/…": text }, read from disk. */
export function readDataFiles(root = '.'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of [DATA_FILES.taskGroups, DATA_FILES.indicators]) {
    if (existsSync(join(root, file))) files[file] = readFileSync(join(root, file), 'utf8');
  }
  for (const dir of [DATA_FILES.targetsDir, DATA_FILES.wardTasksDir]) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir)).filter((n) => /\.ya?ml$/.test(n))) files[dir + f] = readFileSync(join(root, dir, f), 'utf8');
  }
  return files;
}

export function fileDocuments(root = '.'): DocumentLookup {
  const dir = join(root, 'content/documents');
  return {
    exists: (id) => existsSync(join(dir, `${id}.mdx`)),
    blocks: (id) => blocksOfDocument(id, dir),
  };
}
