// The one listing of content files: what the content rules check is what the build loads. The documents
// collection (src/content.config.ts), the infographic data (infographics/site-data.ts) and the content rules
// (editing/check.ts) all take their files from here. A file in content/ that the site would not read is an error
// that names it and says what to do, never silence.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { removeDiacritics, slugify } from '../site/slug.ts';

export const CONTENT_DIR = 'content';

/** The folders of content/: which extensions each takes, and whether a file name is a page address (id). */
export const CONTENT_FOLDERS = {
  documents: { dir: 'content/documents', extensions: ['.mdx'], ids: true, example: 'cong-van-so-15.mdx' },
  sources: { dir: 'content/sources', extensions: ['.txt', '.docx'], ids: false, example: 'cong-van-so-15.docx' },
  targets: { dir: 'content/targets', extensions: ['.yaml'], ids: true, example: 'gia-vien-2026.yaml' },
  wardTasks: { dir: 'content/ward-tasks', extensions: ['.yaml'], ids: true, example: 'gia-vien-2026.yaml' },
} as const;
export type ContentFolder = keyof typeof CONTENT_FOLDERS;

/** The files directly in content/: a module that reads a new one adds it here, or the rules refuse it. */
export const CONTENT_TOP_FILES = ['content/site.yaml', 'content/task-groups.yaml', 'content/indicators.yaml', 'content/bulletins.yaml'] as const;

/**
 * The documents collection's glob, relative to content/documents. A clean name (see `cleanName`) always matches it;
 * hidden files, OS junk and names starting with a capital or a mark never do. Every other name it matches is
 * refused by the content rules, which run before every build.
 */
export const DOCUMENTS_GLOB = '[a-z0-9]*.mdx';

/** A page address: lowercase letters without marks, digits, single hyphens inside. */
const CLEAN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A received source's name, as the documents' `source` field accepts it (documents/schema.ts), not hidden. */
const CLEAN_SOURCE = /^[\w-][\w.-]*$/;

/**
 * Files the operating system or an office program leaves behind on its own; never content, so ignored:
 * macOS .DS_Store and "._" AppleDouble files, Windows Thumbs.db and desktop.ini, the "~$…" owner files Word and
 * Excel keep beside an open file, LibreOffice's ".~lock.…#" lock files.
 */
export function isOsJunk(name: string): boolean {
  return /^(\.ds_store|thumbs\.db|desktop\.ini)$/i.test(name) || name.startsWith('~$') || name.startsWith('._') || /^\.~lock\..*#$/.test(name);
}

export interface ContentFiles {
  /** Paths ("content/documents/x.mdx") of the files the site reads, by folder. */
  documents: string[];
  sources: string[];
  targets: string[];
  wardTasks: string[];
  /** content/site.yaml, content/task-groups.yaml, content/indicators.yaml: those that exist. */
  topFiles: string[];
  /** One Vietnamese message per file the site would not read. */
  problems: string[];
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot);
};

/** Why a file name is not a clean one, in words an editor recognises; [] when it is clean. */
function nameFaults(stem: string, folder: ContentFolder): string[] {
  const faults: string[] = [];
  if (stem === '') return ['trống (chỉ có phần đuôi, nên tệp bị ẩn)'];
  if (stem.startsWith('.')) faults.push('bắt đầu bằng dấu chấm (tệp bị ẩn)');
  const nfc = stem.normalize('NFC');
  if (/\s/.test(nfc)) faults.push('có dấu cách');
  if (removeDiacritics(nfc) !== nfc) faults.push('có chữ có dấu');
  if (CONTENT_FOLDERS[folder].ids && /[A-Z]/.test(removeDiacritics(nfc))) faults.push('có chữ hoa');
  const allowed = CONTENT_FOLDERS[folder].ids ? /[a-zA-Z0-9\s-]/u : /[\w\s.-]/u;
  const others = [...new Set([...removeDiacritics(nfc).replace(/^\./, '')].filter((c) => !allowed.test(c)))];
  if (others.length) faults.push(`có ký tự ${others.map((c) => `"${c}"`).join(', ')}`);
  if (faults.length === 0 && CONTENT_FOLDERS[folder].ids && !CLEAN_ID.test(nfc)) faults.push('có dấu gạch ngang ở đầu, ở cuối hoặc hai dấu liền nhau');
  return faults;
}

/** The clean name a file should have, or '' when nothing of its name can be kept. */
function cleanStem(stem: string, folder: ContentFolder): string {
  if (CONTENT_FOLDERS[folder].ids) return slugify(stem);
  return removeDiacritics(stem.normalize('NFC')).replace(/^[.\s]+/, '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Is `name` a file the site reads in `folder`? (Its extension allowed as written, its name clean.) */
export function cleanName(name: string, folder: ContentFolder): boolean {
  const ext = extensionOf(name);
  const stem = name.slice(0, name.length - ext.length);
  if (!(CONTENT_FOLDERS[folder].extensions as readonly string[]).includes(ext)) return false;
  return CONTENT_FOLDERS[folder].ids ? CLEAN_ID.test(stem) : CLEAN_SOURCE.test(stem);
}

/** The entries of a folder, or null when it does not exist. */
function entries(root: string, dir: string): Array<{ name: string; isDir: boolean }> | null {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return null;
  }
  return names.sort().map((name) => {
    let isDir = false;
    try {
      isDir = statSync(join(root, dir, name)).isDirectory();
    } catch {
      // A broken link reads as a file; its name is then judged like any other.
    }
    return { name, isDir };
  });
}

function listFolder(root: string, folder: ContentFolder, problems: string[]): string[] {
  const { dir, extensions, ids, example } = CONTENT_FOLDERS[folder];
  const listed = entries(root, dir);
  if (listed === null) {
    if (folder === 'documents') problems.push(`Thiếu thư mục ${dir}/: tạo thư mục đó và đặt các văn bản (.mdx) vào.`);
    return [];
  }
  const allowed = extensions as readonly string[];
  const extList = allowed.join(', ');
  const files: string[] = [];
  const names = listed.filter((e) => !e.isDir).map((e) => e.name);
  // Two names the site would take for one (case, marks, Unicode form): grouped by the id they would make.
  const byKey = new Map<string, string[]>();
  for (const { name, isDir } of listed) {
    if (isOsJunk(name)) continue;
    if (isDir) {
      problems.push(`${dir}/${name}/: thư mục con không được đọc; trang chỉ đọc các tệp nằm ngay trong ${dir}/. Chuyển các tệp trong đó ra ${dir}/ (mỗi tệp một tên khác nhau) rồi xoá thư mục con.`);
      continue;
    }
    const ext = extensionOf(name);
    const stem = name.slice(0, name.length - ext.length);
    const lowerExt = ext.toLowerCase();
    const knownExt = allowed.includes(lowerExt) ? lowerExt : allowed.find((e) => (e === '.yaml' && lowerExt === '.yml') || (e === '.mdx' && lowerExt === '.md'));
    if (!knownExt || (knownExt !== lowerExt)) {
      const what = ext ? `tệp đuôi "${ext}"` : 'tệp không có đuôi';
      if (knownExt) {
        const target = `${stem}${knownExt}`;
        const fix = names.includes(target)
          ? `Đã có ${target}: chuyển phần cần giữ sang tệp đó rồi xoá ${name}.`
          : `Đổi tên thành ${cleanName(target, folder) ? target : `${cleanStem(stem, folder) || example.replace(/\.\w+$/, '')}${knownExt}`}.`;
        problems.push(`${dir}/${name}: ${what} không được đọc (thư mục này chỉ nhận ${extList}). ${fix}`);
      } else if (folder === 'documents' && ['.txt', '.docx', '.doc'].includes(lowerExt)) {
        problems.push(`${dir}/${name}: ${what} không được đọc (thư mục này chỉ nhận văn bản ${extList}). Văn bản gốc nhận được đặt trong content/sources/ rồi chuyển thành trang bằng: npm run import -- content/sources/${name}`);
      } else if (folder === 'sources' && lowerExt === '.doc') {
        problems.push(`${dir}/${name}: tệp Word cũ (.doc) không đọc được. Mở tệp bằng Word, chọn File > Save As, kiểu "Word Document (*.docx)", lưu lại rồi xoá tệp .doc.`);
      } else {
        problems.push(`${dir}/${name}: ${what} không được đọc (thư mục này chỉ nhận ${extList}). Chuyển tệp ra khỏi content/ hoặc xoá.`);
      }
      continue;
    }
    const key = ids ? slugify(stem) || stem.normalize('NFC').toLowerCase() : `${removeDiacritics(stem.normalize('NFC')).toLowerCase()}${lowerExt}`;
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  for (const group of byKey.values()) {
    if (group.length > 1) {
      const id = ids ? slugify(group[0]!.replace(/\.[^.]*$/, '')) : '';
      problems.push(
        `${group.map((n) => `${dir}/${n}`).join(' và ')}: các tên chỉ khác nhau ở chữ hoa, chữ thường hoặc dấu, nên ${ids ? `là cùng một trang (${id})` : 'là cùng một tệp trên Windows và macOS'}: một tệp sẽ bị mất. Giữ một tệp, xoá hoặc đặt tên khác cho tệp kia.`,
      );
      // The build would still read the one clean name among them; list it so the rest of the rules see it.
      const clean = group.filter((n) => cleanName(n, folder));
      if (clean.length === 1) files.push(`${dir}/${clean[0]}`);
      continue;
    }
    const name = group[0]!;
    const ext = extensionOf(name);
    const stem = name.slice(0, name.length - ext.length);
    const faults = ext === ext.toLowerCase() ? nameFaults(stem, folder) : [...nameFaults(stem, folder), 'đuôi tệp viết hoa'];
    if (faults.length === 0 && cleanName(name, folder)) {
      files.push(`${dir}/${name}`);
      continue;
    }
    const suggested = cleanStem(stem, folder);
    const rule = ids
      ? 'Tên tệp là địa chỉ của trang: chỉ gồm chữ thường không dấu, số và dấu gạch ngang'
      : 'Tên tệp gốc chỉ gồm chữ không dấu, số, dấu gạch ngang, gạch dưới và dấu chấm';
    const fix = suggested ? `đổi tên thành ${suggested}${ext.toLowerCase()}` : `đặt một tên như ${example.replace(/\.\w+$/, '')}${ext.toLowerCase()}`;
    problems.push(`${dir}/${name}: tên tệp ${faults.join(', ')}, nên không được đọc. ${rule}: ${fix}${ids || !suggested ? '' : ' (và sửa trường "source" của văn bản cho khớp)'}.`);
  }
  return files.sort();
}

/** Lists content/ under `root`: the files the site reads, and a problem for every other file there. */
export function listContentFiles(root = '.'): ContentFiles {
  const problems: string[] = [];
  const top = entries(root, CONTENT_DIR);
  if (top === null) {
    return { documents: [], sources: [], targets: [], wardTasks: [], topFiles: [], problems: [`Không thấy thư mục ${CONTENT_DIR}/: hãy chạy lệnh trong thư mục của dự án.`] };
  }
  const folderNames = Object.values(CONTENT_FOLDERS).map((f) => f.dir.slice(CONTENT_DIR.length + 1));
  const topNames = CONTENT_TOP_FILES.map((f) => f.slice(CONTENT_DIR.length + 1));
  const present = new Set(top.map((e) => e.name));
  const known = `Trang chỉ đọc ${topNames.join(', ')} và các thư mục ${folderNames.map((n) => `${n}/`).join(', ')} trong ${CONTENT_DIR}/`;
  for (const { name, isDir } of top) {
    if (isOsJunk(name) || (isDir ? folderNames : topNames).includes(name)) continue;
    const path = `${CONTENT_DIR}/${name}${isDir ? '/' : ''}`;
    const yaml = name.replace(/\.yml$/i, '.yaml').toLowerCase();
    if (!isDir && topNames.includes(yaml)) {
      problems.push(present.has(yaml)
        ? `${path}: không được đọc, vì trang chỉ đọc ${CONTENT_DIR}/${yaml}. Chuyển phần cần giữ sang ${yaml} rồi xoá ${name}.`
        : `${path}: không được đọc. Đổi tên thành ${yaml}.`);
    } else {
      problems.push(`${path}: ${isDir ? 'thư mục' : 'tệp'} này không được đọc. ${known}. Chuyển ${isDir ? 'thư mục' : 'tệp'} ra khỏi ${CONTENT_DIR}/ hoặc xoá.`);
    }
  }
  const topFiles = CONTENT_TOP_FILES.filter((f) => present.has(f.slice(CONTENT_DIR.length + 1)));
  if (!present.has('site.yaml')) problems.push(`Thiếu tệp ${CONTENT_DIR}/site.yaml (thông tin của trang: phường, địa chỉ trang, liên hệ).`);
  const documents = listFolder(root, 'documents', problems);
  const sources = listFolder(root, 'sources', problems);
  const targets = listFolder(root, 'targets', problems);
  const wardTasks = listFolder(root, 'wardTasks', problems);
  if (documents.length === 0 && !problems.some((p) => p.startsWith('Thiếu thư mục content/documents/'))) {
    problems.push(`${CONTENT_FOLDERS.documents.dir}/ không có văn bản nào (.mdx).`);
  }
  return { documents, sources, targets, wardTasks, topFiles, problems };
}

/** "content/documents/x.mdx" → "x". */
export const idOfPath = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
