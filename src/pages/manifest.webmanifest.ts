// The web manifest: name, colours, start URL and scope at the base, and the app icons.
import { webManifest } from '../lib/sharing/feeds.ts';
import { site } from '../lib/site/site.ts';

export const GET = () =>
  new Response(JSON.stringify(webManifest(site), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
