// Serves a built site under its base path on 127.0.0.1, as the ward portal would.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  origin: string;
  url: (path?: string) => string;
  close: () => Promise<void>;
}

export async function serveSite(dir: string, base = '/'): Promise<RunningServer> {
  const assets = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false });
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
      return;
    }
    req.url = '/' + path.slice(base.length);
    assets(req, res, () => { res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p = '') => `${origin}${base}${p.replace(/^\/+/, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
