import { describe, expect, it } from 'vitest';
import {
  describeTarget, parseTarget, shellCommand, shellQuote, splitCommand, transportFromEnv, uploadCommand, TargetError,
} from '../../../src/lib/deploy/target.ts';

describe('parseTarget', () => {
  it('reads a folder on this machine, made absolute', () => {
    expect(parseTarget('/srv/tuyen-truyen/')).toEqual({ kind: 'local', dir: '/srv/tuyen-truyen' });
    expect(parseTarget('site', '/home/a')).toEqual({ kind: 'local', dir: '/home/a/site' });
    expect(parseTarget('./x/../y', '/home/a')).toEqual({ kind: 'local', dir: '/home/a/y' });
  });

  it('reads user@host:/dir and host:/dir as remote', () => {
    expect(parseTarget('deploy@portal.example.gov.vn:/srv/tuyen-truyen')).toEqual({
      kind: 'remote', user: 'deploy', host: 'portal.example.gov.vn', dir: '/srv/tuyen-truyen',
    });
    expect(parseTarget('portal:/srv/site/')).toEqual({ kind: 'remote', user: undefined, host: 'portal', dir: '/srv/site' });
    expect(parseTarget('u@[2001:db8::1]:/srv/x')).toMatchObject({ kind: 'remote', host: '[2001:db8::1]', dir: '/srv/x' });
  });

  it('takes a Windows drive for a folder, not a host', () => {
    expect(parseTarget('C:\\site').kind).toBe('local');
    expect(parseTarget('C:/site').kind).toBe('local');
  });

  it('refuses a relative remote folder, "..", spaces, odd user or host names, in Vietnamese', () => {
    const refused = (v: string) => {
      try {
        parseTarget(v);
      } catch (err) {
        expect(err).toBeInstanceOf(TargetError);
        return (err as Error).message;
      }
      throw new Error(`accepted ${v}`);
    };
    expect(refused('u@host:srv/site')).toMatch(/đường dẫn đầy đủ, bắt đầu bằng "\/"/);
    expect(refused('u@host:/srv/../etc')).toMatch(/"\.\."/);
    expect(refused('u@host:/srv/my site')).toMatch(/không dấu cách/);
    expect(refused('u;rm@host:/srv')).toMatch(/tên đăng nhập/);
    expect(refused('-oProxyCommand=x:/srv')).toMatch(/tên máy/);
    expect(refused('  ')).toMatch(/--target trống/);
  });

  it('describes a target as it was written', () => {
    expect(describeTarget(parseTarget('deploy@portal:/srv/x'))).toBe('deploy@portal:/srv/x');
    expect(describeTarget(parseTarget('/srv/x'))).toBe('/srv/x');
  });
});

describe('commands', () => {
  const transport = transportFromEnv({});

  it('quotes words for sh', () => {
    expect(shellQuote('releases/20261122T000000Z-abc1234')).toBe('releases/20261122T000000Z-abc1234');
    expect(shellQuote("it's here")).toBe(`'it'\\''s here'`);
    expect(shellQuote('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
  });

  it('splits DEPLOY_SSH into words, honouring quotes', () => {
    expect(splitCommand('ssh -p 2222 -i "/home/ci/my key"')).toEqual(['ssh', '-p', '2222', '-i', '/home/ci/my key']);
    expect(transportFromEnv({ DEPLOY_SSH: ' ', DEPLOY_RSYNC: '' })).toEqual({ ssh: ['ssh'], rsync: 'rsync' });
    expect(transportFromEnv({ DEPLOY_SSH: 'ssh -p 2222', DEPLOY_RSYNC: '/usr/local/bin/rsync' })).toEqual({ ssh: ['ssh', '-p', '2222'], rsync: '/usr/local/bin/rsync' });
  });

  it('runs scripts with sh -s here and through ssh in batch mode there', () => {
    expect(shellCommand(parseTarget('/srv/x'), transport)).toEqual(['sh', '-s']);
    expect(shellCommand(parseTarget('deploy@portal:/srv/x'), transportFromEnv({ DEPLOY_SSH: 'ssh -p 2222' })))
      .toEqual(['ssh', '-p', '2222', '-o', 'BatchMode=yes', '--', 'deploy@portal', 'sh -s']);
    expect(shellCommand(parseTarget('u@[2001:db8::1]:/srv/x'), transport)).toContain('u@2001:db8::1');
  });

  it('copies with cp -R here', () => {
    expect(uploadCommand(parseTarget('/srv/x'), transport, '/tmp/build/site/', '.partial-r1', 'r0'))
      .toEqual(['cp', '-R', '/tmp/build/site/.', '/srv/x/releases/.partial-r1']);
  });

  it('uploads with rsync over the same ssh, hard-linking unchanged files against the live release', () => {
    const cmd = uploadCommand(parseTarget('deploy@portal:/srv/x'), transportFromEnv({ DEPLOY_SSH: 'ssh -p 2222 -i "/k/my key"' }), '/tmp/build/site', '.partial-r1', 'r0');
    expect(cmd[0]).toBe('rsync');
    expect(cmd).toContain('--recursive');
    expect(cmd).toContain('--delete');
    expect(cmd).toContain('--link-dest=../r0');
    expect(cmd[cmd.indexOf('-e') + 1]).toBe(`ssh -p 2222 -i '/k/my key' -o BatchMode=yes`);
    expect(cmd.slice(-2)).toEqual(['/tmp/build/site/', 'deploy@portal:/srv/x/releases/.partial-r1/']);
    // A first release has nothing to link against.
    expect(uploadCommand(parseTarget('portal:/srv/x'), transport, '/b', '.partial-r1', undefined).some((w) => w.startsWith('--link-dest'))).toBe(false);
  });
});
