// Every internal link goes through here, so the site works under any sub-path of the ward portal.
import { base } from 'astro:config/client';

/** Joins the base path and a site path: ("/tuyen-truyen/", "van-ban/") → "/tuyen-truyen/van-ban/". */
export function joinBase(basePath: string, path = ''): string {
  const b = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return b + path.replace(/^\/+/, '');
}

export const url = (path = '') => joinBase(base, path);

export const documentPath = (id: string) => `van-ban/${id}/`;
