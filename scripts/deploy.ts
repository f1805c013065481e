// Publishes the site to a deploy target, goes back a release, or lists the releases.
//   node scripts/deploy.ts --target <dir | user@host:/dir> [--keep N] [--allow-placeholders]   (npm run deploy -- …)
//   node scripts/deploy.ts rollback --target <…> [--to <release>]                              (npm run deploy:rollback -- …)
//   node scripts/deploy.ts status --target <…>                                                 (npm run deploy:status -- …)
// DEPLOY_TARGET stands in for --target; SITE_URL and SITE_BASE reach the build as with npm run build; DEPLOY_SSH
// ("ssh -p 2222 -i key") and DEPLOY_RSYNC choose the programs for a remote target.
// A deploy: refuses placeholder contacts and shallow clones, locks the target, builds into a fresh folder
// (scripts/build.ts runs the content rules first), checks every link and every page's HTML, uploads the build as
// releases/<UTC time>-<commit>/, carries the live release's fingerprinted files over, switches `current`, keeps N.
// Anything that fails before the switch leaves the live site as it was.
// Exit codes: 0 done; 1 not done (content, build, checks, target, lock); 2 wrong command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AtTarget, DeployError } from '../src/lib/deploy/at-target.ts';
import { filesToCarry, previousRelease, releaseName, releasesToPrune, vietnamTime, type Release } from '../src/lib/deploy/releases.ts';
import { PARTIAL_PREFIX } from '../src/lib/deploy/scripts.ts';
import { parseTarget, TargetError, transportFromEnv, type Target } from '../src/lib/deploy/target.ts';

const USAGE = [
  'Cách dùng:',
  '  npm run deploy -- --target <thư mục | user@máy:/thư-mục> [--keep N] [--allow-placeholders]',
  '  npm run deploy:rollback -- --target <…> [--to <tên bản>]',
  '  npm run deploy:status -- --target <…>',
].join('\n');

const project = resolve(import.meta.dirname, '..');
process.chdir(project);
const started = Date.now();

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

// Command line.
const argv = process.argv.slice(2);
const action = argv[0] === 'rollback' || argv[0] === 'status' ? argv.shift()! : 'deploy';
let targetArg = process.env.DEPLOY_TARGET?.trim() || undefined;
let keep = 5;
let allowPlaceholders = false;
let rollbackTo: string | undefined;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = () => {
    if (inline !== undefined) return inline;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) usage(`Thiếu giá trị sau ${flag}.`);
    i++;
    return next;
  };
  if (flag === '--help' || flag === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (flag === '--target') targetArg = value();
  else if (flag === '--keep' && action === 'deploy') {
    const v = value();
    if (!/^\d+$/.test(v) || Number(v) < 2) usage(`--keep ${v}: ghi một số nguyên từ 2 trở lên (bản đang chạy và bản trước luôn được giữ).`);
    keep = Number(v);
  } else if (flag === '--allow-placeholders' && action === 'deploy' && inline === undefined) allowPlaceholders = true;
  else if (flag === '--to' && action === 'rollback') rollbackTo = value();
  else usage(`Không hiểu "${arg}".`);
}
if (!targetArg) usage('Thiếu --target: thư mục đích trên máy này, hoặc user@máy:/thư-mục trên máy chủ (hoặc đặt biến DEPLOY_TARGET).');
let target: Target;
try {
  target = parseTarget(targetArg);
} catch (err) {
  if (err instanceof TargetError) usage(err.message);
  throw err;
}
const at = new AtTarget(target, transportFromEnv(process.env));
const rollbackHint = `npm run deploy:rollback -- --target ${targetArg}`;

let temp: string | undefined;
let partial: string | undefined;

function cleanUp() {
  if (partial) at.discard(partial);
  partial = undefined;
  try {
    at.unlock();
  } catch {
    // Reported by the next deploy as a stale lock.
  }
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
}

/** Not published: the reason, what stays live, exit 1. */
function refuse(reason: string): never {
  cleanUp();
  const verdict = action === 'deploy' ? 'KHÔNG ĐĂNG' : action === 'rollback' ? 'KHÔNG QUAY LẠI' : 'KHÔNG ĐỌC ĐƯỢC';
  console.error(`\n${reason}\n\n${verdict}. Trang đang chạy ở ${at.where} giữ nguyên.`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    console.error(`\nĐã dừng giữa chừng. Trang đang chạy ở ${at.where} giữ nguyên.`);
    process.exit(130);
  });
}

const describe = (r: Release) => `${r.name} (dựng lúc ${vietnamTime(r.time)} giờ Việt Nam, commit ${r.commit}${r.dirty ? ', có thay đổi chưa commit' : ''})`;

function git(args: string[]) {
  const r = spawnSync('git', args, { cwd: project, encoding: 'utf8' });
  return r.error ? undefined : r;
}

const SITE_CONFIG_FILE = 'content/site.yaml';

/** Lines of content/site.yaml where each placeholder field is, for the message. */
function placeholderLines(fields: string[]): string[] {
  let lines: string[] = [];
  try {
    lines = readFileSync(SITE_CONFIG_FILE, 'utf8').split('\n');
  } catch {
    // Named without a line.
  }
  const contactLine = lines.findIndex((l) => /^contact\s*:/.test(l));
  return fields.map((field) => {
    const key = field.split('.')[1]!;
    const i = lines.findIndex((l, n) => n > contactLine && contactLine >= 0 && new RegExp(`^\\s+${key}\\s*:`).test(l));
    return i >= 0 ? `  ${SITE_CONFIG_FILE} dòng ${i + 1} (${field}): ${lines[i]!.trim()}` : `  ${SITE_CONFIG_FILE} (${field})`;
  });
}

/** Relative paths of every file of a built site. */
function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => statSync(join(dir, f)).isFile());
}

try {
  if (action === 'status') status();
  else if (action === 'rollback') rollback();
  else await deploy();
} catch (err) {
  if (err instanceof DeployError) refuse(err.message);
  cleanUp();
  throw err;
}

function status() {
  const state = at.inspect();
  if (state.releases.length === 0) {
    console.log(`Chưa có bản nào ở ${at.where}.${state.strayLink ? ` "current" trỏ tới ${state.strayLink}, không phải một bản trong releases/.` : ''}`);
    return;
  }
  const previous = previousRelease(state.releases, state.live, state.rolledBack)?.name;
  const rolledBack = new Set(state.rolledBack);
  console.log(`Các bản ở ${at.where}, mới nhất trên cùng:`);
  for (const r of [...state.releases].reverse()) {
    const mark = r.name === state.live ? '  ← ĐANG CHẠY'
      : r.name === previous ? '  ← bản trước (deploy:rollback quay về bản này)'
        : rolledBack.has(r.name) ? '  (đã quay lại khỏi bản này)' : '';
    console.log(`${r.name === state.live ? '*' : ' '} ${r.name}  dựng lúc ${vietnamTime(r.time)} (giờ Việt Nam)  commit ${r.commit}${r.dirty ? ' (có thay đổi chưa commit)' : ''}${mark}`);
  }
  if (!state.live) console.log(state.strayLink ? `"current" trỏ tới ${state.strayLink}, không phải một bản trong releases/.` : 'Chưa có bản nào đang chạy ("current" chưa có).');
  console.log(`Tổng: ${state.releases.length} bản.`);
}

function rollback() {
  at.lock('rollback', (line) => console.log(line));
  const state = at.inspect();
  if (!state.live) refuse(`Không quay lại được: ở ${at.where} không có bản nào đang chạy.`);
  let previous: Release | undefined;
  if (rollbackTo) {
    previous = state.releases.find((r) => r.name === rollbackTo);
    if (!previous) refuse(`Không có bản "${rollbackTo}" ở ${at.where}. Xem danh sách: npm run deploy:status -- --target ${targetArg}`);
    if (previous.name === state.live) refuse(`Bản ${previous.name} đang chạy rồi.`);
  } else {
    previous = previousRelease(state.releases, state.live, state.rolledBack);
    if (!previous) refuse(`Không quay lại được: ở ${at.where} không có bản nào trước ${state.live}.`);
  }
  at.switchTo(previous.name, state.live);
  at.unlock();
  console.log(`ĐÃ QUAY LẠI bản ${describe(previous)}.\nBản ${state.live} vẫn còn trong releases/ nhưng lần quay lại sau sẽ bỏ qua nó; lần đăng sau tạo bản mới.`);
}

async function deploy() {
  // Loaded here: status, rollback and a wrong command line answer without them.
  const { loadSiteConfig } = await import('../src/lib/site/config.ts');
  const { contactPlaceholders } = await import('../src/lib/site/placeholder.ts');
  const { checkLinks, validatePages } = await import('../src/lib/deploy/gates.ts');

  // 1. Placeholder contacts.
  let base = '/';
  let address = '';
  try {
    const site = loadSiteConfig(process.env);
    base = site.base;
    address = `${site.siteUrl.replace(/\/+$/, '')}${site.base}`;
    const fields = contactPlaceholders(site.contact);
    if (fields.length && !allowPlaceholders) {
      refuse([
        `${SITE_CONFIG_FILE} còn thông tin liên hệ chưa điền (dòng bắt đầu bằng "[Cần điền]", hoặc thư @example.invalid):`,
        ...placeholderLines(fields),
        'Điền địa chỉ, điện thoại, thư điện tử thật của Văn phòng Đảng ủy phường, commit rồi đăng lại.',
        'Chỉ khi đăng lên một nơi thử nghiệm mới thêm --allow-placeholders.',
      ].join('\n'));
    }
    if (fields.length) console.log(`Lưu ý: ${SITE_CONFIG_FILE} còn chỗ trống (${fields.join(', ')}); đăng vì có --allow-placeholders.`);
  } catch {
    // A site.yaml that cannot be read or that the schema refuses: the build's content rules name the mistake.
  }

  // 2. A full clone, so each page's last-updated date is right.
  const inside = git(['rev-parse', '--is-inside-work-tree']);
  if (!inside || inside.status !== 0 || inside.stdout.trim() !== 'true') {
    refuse('Thư mục dự án không phải một bản sao git, nên trang không biết ngày cập nhật. Đăng từ một bản sao git đầy đủ (git clone).');
  }
  if (git(['rev-parse', '--is-shallow-repository'])?.stdout.trim() !== 'false') {
    refuse('Bản sao git này là bản nông (shallow): thiếu lịch sử, nên ngày cập nhật của các trang sẽ sai. Chạy "git fetch --unshallow" rồi đăng lại (trong CI: actions/checkout với fetch-depth: 0).');
  }
  const commit = git(['rev-parse', '--short=7', 'HEAD'])?.stdout.trim() || undefined;
  const dirty = (git(['status', '--porcelain'])?.stdout.trim() ?? '') !== '';
  if (dirty) console.log('Lưu ý: thư mục dự án có thay đổi chưa commit; tên bản sẽ có đuôi "-dirty".');

  // 3. One deploy at a time.
  at.lock('deploy', (line) => console.log(line));
  const before = at.inspect();
  console.log(`Đăng lên ${at.where}${before.live ? `; bản đang chạy: ${before.live}` : ' (lần đầu)'}.`);

  // 4. Build into a fresh folder: the content rules run first.
  temp = mkdtempSync(join(tmpdir(), 'tuyen-truyen-dang-'));
  const built = join(temp, 'site');
  // The log sits beside the temporary folder and outlives it: the build's messages name it.
  const buildLog = `${temp}-build.log`;
  const build = spawnSync(process.execPath, [join(project, 'scripts/build.ts'), '--out', built, '--log', buildLog], { cwd: project, stdio: 'inherit' });
  if (build.status !== 0) refuse('Dựng trang không thành công: lý do ở trên.');
  if (!existsSync(join(built, 'index.html'))) refuse('Dựng trang không thành công: bản dựng không có trang chủ.');

  // 5. The fast quality gates on the fresh build.
  console.log(`Kiểm tra liên kết dưới ${base}…`);
  const links = checkLinks(built, base);
  if (links.problems.length) refuse(listed(`Bản dựng có ${links.problems.length} liên kết hỏng:`, links.problems));
  console.log(`Kiểm tra HTML từng trang (html-validate)…`);
  const html = await validatePages(built, project);
  if (html.length) refuse(listed(`Bản dựng có ${html.length} lỗi HTML:`, html));

  // 6. Upload as a new release, carry the live release's assets, switch `current`.
  const name = releaseName(new Date(), commit, dirty, before.releases.map((r) => r.name));
  const state = at.inspect(true);
  const carry = filesToCarry(state.liveFiles, state.liveCarried, filesOf(built));
  partial = `${PARTIAL_PREFIX}${name}`;
  console.log(`Chép bản dựng lên ${at.where}/releases/${name}/…`);
  at.upload(built, partial, state.live);
  at.install(partial, name, state.live, carry);
  partial = undefined;

  // 7. Keep the last N (never the live one or the one before it).
  let pruned: Release[] = [];
  try {
    const after = at.inspect();
    pruned = releasesToPrune(after.releases, after.live, keep, after.rolledBack);
    at.prune(pruned.map((r) => r.name));
  } catch (err) {
    console.log(`Lưu ý: chưa xoá được bản cũ (${(err as Error).message}); lần đăng sau sẽ thử lại.`);
  }
  at.unlock();
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log([
    '',
    `ĐÃ ĐĂNG bản ${name} lên ${at.where} (${seconds} giây).`,
    address ? `Địa chỉ: ${address}` : '',
    carry.length ? `Giữ ${carry.length} tệp tài nguyên của bản trước cho trang nào đang mở dở.` : '',
    pruned.length ? `Đã xoá ${pruned.length} bản cũ; còn giữ ${keep} bản gần nhất.` : '',
    before.live ? `Nếu cần quay lại bản trước (${before.live}): ${rollbackHint}` : '',
  ].filter(Boolean).join('\n'));
}

function listed(title: string, lines: string[]): string {
  const shown = lines.slice(0, 30);
  return [title, ...shown.map((l) => `  ${l}`), ...(lines.length > shown.length ? [`  … và ${lines.length - shown.length} chỗ nữa.`] : [])].join('\n');
}
