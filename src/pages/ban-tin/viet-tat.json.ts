// /ban-tin/viet-tat.json: the glossary of content/bulletins.yaml, for "Nghe" on a document page (fetched on the
// first press, so document pages do not carry it).
import type { APIRoute } from 'astro';
import { loadSiteBulletinsConfig } from '../../lib/channels/site-bulletins.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ glossary: Object.entries(loadSiteBulletinsConfig().glossary) }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
