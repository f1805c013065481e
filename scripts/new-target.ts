// npm run new:target -- <tên-tệp>: a new target set content/targets/<tên-tệp>.yaml with one figure, every field
// explained. Never overwrites. Exit 2 with a Vietnamese message when the name is bad or taken.
import { checkSlug, nextTargetOrder, ScaffoldError, targetScaffold, writeNew } from '../src/lib/editing/scaffold.ts';

const DIR = 'content/targets';
try {
  const slug = checkSlug(process.argv[2], 'new:target', 'gia-vien-quy-i-2026');
  const path = writeNew(DIR, slug, '.yaml', targetScaffold(nextTargetOrder(DIR)));
  console.log(`Đã tạo ${path} (một con số mẫu).

Các bước tiếp theo:
  1. Văn bản có các con số phải có trong content/documents/ (nếu chưa có: npm run import, hoặc npm run new:document).
  2. Mở ${path}, điền các trường đang để trống "" (chú thích ngay trên mỗi trường nói cần ghi gì).
     Thêm con số: chép cả khối từ "- id:" đến hết "quote:". Kết quả theo quý: xem mẫu "results" ở cuối tệp.
  3. Chạy: npm run check — lệnh nêu tên từng trường còn thiếu, đoạn trích nào không có nguyên văn trong văn bản,
     giá trị nào không có trong đoạn trích. Sửa đến khi báo "Nội dung hợp lệ".
  4. Xem trước trang /chi-tieu/${slug}/: npm start`);
} catch (err) {
  if (!(err instanceof ScaffoldError)) throw err;
  console.error(err.message);
  process.exit(2);
}
