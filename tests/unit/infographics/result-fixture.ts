// A quarterly report of Gia Viên that exists only in tests (no committed document reports a result against a
// committed target yet), and the results it carries for Gia Viên's 2026 targets. Written as an editor would:
// the received text in content/sources/, the page in content/documents/, one `results:` entry a target.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPORT_ID = 'bao-cao-ket-qua-quy-i-2026-gia-vien';
export const REPORT_SOURCE = '900_bao-cao-quy-i-2026-gia-vien.txt';
export const REPORT_TITLE = 'Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2026 của Đảng ủy phường Gia Viên';
export const TARGETS_FILE = 'content/targets/gia-vien-2026.yaml';

export const REPORT_BODY = `Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ phường về mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2026, Ban Thường vụ Đảng ủy phường báo cáo kết quả quý I/2026 như sau:

## I- KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ I/2026

**1.** Tổng thu ngân sách nhà nước trên địa bàn quý I/2026 ước đạt 700 tỷ đồng; thu thuế ngoài quốc doanh ước đạt 190 tỷ đồng.

**2.** Kết nạp được 12 đảng viên mới.

**3.** Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,1%.

## II- NHIỆM VỤ QUÝ II/2026

Tiếp tục thực hiện các chỉ tiêu năm 2026 theo Nghị quyết của Ban Chấp hành Đảng bộ phường./.
`;

const SOURCE = `ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
ĐẢNG ỦY PHƯỜNG GIA VIÊN

ĐẢNG CỘNG SẢN VIỆT NAM

Gia Viên, ngày 05 tháng 4 năm 2026

Số 12-BC/ĐU

BÁO CÁO
kết quả thực hiện nhiệm vụ quý I năm 2026

Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ phường về mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2026, Ban Thường vụ Đảng ủy phường báo cáo kết quả quý I/2026 như sau:

I- KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ I/2026

1. Tổng thu ngân sách nhà nước trên địa bàn quý I/2026 ước đạt 700 tỷ đồng; thu thuế ngoài quốc doanh ước đạt 190 tỷ đồng.

2. Kết nạp được 12 đảng viên mới.

3. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,1%.

II- NHIỆM VỤ QUÝ II/2026

Tiếp tục thực hiện các chỉ tiêu năm 2026 theo Nghị quyết của Ban Chấp hành Đảng bộ phường./.

Nơi nhận:

- Thường trực Đảng ủy,
- Lưu VPĐU.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Trần Quang Tường
`;

export const REPORT_MDX = `---
title: ${REPORT_TITLE}
type: bao-cao
number: Số 12-BC/ĐU
issuer:
  ward: Gia Viên
  body: Đảng ủy phường Gia Viên
header:
  issuerLines:
    - ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
    - ĐẢNG ỦY PHƯỜNG GIA VIÊN
  placeDate: Gia Viên, ngày 05 tháng 4 năm 2026
  heading:
    - BÁO CÁO
date:
  year: 2026
  month: 4
  day: 5
signer:
  authority: T/M BAN THƯỜNG VỤ
  title: BÍ THƯ
  name: Trần Quang Tường
subject: kết quả thực hiện nhiệm vụ quý I năm 2026
recipients:
  - Thường trực Đảng ủy,
  - Lưu VPĐU.
summary: Đảng ủy phường Gia Viên báo cáo kết quả quý I/2026 của các chỉ tiêu năm 2026.
source: ${REPORT_SOURCE}
---

${REPORT_BODY}`;

/** The `results:` of the budget target (6): two values, each against the target value of the same label. */
export const BUDGET_RESULTS = `    results:
      - when: quý I/2026
        reported: "05/04/2026"
        document: ${REPORT_ID}
        quote: "Tổng thu ngân sách nhà nước trên địa bàn quý I/2026 ước đạt 700 tỷ đồng; thu thuế ngoài quốc doanh ước đạt 190 tỷ đồng."
        values:
          - { text: "ước đạt 700 tỷ đồng", value: 700, unit: tỷ đồng, label: tổng thu ngân sách nhà nước }
          - { text: "thu thuế ngoài quốc doanh ước đạt 190 tỷ đồng", value: 190, unit: tỷ đồng, label: thu thuế ngoài quốc doanh }
`;

/** A result in another unit than its target (12 party members against a rate of 3%): shown, never as progress. */
export const MEMBERS_RESULTS = `    results:
      - when: quý I/2026
        reported: "05/04/2026"
        document: ${REPORT_ID}
        quote: "Kết nạp được 12 đảng viên mới."
        values:
          - { text: "Kết nạp được 12 đảng viên mới", value: 12, unit: đảng viên }
`;

const BUDGET_QUOTE = '    quote: "(6)- Tổng thu ngân sách nhà nước trên địa bàn đạt trên 2.525 tỷ đồng; Thu thuế ngoài quốc doanh đạt trên 736 tỷ đồng."\n';
const MEMBERS_QUOTE = '    quote: "(1)- Phần đầu tỷ lệ kết nạp đảng viên mới đạt 3% tổng số đảng viên, đảm bảo hoàn thành chỉ tiêu Ban Thường vụ Thành ủy giao."\n';

/** Gia Viên's targets with results added under the budget target (and, if given, the party-members target). */
export function withResults(yaml: string, budget = BUDGET_RESULTS, members = ''): string {
  if (!yaml.includes(BUDGET_QUOTE) || !yaml.includes(MEMBERS_QUOTE)) throw new Error('gia-vien-2026.yaml changed: update the result fixture');
  return yaml.replace(BUDGET_QUOTE, BUDGET_QUOTE + budget).replace(MEMBERS_QUOTE, MEMBERS_QUOTE + members);
}

/** Writes the report's received text into a content copy. */
export function writeReportSource(root: string): void {
  writeFileSync(join(root, 'content/sources', REPORT_SOURCE), SOURCE);
}

/** Writes the report (page and received text) into a content copy. */
export function writeReport(root: string): void {
  writeReportSource(root);
  writeFileSync(join(root, 'content/documents', `${REPORT_ID}.mdx`), REPORT_MDX);
}
