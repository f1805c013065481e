// Turns a received document (a Word .docx or a .txt) into a page draft in content/documents/ and keeps the original
// in content/sources/:
//   npm run import -- <tệp.docx | tệp.txt> [--slug tên-trang] [--force]
// The body comes through word for word with its structure; the front matter is filled from what the text states and
// the rest is listed for the editor. Never overwrites a page without --force, never overwrites a kept original.
// Every refusal is one Vietnamese message and exit code 1 (2 for a usage mistake or an existing page); nothing is written.
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { convertDocument, type ConvertedDocument } from '../src/lib/editing/convert-document.ts';
import { readDocx } from '../src/lib/editing/docx.ts';
import { frontMatterFromText } from '../src/lib/editing/front-matter-from-text.ts';
import { decodeText, TextInputError } from '../src/lib/editing/text-input.ts';
import { slugify } from '../src/lib/site/slug.ts';

const USAGE = 'Cách dùng: npm run import -- <tệp .docx hoặc .txt> [--slug tên-trang] [--force]\n' +
  '  --slug tên-trang  tên tệp trang trong content/documents/ (mặc định: theo tên tệp nguồn)\n' +
  '  --force           ghi đè trang đã có cùng tên';
const DOCUMENTS = 'content/documents';
const SOURCES = 'content/sources';
/** A name the front matter's `source` accepts (documents/schema.ts). */
const SAFE_SOURCE_NAME = /^[\w.-]+\.(txt|docx)$/;

class ImportError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

interface Args { file: string; slug?: string; force: boolean }

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let slug: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--slug') {
      slug = argv[++i];
      if (slug === undefined) throw new ImportError(`${USAGE}\nThiếu tên trang sau --slug.`, 2);
    } else if (arg.startsWith('--slug=')) slug = arg.slice('--slug='.length);
    else if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
    else if (arg.startsWith('-') && arg.length > 1) throw new ImportError(`${USAGE}\nKhông hiểu tuỳ chọn "${arg}".`, 2);
    else if (file === undefined) file = arg;
    else if (slug === undefined) slug = arg; // the older form: import <file> <slug>
    else throw new ImportError(`${USAGE}\nThừa "${arg}": mỗi lần nhập một tệp.`, 2);
  }
  if (!file) throw new ImportError(`${USAGE}\nChưa chỉ tệp nguồn.`, 2);
  return { file, slug, force };
}

/** The received file as text, refusing what cannot be read faithfully. */
async function readReceived(file: string): Promise<{ text: string; kind: string; notes: string[] }> {
  if (!existsSync(file)) throw new ImportError(`${USAGE}\nKhông tìm thấy tệp nguồn: ${file}`, 2);
  const stat = statSync(file);
  if (stat.isDirectory()) throw new ImportError(`${file} là một thư mục, không phải tệp. Hãy chỉ tới một tệp .docx hoặc .txt, ví dụ: npm run import -- ${join(file, '<tên tệp>.docx')}`);
  if (!stat.isFile()) throw new ImportError(`${file} không phải tệp thường. Hãy chỉ tới một tệp .docx hoặc .txt.`);
  const ext = extname(file).toLowerCase();
  if (ext === '.doc') {
    throw new ImportError(`${file}: đây là tệp Word dạng cũ (.doc), không đọc được. Mở tệp bằng Word, chọn File > Save As, mục "Save as type" chọn "Word Document (*.docx)", lưu lại rồi nhập tệp .docx.`);
  }
  if (ext !== '.docx' && ext !== '.txt') {
    const hint = ext === '.pdf' ? ' Với tệp PDF, hãy xin tệp Word gốc (hoặc mở bằng Word rồi lưu dạng .docx) để giữ đúng từng chữ.' : '';
    throw new ImportError(`${file}: chỉ nhập được tệp Word (.docx) hoặc tệp văn bản (.txt), tệp này có đuôi "${ext || '(không có)'}".${hint}`);
  }
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new ImportError(`${file}: tệp rỗng (0 byte), không có nội dung để nhập. Hãy chép lại tệp gốc rồi chạy lại.`);
  if (ext === '.docx') return { text: (await readDocx(bytes, file)).text, kind: 'tệp Word', notes: [] };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(`${file}: tệp được lưu dạng "Unicode" (UTF-16), không phải UTF-8. Mở tệp bằng Notepad, chọn File > Save As, mục Encoding chọn "UTF-8", lưu lại rồi chạy lại.`);
  }
  const decoded = decodeText(bytes, file, { legacy: true });
  const notes = decoded.encoding === 'windows-1258'
    ? [`Tệp ${file} lưu bằng bảng mã Windows-1258 (không phải UTF-8): đã chuyển sang Unicode để đọc. Tệp gốc được giữ nguyên; npm run check cũng tự chuyển mã khi đối chiếu.`]
    : [];
  return { text: decoded.text, kind: 'tệp văn bản', notes };
}

/** Where the original is kept: its own name if it already sits in content/sources/, else a safe copy's name. */
function keptSourceName(file: string, bytes: Buffer, slug: string): { name: string; copy: boolean } {
  const sources = resolve(SOURCES);
  const ext = extname(file).toLowerCase();
  const folder = resolve(dirname(file));
  const inSources = process.platform === 'win32' ? folder.toLowerCase() === sources.toLowerCase() : folder === sources;
  if (inSources && SAFE_SOURCE_NAME.test(basename(file))) return { name: basename(file), copy: false };
  const stem = slugify(basename(file, extname(file))) || slug;
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    const path = join(sources, name);
    if (!existsSync(path)) return { name, copy: true };
    if (readFileSync(path).equals(bytes)) return { name, copy: false }; // the same original is already kept
  }
}

function pageFile(converted: ConvertedDocument, data: Record<string, unknown>, missing: string[]): string {
  const ordered: Record<string, unknown> = { title: '', ...data };
  const { source, ...rest } = ordered;
  const yaml = stringify({ ...rest, summary: '', source }, { lineWidth: 0 });
  const todo = `# Bản nháp do "npm run import" tạo. Cần điền: ${missing.join(', ')}; rồi chạy npm run check và xoá dòng này.\n`;
  return `---\n${todo}${yaml}---\n\n${converted.body}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(DOCUMENTS) || !existsSync(SOURCES)) {
    throw new ImportError(`Không thấy thư mục ${DOCUMENTS}/ và ${SOURCES}/: hãy chạy lệnh trong thư mục của dự án (nơi có tệp package.json).`, 2);
  }
  const received = await readReceived(args.file);
  const slugInput = args.slug ?? basename(args.file, extname(args.file));
  const slug = slugify(slugInput);
  if (!slug) {
    throw new ImportError(`Tên trang "${slugInput}" không có chữ cái hay chữ số nào nên không đặt được tên tệp. Hãy chọn tên khác, ví dụ: --slug cong-van-15-cv-du`, 2);
  }
  const target = `${DOCUMENTS}/${slug}.mdx`;
  const clash = readdirSync(DOCUMENTS).find((f) => /\.mdx?$/.test(f) && slugify(f.replace(/\.mdx?$/, '')) === slug);
  if (clash && !args.force) {
    throw new ImportError(`${DOCUMENTS}/${clash} đã có (trùng tên trang "${slug}"): không ghi đè. Chọn tên khác bằng --slug, hoặc thêm --force để ghi đè.`, 2);
  }
  if (clash && clash !== `${slug}.mdx`) {
    throw new ImportError(`${DOCUMENTS}/${clash} trùng tên trang "${slug}" nhưng khác tên tệp: đổi tên hoặc xoá tệp đó trước, hoặc chọn tên khác bằng --slug.`, 2);
  }

  if (!received.text.trim()) throw new ImportError(`${args.file}: tệp không có chữ nào để nhập.`);
  let converted: ConvertedDocument;
  try {
    converted = convertDocument(received.text);
  } catch (err) {
    throw new ImportError(`${args.file}: ${(err as Error).message}`);
  }
  const bytes = readFileSync(args.file);
  const kept = keptSourceName(args.file, bytes, slug);
  const draft = frontMatterFromText(converted, kept.name);
  const missing = draft.missing.map(([field]) => field);

  // Write: the original first, then the page through a temporary file, so a failure leaves nothing half-written.
  const keptPath = join(SOURCES, kept.name);
  if (kept.copy) copyFileSync(args.file, keptPath);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, pageFile(converted, draft.data, missing));
    renameSync(temporary, target);
  } catch (err) {
    rmSync(temporary, { force: true });
    if (kept.copy) rmSync(keptPath, { force: true });
    throw new ImportError(`Không ghi được ${target}: ${(err as Error).message}`);
  }

  const out: string[] = [...received.notes];
  out.push(`Đã tạo ${target} từ ${received.kind} ${args.file}${clash ? ' (đã ghi đè trang cũ theo --force)' : ''}.`);
  out.push(kept.copy ? `Đã giữ bản gốc: ${keptPath} (trường "source").` : `Bản gốc: ${keptPath} (trường "source").`);
  out.push('Đã nhận ra:', ...draft.found.map((l) => `  - ${l}`));
  out.push('Chưa xác định được, hãy điền vào tệp:', ...draft.missing.map(([field, hint]) => `  - ${field}: ${hint}`));
  if (converted.joins.length) out.push('Đã nối các đoạn bị ngắt trang (hãy xem lại):', ...converted.joins.map((j) => `  ${j}`));
  out.push('Sau đó chạy: npm run check');
  console.log(out.join('\n'));
}

try {
  await main();
} catch (err) {
  if (err instanceof ImportError) {
    console.error(err.message);
    process.exit(err.exitCode);
  }
  if (err instanceof TextInputError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(`Không nhập được văn bản: lỗi không lường trước (${(err as Error)?.message ?? String(err)}). Không có tệp nào được ghi. Hãy gửi thông báo này cho người phụ trách kỹ thuật.`);
  process.exit(1);
}
