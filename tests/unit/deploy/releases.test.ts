import { describe, expect, it } from 'vitest';
import {
  filesToCarry, isFingerprinted, liveRelease, parseRelease, previousRelease, releaseName, releasesToPrune, sortReleases,
  vietnamTime,
} from '../../../src/lib/deploy/releases.ts';

const at = (iso: string) => new Date(iso);

describe('release names', () => {
  it('are the UTC time and the short commit', () => {
    expect(releaseName(at('2026-11-22T23:30:05Z'), '640181a', false)).toBe('20261122T233005Z-640181a');
    expect(releaseName(at('2026-11-22T23:30:05Z'), '640181A', true)).toBe('20261122T233005Z-640181a-dirty');
    expect(releaseName(at('2026-11-22T23:30:05Z'), undefined, false)).toBe('20261122T233005Z-khong-git');
  });

  it('never reuse a name', () => {
    const taken = ['20261122T233005Z-640181a', '20261122T233005Z-640181a-2'];
    expect(releaseName(at('2026-11-22T23:30:05Z'), '640181a', false, taken)).toBe('20261122T233005Z-640181a-3');
  });

  it('read back into time and commit', () => {
    expect(parseRelease('20261122T233005Z-640181a-dirty')).toEqual({
      name: '20261122T233005Z-640181a-dirty', time: at('2026-11-22T23:30:05Z'), commit: '640181a', dirty: true,
    });
    expect(parseRelease('.partial-20261122T233005Z-640181a')).toBeUndefined();
    expect(parseRelease('20261122T233005Z-640181a.carried')).toBeUndefined();
    expect(parseRelease('notes')).toBeUndefined();
  });

  it('sort oldest first and leave out what is not a release', () => {
    const names = ['20261201T000000Z-bbbbbbb', 'lost+found', '20261130T000000Z-aaaaaaa', '20261201T000000Z-bbbbbbb-2'];
    expect(sortReleases(names).map((r) => r.name)).toEqual(['20261130T000000Z-aaaaaaa', '20261201T000000Z-bbbbbbb', '20261201T000000Z-bbbbbbb-2']);
  });

  it('are shown in Viet Nam time', () => {
    expect(vietnamTime(at('2026-11-22T23:30:05Z'))).toBe('06:30 23/11/2026');
  });
});

const r = (n: number) => `202611${String(n).padStart(2, '0')}T000000Z-abcdef${n % 10}`;
const list = (...ns: number[]) => sortReleases(ns.map(r));

describe('which release is live, which is previous', () => {
  it('reads current, relative or absolute', () => {
    expect(liveRelease(`releases/${r(3)}`)).toBe(r(3));
    expect(liveRelease(`/srv/x/releases/${r(3)}/`)).toBe(r(3));
    expect(liveRelease('/var/www/old-site')).toBeUndefined();
    expect(liveRelease(undefined)).toBeUndefined();
  });

  it('goes back to the release before the live one, skipping those rolled back from', () => {
    expect(previousRelease(list(1, 2, 3), r(3))?.name).toBe(r(2));
    expect(previousRelease(list(1, 2, 3), r(1))).toBeUndefined();
    // r(2) was faulty: rolled back to r(1), then r(3) deployed. Going back from r(3) lands on r(1).
    expect(previousRelease(list(1, 2, 3), r(3), [r(2)])?.name).toBe(r(1));
  });
});

describe('pruning', () => {
  it('keeps the newest N', () => {
    expect(releasesToPrune(list(1, 2, 3, 4, 5, 6, 7), r(7), 5).map((x) => x.name)).toEqual([r(1), r(2)]);
    expect(releasesToPrune(list(1, 2, 3), r(3), 5)).toEqual([]);
  });

  it('never deletes the live release or the one before it, even after a rollback to an old one', () => {
    // Rolled back to r(2); r(1) is what a further rollback needs.
    expect(releasesToPrune(list(1, 2, 3, 4, 5, 6), r(2), 2).map((x) => x.name)).toEqual([r(3), r(4), r(5), r(6)]);
    expect(releasesToPrune(list(1, 2, 3, 4, 5, 6), r(2), 3).map((x) => x.name)).toEqual([r(3), r(4), r(5)]);
  });

  it('keeps the release a rollback would go to, not the one rolled back from', () => {
    expect(releasesToPrune(list(1, 2, 3), r(3), 2, [r(2)]).map((x) => x.name)).toEqual([r(2)]);
  });

  it('keeps at least two', () => {
    expect(releasesToPrune(list(1, 2, 3), r(3), 1).map((x) => x.name)).toEqual([r(1)]);
  });
});

describe('fingerprinted files', () => {
  it('are Astro assets, Pagefind index files, share images and QR codes, compressed or not', () => {
    for (const f of [
      '_astro/engine.BwSRahgr.js', '_astro/index.DkR3x_1a.css.gz', 'pagefind/fragment/vi_2bc8899.pf_fragment',
      'pagefind/index/vi_2f3274d.pf_index', 'pagefind/pagefind.vi_c93fb1ba6e.pf_meta', 'anh/chi-tieu-so-sanh-edd84b10.png',
      'qr/qr-14d4037ad4.svg',
    ]) expect(isFingerprinted(f), f).toBe(true);
  });

  it('are not pages, feeds, downloads, icons or Pagefind entry files', () => {
    for (const f of [
      'index.html', 'van-ban/index.html.gz', 'rss.xml', 'chi-tieu/gia-vien-2026.csv', 'icons/icon-192.png', 'favicon.svg',
      'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind', 'manifest.webmanifest',
    ]) expect(isFingerprinted(f), f).toBe(false);
  });
});

describe('files carried into a new release', () => {
  it("are the live release's own fingerprinted files the new build lacks", () => {
    const live = ['index.html', '_astro/a.AAAAAAAA.css', '_astro/b.BBBBBBBB.js', '_astro/old.OOOOOOOO.js', 'pagefind/fragment/vi_1234567.pf_fragment', 'gone/index.html'];
    const carried = ['_astro/old.OOOOOOOO.js'];
    const fresh = ['index.html', '_astro/a.AAAAAAAA.css', '_astro/b.CCCCCCCC.js'];
    // The old one carried into the live release is not carried again: assets outlive one release, no more.
    // A page gone from the build (gone/) is not carried: it is not fingerprinted.
    expect(filesToCarry(live, carried, fresh)).toEqual(['_astro/b.BBBBBBBB.js', 'pagefind/fragment/vi_1234567.pf_fragment']);
  });

  it('leaves out paths that could leave the release', () => {
    expect(filesToCarry(['_astro/../../etc/x.12345678.js', '/_astro/x.12345678.js'], [], [])).toEqual([]);
  });
});
