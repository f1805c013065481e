// Indexes a built site with Pagefind into <site>/pagefind, with a time limit and Vietnamese failures.
// Used by the build script's own search step (scripts/search-index.ts, in a child process it can stop) and by the
// integration for a direct `astro build`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:process';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles, spaceBetweenElements } from './index-html.ts';

export const PAGEFIND_TIMEOUT_ENV = 'PAGEFIND_TIMEOUT_SECONDS';
export const DEFAULT_PAGEFIND_TIMEOUT_SECONDS = 120;
const FAILED = 'Không tạo được chỉ mục tìm kiếm';

export class SearchIndexError extends Error {}

/** The time limit for indexing, in seconds, from PAGEFIND_TIMEOUT_SECONDS (default 120). */
export function pagefindTimeoutSeconds(env: Record<string, string | undefined> = {}): number {
  const raw = env[PAGEFIND_TIMEOUT_ENV]?.trim();
  if (!raw) return DEFAULT_PAGEFIND_TIMEOUT_SECONDS;
  const seconds = Number(raw.replace(',', '.'));
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new SearchIndexError(`Biến môi trường ${PAGEFIND_TIMEOUT_ENV}="${raw}" không dùng được: phải là số giây lớn hơn 0, ví dụ ${PAGEFIND_TIMEOUT_ENV}=300. Bỏ biến này thì giới hạn là ${DEFAULT_PAGEFIND_TIMEOUT_SECONDS} giây.`);
  }
  return seconds;
}

export function timeoutMessage(seconds: number): string {
  return `${FAILED}: Pagefind chạy quá ${seconds} giây mà chưa xong nên đã bị dừng. Chạy lại; nếu máy chậm hoặc trang rất nhiều, đặt thời gian dài hơn, ví dụ ${PAGEFIND_TIMEOUT_ENV}=${Math.max(300, Math.ceil(seconds * 2))}.`;
}

/** Pagefind's program for this machine, found as the pagefind package finds it, or why there is none. */
export function findPagefindBinary(env: Record<string, string | undefined> = {}): { path: string } | { problem: string } {
  for (const variable of ['PAGEFIND_EXTENDED_BINARY_PATH', 'PAGEFIND_BINARY_PATH']) {
    const path = env[variable];
    if (!path) continue;
    return existsSync(path) ? { path } : { problem: `${FAILED}: biến môi trường ${variable} chỉ tới "${path}", nhưng không có tệp đó. Bỏ biến này (hoặc sửa cho đúng) rồi chạy lại.` };
  }
  const os = platform === 'win32' ? 'windows' : platform;
  const require = createRequire(import.meta.url);
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return { path: require.resolve(`@pagefind/${os}-${arch}/bin/${os === 'windows' ? `${name}.exe` : name}`) };
    } catch {
      // Try the next name.
    }
  }
  return { problem: `${FAILED}: thiếu chương trình Pagefind cho máy này (gói @pagefind/${os}-${arch}). Chạy "npm install" khi có mạng rồi dựng lại.` };
}

/** Why Pagefind's program cannot start on this machine, or null. */
export function pagefindBinaryProblem(env: Record<string, string | undefined> = {}): string | null {
  const found = findPagefindBinary(env);
  return 'problem' in found ? found.problem : null;
}

/** Pagefind's program ended without an answer (broken, or not made for this machine). */
export function silentBinaryMessage(env: Record<string, string | undefined> = {}): string {
  const found = findPagefindBinary(env);
  const path = 'path' in found ? ` (${found.path})` : '';
  return `${FAILED}: chương trình Pagefind${path} dừng mà không trả lời; có thể tệp bị hỏng hoặc không dành cho máy này. Chạy "npm install" lại; nếu có đặt biến PAGEFIND_EXTENDED_BINARY_PATH hoặc PAGEFIND_BINARY_PATH, kiểm tra lại đường dẫn.`;
}

/** Indexes the HTML pages of `site` into `site`/pagefind. Returns the number of pages; throws SearchIndexError. */
export async function indexSite(site: string, env: Record<string, string | undefined> = {}): Promise<number> {
  const missing = pagefindBinaryProblem(env);
  if (missing) throw new SearchIndexError(missing);
  const fail = (detail: string) => new SearchIndexError(`${FAILED}: Pagefind báo lỗi (${detail}).`);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw fail(errors.join('; '));
    // Each page as Pagefind would read it from disk, with its elements kept apart (index-html.ts).
    const files = htmlFiles(site);
    let pageCount = 0;
    for (let i = 0; i < files.length; i += 32) {
      const added = await Promise.all(files.slice(i, i + 32).map((sourcePath) =>
        index.addHTMLFile({ sourcePath, content: spaceBetweenElements(readFileSync(join(site, sourcePath), 'utf8')) })));
      const addErrors = added.flatMap((a) => a.errors);
      if (addErrors.length) throw fail(addErrors.join('; '));
      pageCount += added.length;
    }
    if (pageCount === 0) throw new SearchIndexError(`${FAILED}: bản dựng không có trang HTML nào.`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw fail(written.errors.join('; '));
    // The site has its own search page: Pagefind's ready-made UI bundles are never loaded, so they are not shipped.
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
      rmSync(join(site, 'pagefind', file), { force: true });
    }
    return pageCount;
  } catch (err) {
    if (err instanceof SearchIndexError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    // The program ended (or never started) under the Node API: say so, not "backend closed".
    if (/backend closed|EPIPE|ENOENT|EACCES/.test(detail)) throw new SearchIndexError(silentBinaryMessage(env));
    throw fail(detail);
  } finally {
    await pagefind.close();
  }
}

/** indexSite with a time limit; on time out Pagefind's program is stopped. */
export async function indexSiteWithin(site: string, seconds: number, env: Record<string, string | undefined> = {}): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void pagefind.close();
      reject(new SearchIndexError(timeoutMessage(seconds)));
    }, seconds * 1000);
  });
  try {
    return await Promise.race([indexSite(site, env), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
