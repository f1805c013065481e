// The build's search step, run by scripts/build.ts in a child process it can stop on time out:
// node scripts/search-index.ts <site-dir>. Reports { pages } or { message } over IPC; exit 1 on failure.
import { indexSite, silentBinaryMessage } from '../src/lib/search/index-site.ts';

const site = process.argv[2];
let reported = false;
async function finish(result: { pages?: number; message?: string }): Promise<never> {
  reported = true;
  if (result.message) console.error(result.message);
  else console.log(`Chỉ mục tìm kiếm: ${result.pages} trang.`);
  if (process.send) await new Promise<void>((resolve) => process.send!(result, () => resolve()));
  process.exit(result.message ? 1 : 0);
}
if (!site) {
  console.error('Cách dùng: node scripts/search-index.ts <thư mục bản dựng>');
  process.exit(2);
}
// Pagefind's Node API does not hold the process open: if its program dies without a word, Node would just stop here.
process.on('beforeExit', () => {
  if (!reported) void finish({ message: silentBinaryMessage(process.env) });
});
try {
  await finish({ pages: await indexSite(site, process.env) });
} catch (err) {
  await finish({ message: err instanceof Error ? err.message : String(err) });
}
