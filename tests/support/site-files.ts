// Reads the built site: its pages and the documents' MDX front matter.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitMdx } from '../../src/lib/documents/mdx-file.ts';

/** Site paths of every built HTML page, e.g. "van-ban/" or "404.html". */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split('\\').join('/');
        out.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

export interface DocumentFile {
  id: string;
  source: string;
  data: Record<string, unknown>;
}

export function documentFiles(dir = 'content/documents'): DocumentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = splitMdx(readFileSync(join(dir, f), 'utf8'), f).frontMatter as Record<string, unknown>;
      return { id: f.replace(/\.mdx$/, ''), source: String(data.source), data };
    });
}
