// Loads content/site.yaml, validates it, and applies SITE_URL / SITE_BASE from the environment.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from './schema.ts';
import { formatIssues } from '../editing/errors.ts';

export const SITE_CONFIG_FILE = 'content/site.yaml';

/** "/tuyen-truyen" or "tuyen-truyen/" → "/tuyen-truyen/". */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function parseSiteConfig(source: string, env: Record<string, string | undefined> = {}, file = SITE_CONFIG_FILE): SiteConfig {
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (err) {
    throw new Error(`${file}: không đọc được YAML (${(err as Error).message.split('\n')[0]}). Kiểm tra thụt lề và dấu hai chấm.`);
  }
  if (raw && typeof raw === 'object') {
    const data = raw as Record<string, unknown>;
    if (env.SITE_URL) data.siteUrl = env.SITE_URL;
    if (env.SITE_BASE) data.base = normalizeBase(env.SITE_BASE);
    else if (typeof data.base === 'string') data.base = normalizeBase(data.base);
  }
  const result = siteSchema.safeParse(raw);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  return result.data;
}

export function loadSiteConfig(env: Record<string, string | undefined> = process.env, file = SITE_CONFIG_FILE): SiteConfig {
  return parseSiteConfig(readFileSync(file, 'utf8'), env, file);
}
