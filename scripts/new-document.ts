// npm run new:document -- <tên-tệp>: a new document content/documents/<tên-tệp>.mdx, every field explained.
// Never overwrites. Exit 2 with a Vietnamese message when the name is bad or taken.
import { checkSlug, documentScaffold, ScaffoldError, writeNew } from '../src/lib/editing/scaffold.ts';

try {
  const slug = checkSlug(process.argv[2], 'new:document', 'bao-cao-ket-qua-quy-i-2026');
  const path = writeNew('content/documents', slug, '.mdx', documentScaffold());
  console.log(`Đã tạo ${path}.

Các bước tiếp theo:
  1. Chép tệp văn bản gốc (.txt hoặc .docx) vào content/sources/ và ghi tên tệp vào trường "source".
     (Nếu đã có tệp gốc, lệnh npm run import -- <tệp gốc> tự điền phần lớn các trường thay cho tệp này.)
  2. Mở ${path}, điền các trường đang để trống "" (chú thích ngay trên mỗi trường nói cần ghi gì).
  3. Dán nguyên văn phần thân văn bản vào dưới dòng "---" thứ hai.
  4. Chạy: npm run check — lệnh nêu tên từng trường còn thiếu, chỗ nào khác văn bản gốc. Sửa đến khi báo "Nội dung hợp lệ".
  5. Xem trước trang: npm start`);
} catch (err) {
  if (!(err instanceof ScaffoldError)) throw err;
  console.error(err.message);
  process.exit(2);
}
