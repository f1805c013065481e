// The site's bulletins, built once per build from content/bulletins.yaml, the infographic data and the documents.
import { existsSync } from 'node:fs';
import { infographics } from '../infographics/site-data.ts';
import { groupName } from '../infographics/sections.ts';
import { getDocumentMap, typeLabel } from '../documents/documents.ts';
import { fileDocuments, readContentFile } from '../editing/check.ts';
import { site } from '../site/site.ts';
import { url } from '../site/urls.ts';
import { pageUrl } from '../sharing/share-links.ts';
import { bulletinText } from './plain-text.ts';
import { BULLETINS_FILE, bulletinsContext, loadBulletinsConfig } from './config.ts';
import { targetSetBulletin, taskGroupBulletin, type Bulletin, type BulletinContext } from './bulletins.ts';
import type { BulletinsConfig } from './schema.ts';

// Not read: imported only so that dev reloads this module when the file changes.
import.meta.glob(['/content/bulletins.yaml'], { query: '?raw', import: 'default', eager: true });

export interface SiteBulletins {
  config: BulletinsConfig;
  taskGroups: Bulletin[];
  targetSets: Bulletin[];
}

/** The bulletins' framing file, checked; a problem stops the build with the editor's message. */
export function loadSiteBulletinsConfig(root = '.'): BulletinsConfig {
  const docs = fileDocuments(root);
  const source = existsSync(`${root}/${BULLETINS_FILE}`) ? readContentFile(root, BULLETINS_FILE) : undefined;
  const { config, problems } = loadBulletinsConfig(source, bulletinsContext(infographics), docs);
  if (!config) throw new Error(`${problems.join('\n\n')}\n\n${problems.length} lỗi nội dung.`);
  return config;
}

async function build(): Promise<SiteBulletins> {
  const config = loadSiteBulletinsConfig();
  const docs = await getDocumentMap();
  const blocks = fileDocuments('.');
  const ctx: BulletinContext = {
    config,
    siteWard: site.ward,
    document: (id) => {
      const doc = docs.get(id)!;
      return { type: typeLabel(doc), ward: doc.data.issuer.ward, issuer: doc.data.issuer.body };
    },
    blocks: (id) => blocks.blocks(id),
  };
  const taskGroups = infographics.taskGroups.map((group) => taskGroupBulletin(ctx, {
    group,
    title: groupName(group),
    figureSets: infographics.targetSets.map((set) => ({ set, figures: set.figures.filter((f) => f.taskGroups.includes(group.number)) })).filter((s) => s.figures.length),
    taskSets: infographics.wardTaskSets.map((set) => ({ set, tasks: set.tasks.filter((t) => t.taskGroups.includes(group.number)) })).filter((s) => s.tasks.length),
  }));
  const targetSets = infographics.targetSets.map((set) => targetSetBulletin(ctx, set));
  const slugs = [...taskGroups, ...targetSets].map((b) => b.slug);
  const twice = slugs.filter((s, i) => slugs.indexOf(s) !== i);
  if (twice.length) throw new Error(`Hai bản tin cùng tên tệp bantin-${twice[0]}.txt: một nhóm nhiệm vụ (content/task-groups.yaml) và một bộ chỉ tiêu (content/targets/${twice[0]}.yaml) trùng tên. Đổi tên tệp bộ chỉ tiêu.`);
  return { config, taskGroups, targetSets };
}

let cached: Promise<SiteBulletins> | undefined;
export const siteBulletins = () => (cached ??= build());

export const bulletinFile = (slug: string) => `bantin-${slug}.txt`;
export const bulletinFilePath = (slug: string) => `ban-tin/${bulletinFile(slug)}`;
/** The page a bulletin belongs to, and the id of its section there. */
export const bulletinPagePath = (b: Pick<Bulletin, 'kind' | 'slug'>) => (b.kind === 'taskGroup' ? `nhiem-vu/${b.slug}/` : `chi-tieu/${b.slug}/`);
export const BULLETIN_SECTION_ID = 'ban-tin';

/** The .txt route's pages: one file a bulletin. */
export async function bulletinFilePaths() {
  const { taskGroups, targetSets } = await siteBulletins();
  return [...taskGroups, ...targetSets].map((bulletin) => ({ params: { file: `bantin-${bulletin.slug}` }, props: { bulletin } }));
}

/** A bulletin's .txt file: UTF-8 with its byte-order mark, Windows line ends. */
export async function bulletinFileBody(bulletin: Bulletin, siteUrl: URL): Promise<string> {
  const { config } = await siteBulletins();
  return bulletinText(bulletin, { pageUrl: pageUrl(siteUrl, url(bulletinPagePath(bulletin))), rate: config.rate, partMinutes: config.partMinutes });
}

export const bulletinOf = async (kind: Bulletin['kind'], slug: string) => {
  const all = await siteBulletins();
  return (kind === 'taskGroup' ? all.taskGroups : all.targetSets).find((b) => b.slug === slug)!;
};

/** What a page's bulletin section and its "Nghe" button need. */
export interface BulletinSection {
  bulletin: Bulletin;
  file: { href: string; name: string };
  partMinutes: number;
  allHref: string;
}

export async function bulletinSection(kind: Bulletin['kind'], slug: string): Promise<BulletinSection> {
  const { config } = await siteBulletins();
  return {
    bulletin: await bulletinOf(kind, slug),
    file: { href: url(bulletinFilePath(slug)), name: bulletinFile(slug) },
    partMinutes: config.partMinutes,
    allHref: url('ban-tin/'),
  };
}

/** The sections "Nghe" offers to start from on a document page: its h2 and h3 headings. */
export const listeningSections = (headings: Array<{ depth: number; slug: string; text: string }>) =>
  headings.filter((h) => h.depth <= 3).map((h) => ({ id: h.slug, text: h.text }));
