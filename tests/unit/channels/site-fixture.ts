// The real content/ as the bulletins see it, without Astro: the infographic data, the documents' front matter,
// content/bulletins.yaml, and every bulletin built from them.
import { readFileSync } from 'node:fs';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { splitMdx } from '../../../src/lib/documents/mdx-file.ts';
import { documentTypes } from '../../../src/lib/documents/schema.ts';
import { loadSiteConfig } from '../../../src/lib/site/config.ts';
import { groupName } from '../../../src/lib/infographics/sections.ts';
import { BULLETINS_FILE, bulletinsContext, loadBulletinsConfig } from '../../../src/lib/channels/config.ts';
import { targetSetBulletin, taskGroupBulletin, type BulletinContext } from '../../../src/lib/channels/bulletins.ts';

export const docs = fileDocuments('.');
export const { data, problems: dataProblems } = loadInfographicData(readDataFiles('.'), docs);
export const site = loadSiteConfig({});

type Front = { type: keyof typeof documentTypes; issuer: { ward: string; body: string } };
export const frontMatter = (id: string) => splitMdx(readFileSync(`content/documents/${id}.mdx`, 'utf8'), id).frontMatter as Front;

export const bulletinsSource = readFileSync(BULLETINS_FILE, 'utf8');
export const context = bulletinsContext(data);
const loaded = loadBulletinsConfig(bulletinsSource, context, docs);
if (!loaded.config) throw new Error(loaded.problems.join('\n'));
export const config = loaded.config;

export const ctx: BulletinContext = {
  config,
  siteWard: site.ward,
  document: (id) => {
    const f = frontMatter(id);
    return { type: documentTypes[f.type], ward: f.issuer.ward, issuer: f.issuer.body };
  },
  blocks: (id) => docs.blocks(id),
};

export const groupBulletins = data.taskGroups.map((group) => taskGroupBulletin(ctx, {
  group,
  title: groupName(group),
  figureSets: data.targetSets.map((set) => ({ set, figures: set.figures.filter((f) => f.taskGroups.includes(group.number)) })).filter((s) => s.figures.length),
  taskSets: data.wardTaskSets.map((set) => ({ set, tasks: set.tasks.filter((t) => t.taskGroups.includes(group.number)) })).filter((s) => s.tasks.length),
}));
export const setBulletins = data.targetSets.map((set) => targetSetBulletin(ctx, set));
export const allBulletins = [...groupBulletins, ...setBulletins];
