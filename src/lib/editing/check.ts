// Content rules an editor's change must pass, run by `npm run check` and as the first step of every build (scripts/build.ts):
// the site identity is valid, each document's front matter is valid, its received source exists,
// and its MDX text is the source text word for word.
import { existsSync, readFileSync } from 'node:fs';
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
import { documentBlocks, stripEditorNotes, type Block } from '../documents/passages.ts';
import { CONTENT_FOLDERS, idOfPath, listContentFiles } from './content-files.ts';
import { decodeText } from './text-input.ts';
import { checkMdx } from './mdx-check.ts';
import { readSourceText } from './source-text.ts';
import { BULLETINS_FILE, bulletinsContext, loadBulletinsConfig } from '../channels/config.ts';

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

/** Reads a content file as the build does: UTF-8 without BOM, NFC. Throws a message naming the file otherwise. */
export function readContentFile(root: string, path: string): string {
  return decodeText(readFileSync(join(root, path)), path).text;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The content rules over the files the build reads (content-files.ts), read the way the build reads them.
 * Returns one Vietnamese message per problem; [] when the content can be published.
 */
export async function checkContent(root = '.'): Promise<string[]> {
  const listing = listContentFiles(root);
  const problems = [...listing.problems];
  const read = (path: string): string | undefined => {
    try {
      return readContentFile(root, path);
    } catch (err) {
      problems.push(messageOf(err));
      return undefined;
    }
  };
  const siteText = listing.topFiles.includes(SITE_CONFIG_FILE) ? read(SITE_CONFIG_FILE) : undefined;
  if (siteText !== undefined) {
    try {
      parseSiteConfig(siteText, {}, SITE_CONFIG_FILE);
    } catch (err) {
      problems.push(messageOf(err));
    }
  }
  const documents = listing.documents.flatMap((path) => {
    const text = read(path);
    return text === undefined ? [] : [{ path, text }];
  });
  const sources = await readNamedSources(root, listing.sources, documents.map((d) => d.text));
  const readSource = (name: string): string | null => {
    const source = sources.get(name);
    if (source instanceof Error) throw source;
    return source ?? null;
  };
  for (const { path, text } of documents) {
    try {
      problems.push(...checkDocument(path, text, readSource));
    } catch (err) {
      problems.push(`${path}: không đọc được văn bản gốc. ${messageOf(err)}`);
    }
  }
  const docs = fileDocuments(root, listing);
  const infographics = loadInfographicData(readDataFiles(root, problems, listing), docs);
  problems.push(...infographics.problems);
  // The radio bulletins' framing, glossary and rate: checked here too, not first met at page render.
  let bulletins: string | undefined;
  try {
    bulletins = existsSync(join(root, BULLETINS_FILE)) ? readContentFile(root, BULLETINS_FILE) : undefined;
  } catch (err) {
    problems.push(messageOf(err));
  }
  if (!problems.some((p) => p.startsWith(BULLETINS_FILE))) problems.push(...loadBulletinsConfig(bulletins, bulletinsContext(infographics.data), docs).problems);
  // A count's whole travels with it in the documents' summaries too (cards, link previews).
  const counts = statedCounts(infographics.data);
  for (const { path, text } of documents) {
    try {
      const summary = (splitMdx(text, path).frontMatter as { summary?: unknown }).summary;
      if (typeof summary === 'string') checkCountsStated(summary, counts).forEach((m) => problems.push(`${path}: trường "summary": ${m}`));
    } catch {
      // An unreadable front matter is already reported by checkDocument.
    }
  }
  return problems;
}

/** The received sources that the documents' `source` fields name, read once each (text, or the error reading it). */
async function readNamedSources(root: string, listed: string[], documentTexts: string[]): Promise<Map<string, string | Error>> {
  const named = new Set<string>();
  for (const text of documentTexts) {
    try {
      const source = (splitMdx(text, '').frontMatter as { source?: unknown }).source;
      if (typeof source === 'string') named.add(source);
    } catch {
      // Reported by checkDocument.
    }
  }
  const sources = new Map<string, string | Error>();
  await Promise.all(listed.map(async (path) => {
    const name = path.slice(CONTENT_FOLDERS.sources.dir.length + 1);
    if (!named.has(name)) return;
    try {
      sources.set(name, await readSourceText(join(root, path)));
    } catch (err) {
      sources.set(name, err instanceof Error ? err : new Error(String(err)));
    }
  }));
  return sources;
}

/**
 * The infographic data files as { "content/…": text }: the listed ones (content-files.ts), read as the build reads
 * them. A file that cannot be read is added to `problems`, or thrown when no list is given.
 */
export function readDataFiles(root = '.', problems?: string[], listing = listContentFiles(root)): Record<string, string> {
  const files: Record<string, string> = {};
  const top = listing.topFiles.filter((f) => f === DATA_FILES.taskGroups || f === DATA_FILES.indicators);
  for (const path of [...top, ...listing.targets, ...listing.wardTasks]) {
    try {
      files[path] = readContentFile(root, path);
    } catch (err) {
      if (!problems) throw err;
      problems.push(messageOf(err));
    }
  }
  return files;
}

/** The documents as the infographic data sees them: the listed ones, their blocks read once. */
export function fileDocuments(root = '.', listing = listContentFiles(root)): DocumentLookup {
  const ids = new Set(listing.documents.map(idOfPath));
  const cache = new Map<string, Block[]>();
  const unreadable = new Set<string>();
  return {
    exists: (id) => ids.has(id),
    readable: (id) => !unreadable.has(id),
    blocks: (id) => {
      let blocks = cache.get(id);
      if (!blocks) {
        const path = `${CONTENT_FOLDERS.documents.dir}/${id}.mdx`;
        try {
          blocks = ids.has(id) ? documentBlocks(splitMdx(readContentFile(root, path), path).body) : [];
        } catch {
          // An unreadable document is reported on its own by the content rules.
          blocks = [];
          unreadable.add(id);
        }
        cache.set(id, blocks);
      }
      return blocks;
    },
    // A result's report date and ward, checked against the report itself.
    meta: (id) => {
      if (!ids.has(id)) return undefined;
      const path = `${CONTENT_FOLDERS.documents.dir}/${id}.mdx`;
      try {
        const parsed = documentSchema.safeParse(splitMdx(readContentFile(root, path), path).frontMatter);
        return parsed.success ? { date: parsed.data.date, ward: parsed.data.issuer.ward } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
