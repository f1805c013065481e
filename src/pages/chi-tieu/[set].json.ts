import type { APIRoute, GetStaticPaths } from 'astro';
import { infographics } from '../../lib/site-data.ts';
import { getDocumentMap } from '../../lib/documents.ts';
import { targetSetToJson } from '../../lib/target-export.ts';
import { exportContext } from '../../lib/target-pages.ts';

export const getStaticPaths = (() => infographics.targetSets.map((set) => ({ params: { set: set.id }, props: { set } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { set } = props as { set: (typeof infographics.targetSets)[number] };
  const doc = (await getDocumentMap()).get(set.document)!;
  return new Response(JSON.stringify(targetSetToJson(set, exportContext(set, doc, site!, import.meta.env.BASE_URL)), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
