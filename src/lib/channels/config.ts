// The bulletins' framing file, read and checked like the infographic data: YAML and schema errors name the file and
// the field; every period it gives is traced to the words of its document.
import { parse as parseYaml } from 'yaml';
import { bulletinsFileSchema, type BulletinsConfig } from './schema.ts';
import { formatIssues, yamlErrorMessage } from '../editing/errors.ts';
import { findPassage } from '../documents/passages.ts';
import { indexOfRun, words } from '../editing/fidelity.ts';
import type { DocumentLookup, InfographicData } from '../infographics/data.ts';

export const BULLETINS_FILE = 'content/bulletins.yaml';

/** What the check needs of the infographic data: the plan of the task groups, and the ward-task files. */
export interface BulletinsContext {
  taskGroupsDocument: string | undefined;
  wardTaskSets: Array<{ id: string; document: string }>;
}

/** The context from the infographic data, as loaded (data.ts). */
export const bulletinsContext = (data: Pick<InfographicData, 'taskGroups' | 'wardTaskSets'>): BulletinsContext => ({
  taskGroupsDocument: data.taskGroups[0]?.passage.document,
  wardTaskSets: data.wardTaskSets.map((s) => ({ id: s.id, document: s.document })),
});

const lower = (s: string) => words(s.toLocaleLowerCase('vi'));

/** A period and the passage that prints it: the passage in the document, the period's words in the passage. */
function checkPeriod(field: string, document: string, when: string, whenQuote: string, docs: DocumentLookup): string[] {
  if (!docs.exists(document)) return [];
  const blocks = docs.blocks(document);
  // A document that could not be read is reported on its own.
  if (docs.readable && !docs.readable(document)) return [];
  if (!findPassage(blocks, whenQuote)) {
    return [`${BULLETINS_FILE}: trường "${field}.whenQuote": đoạn trích không có nguyên văn trong văn bản content/documents/${document}.mdx. Chép đúng chỗ văn bản ghi thời hạn.\n    trích: "${whenQuote}"`];
  }
  if (indexOfRun(lower(whenQuote), lower(when)) < 0) {
    return [`${BULLETINS_FILE}: trường "${field}.when": thời hạn "${when}" không có trong đoạn trích whenQuote. Ghi thời hạn đúng như văn bản in.`];
  }
  return [];
}

export function loadBulletinsConfig(source: string | undefined, context: BulletinsContext, docs: DocumentLookup): { config: BulletinsConfig | undefined; problems: string[] } {
  if (source === undefined) return { config: undefined, problems: [`Thiếu tệp ${BULLETINS_FILE} (lời mở đầu, lời kết, tốc độ đọc và chữ viết tắt của bản tin phát thanh).`] };
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (err) {
    return { config: undefined, problems: [yamlErrorMessage(BULLETINS_FILE, err, source, 'không đọc được YAML')] };
  }
  const parsed = bulletinsFileSchema.safeParse(raw);
  if (!parsed.success) return { config: undefined, problems: [formatIssues(BULLETINS_FILE, parsed.error.issues, raw)] };
  const config = parsed.data;
  const problems: string[] = [];
  const { taskGroupText } = config;
  if (context.taskGroupsDocument) problems.push(...checkPeriod('taskGroupText', context.taskGroupsDocument, taskGroupText.when, taskGroupText.whenQuote, docs));
  for (const [id, p] of Object.entries(config.wardTaskPeriods)) {
    const set = context.wardTaskSets.find((s) => s.id === id);
    if (!set) {
      problems.push(`${BULLETINS_FILE}: trường "wardTaskPeriods.${id}": không có tệp content/ward-tasks/${id}.yaml. Sửa tên cho đúng tên tệp (không có .yaml), hoặc xoá mục này.`);
      continue;
    }
    problems.push(...checkPeriod(`wardTaskPeriods.${id}`, set.document, p.when, p.whenQuote, docs));
  }
  return { config: problems.length ? undefined : config, problems };
}
