// New entries for editors (`npm run new:document`, `npm run new:target`): a file with every field, each explained in
// Vietnamese comments. What the editor must fill is left blank, so that `npm run check` names each such field;
// everything else is valid as it stands. Never overwrites.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { documentTypes } from '../documents/schema.ts';
import { categories, figureKinds } from '../infographics/schema.ts';
import { slugify } from '../site/slug.ts';

export class ScaffoldError extends Error {}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SLUG = 80;

/** The slug an editor gave, or why it cannot be a file name (in Vietnamese, with an example). */
export function checkSlug(arg: string | undefined, command: string, example: string): string {
  const usage = `Cách dùng: npm run ${command} -- <tên-tệp>, ví dụ: npm run ${command} -- ${example}`;
  if (!arg || !arg.trim()) throw new ScaffoldError(`Thiếu tên tệp.\n${usage}`);
  const slug = arg.trim();
  if (!SLUG.test(slug)) {
    const suggestion = slugify(slug).slice(0, MAX_SLUG).replace(/-+$/, '');
    throw new ScaffoldError(
      `Tên "${arg}" không dùng được: tên tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang giữa các từ ` +
        `(không dấu cách, không bắt đầu hay kết thúc bằng gạch ngang).\n` +
        (suggestion ? `Có thể dùng: npm run ${command} -- ${suggestion}` : usage),
    );
  }
  if (slug.length > MAX_SLUG) throw new ScaffoldError(`Tên "${slug}" dài quá ${MAX_SLUG} ký tự: hãy đặt tên ngắn hơn.\n${usage}`);
  return slug;
}

/**
 * Writes a new file into `dir` (created by the project, never here), refusing when a file of that name exists, in
 * any extension, case or diacritics ("Bao-Cao.mdx", "báo-cáo.yml"): the site would take them for one.
 */
export function writeNew(dir: string, slug: string, ext: string, text: string): string {
  const path = join(dir, `${slug}${ext}`);
  if (!existsSync(dir)) throw new ScaffoldError(`Không thấy thư mục ${dir}/. Hãy chạy lệnh trong thư mục của dự án (thư mục có tệp package.json).`);
  const clash = readdirSync(dir).find((name) => slugify(name.replace(/\.[^.]*$/, '')) === slug);
  if (clash) {
    throw new ScaffoldError(`${dir}/${clash} đã có: không ghi đè. Chọn tên khác, hoặc sửa thẳng tệp đã có.`);
  }
  try {
    writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError(`${path} đã có: không ghi đè. Chọn tên khác.`);
    throw new ScaffoldError(`Không ghi được ${path}: ${(err as Error).message}`);
  }
  return path;
}

const list = (labels: Record<string, string>) => Object.entries(labels).map(([k, v]) => `${k} (${v})`).join(', ');
/** A comment line wrapped at about 110 characters, each line starting with `indent# `. */
const comment = (indent: string, text: string) => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > 108) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`).join('\n');
};

/** A new document: its front matter with every field, blank where the editor must copy from the document. */
export function documentScaffold(): string {
  const c = (text: string, indent = '') => comment(indent, text);
  return `---
${c('Văn bản mới. Mỗi trường có chú thích ngay trên nó. Chép đúng từng chữ như văn bản in (kể cả dấu, số 0 ở đầu). Trường nào văn bản không có thì xoá cả dòng. Giá trị có dấu hai chấm ":" thì đặt trong ngoặc kép. Trường ghi "Bắt buộc" phải điền; trường khác xoá được. Điền xong, chạy: npm run check (lệnh này nêu tên từng trường còn thiếu).')}

${c('Bắt buộc. Tên văn bản hiện trên trang, viết thường như một câu. Ví dụ: Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2026')}
title: ""
${c(`Bắt buộc. Loại văn bản, một trong: ${list(documentTypes)}.`)}
type: ""
${c('Số hiệu đúng như văn bản in, kể cả khi để trống một phần: "Số 15-BC/ĐU", "Số -CV/ĐU". Văn bản không in số thì xoá dòng này.')}
number: ""
${c('Cơ quan ban hành văn bản.')}
issuer:
${c('Bắt buộc. Tên phường, không có chữ "phường": Gia Viên.', '  ')}
  ward: ""
${c('Bắt buộc. Cơ quan ban hành: Đảng ủy phường Gia Viên, Ban Chấp hành Đảng bộ phường Gia Viên.', '  ')}
  body: ""
${c('Chỉ khi văn bản không in tên cơ quan ban hành: ghi vì sao biết (bỏ dấu # ở đầu dòng dưới).', '  ')}
  # note: ""
${c('Phần đầu văn bản, đúng từng dòng như văn bản in.')}
header:
${c('Các dòng tên cơ quan ở góc trái, mỗi dòng một gạch đầu dòng. Ví dụ:', '  ')}
  #   - ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
  #   - ĐẢNG ỦY PHƯỜNG GIA VIÊN
  issuerLines: []
${c('Dòng địa danh, ngày tháng: "Gia Viên, ngày 05 tháng 4 năm 2026". Văn bản không in thì xoá dòng này.', '  ')}
  placeDate: ""
${c('Tên loại văn bản in đậm giữa trang, mỗi dòng một gạch đầu dòng, ví dụ: [BÁO CÁO]. Không có thì để [].', '  ')}
  heading: []
${c('Nơi ban hành, nếu văn bản in (bỏ dấu # ở đầu dòng dưới): Gia Viên.')}
# place: ""
${c('Bắt buộc. Ngày ban hành bằng số: year (năm), month (tháng), day (ngày). Văn bản để trống ngày thì xoá dòng day; để trống cả tháng thì xoá cả month.')}
date:
  year:
  month:
  day:
${c('Chỉ khi ngày không in đủ: ghi ngày lấy từ đâu (bỏ dấu # ở đầu dòng dưới).')}
# dateNote: ""
${c('Người ký, như phần chữ ký in.')}
signer:
${c('Dòng thẩm quyền: T/M BAN THƯỜNG VỤ, T/L BAN THƯỜNG VỤ, KT. BÍ THƯ… Không có thì xoá dòng này.', '  ')}
  authority: ""
${c('Bắt buộc. Chức vụ: BÍ THƯ, PHÓ BÍ THƯ, CHÁNH VĂN PHÒNG…', '  ')}
  title: ""
${c('Bắt buộc. Họ và tên người ký.', '  ')}
  name: ""
${c('Bắt buộc. Trích yếu (dòng "V/v …" hoặc dòng in đậm dưới tên loại văn bản), đúng như văn bản in.')}
subject: ""
${c('Kính gửi: mỗi nơi một gạch đầu dòng, ví dụ "  - Ủy ban nhân dân phường,". Không có thì để [].')}
addressees: []
${c('Tiêu đề mục nơi nhận nếu văn bản in khác "Nơi nhận:" (bỏ dấu # ở đầu dòng dưới).')}
# recipientsLabel: "Nơi nhận:"
${c('Bắt buộc. Nơi nhận: mỗi dòng một gạch đầu dòng, đúng như văn bản in (kể cả dấu phẩy, dấu chấm cuối dòng). Ví dụ:')}
#   - Như trên,
#   - Lưu VPĐU.
recipients: []
${c('Số hiệu các văn bản được nhắc đến, mỗi số một gạch đầu dòng: "  - 14-CTr/TU". Không có thì để [].')}
cites: []
${c('Bắt buộc. Tóm tắt một đoạn ngắn (tối đa 600 ký tự) cho thẻ văn bản và khi chia sẻ: ai, làm gì, con số chính.')}
summary: ""
${c('Bắt buộc. Tên tệp văn bản gốc trong content/sources/ (.txt hoặc .docx), ví dụ 005_bao-cao-quy-i.txt. Trang được đối chiếu từng chữ với tệp này.')}
source: ""
---

`;
}

/** The next free `order` of the target sets (each set's place on /chi-tieu/). */
export function nextTargetOrder(dir: string): number {
  if (!existsSync(dir)) return 1;
  const orders = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).flatMap((n) => {
    try {
      const order = (parseYaml(readFileSync(join(dir, n), 'utf8')) as { order?: unknown } | null)?.order;
      return typeof order === 'number' ? [order] : [];
    } catch {
      return [];
    }
  });
  return Math.max(0, ...orders) + 1;
}

/** A new target set with one figure, blank where the editor must copy from the document. */
export function targetScaffold(order: number): string {
  const c = (text: string, indent = '') => comment(indent, text);
  return `${c('Bộ chỉ tiêu mới. Mỗi trường có chú thích ngay trên nó. Mọi chữ và số phải chép nguyên văn từ văn bản (kể cả dấu phẩy, dấu chấm trong số). Giá trị có dấu hai chấm ":" thì đặt trong ngoặc kép. Trường ghi "Bắt buộc" phải điền. Điền xong, chạy: npm run check (lệnh này nêu tên từng trường còn thiếu, và báo đoạn trích nào không có trong văn bản).')}

${c('Bắt buộc. Tên bộ trên trang, ví dụ: Chỉ tiêu năm 2026 của phường Gia Viên')}
title: ""
${c('Bắt buộc. Văn bản có các con số: tên tệp trong content/documents/, không có .mdx. Ví dụ: nghi-quyet-muc-tieu-chi-tieu-nam-2026')}
document: ""
${c('Thời hạn chung của các con số, như văn bản in: "năm 2026", "đến năm 2030". Nếu các con số khác thời hạn nhau thì xoá dòng này và ghi "when" ở từng con số.')}
when: ""
${c('Bắt buộc. Mục của văn bản có các con số, ví dụ: mục II.2')}
section: ""
${c('Thứ tự của bộ trên trang /chi-tieu/ (số nhỏ đứng trước). Đã điền sẵn số tiếp theo.')}
order: ${order}
${c('Bắt buộc. Một đoạn giới thiệu bộ số liệu. Con số nào ghi ở đây cũng phải đúng như văn bản.')}
summary: ""
figures:
${c('Mỗi con số bắt đầu bằng "- id:". Thêm con số: chép cả khối từ "- id:" đến hết "quote:" rồi sửa.', '  ')}
${c('Bắt buộc. Mã của con số: chữ thường không dấu, số, gạch ngang, không trùng trong tệp. Ví dụ: thu-ngan-sach', '  ')}
  - id: ""
${c('Số thứ tự in trong văn bản, nếu có (bỏ dấu # ở đầu dòng dưới): "(6)".', '    ')}
    # number: "(6)"
${c('Bắt buộc. Con số nói về điều gì, ví dụ: Tổng thu ngân sách nhà nước trên địa bàn', '    ')}
    label: ""
${c(`Loại con số, đúng như đề mục văn bản đặt nó: ${list(figureKinds)}.`, '    ')}
    kind: chi-tieu
${c('Thời hạn riêng của con số nếu khác "when" của bộ, như văn bản in (bỏ dấu # ở đầu dòng dưới).', '    ')}
    # when: "quý II/2026"
${c('Chỉ khi thời hạn không in trong đoạn trích hay đề mục trên nó: đoạn văn bản in thời hạn đó (bỏ dấu # ở đầu dòng dưới).', '    ')}
    # whenQuote: ""
${c(`Bắt buộc. Lĩnh vực, một trong: ${list(categories)}.`, '    ')}
    category: ""
${c('Bắt buộc. Các nhóm nhiệm vụ (số 1 đến 10, xem content/task-groups.yaml) mà con số phục vụ, ví dụ [1, 4]. Con số bao trùm mọi lĩnh vực thì ghi [].', '    ')}
    taskGroups:
${c('Chỉ số dùng để so sánh giữa các phường, một mã trong content/indicators.yaml (bỏ dấu # ở đầu dòng dưới nếu có).', '    ')}
    # indicator: giai-ngan-dau-tu-cong
${c('Giá trị: mỗi giá trị một gạch đầu dòng.', '    ')}
    values:
${c('Bắt buộc. text: cụm từ nguyên văn của đoạn trích có con số, kèm "trên", "từ … trở lên", "(nếu có)"… Ví dụ: "đạt trên 2.525 tỷ đồng".', '      ')}
      - text: ""
${c('value: con số đó, viết bằng dấu chấm thập phân, không có dấu chấm nghìn: 2525, 96.5. unit: đơn vị, ví dụ "%" hoặc tỷ đồng. Bỏ dấu # ở đầu hai dòng dưới khi có số.', '        ')}
        # value: 2525
        # unit: tỷ đồng
${c('Khi con số có nhiều giá trị: label là tên từng giá trị, ví dụ "thu thuế ngoài quốc doanh". Con số là một phần của tổng ("11/19 chỉ tiêu"): of là tổng (19), parts là các phần khác văn bản nêu: [{ value: 8, label: chưa đến kỳ đánh giá }]. yearShare: true khi giá trị là tỷ lệ so với kế hoạch cả năm.', '        ')}
        # label: ""
        # of: 19
        # parts: []
        # yearShare: false
${c('Bắt buộc. Đoạn trích: chép nguyên văn câu (hoặc mục) của văn bản có con số, nằm trong một đoạn của văn bản.', '    ')}
    quote: ""
${c('Ghi chú của người biên tập, hiện bên cạnh con số (bỏ dấu # ở đầu dòng dưới).', '    ')}
    # note: ""
${c('featured: true để hiện con số trên trang chủ (tối đa 3 con số mỗi bộ). chart: true để vẽ các giá trị thành biểu đồ cột (cần ít nhất hai số cùng đơn vị). comparisonNote: vì sao con số vẫn so sánh được với phường khác dù cách tính khác.', '    ')}
    # featured: false
    # chart: false
    # comparisonNote: ""
${c('Kết quả thực hiện chỉ tiêu theo từng kỳ báo cáo (chỉ dùng cho kind: chi-tieu). Mỗi kỳ một mục; bỏ dấu # ở đầu các dòng dưới rồi điền:', '    ')}
${c('when: kỳ báo cáo như báo cáo in ("quý I/2026"); reported: ngày của văn bản báo cáo ("05/04/2026"); document: văn bản báo cáo trong content/documents/ (không có .mdx); quote: câu nguyên văn của báo cáo có kết quả; values: như values ở trên, nhưng là số của báo cáo.', '    ')}
    # results:
    #   - when: "quý I/2026"
    #     reported: "05/04/2026"
    #     document: bao-cao-ket-qua-quy-i-2026
    #     quote: "Tổng thu ngân sách nhà nước trên địa bàn quý I/2026 ước đạt 700 tỷ đồng."
    #     values:
    #       - { text: "ước đạt 700 tỷ đồng", value: 700, unit: tỷ đồng }
`;
}
