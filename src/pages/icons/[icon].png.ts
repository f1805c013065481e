// App icons as PNG, rendered at build time from the one favicon.svg.
import type { GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import favicon from '../../../public/favicon.svg?raw';
import { APP_ICONS, appIcon, iconSvg } from '../../lib/sharing/feeds.ts';

export const getStaticPaths = (() => APP_ICONS.map((i) => ({ params: { icon: i.name } }))) satisfies GetStaticPaths;

export function GET({ params }: { params: { icon: string } }) {
  const icon = appIcon(params.icon);
  const png = new Resvg(iconSvg(favicon, icon.variant), {
    fitTo: { mode: 'width', value: icon.size },
    font: { loadSystemFonts: false },
  }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
