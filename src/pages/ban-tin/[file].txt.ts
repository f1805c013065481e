// /ban-tin/bantin-<slug>.txt: a bulletin for the radio operator, as a UTF-8 text file.
import type { APIRoute } from 'astro';
import type { Bulletin } from '../../lib/channels/bulletins.ts';
import { bulletinFileBody, bulletinFilePaths } from '../../lib/channels/site-bulletins.ts';

export const getStaticPaths = bulletinFilePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { bulletin } = props as { bulletin: Bulletin };
  return new Response(await bulletinFileBody(bulletin, site!), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
