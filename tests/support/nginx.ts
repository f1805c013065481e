// Debian's nginx, unprivileged on 127.0.0.1, serving a built site through the repo's own snippet
// (deploy/nginx/tuyen-truyen.conf) inside a server block like the ward portal's. Everything nginx writes (pid,
// logs, temp folders, the copied snippets) lives in a temporary prefix removed by stop().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_BINARY = process.env.NGINX_PATH || '/usr/sbin/nginx';
export const NGINX_SNIPPET_DIR = resolve(import.meta.dirname, '../../deploy/nginx');
const SHIPPED_BASE = '/tuyen-truyen/';

export interface NginxOptions {
  /** The folder served at the base: a build, or the `current` symlink of a deploy target (followed per request). */
  root: string;
  /** The sub-path, with slashes at both ends. */
  base?: string;
  /** A fixed port; by default a free one. */
  port?: number;
  /** Worker processes (the benchmark uses more than one). */
  workers?: number | 'auto';
  /** Write an access log into the prefix (off for load tests). */
  accessLog?: boolean;
  /** Serve https with a self-signed certificate made in the prefix, like the portal's TLS server. */
  tls?: boolean;
}

export interface RunningNginx {
  origin: string;
  /** An address under the base: url('van-ban/') → http://127.0.0.1:port/tuyen-truyen/van-ban/. */
  url: (path?: string) => string;
  /** The temporary prefix (nginx.conf, logs). */
  prefix: string;
  /** What nginx wrote to its error log so far. */
  errorLog: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** The shipped snippets with the sub-path swapped in (the same edit a portal with another base makes). */
function writeSnippets(prefix: string, base: string) {
  const target = join(prefix, 'snippets');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(NGINX_SNIPPET_DIR).filter((f) => f.endsWith('.conf'))) {
    const text = readFileSync(join(NGINX_SNIPPET_DIR, name), 'utf8');
    writeFileSync(join(target, name), base === SHIPPED_BASE ? text : text.split(SHIPPED_BASE).join(base)
      .split(SHIPPED_BASE.slice(0, -1)).join(base.slice(0, -1)));
  }
}

export function nginxConf(options: { root: string; port: number; prefix: string; workers?: number | 'auto'; accessLog?: boolean; tls?: boolean }): string {
  const p = (name: string) => JSON.stringify(join(options.prefix, name));
  const root = resolve(options.root).replace(/\/+$/, '');
  // Unprivileged, nginx's workers run as the user that started it. Started as root (CI containers), they would drop
  // to "nobody" and find the test's private temporary folders closed: keep them as that user.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `# Written by tests/support/nginx.ts
${user}worker_processes ${options.workers ?? 1};
pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;
daemon off;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    ${options.accessLog === false ? 'access_log off;' : `access_log ${p('access.log')};`}
    client_body_temp_path ${p('temp/body')};
    proxy_temp_path ${p('temp/proxy')};
    fastcgi_temp_path ${p('temp/fastcgi')};
    uwsgi_temp_path ${p('temp/uwsgi')};
    scgi_temp_path ${p('temp/scgi')};

    # Like the ward portal's server block: its own pages elsewhere, this site included under its sub-path.
    server {
        listen 127.0.0.1:${options.port}${options.tls ? ` ssl;\n        ssl_certificate ${p('tls/cert.pem')};\n        ssl_certificate_key ${p('tls/key.pem')}` : ''};
        server_name localhost;
        location / { return 404; }
        location ~* \\.(png|css|js)$ { return 418; }

        set $tuyen_truyen_root ${JSON.stringify(root)};
        include snippets/tuyen-truyen.conf;
    }
}
`;
}

/** A throwaway certificate for 127.0.0.1 (openssl, as on any Debian machine). */
async function selfSignedCertificate(dir: string) {
  mkdirSync(dir, { recursive: true });
  const child = spawn('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c) => { err += c; });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`openssl could not make a test certificate:\n${err}`);
}

async function waitUntilServing(origin: string, child: ChildProcess, prefix: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start (exit ${child.exitCode}):\n${readLog(prefix)}`);
    const url = new URL(origin);
    const open = await new Promise<boolean>((done) => {
      const socket = connect(Number(url.port), url.hostname, () => { socket.end(); done(true); });
      socket.on('error', () => done(false));
    });
    await new Promise((r) => setTimeout(r, 50));
    // Open, and nginx still running: not some other program on a port taken since the probe.
    if (open && child.exitCode === null && !/bind\(\) to .* failed/.test(readLog(prefix))) return;
  }
  throw new Error(`nginx did not answer on ${origin} within 10 s:\n${readLog(prefix)}`);
}

function readLog(prefix: string) {
  const file = join(prefix, 'error.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const base = options.base ?? SHIPPED_BASE;
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  if (!existsSync(NGINX_BINARY)) throw new Error(`nginx not found at ${NGINX_BINARY} (Debian: apt-get install nginx-light)`);

  for (let attempt = 0; ; attempt++) {
    const prefix = mkdtempSync(join(tmpdir(), 'tuyen-truyen-nginx-'));
    for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'temp', dir), { recursive: true });
    writeSnippets(prefix, base);
    if (options.tls) await selfSignedCertificate(join(prefix, 'tls'));
    const port = options.port ?? await freePort();
    const confFile = join(prefix, 'nginx.conf');
    writeFileSync(confFile, nginxConf({ root: options.root, port, prefix, workers: options.workers, accessLog: options.accessLog, tls: options.tls }));

    const test = spawn(NGINX_BINARY, ['-t', '-q', '-p', prefix, '-c', confFile, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let testErr = '';
    test.stderr!.on('data', (c) => { testErr += c; });
    const testCode = await new Promise<number | null>((r) => test.on('exit', r));
    if (testCode !== 0) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx -t rejected the configuration:\n${testErr}`);
    }

    const child = spawn(NGINX_BINARY, ['-p', prefix, '-c', confFile, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c) => { stderr += c; });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    try {
      await waitUntilServing(origin, child, prefix);
    } catch (err) {
      child.kill('SIGKILL');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
      // Another process took the free port between the probe and nginx's bind: try another.
      if (options.port === undefined && attempt < 3 && /Address already in use/.test(`${(err as Error).message}${stderr}`)) continue;
      throw new Error(`${(err as Error).message}\n${stderr}`);
    }

    let stopped = false;
    return {
      origin,
      prefix,
      url: (path = '') => `${origin}${base}${path.replace(/^\/+/, '')}`,
      errorLog: () => readLog(prefix),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        if (child.exitCode === null) {
          child.kill('SIGQUIT'); // graceful: workers finish their requests
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        }
        rmSync(prefix, { recursive: true, force: true });
      },
    };
  }
}
