// Loads content/site.yaml, validates it, and applies SITE_URL / SITE_BASE from the environment, checked and named.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from './schema.ts';
import { formatIssues, yamlErrorMessage } from '../editing/errors.ts';
import { decodeText } from '../editing/text-input.ts';
import { removeDiacritics, slugify } from './slug.ts';

export const SITE_CONFIG_FILE = 'content/site.yaml';

/** "/tuyen-truyen" or "tuyen-truyen/" → "/tuyen-truyen/". */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** What SITE_URL and SITE_BASE in the environment make of the site's address. */
export interface SiteOverrides {
  /** The checked SITE_URL ("https://host", no path), when set. */
  siteUrl?: string;
  /** The checked SITE_BASE ("/a/b/"), when set. */
  base?: string;
  /** One Vietnamese message per refused value: it names the variable and the value. */
  problems: string[];
  /** Accepted values worth a word (http rather than https). */
  notes: string[];
}

const BASE_EXAMPLE = 'SITE_BASE=/tuyen-truyen/';
const URL_EXAMPLE = 'SITE_URL=https://phuong.example.gov.vn';

function checkSiteUrl(value: string, result: SiteOverrides): void {
  const refuse = (why: string, fix = `Ghi địa chỉ gốc của cổng, ví dụ ${URL_EXAMPLE}`): void => {
    result.problems.push(`Biến môi trường SITE_URL="${value}" không dùng được: ${why}. ${fix}`);
  };
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    if (/^[\p{L}\d-]+(\.[\p{L}\d-]+)+(\/\S*)?$/u.test(trimmed)) return refuse('thiếu "https://" ở đầu', `Ghi: SITE_URL=https://${trimmed.replace(/\/.*$/, '')}`);
    return refuse('không phải một địa chỉ trang web đầy đủ');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse(`địa chỉ trang web phải bắt đầu bằng "https://" (hoặc "http://"), không phải "${url.protocol}"`);
  if (!url.hostname) return refuse('thiếu tên miền');
  if (url.username || url.password) return refuse('địa chỉ có tên đăng nhập hoặc mật khẩu');
  if (url.search || url.hash) return refuse('địa chỉ có phần "?…" hoặc "#…"');
  if (url.pathname !== '/') {
    // The base path has its own variable; a path here would be dropped from every link, so it is refused.
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Left encoded; SITE_BASE's own check then names it.
    }
    const base = normalizeBase(path);
    return refuse(`SITE_URL chỉ là địa chỉ gốc của cổng, không có đường dẫn con "${url.pathname}"`, `Ghi SITE_URL=${url.origin} và đặt đường dẫn con vào SITE_BASE=${base}`);
  }
  if (url.protocol === 'http:') {
    result.notes.push(`Lưu ý: SITE_URL="${value}" dùng http (không mã hoá). Địa chỉ chuẩn của các trang, thẻ chia sẻ và sơ đồ trang sẽ ghi ${url.origin}/. Nếu cổng có https, hãy dùng SITE_URL=https://${url.host}.`);
  }
  result.siteUrl = url.origin;
}

function checkSiteBase(value: string, result: SiteOverrides): void {
  const trimmed = value.trim();
  const segments = trimmed.split('/').filter(Boolean);
  const faults: string[] = [];
  if (/^\/\//.test(trimmed)) faults.push('bắt đầu bằng "//" (trình duyệt hiểu là một máy chủ khác)');
  else if (/\/\//.test(trimmed.replace(/\/+$/, ''))) faults.push('có hai dấu "/" liền nhau');
  if (trimmed.includes('\\')) faults.push('có dấu "\\" (đường dẫn web dùng "/")');
  if (segments.some((s) => s === '.' || s === '..')) faults.push('có đoạn "." hoặc ".." (đường dẫn phải đi thẳng xuống, không lùi lên)');
  if (trimmed.includes('%')) faults.push('có mã "%…" (ghi chữ thường, không mã hoá)');
  if (/\s/.test(trimmed)) faults.push('có dấu cách');
  const plain = removeDiacritics(trimmed);
  if (plain !== trimmed) faults.push('có chữ có dấu');
  const others = [...new Set([...plain].filter((c) => !/[\w\s/\\.%-]/.test(c)))];
  if (others.length) faults.push(`có ký tự ${others.map((c) => `"${c}"`).join(', ')}`);
  if (faults.length === 0 && segments.some((s) => !/^[\w-]+$/.test(s))) faults.push('mỗi đoạn chỉ gồm chữ không dấu, số, dấu gạch ngang, gạch dưới');
  if (faults.length) {
    const suggested = segments.map((s) => slugify(s)).filter(Boolean);
    const fix = suggested.length && !segments.some((s) => s === '..' || s.includes('%')) ? `Thử: SITE_BASE=/${suggested.join('/')}/` : `Ví dụ: ${BASE_EXAMPLE}`;
    result.problems.push(`Biến môi trường SITE_BASE="${value}" không dùng được: ${faults.join('; ')}. SITE_BASE là đường dẫn con của trang trên cổng, gồm chữ không dấu, số và dấu gạch ngang, bắt đầu và kết thúc bằng "/". ${fix}`);
    return;
  }
  result.base = normalizeBase(trimmed);
}

/**
 * Checks SITE_URL and SITE_BASE. An unset or blank variable leaves site.yaml's value. A path in SITE_URL is refused
 * (it belongs in SITE_BASE); http is accepted with a note.
 */
export function siteOverrides(env: Record<string, string | undefined> = {}): SiteOverrides {
  const result: SiteOverrides = { problems: [], notes: [] };
  if (env.SITE_URL?.trim()) checkSiteUrl(env.SITE_URL, result);
  if (env.SITE_BASE !== undefined && env.SITE_BASE !== '') checkSiteBase(env.SITE_BASE, result);
  return result;
}

export function parseSiteConfig(source: string, env: Record<string, string | undefined> = {}, file = SITE_CONFIG_FILE): SiteConfig {
  const overrides = siteOverrides(env);
  if (overrides.problems.length) throw new Error(overrides.problems.join('\n'));
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (err) {
    throw new Error(yamlErrorMessage(file, err, source, 'không đọc được YAML'));
  }
  if (raw && typeof raw === 'object') {
    const data = raw as Record<string, unknown>;
    if (overrides.siteUrl) data.siteUrl = overrides.siteUrl;
    if (overrides.base) data.base = overrides.base;
    else if (typeof data.base === 'string') data.base = normalizeBase(data.base);
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues, raw));
  return result.data;
}

export function loadSiteConfig(env: Record<string, string | undefined> = process.env, file = SITE_CONFIG_FILE): SiteConfig {
  return parseSiteConfig(decodeText(readFileSync(file), file).text, env, file);
}
