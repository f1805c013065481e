// Releases at a deploy target: their names, which one is live, which ones to keep, and which of the live release's
// fingerprinted files the next one carries so that a page opened before the switch still finds them.
//
//   <target>/current  →  releases/20261122T233000Z-640181a     (the live release; nginx serves <target>/current)
//   <target>/releases/20261122T233000Z-640181a/                (one built site)
//   <target>/releases/20261122T233000Z-640181a.carried         (files it carries from the release before it)
//   <target>/releases/20261121T080000Z-1a2b3c4.rolled-back     (a rollback went back from it: rollback skips it)

/** "20261122T233000Z-640181a", with "-dirty" when the work tree had uncommitted changes and "-2"… on a clash. */
const RELEASE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-([0-9a-f]{4,40}|khong-git)(-dirty)?(?:-(\d+))?$/;

export interface Release {
  name: string;
  /** When it was built (UTC). */
  time: Date;
  /** The short commit, or "khong-git" outside a git checkout. */
  commit: string;
  dirty: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The UTC time in a release name: "20261122T233000Z". */
export function releaseStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** A new release's name, unique among `existing`. */
export function releaseName(date: Date, commit: string | undefined, dirty: boolean, existing: Iterable<string> = []): string {
  const taken = new Set(existing);
  const base = `${releaseStamp(date)}-${commit ? commit.slice(0, 12).toLowerCase() : 'khong-git'}${dirty ? '-dirty' : ''}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function parseRelease(name: string): Release | undefined {
  const m = RELEASE.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, commit, dirty] = m;
  const time = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!));
  if (Number.isNaN(time.getTime())) return undefined;
  return { name, time, commit: commit!, dirty: Boolean(dirty) };
}

/** Release folders among a listing of releases/, oldest first; other entries (partial uploads, notes) are left out. */
export function sortReleases(names: Iterable<string>): Release[] {
  return [...names]
    .map(parseRelease)
    .filter((r): r is Release => r !== undefined)
    .sort((a, b) => a.time.getTime() - b.time.getTime() || a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** The release `current` points to ("releases/<name>" or an absolute path ending in it), if it is one. */
export function liveRelease(link: string | undefined): string | undefined {
  if (!link) return undefined;
  const name = link.replace(/\/+$/, '').split('/').pop() ?? '';
  return parseRelease(name) ? name : undefined;
}

/**
 * The release a rollback goes back to: the newest one older than the live one that was never rolled back from
 * (a release someone went back from was faulty; a later rollback must not land on it again).
 */
export function previousRelease(releases: Release[], live: string | undefined, rolledBack: Iterable<string> = []): Release | undefined {
  const skip = new Set(rolledBack);
  const i = releases.findIndex((r) => r.name === live);
  for (let j = i - 1; j >= 0; j--) if (!skip.has(releases[j]!.name)) return releases[j];
  return undefined;
}

/**
 * Releases to delete so that `keep` remain: the oldest go first, and the live release and the one before it are
 * never deleted (after a rollback the live one can be old). `keep` is at least 2.
 */
export function releasesToPrune(releases: Release[], live: string | undefined, keep: number, rolledBack: Iterable<string> = []): Release[] {
  const protect = new Set<string>();
  if (live) protect.add(live);
  const previous = previousRelease(releases, live, rolledBack);
  if (previous) protect.add(previous.name);
  const kept = new Set(protect);
  for (const r of [...releases].reverse()) {
    if (kept.size >= Math.max(keep, 2)) break;
    kept.add(r.name);
  }
  return releases.filter((r) => !kept.has(r.name));
}

/**
 * Whether a file of a built site has a content hash in its name, so that an old page may still ask for it after a
 * swap and a newer build never writes another file under that name: Astro's /_astro/, Pagefind's index files,
 * the share images (anh/…-1a2b3c4d.png) and QR codes (qr/qr-1a2b3c4d5e.svg), with their .gz/.br.
 */
export function isFingerprinted(path: string): boolean {
  const p = path.replace(/^\/+/, '').replace(/\.(gz|br)$/, '');
  if (p.startsWith('_astro/')) return true;
  if (p.startsWith('pagefind/')) return /\.pf_[a-z]+$/.test(p);
  const name = p.split('/').pop() ?? '';
  return /[-_.][0-9a-f]{8,}\.(png|jpe?g|webp|avif|gif|svg|woff2?|css|js|mjs|wasm)$/i.test(name);
}

/**
 * Files the new release takes over from the live one: the live release's own fingerprinted files (not those it
 * carried itself, so old assets live one release longer and no more) that the new build does not have.
 */
export function filesToCarry(liveFiles: Iterable<string>, liveCarried: Iterable<string>, newFiles: Iterable<string>): string[] {
  const inherited = new Set(liveCarried);
  const fresh = new Set(newFiles);
  return [...liveFiles].filter((f) => isFingerprinted(f) && !inherited.has(f) && !fresh.has(f) && safeRelativePath(f)).sort();
}

/** A relative path inside a release: no "..", no leading "/", only characters the scripts can quote. */
export function safeRelativePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.split('/').some((p) => p === '..' || p === '' || p === '.') && !/[\0\n\r]/.test(path);
}

/** "06:30 23/11/2026" in Viet Nam (UTC+7), as an editor reads a time. */
export function vietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
