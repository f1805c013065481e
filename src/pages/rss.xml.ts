// The RSS feed of the latest documents, in the library's order, every link under the base.
import rss from '@astrojs/rss';
import { getDocuments, typeLabel } from '../lib/documents/documents.ts';
import { feedChannel, feedItems } from '../lib/sharing/feeds.ts';
import { site } from '../lib/site/site.ts';

export async function GET() {
  const docs = (await getDocuments()).map((doc) => ({
    id: doc.id,
    title: doc.data.title,
    typeLabel: typeLabel(doc),
    date: doc.data.date,
    summary: doc.data.summary,
    issuer: doc.data.issuer.body,
  }));
  return rss({ ...feedChannel(site), items: feedItems(docs, site.siteUrl, site.base) });
}
