// The site's generated images (link-preview cards and posters), drawn at build time; each file name carries the
// hash of what it shows, and a drawn file is kept in node_modules/.cache/ for the next build.
import type { APIRoute } from 'astro';
import { allImages } from '../../lib/sharing/site-meta.ts';
import { cachedPng } from '../../lib/sharing/render.ts';
import type { ImageRef } from '../../lib/sharing/page-meta.ts';

export async function getStaticPaths() {
  return (await allImages()).map((image) => ({ params: { image: image.file.replace(/\.png$/, '') }, props: { image } }));
}

export const GET: APIRoute<{ image: ImageRef }> = async ({ props }) => {
  const { png } = await cachedPng(props.image.content, props.image.file);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
