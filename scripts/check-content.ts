// npm run check: the content rules, with messages for editors, over content/ in the working directory.
// Also checks SITE_URL / SITE_BASE when set, as the build would. Exit 1 when anything is wrong.
import { checkContent } from '../src/lib/editing/check.ts';
import { siteOverrides } from '../src/lib/site/config.ts';

const overrides = siteOverrides(process.env);
const problems = [...overrides.problems, ...(await checkContent())];
if (problems.length) {
  console.error(problems.join('\n\n'));
  console.error(`\n${problems.length} lỗi. Sửa các chỗ trên rồi chạy lại: npm run check`);
  process.exit(1);
}
for (const note of overrides.notes) console.log(note);
console.log('Nội dung hợp lệ: cấu hình trang và mọi văn bản đúng nguyên văn.');
