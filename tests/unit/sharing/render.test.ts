// Draws the images for real (satori → resvg), kept to a few renders: one card and one poster of each kind, written
// to test-results/images/ for review. The fit check runs satori alone on every image of the site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { FONT_FAMILY, MissingGlyphError, renderSvg, renderTree, svgToPng } from '../../../src/lib/sharing/render.ts';
import { IMAGE_SIZE, MIN_TEXT_PX, imageStrings, type ImageContent } from '../../../src/lib/sharing/cards.ts';
import { siteImages, type ImageRef } from '../../../src/lib/sharing/page-meta.ts';
import { context, siteInput } from './site-input.ts';
import { pngHeader, pngPixels } from './png.ts';

const OUT = 'test-results/images';
const MAX_BYTES = { card: 150 * 1024, poster: 300 * 1024 };
const input = siteInput();
const images = siteImages(context(), input);
const underBase = siteImages(context({ SITE_BASE: '/tuyen-truyen/' }), input);
const pick = (name: string) => images.find((i) => i.content.name === name)!;

/** One card and one poster of each kind. */
const samples: ImageRef[] = [
  pick('trang-chu'), pick('trang'), pick('chi-tieu-so-sanh'), pick('van-ban-ket-luan-hoi-nghi-dang-uy-quy-i-2026'),
  pick('nhiem-vu-tang-truong-ngan-sach'), pick('nhiem-vu-tang-truong-ngan-sach-ap-phich'),
  pick('chi-tieu-thuy-nguyen-quy-i-2026'), underBase.find((i) => i.content.name === 'chi-tieu-thuy-nguyen-quy-i-2026-ap-phich')!,
];

describe('glyphs', () => {
  it('every string of every image has its glyphs in Be Vietnam Pro, at both weights', async () => {
    const strings = [...new Set([...images, ...underBase].flatMap((i) => imageStrings(i.content)))];
    expect(strings.length).toBeGreaterThan(100);
    const column = (weight: 400 | 700) => ({ type: 'div', props: { style: { display: 'flex', flexDirection: 'column', fontWeight: weight }, children: strings.map((s) => ({ type: 'div', props: { style: { display: 'block' }, children: s } })) } });
    const tree = { type: 'div', props: { style: { display: 'flex', fontFamily: FONT_FAMILY, fontSize: MIN_TEXT_PX }, children: [column(400), column(700)] } };
    await expect(renderTree(tree as never, 4000, strings.length * MIN_TEXT_PX * 2)).resolves.toContain('<svg');
  });
  it('a glyph no font has fails the render instead of drawing a box', async () => {
    const tree = { type: 'div', props: { style: { display: 'flex', fontFamily: FONT_FAMILY }, children: 'Phường 漢' } };
    await expect(renderTree(tree as never, 400, 100)).rejects.toBeInstanceOf(MissingGlyphError);
  });
});

describe('fit', () => {
  it('every image of the site draws inside its frame', async () => {
    for (const image of images) await expect(renderSvg(image.content), image.file).resolves.toContain('<svg');
  });
  it('an image whose text runs out of its frame fails', async () => {
    const c: ImageContent = structuredClone(pick('trang').content);
    c.points = Array.from({ length: 12 }, () => 'Một dòng dài của danh sách để tràn khung ảnh');
    await expect(renderSvg(c)).rejects.toThrow(/tràn khung/);
  });
});

describe('one card and one poster of each kind', () => {
  mkdirSync(OUT, { recursive: true });
  for (const image of samples) {
    it(`${image.content.name}: PNG ${image.width}×${image.height}, under ${MAX_BYTES[image.format] / 1024} KB`, async () => {
      const png = svgToPng(await renderSvg(image.content));
      writeFileSync(`${OUT}/${image.content.name}.png`, png);
      expect(pngHeader(png)).toMatchObject({ width: IMAGE_SIZE[image.format].width, height: IMAGE_SIZE[image.format].height });
      expect(png.length).toBeLessThan(MAX_BYTES[image.format]);
      if (image.format === 'poster') {
        const { width, height, data } = pngPixels(png);
        const code = jsQR(data, width, height);
        expect(code?.data).toBe(image.content.page!.url);
      }
    });
  }
  it('posters carry the exact page URL, under the base path', () => {
    const poster = samples.at(-1)!;
    expect(poster.content.page!.url).toBe('https://haiduong.haiphong.gov.vn/tuyen-truyen/chi-tieu/thuy-nguyen-quy-i-2026/');
  });
});
