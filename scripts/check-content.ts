// npm run check: the content rules, with messages for editors. Exit 1 when anything is wrong.
import { checkContent } from '../src/lib/editing/check.ts';

const problems = checkContent();
if (problems.length) {
  console.error(problems.join('\n\n'));
  console.error(`\n${problems.length} lỗi nội dung. Sửa các tệp trên rồi chạy lại: npm run check`);
  process.exit(1);
}
console.log('Nội dung hợp lệ: cấu hình trang và mọi văn bản đúng nguyên văn.');
