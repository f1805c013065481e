// Precompressed copies for the web server: beside every text file of a build, x.gz (gzip, level 9) and x.br
// (Brotli, quality 11), sent as they are by nginx's gzip_static (and brotli_static where that module exists), so
// the server never compresses on the fly. Binary files are left alone: images, .xlsx (a zip) and Pagefind's index
// chunks, which Pagefind already stores gzip-compressed.
import { readdir, readFile, stat, utimes, writeFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Extensions worth compressing (text). */
export const COMPRESSIBLE = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'csv', 'webmanifest', 'map'];

export interface PrecompressResult {
  /** Files given a .gz (and .br). */
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export function isCompressible(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && COMPRESSIBLE.includes(name.slice(dot + 1).toLowerCase());
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Writes or removes one compressed copy; true when written (only when it is smaller than the file). */
async function writeCopy(path: string, data: Buffer, original: number, mtime: Date): Promise<boolean> {
  if (data.length >= original) {
    await unlink(path).catch(() => {});
    return false;
  }
  await writeFile(path, data);
  // The copy carries the file's own time, so Last-Modified does not depend on the encoding.
  await utimes(path, mtime, mtime);
  return true;
}

/** Compresses every text file under dir; run after the search index is written, before the build is published. */
export async function precompress(dir: string, { concurrency = 4 } = {}): Promise<PrecompressResult> {
  const queue = (await filesUnder(dir)).filter((f) => isCompressible(f));
  const result: PrecompressResult = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const [data, info] = await Promise.all([readFile(file), stat(file)]);
      const [gz, br] = await Promise.all([
        gzipAsync(data, { level: 9 }),
        brotliAsync(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      ]);
      const wroteGz = await writeCopy(`${file}.gz`, gz, data.length, info.mtime);
      const wroteBr = await writeCopy(`${file}.br`, br, data.length, info.mtime);
      if (wroteGz || wroteBr) {
        result.files++;
        result.bytes += data.length;
        result.gzipBytes += wroteGz ? gz.length : data.length;
        result.brotliBytes += wroteBr ? br.length : data.length;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}
