// Converts a received document into an MDX draft for content/documents/.
//   npm run import -- content/sources/<file>.txt <slug>
// Never overwrites: an existing MDX file is left as it is (use another slug, or delete it first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { convertDocument } from '../src/lib/editing/convert-document.ts';
import { slugify } from '../src/lib/site/slug.ts';

const [sourcePath, slugArg] = process.argv.slice(2);
if (!sourcePath || !existsSync(sourcePath)) {
  console.error('Cách dùng: npm run import -- content/sources/<tệp>.txt <tên-trang>\nKhông tìm thấy tệp nguồn.');
  process.exit(2);
}
const slug = slugify(slugArg ?? basename(sourcePath).replace(/\.\w+$/, ''));
const target = `content/documents/${slug}.mdx`;
if (existsSync(target)) {
  console.error(`${target} đã có: không ghi đè. Chọn tên khác hoặc xoá tệp cũ trước.`);
  process.exit(2);
}

const converted = convertDocument(readFileSync(sourcePath, 'utf8'));
const plain = (p: string) => p.replace(/\*+/g, '').trim();
const lines = converted.headerParagraphs.flatMap((p) => plain(p).split('\n').map((l) => l.trim()).filter(Boolean));
const number = lines.find((l) => /^Số\s/.test(l));
const placeDate = lines.find((l) => /, ngày /.test(l));
const footer = converted.footerParagraphs.map(plain);
const recipients = footer.filter((p) => p.startsWith('- ')).flatMap((p) => p.split('\n').map((l) => l.replace(/^-\s*/, '').trim()));
const signature = footer.find((p) => /^(T\/M|T\/L|TM\.|KT\.|TL\.)/.test(p))?.split('\n').map((l) => l.trim()) ?? [];
const name = footer.at(-1);

// Fields left out are the editor's to fill: the build names each one that is missing.
const frontMatter = {
  type: undefined,
  number,
  issuer: undefined,
  header: { issuerLines: [], placeDate, heading: [] },
  date: undefined,
  signer: { authority: signature[0], title: signature[1], name },
  subject: undefined,
  recipients,
  source: basename(sourcePath),
};
writeFileSync(target, `---\n${stringify(frontMatter)}---\n\n${converted.body}`);
console.log(`Đã tạo ${target}. Điền các trường còn thiếu (title, type, issuer, date, subject, summary) rồi chạy npm run check.`);
console.log('Phần đầu văn bản để đối chiếu:\n' + converted.headerParagraphs.map((p) => `  | ${p.replace(/\n/g, '\n  | ')}`).join('\n'));
if (converted.joins.length) console.log('Đã nối các đoạn bị ngắt trang:\n' + converted.joins.map((j) => `  ${j}`).join('\n'));
