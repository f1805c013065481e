// The QR code of each page that has a share bar, as a small SVG file the bar loads only when it is opened.
import type { APIRoute } from 'astro';
import { sharedPagePaths } from '../../lib/sharing/site-meta.ts';
import { qrFile, qrSvg } from '../../lib/sharing/page-qr.ts';
import { pageUrl } from '../../lib/sharing/share-links.ts';
import { url } from '../../lib/site/urls.ts';

export async function getStaticPaths() {
  return (await sharedPagePaths()).map((path) => {
    const address = pageUrl(import.meta.env.SITE, url(path));
    return { params: { qr: qrFile(address).replace(/\.svg$/, '') }, props: { address } };
  });
}

export const GET: APIRoute<{ address: string }> = ({ props }) =>
  new Response(qrSvg(props.address), { headers: { 'Content-Type': 'image/svg+xml' } });
