import { describe, expect, it } from 'vitest';
import { formatOwner, parseOwner, processAlive, staleReason, STALE_AFTER_MS } from '../../../src/lib/deploy/lock.ts';

const now = new Date('2026-11-22T12:00:00Z');
const owner = { host: 'may-phuong', pid: 4242, time: new Date('2026-11-22T11:59:00Z'), action: 'deploy' };

describe('deploy lock', () => {
  it('writes and reads who holds it', () => {
    const line = formatOwner(owner);
    expect(line).toBe('host=may-phuong pid=4242 time=2026-11-22T11:59:00.000Z action=deploy');
    expect(parseOwner(`${line}\n`)).toEqual(owner);
    expect(parseOwner('')).toBeUndefined();
    expect(parseOwner('host=x pid=abc time=2026-11-22T11:59:00Z')).toBeUndefined();
  });

  it('is respected while its process runs, or on another machine while young', () => {
    expect(staleReason(owner, { hostname: 'may-phuong', now, alive: () => true })).toBeUndefined();
    expect(staleReason(owner, { hostname: 'may-ci', now, alive: () => false })).toBeUndefined();
  });

  it('is stale when its process on this machine is gone', () => {
    expect(staleReason(owner, { hostname: 'may-phuong', now, alive: () => false })).toMatch(/tiến trình 4242 .* đã dừng/);
  });

  it('is stale on any machine after the longest deploy', () => {
    const old = { ...owner, time: new Date(now.getTime() - STALE_AFTER_MS - 60_000) };
    expect(staleReason(old, { hostname: 'may-ci', now, alive: () => true })).toMatch(/khóa đã giữ hơn 2 giờ/);
  });

  it('without an owner line is being written, unless the folder is old', () => {
    expect(staleReason(undefined, { hostname: 'x', now, alive: () => true }, 0)).toBeUndefined();
    expect(staleReason(undefined, { hostname: 'x', now, alive: () => true }, 120_000)).toMatch(/không ghi ai giữ/);
  });

  it('knows a running process from a finished one', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(2 ** 22 + 12345)).toBe(false);
  });
});
