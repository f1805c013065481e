// robots.txt: every crawler allowed, the sitemap named by its absolute URL under the base.
import { robotsTxt } from '../lib/sharing/feeds.ts';
import { site } from '../lib/site/site.ts';

export const GET = () =>
  new Response(robotsTxt(site.siteUrl, site.base), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
