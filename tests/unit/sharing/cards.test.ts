import { describe, expect, it } from 'vitest';
import {
  GEOMETRY, IMAGE_SIZE, MIN_TEXT_PX, MIN_TITLE_PX, TYPE_PX, bodyBox, contentHeight, displayAddress, documentImage, documentName, fitImage,
  imageFigure, imageFile, labelNeeded, lineCount, numberText, pageAddress, targetSetImages, textWidth, type DocumentFacts, type ImageDraft,
  type SiteFacts,
} from '../../../src/lib/sharing/cards.ts';
import { framedFigure, headlineFigures } from '../../../src/lib/sharing/page-meta.ts';
import { siteInput } from './site-input.ts';

const input = siteInput();
const set = (id: string) => input.data.targetSets.find((s) => s.id === id)!;
const site: SiteFacts = { ward: 'Hải Dương', wardName: 'Phường Hải Dương', city: 'Thành phố Hải Phòng', siteName: 'Tuyên truyền năm 2026 – Phường Hải Dương', rootUrl: 'https://haiduong.haiphong.gov.vn/tuyen-truyen/' };
const doc = (extra: Partial<DocumentFacts> = {}): DocumentFacts => ({
  id: 'kl', title: 'Kết luận Hội nghị', type: 'Kết luận', number: 'Số -KL/ĐU', date: 'tháng 04 năm 2026', dateIso: '2026-04',
  issuer: 'Ban Chấp hành Đảng bộ phường Thủy Nguyên', ward: 'Thủy Nguyên', subject: 'sơ kết nhiệm vụ Quý I/2026', summary: 'Tóm tắt.', ...extra,
});

describe('type sizes', () => {
  it('no text under 24 px and no card title under 44 px, so a phone thumbnail reads', () => {
    expect(MIN_TEXT_PX).toBe(24);
    expect(MIN_TITLE_PX).toBe(44);
    for (const format of ['card', 'poster'] as const) {
      const sizes = Object.values(TYPE_PX[format]).flatMap((v) => (Array.isArray(v) ? v : [v]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      expect(Math.min(...TYPE_PX[format].title)).toBeGreaterThanOrEqual(MIN_TITLE_PX);
    }
  });
  it('card 1200×630, poster 1080×1350', () => {
    expect(IMAGE_SIZE).toEqual({ card: { width: 1200, height: 630 }, poster: { width: 1080, height: 1350 } });
    expect(bodyBox('card').width).toBe(1200 - 2 * GEOMETRY.card.padX);
  });
});

describe('text measure', () => {
  it('bold runs wider than regular; capitals wider than small letters; marks do not change a letter\'s width', () => {
    expect(textWidth('Chỉ tiêu', 30, 700)).toBeGreaterThan(textWidth('Chỉ tiêu', 30, 400));
    expect(textWidth('PHƯỜNG', 30)).toBeGreaterThan(textWidth('phường', 30));
    expect(textWidth('ệ', 30)).toBe(textWidth('e', 30));
  });
  it('wraps at spaces', () => {
    expect(lineCount('một', 30, 1000)).toBe(1);
    const w = textWidth('aaaa', 30);
    expect(lineCount('aaaa aaaa aaaa', 30, w * 2 + textWidth(' ', 30) + 1)).toBe(2);
    expect(lineCount('aaaa aaaa aaaa', 30, w + 1)).toBe(3);
  });
});

describe('documents on images', () => {
  it('names a document by type and number, or by type and issuer when the number is blank or not printed', () => {
    expect(documentName(doc({ number: 'Số 04-NQ/ĐU', type: 'Nghị quyết' }))).toBe('Nghị quyết số 04-NQ/ĐU');
    expect(documentName(doc())).toBe('Kết luận của Ban Chấp hành Đảng bộ phường Thủy Nguyên');
    expect(documentName(doc({ number: undefined }))).toBe('Kết luận của Ban Chấp hành Đảng bộ phường Thủy Nguyên');
  });
  it('prints a blank number as the document does, with "(để trống số)"', () => {
    expect(numberText('Số -KL/ĐU')).toBe('Số -KL/ĐU (để trống số)');
    expect(numberText('Số 04-NQ/ĐU')).toBe('Số 04-NQ/ĐU');
    expect(numberText(undefined)).toBe('Văn bản không ghi số');
  });
  it('a document card carries type, number, date, issuer and subject', () => {
    const c = documentImage(site, doc());
    expect(c.eyebrow).toBe('Kết luận · phường Thủy Nguyên');
    expect(c.facts.map((f) => f.text)).toEqual(['Số -KL/ĐU (để trống số)', 'tháng 04 năm 2026', 'Ban Chấp hành Đảng bộ phường Thủy Nguyên', 'sơ kết nhiệm vụ Quý I/2026']);
    expect(c.title).toBe('Kết luận Hội nghị');
  });
  it('shortens a very long subject with "…" rather than clip it', () => {
    const c = documentImage(site, doc({ title: 'Kế hoạch tuyên truyền '.repeat(5), subject: 'Tuyên truyền, phổ biến, quán triệt '.repeat(12) }));
    const subject = c.facts.at(-1)!.text;
    expect(subject.endsWith('…')).toBe(true);
    expect(contentHeight(c)).toBeLessThanOrEqual(bodyBox('card').height);
  });
});

describe('figures on images: never barer than on the page', () => {
  it('a target set shows its featured figures, each with owner, kind, when and the document\'s own words', () => {
    const tn = set('thuy-nguyen-quy-i-2026');
    const figures = headlineFigures(tn.figures).map((f) => framedFigure(f, input, site.city));
    expect(figures[0]!.frame).toBe('Phường Thủy Nguyên · Kết quả · quý I/2026');
    expect(figures[0]!.values[0]!.spans.map((s) => s.text).join('')).toBe('cơ bản hoàn thành đạt 11/19 chỉ tiêu phường đề ra (trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá)');
    expect(figures[0]!.values[0]!.spans.find((s) => s.strong)!.text).toBe('11/19 chỉ tiêu');
    expect(figures[0]!.source).toBe('Kết luận của Ban Chấp hành Đảng bộ phường Thủy Nguyên, mục I.1.1');
    const { card, poster } = targetSetImages(site, { id: tn.id, title: tn.title, ward: 'Thủy Nguyên', own: false, counts: '5 kết quả' }, figures, 'https://haiduong.haiphong.gov.vn/tuyen-truyen/chi-tieu/thuy-nguyen-quy-i-2026/');
    expect(card.eyebrow).toBe('Bộ số liệu · phường Thủy Nguyên (tham khảo)');
    expect(card.figures.length).toBe(2);
    expect(poster.figures.length).toBe(2);
    expect(poster.page!.lines).toEqual(['haiduong.haiphong.gov.vn/tuyen-truyen/', 'chi-tieu/thuy-nguyen-quy-i-2026/']);
    expect(card.alt).toContain('Phường Thủy Nguyên · Kết quả · quý I/2026');
  });
  it('keeps the qualifier: "đạt từ 96,7% trở lên" stays whole', () => {
    const f = set('gia-vien-2026').figures.find((x) => x.id === 'gia-dinh-van-hoa')!;
    const shown = framedFigure(f, input, site.city);
    expect(shown.values.map((v) => v.spans.map((s) => s.text).join(''))).toContain('Tỷ lệ gia đình văn hóa đạt từ 96,7% trở lên');
    expect(shown.frame).toBe('Phường Gia Viên · Chỉ tiêu · năm 2026');
  });
  it('a city aim is the city\'s, not the ward\'s', () => {
    const g = input.data.taskGroups.find((x) => x.number === 1)!;
    expect(framedFigure(g.figures[0]!, input, site.city).frame).toBe('Thành phố Hải Phòng · Mục tiêu của thành phố · năm 2026');
  });
  it('leaves out a label only when the values already say every word of it', () => {
    expect(labelNeeded('Doanh nghiệp hoạt động', [{ text: 'có 1.120 doanh nghiệp hoạt động trên địa bàn' }])).toBe(false);
    expect(labelNeeded('Chỉ tiêu phường đề ra đã cơ bản hoàn thành', [{ text: 'cơ bản hoàn thành đạt 11/19 chỉ tiêu phường đề ra' }])).toBe(true);
    const f = { kind: 'chi-tieu' as const, when: 'năm 2026', label: 'Thu ngân sách', values: [{ text: 'đạt 5 tỷ đồng', value: 5, unit: 'tỷ đồng', parts: [], yearShare: false }], passage: { anchor: 'muc-ii-2-doan-1' } };
    expect(imageFigure(f, 'Phường A', doc()).label).toBe('Thu ngân sách');
  });
});

describe('fitting', () => {
  const draft = (figures: number, title = 'Tiêu đề ngắn', values = 1): ImageDraft => ({
    format: 'card', name: 'x', identity: { publisher: 'Đảng ủy phường A', city: 'Thành phố B', address: 'a.gov.vn' }, eyebrow: 'BỘ SỐ LIỆU', title,
    figures: Array.from({ length: figures }, (_, i) => ({
      frame: `Phường A · Chỉ tiêu · năm 2026 (${i})`, label: 'Nhãn con số dài vừa phải để xuống dòng', source: 'Nghị quyết, mục 1',
      values: Array.from({ length: values }, () => ({ spans: [{ text: 'đạt từ 96,7% trở lên', strong: false }] })),
    })),
  });
  it('keeps every figure when they fit, the title at its largest', () => {
    const c = fitImage(draft(2));
    expect(c.figures.length).toBe(2);
    expect(c.layout.titlePx).toBe(TYPE_PX.card.title[0]);
  });
  it('shrinks the title, then drops figures from the end, never below the minimum sizes', () => {
    const c = fitImage(draft(3, 'Một tiêu đề rất dài của một nhóm nhiệm vụ, '.repeat(4), 3));
    expect(c.layout.titlePx).toBeGreaterThanOrEqual(MIN_TITLE_PX);
    expect(c.figures.length).toBeLessThan(3);
    expect(contentHeight(c)).toBeLessThanOrEqual(bodyBox('card').height);
  });
  it('refuses a title that cannot fit at all', () => {
    expect(() => fitImage(draft(0, 'chữ '.repeat(400)))).toThrow(/quá dài/);
  });
});

describe('file names', () => {
  it('carry a hash of what the image shows: a corrected figure gets a new address', () => {
    const tn = set('thuy-nguyen-quy-i-2026');
    const figures = headlineFigures(tn.figures).map((f) => framedFigure(f, input, site.city));
    const make = (fs: typeof figures) => targetSetImages(site, { id: tn.id, title: tn.title, ward: 'Thủy Nguyên', own: false, counts: '5 kết quả' }, fs, 'https://x.gov.vn/').card;
    const before = imageFile(make(figures), 'k');
    expect(before).toMatch(/^chi-tieu-thuy-nguyen-quy-i-2026-[0-9a-f]{8}\.png$/);
    expect(imageFile(make(figures), 'k')).toBe(before);
    const corrected = structuredClone(figures);
    corrected[1]!.values[0]!.spans[1]!.text = '149,433 tỷ đồng';
    expect(imageFile(make(corrected), 'k')).not.toBe(before);
    expect(imageFile(make(figures), 'another renderer')).not.toBe(before);
  });
  it('prints addresses without the scheme, the root without its slash', () => {
    expect(displayAddress('https://haiduong.haiphong.gov.vn/')).toBe('haiduong.haiphong.gov.vn');
    expect(displayAddress('https://haiduong.haiphong.gov.vn/tuyen-truyen/')).toBe('haiduong.haiphong.gov.vn/tuyen-truyen/');
    expect(pageAddress({ ...site, rootUrl: 'https://a.gov.vn/' }, 'https://a.gov.vn/nhiem-vu/x/').lines).toEqual(['a.gov.vn/', 'nhiem-vu/x/']);
  });
});

describe('alt text', () => {
  it('keeps every figure whole: 11/19 never without the 08 not yet due', () => {
    const tn = set('thuy-nguyen-quy-i-2026');
    const figures = headlineFigures(tn.figures).map((f) => framedFigure(f, input, site.city));
    const { card, poster } = targetSetImages(site, { id: tn.id, title: tn.title, ward: 'Thủy Nguyên', own: false, counts: '5 kết quả' }, figures, 'https://x.gov.vn/');
    for (const c of [card, poster]) {
      expect(c.alt).toContain('11/19 chỉ tiêu phường đề ra (trong đó có 08 chỉ tiêu chưa đến kỳ đánh giá)');
      expect(c.alt.startsWith('Bộ số liệu · phường Thủy Nguyên (tham khảo): Kết quả Quý I/2026')).toBe(true);
    }
  });
  it('adds the rest while it stays short, ending with the publisher and address when room is left', () => {
    const c = documentImage(site, doc());
    expect(c.alt).toBe('Kết luận · phường Thủy Nguyên: Kết luận Hội nghị. Số, ký hiệu: Số -KL/ĐU (để trống số). Ngày ban hành: tháng 04 năm 2026. Cơ quan ban hành: Ban Chấp hành Đảng bộ phường Thủy Nguyên. Trích yếu: sơ kết nhiệm vụ Quý I/2026. Đảng ủy phường Hải Dương, haiduong.haiphong.gov.vn/tuyen-truyen/.');
  });
});
