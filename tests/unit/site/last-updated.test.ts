import { describe, expect, it } from 'vitest';
import { formatUpdated, hasFullHistory, isoUpdated, lastCommitDate, parseGitDate, type GitRunner } from '../../../src/lib/site/last-updated.ts';

describe('git commit dates', () => {
  it('reads the ISO date git log --format=%cI prints', () => {
    expect(parseGitDate('2026-12-01T06:08:08+00:00\n')?.toISOString()).toBe('2026-12-01T06:08:08.000Z');
    expect(parseGitDate('2026-11-22T23:30:00+07:00')?.toISOString()).toBe('2026-11-22T16:30:00.000Z');
  });
  it('gives nothing for empty or foreign output (no commit touches the file)', () => {
    expect(parseGitDate('')).toBeUndefined();
    expect(parseGitDate('fatal: not a git repository')).toBeUndefined();
    expect(parseGitDate('Mon Dec 1 06:08:08 2026 +0000')).toBeUndefined();
  });
  it('writes the day in Viet Nam as dd/mm/yyyy', () => {
    expect(formatUpdated(new Date('2026-12-01T06:08:08+00:00'))).toBe('01/12/2026');
    // 20:00 UTC on 31 December is already 1 January in Viet Nam (UTC+7).
    expect(formatUpdated(new Date('2026-12-31T20:00:00Z'))).toBe('01/01/2027');
    expect(isoUpdated(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
    expect(isoUpdated(new Date('2026-03-05T01:00:00+07:00'))).toBe('2026-03-05');
  });
});

describe('the git call', () => {
  const fake = (answers: Record<string, { status: number; stdout: string } | undefined>): GitRunner & { calls: string[][] } => {
    const calls: string[][] = [];
    const run = ((args: string[]) => { calls.push(args); return answers[args[0]!]; }) as GitRunner & { calls: string[][] };
    run.calls = calls;
    return run;
  };
  it('asks git for the newest commit touching the page files', () => {
    const git = fake({ 'rev-parse': { status: 0, stdout: 'false\n' }, log: { status: 0, stdout: '2026-11-30T10:00:00+07:00\n' } });
    expect(lastCommitDate(['content/documents/a.mdx'], git)?.toISOString()).toBe('2026-11-30T03:00:00.000Z');
    expect(git.calls[1]).toEqual(['log', '-1', '--format=%cI', '--', 'content/documents/a.mdx']);
  });
  it('shows nothing from a shallow clone: its oldest commit would date every old file wrongly', () => {
    const git = fake({ 'rev-parse': { status: 0, stdout: 'true\n' }, log: { status: 0, stdout: '2026-11-30T10:00:00+07:00\n' } });
    expect(hasFullHistory(git)).toBe(false);
    expect(lastCommitDate(['content'], git)).toBeUndefined();
  });
  it('shows nothing without git or without a repository (a tarball)', () => {
    expect(lastCommitDate(['content'], fake({}))).toBeUndefined();
    expect(lastCommitDate(['content'], fake({ 'rev-parse': { status: 128, stdout: '' } }))).toBeUndefined();
  });
  it('shows nothing for a file no commit has touched yet', () => {
    const git = fake({ 'rev-parse': { status: 0, stdout: 'false\n' }, log: { status: 0, stdout: '' } });
    expect(lastCommitDate(['content/new.mdx'], git)).toBeUndefined();
  });
  it('works on this checkout (or says nothing when it is shallow or has no history)', () => {
    const date = lastCommitDate(['content']);
    if (date) expect(formatUpdated(date)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });
});
