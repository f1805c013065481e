// The POSIX sh scripts a deploy runs at its target (locally through `sh -s`, remotely through `ssh host sh -s`).
// Each prints marker lines ("@current") that readSections() splits; values are quoted with shellQuote.
import { LOCK_DIR } from './lock.ts';
import { shellQuote as q } from './target.ts';

export const PARTIAL_PREFIX = '.partial-';

/** Splits "@name" marker lines into sections of lines. */
export function readSections(output: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    const marker = /^@([\w-]+)$/.exec(line.trim());
    if (marker) {
      current = [];
      sections.set(marker[1]!, current);
    } else if (current && line !== '') {
      current.push(line);
    }
  }
  return sections;
}

const enter = (dir: string) => `cd -- ${q(dir)} 2>/dev/null || { echo '@missing'; exit 0; }`;

/**
 * What is at the target: where `current` points, the release folders, whether the folder is writable, and (with
 * `files`) every file of the live release plus the list of files it carried.
 */
export function inspectScript(dir: string, files: boolean): string {
  return [
    enter(dir),
    `echo '@current'`,
    `if [ -L current ]; then readlink current; elif [ -e current ]; then echo '!not-a-link'; fi`,
    `echo '@releases'`,
    `for d in releases/*/; do [ -d "$d" ] && basename "$d"; done`,
    `echo '@rolled-back'`,
    `for f in releases/*.rolled-back; do [ -f "$f" ] && basename "$f" .rolled-back; done`,
    ...(files
      ? [
          `echo '@live-files'`,
          `if [ -L current ] && [ -d current/ ]; then (cd current/ && find . -type f -print) | sed 's|^\\./||'; fi`,
          `echo '@live-carried'`,
          `if [ -L current ]; then n=$(basename "$(readlink current)"); cat "releases/$n.carried" 2>/dev/null; fi`,
        ]
      : []),
    `echo '@end'`,
    '',
  ].join('\n');
}

/** Takes the lock (mkdir is atomic) or reports who holds it and whether the lock is older than a minute. */
export function lockScript(dir: string, owner: string): string {
  return [
    enter(dir),
    `if mkdir ${LOCK_DIR} 2>/dev/null; then`,
    `  printf '%s\\n' ${q(owner)} > ${LOCK_DIR}/owner && echo '@locked'`,
    `elif [ ! -d ${LOCK_DIR} ]; then`,
    `  echo '@read-only'`,
    `else`,
    `  echo '@busy'; cat ${LOCK_DIR}/owner 2>/dev/null; echo`,
    `  if [ -n "$(find ${LOCK_DIR} -maxdepth 0 -mmin +1 2>/dev/null)" ]; then echo '@old'; fi`,
    `fi`,
    '',
  ].join('\n');
}

/** Breaks a stale lock, only if it still holds the owner line that was judged stale. */
export function breakLockScript(dir: string, staleOwner: string): string {
  return [
    enter(dir),
    `if [ "$(cat ${LOCK_DIR}/owner 2>/dev/null)" = ${q(staleOwner.trim())} ]; then`,
    `  mv ${LOCK_DIR} ${LOCK_DIR}.stale.$$ && rm -rf ${LOCK_DIR}.stale.$$ && echo '@broken'`,
    `fi`,
    '',
  ].join('\n');
}

/** Gives the lock back, if it is still ours. */
export function unlockScript(dir: string, owner: string): string {
  return [
    enter(dir),
    `if [ "$(cat ${LOCK_DIR}/owner 2>/dev/null)" = ${q(owner)} ]; then rm -rf ${LOCK_DIR} && echo '@unlocked'; fi`,
    '',
  ].join('\n');
}

/** Makes an empty folder for the upload, after deleting what a stopped deploy left (the lock is held). */
export function prepareScript(dir: string, partial: string): string {
  return [
    'set -e',
    enter(dir),
    'mkdir -p releases',
    `rm -rf releases/${PARTIAL_PREFIX}*`,
    `mkdir releases/${q(partial)}`,
    `echo '@ready'`,
    '',
  ].join('\n');
}

/** Points `current` at a release atomically: a new link beside it, renamed over it (GNU mv -T, BSD mv -h). */
function switchLines(name: string): string[] {
  return [
    `rm -f .current-new.$$`,
    `ln -s ${q(`releases/${name}`)} .current-new.$$`,
    `mv -fT .current-new.$$ current 2>/dev/null || mv -fh .current-new.$$ current`,
    `[ "$(readlink current)" = ${q(`releases/${name}`)} ]`,
    `echo '@switched'`,
  ];
}

/**
 * Finishes a release: takes over the live release's fingerprinted files the build lacks (hard links when it can),
 * records them in releases/<name>.carried, renames the upload into place and switches `current` to it.
 */
export function installScript(dir: string, partial: string, name: string, live: string | undefined, carry: string[]): string {
  const marker = 'CARRIED_FILES_END';
  return [
    'set -e',
    enter(dir),
    `p=releases/${q(partial)}`,
    `[ -d "$p" ]`,
    `[ ! -e releases/${q(name)} ]`,
    ...(live && carry.length
      ? [
          `l=releases/${q(live)}`,
          `c() { [ -e "$p/$1" ] && return 0; mkdir -p "$(dirname "$p/$1")"; ln "$l/$1" "$p/$1" 2>/dev/null || cp -p "$l/$1" "$p/$1"; }`,
          ...carry.map((f) => `c ${q(f)}`),
          `cat > releases/${q(`${name}.carried`)} <<'${marker}'`,
          ...carry,
          marker,
        ]
      : [`: > releases/${q(`${name}.carried`)}`]),
    `mv -- "$p" releases/${q(name)}`,
    ...switchLines(name),
    '',
  ].join('\n');
}

/**
 * Switches `current` to an existing release (rollback). The release gone back from is marked rolled back (later
 * rollbacks skip it); the one switched to loses that mark (an administrator chose it with --to).
 */
export function switchScript(dir: string, name: string, from: string | undefined): string {
  return [
    'set -e',
    enter(dir),
    `[ -d releases/${q(name)} ]`,
    ...(from ? [`: > releases/${q(`${from}.rolled-back`)}`] : []),
    `rm -f releases/${q(`${name}.rolled-back`)}`,
    ...switchLines(name),
    '',
  ].join('\n');
}

/** Deletes releases (the folder, its .carried list and its rolled-back mark). */
export function pruneScript(dir: string, names: string[]): string {
  return [
    enter(dir),
    ...names.map((n) => `rm -rf -- releases/${q(n)} releases/${q(`${n}.carried`)} releases/${q(`${n}.rolled-back`)}`),
    `echo '@pruned'`,
    '',
  ].join('\n');
}

/** Deletes an upload that will not go live. */
export function discardScript(dir: string, partial: string): string {
  return [enter(dir), `rm -rf -- releases/${q(partial)}`, ''].join('\n');
}
