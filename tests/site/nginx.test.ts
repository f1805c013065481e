// The site behind Debian's nginx with the repo's own snippet (deploy/nginx/), under /tuyen-truyen/, as the ward
// portal serves it: a release folder reached through a `current` symlink, precompressed as the build leaves it.
// Over HTTP: every file's status, type, caching and security headers, the compressed bodies, the 404 page, the
// redirect to the trailing slash. In Chromium: every page with no CSP violation, console error, failed request or
// other origin, and no axe violation in light and dark colours; search, share, text size, print and header search
// all working under the Content-Security-Policy.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { smallTapTargets } from '../support/tap-targets.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { builtPages, documentFiles } from '../support/site-files.ts';
import { BASE_DIST, SUB_PATH } from '../support/paths.ts';
import { isCompressible, precompress } from '../../src/lib/deploy/precompress.ts';
import { ui } from '../../src/lib/site/ui.ts';

// The sub-path build of the site tests (NGINX_TEST_DIST: another build under /tuyen-truyen/, e.g. one in /tmp).
const SOURCE = process.env.NGINX_TEST_DIST || BASE_DIST;
// The pages, known when the tests are collected (the copy nginx serves has the same).
const sourcePages = existsSync(SOURCE) ? builtPages(SOURCE) : [];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
};
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  png: 'image/png',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
};

/** Names that change with their content: Astro's assets, Pagefind's chunks and meta, the card and QR images. */
function fingerprinted(path: string): boolean {
  return /^_astro\//.test(path)
    || /^pagefind\/(index|fragment|filter)\/[^/]+_[0-9a-f]{6,}\.pf_(index|fragment|filter)$/.test(path)
    || /^pagefind\/pagefind\.[a-z-]+_[0-9a-f]{6,}\.pf_meta$/.test(path)
    || /^anh\/[^/]+-[0-9a-f]{8,}\.png$/.test(path)
    || /^qr\/qr-[0-9a-f]{8,}\.svg$/.test(path);
}

const extension = (path: string) => path.slice(path.lastIndexOf('.') + 1);

let work: string;
let site: string; // the release nginx serves, through work/current
let files: string[]; // every file of the build, relative, without the .gz/.br copies
let pages: string[];
let nginx: RunningNginx;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

interface Raw { status: number; headers: Record<string, string>; body: Buffer }

/** A plain HTTP request: no automatic decompression, no redirect following. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)])),
        body: Buffer.concat(chunks),
      }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs fn over items, a few at a time; returns what each found wrong. */
async function each<T>(items: T[], fn: (item: T) => Promise<string[]>, width = 8): Promise<string[]> {
  const queue = [...items];
  const found: string[] = [];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) found.push(...await fn(item));
  }));
  return found.sort();
}

function securityProblems(path: string, headers: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (headers[name] !== value) out.push(`${path}: ${name} is ${headers[name] ?? 'missing'}`);
  }
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    if (!permissions.includes(`${feature}=()`)) out.push(`${path}: Permissions-Policy does not turn off ${feature}`);
  }
  if (headers['strict-transport-security']) out.push(`${path}: HSTS sent on plain http`);
  if (/nginx\/\d/.test(headers.server ?? '')) out.push(`${path}: Server header shows the version`);
  return out;
}

beforeAll(async () => {
  if (!existsSync(join(SOURCE, 'index.html'))) throw new Error(`no build in ${SOURCE}`);
  work = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  site = join(work, 'releases', 'a');
  cpSync(SOURCE, site, { recursive: true });
  // The build step does this (scripts/build.ts); a test build may predate it.
  await precompress(site);
  // Extensions the site may ship one day, to check the type map.
  writeFileSync(join(site, 'kiem-tra.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(join(site, 'kiem-tra.woff2'), Buffer.from('wOF2'));
  symlinkSync(join('releases', 'a'), join(work, 'current'));
  files = (readdirSync(site, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !/\.(gz|br)$/.test(e.name))
    .map((e) => relative(site, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
  pages = builtPages(site);
  nginx = await startNginx({ root: join(work, 'current') });
});
afterAll(async () => {
  agent.destroy();
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('nginx over HTTP', () => {
  it('serves every file of the build under the sub-path: 200, its type, its caching and the security headers', async () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter(fingerprinted).length).toBeGreaterThan(20);
    const problems = await each(files, async (path) => {
      const r = await get(nginx.url(path));
      const out = securityProblems(path, r.headers);
      if (r.status !== 200) out.push(`${path}: HTTP ${r.status}`);
      const type = TYPES[extension(path)];
      if (!type) out.push(`${path}: no expected type in this test`);
      else if (r.headers['content-type'] !== type) out.push(`${path}: Content-Type ${r.headers['content-type']}, expected ${type}`);
      const cache = fingerprinted(path) ? IMMUTABLE : 'no-cache';
      if (r.headers['cache-control'] !== cache) out.push(`${path}: Cache-Control ${r.headers['cache-control']}, expected ${cache}`);
      if (!r.body.equals(readFileSync(join(site, path)))) out.push(`${path}: body differs from the file`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('marks immutable only what has a content hash in its name; pagefind.js, its entry, worker and WebAssembly revalidate', async () => {
    for (const path of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js', 'index.html', 'rss.xml', 'sitemap-index.xml', 'manifest.webmanifest', 'favicon.svg']) {
      expect.soft((await get(nginx.url(path))).headers['cache-control'], path).toBe('no-cache');
    }
    const wasm = files.find((f) => /^pagefind\/wasm\.[^/]+\.pagefind$/.test(f))!;
    expect((await get(nginx.url(wasm))).headers['cache-control']).toBe('no-cache');
    for (const prefix of ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'anh/', 'qr/']) {
      const path = files.find((f) => f.startsWith(prefix))!;
      expect.soft((await get(nginx.url(path))).headers['cache-control'], path).toBe(IMMUTABLE);
    }
  });

  it('sends every page as HTML with no-cache, the security headers, and revalidates it (304)', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const problems = await each(pages, async (path) => {
      const r = await get(nginx.url(path));
      const out = securityProblems(path, r.headers);
      if (r.status !== 200) out.push(`/${path}: HTTP ${r.status}`);
      if (r.headers['content-type'] !== TYPES.html) out.push(`/${path}: ${r.headers['content-type']}`);
      if (r.headers['cache-control'] !== 'no-cache') out.push(`/${path}: Cache-Control ${r.headers['cache-control']}`);
      const again = await get(nginx.url(path), { 'if-none-match': r.headers.etag ?? '', 'if-modified-since': r.headers['last-modified'] ?? '' });
      if (again.status !== 304) out.push(`/${path}: revalidation gave ${again.status}, not 304`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('sends the precompressed file to a browser that accepts gzip, byte for byte, and the plain file to one that does not', async () => {
    const compressible = files.filter((f) => existsSync(join(site, `${f}.gz`)));
    expect(compressible.length).toBeGreaterThan(40);
    expect(compressible.every(isCompressible)).toBe(true);
    const problems = await each(compressible, async (path) => {
      const out: string[] = [];
      const original = readFileSync(join(site, path));
      const gz = await get(nginx.url(path), { 'accept-encoding': 'gzip, deflate, br' });
      if (gz.headers['content-encoding'] !== 'gzip') out.push(`${path}: Content-Encoding ${gz.headers['content-encoding']}`);
      if (!gz.body.equals(readFileSync(join(site, `${path}.gz`)))) out.push(`${path}: gzip body is not the .gz file`);
      if (!gunzipSync(gz.body).equals(original)) out.push(`${path}: gzip body does not decompress to the file`);
      if (!/accept-encoding/i.test(gz.headers.vary ?? '')) out.push(`${path}: no Vary: Accept-Encoding`);
      if (gz.headers['content-type'] !== TYPES[extension(path)]) out.push(`${path}: gzip Content-Type ${gz.headers['content-type']}`);
      const plain = await get(nginx.url(path));
      if (plain.headers['content-encoding'] || !plain.body.equals(original)) out.push(`${path}: a client without gzip did not get the plain file`);
      if (!/accept-encoding/i.test(plain.headers.vary ?? '')) out.push(`${path}: plain response without Vary`);
      return out;
    });
    expect(problems).toEqual([]);
    // Every text file of the site has its compressed copy (bar the ones too small to gain).
    const missing = files.filter((f) => isCompressible(f) && !existsSync(join(site, `${f}.gz`)) && readFileSync(join(site, f)).length > 1024);
    expect(missing).toEqual([]);
  });

  it('serves Pagefind\'s index chunks as they are stored (gzip inside, no Content-Encoding), so its script reads them', async () => {
    const chunks = files.filter((f) => /\.(pf_\w+|pagefind)$/.test(f));
    expect(chunks.length).toBeGreaterThan(5);
    for (const path of chunks) {
      expect(existsSync(join(site, `${path}.gz`)), path).toBe(false);
      const r = await get(nginx.url(path), { 'accept-encoding': 'gzip' });
      expect.soft(r.headers['content-encoding'], path).toBeUndefined();
      expect.soft(r.body.subarray(0, 2).toString('hex'), path).toBe('1f8b');
    }
  });

  it('a Brotli-only client gets the plain file (nginx-light has no Brotli module; deploy/README.md says how to add it)', async () => {
    const r = await get(nginx.url(''), { 'accept-encoding': 'br' });
    const plain = readFileSync(join(site, 'index.html'));
    if (r.headers['content-encoding'] === 'br') expect(r.body.equals(readFileSync(join(site, 'index.html.br')))).toBe(true);
    else {
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.body.equals(plain)).toBe(true);
    }
  });

  it('answers a missing path under the sub-path with the site\'s own 404 page, status 404, with every header', async () => {
    const page404 = readFileSync(join(site, '404.html'));
    for (const path of ['khong-co-trang-nay/', 'van-ban/khong-co/', 'anh/khong-co.png', 'tep.js', '_astro/', 'pagefind/']) {
      const r = await get(nginx.url(path));
      expect.soft(r.status, path).toBe(404);
      expect.soft(r.headers['content-type'], path).toBe(TYPES.html);
      expect.soft(r.body.equals(page404), `${path}: body is the site's 404.html`).toBe(true);
      expect.soft(r.headers['cache-control'], path).toBe('no-cache');
      expect.soft(securityProblems(path, r.headers)).toEqual([]);
    }
    // Compressed for a browser, too.
    const gz = await get(nginx.url('khong-co/'), { 'accept-encoding': 'gzip' });
    expect(gz.status).toBe(404);
    expect(gunzipSync(gz.body).equals(page404)).toBe(true);
  });

  it('redirects a folder without its slash to the slash (trailingSlash "always"), keeping the query, relative to any host', async () => {
    const folders = pages.filter((p) => p.endsWith('/') && p !== '');
    expect(folders.length).toBeGreaterThan(5);
    for (const path of folders) {
      const r = await get(nginx.url(path.slice(0, -1)));
      expect.soft(r.status, path).toBe(301);
      expect.soft(r.headers.location, path).toBe(`${SUB_PATH}${path}`);
      expect.soft(securityProblems(path, r.headers)).toEqual([]);
    }
    const search = await get(nginx.url('tim-kiem?q=ngan%20sach'));
    expect(search.headers.location).toBe(`${SUB_PATH}tim-kiem/?q=ngan%20sach`);
    const bare = await get(`${nginx.origin}${SUB_PATH.slice(0, -1)}`);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(SUB_PATH);
  });

  it('stays inside its sub-path: the portal\'s own locations, regex ones included, keep the rest', async () => {
    expect((await get(`${nginx.origin}/index.html`)).status).toBe(404);
    expect((await get(`${nginx.origin}/tuyen-truyen-khac/`)).status).toBe(404);
    // The test server block has "location ~* \.(png|css|js)$ { return 418; }": the site's files still win.
    const png = files.find((f) => f.endsWith('.png'))!;
    expect((await get(nginx.url(png))).status).toBe(200);
    expect((await get(nginx.url('../index.html'))).status).not.toBe(200);
  });

  it('on the portal\'s TLS server, every response carries HSTS (pages, files, redirects, the 404 page); never on plain http', async () => {
    const tls = await startNginx({ root: join(work, 'current'), tls: true });
    try {
      const head = (path: string) => new Promise<{ status: number; hsts: unknown; csp: unknown }>((resolve, reject) => {
        httpsRequest(tls.url(path), { method: 'HEAD', rejectUnauthorized: false }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, hsts: res.headers['strict-transport-security'], csp: res.headers['content-security-policy'] });
        }).on('error', reject).end();
      });
      for (const [path, status] of [['', 200], ['van-ban', 301], [files.find((f) => f.startsWith('_astro/'))!, 200], ['khong-co/', 404]] as const) {
        const r = await head(path);
        expect.soft(r.status, path).toBe(status);
        expect.soft(r.hsts, path).toBe('max-age=31536000');
        expect.soft(r.csp, path).toBe(SECURITY_HEADERS['content-security-policy']);
      }
    } finally {
      await tls.stop();
    }
    expect((await get(nginx.url(''))).headers['strict-transport-security']).toBeUndefined();
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await get(nginx.url('van-ban/'), {}, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.body.length).toBe(0);
    expect(r.headers['content-type']).toBe(TYPES.html);
  });

  it('follows the current symlink on every request: a switched release is live without reloading nginx', async () => {
    const other = join(work, 'releases', 'b');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'index.html'), '<!doctype html><title>b</title>');
    writeFileSync(join(other, '404.html'), '<!doctype html><title>404 b</title>');
    const next = join(work, 'current-next');
    symlinkSync(join('releases', 'b'), next);
    const { renameSync } = await import('node:fs');
    renameSync(next, join(work, 'current'));
    try {
      expect((await get(nginx.url(''))).body.toString()).toContain('<title>b</title>');
      expect((await get(nginx.url('van-ban/'))).status).toBe(404);
    } finally {
      symlinkSync(join('releases', 'a'), next);
      renameSync(next, join(work, 'current'));
    }
    expect((await get(nginx.url('van-ban/'))).status).toBe(200);
  });
});

describe('Content-Security-Policy in the pages', () => {
  const policy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const directive = (p: string, name: string) => p.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

  it('every page carries Astro\'s policy: default-src \'self\', no unsafe-inline or unsafe-eval, only wasm-unsafe-eval for Pagefind', () => {
    for (const path of pages) {
      const p = policy(readFileSync(join(site, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8'));
      expect.soft(directive(p, 'default-src'), path).toBe("default-src 'self'");
      expect.soft(p, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:/);
      expect.soft(directive(p, 'script-src'), path).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect.soft(directive(p, 'style-src'), path).toMatch(/^style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      expect.soft(directive(p, 'object-src'), path).toBe("object-src 'none'");
    }
  });

  it('every inline script and style of every page is allowed by a hash in its policy; no style attribute anywhere', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(site, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');
      const p = policy(html);
      const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [, attrs, body] = m;
        if (/\bsrc=/.test(attrs!) || /type="application\/(ld\+)?json"/.test(attrs!)) continue;
        if (!directive(p, 'script-src').includes(hash(body!))) problems.push(`/${path}: inline script without its hash: ${body!.slice(0, 60)}`);
      }
      for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        if (!directive(p, 'style-src').includes(hash(m[1]!))) problems.push(`/${path}: inline style without its hash`);
      }
      if (/\sstyle="/.test(html)) problems.push(`/${path}: a style attribute`);
      if (/\son[a-z]+="/.test(html)) problems.push(`/${path}: an inline event handler`);
    }
    expect(problems).toEqual([]);
  });
});

describe('in Chromium through nginx', () => {
  let browser: Browser;
  let phone: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A 390 px phone (shared by the tests) or a wider screen of its own. */
  async function context(width = 390): Promise<BrowserContext> {
    if (width === 390 && phone) return phone;
    const ctx = await browser.newContext({ viewport: { width, height: 844 }, colorScheme: 'light' });
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: nginx.origin });
    // Reported by the page itself, before any of its scripts run.
    await ctx.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    if (width === 390) phone = ctx;
    return ctx;
  }

  interface Visit { page: Page; problems: string[] }

  /** A tab that records its problems on the page it is at now (`at.path`). */
  async function tab(width?: number): Promise<Visit & { at: { path: string } }> {
    const page = await (await context(width)).newPage();
    const problems: string[] = [];
    const at = { path: '' };
    page.on('console', (msg) => { if (msg.type() === 'error' || /Content.Security.Policy/i.test(msg.text())) problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`script error: ${err.message}`));
    page.on('requestfailed', (req) => problems.push(`failed: ${req.url()} ${req.failure()?.errorText}`));
    page.on('request', (req) => { if (!req.url().startsWith(`${nginx.origin}/`)) problems.push(`other origin: ${req.url()}`); });
    page.on('response', (res) => { if (res.status() >= 400 && !at.path.startsWith('404')) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
    return { page, problems, at };
  }

  async function visit(path: string, options: { width?: number } = {}): Promise<Visit> {
    const opened = await tab(options.width);
    opened.at.path = path;
    await opened.page.goto(nginx.url(path), { waitUntil: 'load' });
    return opened;
  }

  /** axe's WCAG 2.2 A and AA rules and its best practices; `rules` narrows it to those. */
  async function axe(page: Page, { inject = true, rules }: { inject?: boolean; rules?: string[] } = {}): Promise<string[]> {
    // Evaluated through DevTools, not as an inline <script> (the policy would rightly refuse one).
    if (inject) await page.evaluate(axeSource);
    return page.evaluate(async (only) => {
      // @ts-expect-error axe is evaluated above
      const r = await window.axe.run(document, { runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return r.violations.map((v: { id: string; help: string; nodes: Array<{ target: unknown }> }) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')})`);
    }, rules);
  }

  it('notices a CSP violation when there is one (an injected inline script is refused and reported)', async () => {
    const { page, problems } = await visit('gioi-thieu/');
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => {});
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    expect(problems.join('\n')).toMatch(/CSP violation: script-src-elem blocked inline/);
    await page.close();
  });

  // Every page in one tab, one after the other: a new tab per page would cost more than the checks.
  let reader: Awaited<ReturnType<typeof tab>> | undefined;
  afterAll(async () => { await reader?.page.close(); });
  for (const path of sourcePages) {
    it(`/${path}, light and dark: in Vietnamese, one h1, tap targets of 44 px at 390 px; no CSP violation, console error, failed request or other origin; axe WCAG 2.2 AA clean`, async () => {
      reader ??= await tab();
      const { page, problems, at } = reader;
      problems.length = 0;
      at.path = path;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(nginx.url(path), { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await smallTapTargets(page)).toEqual([]);
      const found = (await axe(page)).map((v) => `light: ${v}`);
      // The same page in dark colours. Colours are CSS only: nothing reloads and the document is the same, so only
      // the rules that read colours can find anything new.
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background()).not.toBe(light);
      found.push(...(await axe(page, { inject: false, rules: ['color-contrast', 'link-in-text-block'] })).map((v) => `dark: ${v}`), ...problems);
      expect(found).toEqual([]);
    });
  }

  it('search runs under the policy: Pagefind\'s worker and WebAssembly load, typed queries find results', async () => {
    const { page, problems } = await visit('tim-kiem/');
    await page.fill('[data-search-page] input[type="search"]', 'nghị quyết');
    await page.press('[data-search-page] input[type="search"]', 'Enter');
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    await page.locator('[data-search-results] mark').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the share bar runs under the policy: the island loads on first use and copy link copies the address', async () => {
    const doc = `van-ban/${documentFiles()[0]!.id}/`;
    const { page, problems } = await visit(doc, { width: 1280 });
    const copy = page.locator('[data-share-copy]');
    await copy.click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe(ui.share.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('[data-share-address]').inputValue());
    // The QR code is a file of its own, loaded when the box opens.
    await page.locator('[data-share-bar] summary').click();
    await expect.poll(() => page.locator('[data-share-bar] details img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('text size, print and header search run under the policy, and the chosen size is restored on the next page', async () => {
    const { page, problems } = await visit('van-ban/');
    const larger = page.locator('[data-text-size-control] button[data-step="1"]');
    expect(await larger.isVisible()).toBe(true);
    await larger.click();
    expect(await page.getAttribute('html', 'data-text-size')).toBe('1');
    await page.goto(nginx.url(`van-ban/${documentFiles()[0]!.id}/`), { waitUntil: 'load' });
    expect(await page.getAttribute('html', 'data-text-size')).toBe('1');
    expect(await page.locator('[data-print]').isVisible()).toBe(true);
    await page.locator('[data-text-size-control] button[data-step="0"]').click();
    expect(await page.getAttribute('html', 'data-text-size')).toBeNull();
    // On a phone the header search opens from its button.
    await page.locator('[data-search-open]').click();
    expect(await page.locator('[data-header-search]').getAttribute('data-open')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tu-khoa');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('chart pages draw under the policy: no inline style is refused', async () => {
    const charts = pages.filter((p) => /^chi-tieu\/[^/]+\/$/.test(p));
    expect(charts.length).toBeGreaterThan(1);
    for (const path of charts) {
      const { page, problems } = await visit(path);
      expect.soft(await page.locator('svg').count(), path).toBeGreaterThan(0);
      expect.soft(problems, path).toEqual([]);
      await page.close();
    }
  });
});
