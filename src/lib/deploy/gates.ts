// Quality gates a deploy runs on a fresh build before it goes live: every internal link resolves to a file of the
// build under the base path (fragments included), and every page is valid HTML (the repo's .htmlvalidate.json).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';

/** Site paths of every built HTML page, e.g. "van-ban/" or "404.html". */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split('\\').join('/');
        out.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The file of a site path: "van-ban/" → "van-ban/index.html". */
export const pageFile = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

/** The file a URL path under the base serves, as a static server with index.html would; undefined if none. */
export function fileForPath(dist: string, sitePath: string): string | undefined {
  const candidates = sitePath === '' || sitePath.endsWith('/') ? [`${sitePath}index.html`] : [sitePath, `${sitePath}/index.html`];
  for (const c of candidates) {
    const full = join(dist, c);
    if (existsSync(full) && statSync(full).isFile()) return c;
  }
  return undefined;
}

const ORIGIN = 'http://site.invalid';

function idsOf(html: HTMLElement): Set<string> {
  return new Set(html.querySelectorAll('[id]').map((el) => el.id));
}

/** References a page makes to other files: links, stylesheets, scripts, images, sources, media. */
function references(html: HTMLElement): string[] {
  const refs: string[] = [];
  for (const el of html.querySelectorAll('a[href], link[href], area[href]')) refs.push(el.getAttribute('href')!);
  for (const el of html.querySelectorAll('[src]')) refs.push(el.getAttribute('src')!);
  for (const el of html.querySelectorAll('[srcset]')) {
    for (const part of el.getAttribute('srcset')!.split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url) refs.push(url);
    }
  }
  for (const el of html.querySelectorAll('[poster], object[data]')) refs.push((el.getAttribute('poster') ?? el.getAttribute('data'))!);
  return refs;
}

export interface LinkReport {
  /** Internal references checked (each occurrence). */
  links: number;
  /** One line a problem: "/van-ban/: /tuyen-truyen/x/ không có trong bản dựng". */
  problems: string[];
}

/**
 * Crawls every built page: each same-origin reference must stay under the base and resolve to a file of the build;
 * a fragment must name an element of the page it points to. Absolute URLs to other hosts (canonical, portal) and
 * mailto:/tel: are left alone.
 */
export function checkLinks(dist: string, base: string): LinkReport {
  const pages = builtPages(dist);
  const idCache = new Map<string, Set<string> | undefined>();
  const idsFor = (file: string): Set<string> | undefined => {
    if (!idCache.has(file)) {
      idCache.set(file, file.endsWith('.html') ? idsOf(parse(readFileSync(join(dist, file), 'utf8'))) : undefined);
    }
    return idCache.get(file);
  };
  const problems: string[] = [];
  let links = 0;
  for (const page of pages) {
    const file = pageFile(page);
    const html = parse(readFileSync(join(dist, file), 'utf8'));
    idCache.set(file, idsOf(html));
    const here = new URL(`${base}${page}`, ORIGIN);
    for (const ref of references(html)) {
      if (/^(mailto|tel|sms|data|blob):/i.test(ref.trim())) continue;
      let url: URL;
      try {
        url = new URL(ref, here);
      } catch {
        problems.push(`/${page}: địa chỉ hỏng "${ref}"`);
        continue;
      }
      if (url.origin !== ORIGIN) continue;
      links++;
      if (!url.pathname.startsWith(base)) {
        problems.push(`/${page}: "${ref}" nằm ngoài đường dẫn con ${base}`);
        continue;
      }
      let sitePath: string;
      try {
        sitePath = decodeURIComponent(url.pathname.slice(base.length));
      } catch {
        problems.push(`/${page}: địa chỉ hỏng "${ref}"`);
        continue;
      }
      const target = fileForPath(dist, sitePath);
      if (!target) {
        problems.push(`/${page}: "${ref}" không có trong bản dựng`);
        continue;
      }
      // A text fragment ("#id:~:text=…") names the element before its directive.
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1).split(':~:')[0]!) : '';
      if (fragment) {
        const ids = idsFor(target);
        if (ids && !ids.has(fragment)) problems.push(`/${page}: "${ref}" trỏ tới #${fragment}, trang đó không có phần này`);
      }
    }
  }
  return { links, problems: [...new Set(problems)] };
}

/** html-validate with the project's configuration (`project`/.htmlvalidate.json) on every page; one line a message. */
export async function validatePages(dist: string, project = process.cwd()): Promise<string[]> {
  // The build may sit outside the project (a temporary folder): the project's configuration applies to every page.
  const config = JSON.parse(readFileSync(join(project, '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: string[] = [];
  for (const page of builtPages(dist)) {
    const report = await validator.validateFile(join(dist, pageFile(page)));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`/${page} dòng ${m.line}, cột ${m.column}: ${m.message} (${m.ruleId})`);
    }
  }
  return problems;
}
