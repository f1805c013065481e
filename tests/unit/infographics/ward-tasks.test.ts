import { describe, expect, it } from 'vitest';
import { fileDocuments, readDataFiles } from '../../../src/lib/editing/check.ts';
import { loadInfographicData } from '../../../src/lib/infographics/data.ts';
import { taskNumber, taskPlace, taskText } from '../../../src/lib/infographics/ward-tasks.ts';

const { data } = loadInfographicData(readDataFiles(), fileDocuments());
const task = (set: string, id: string) => data.wardTaskSets.find((s) => s.id === set)!.tasks.find((t) => t.id === id)!;

describe('ward tasks on a card', () => {
  it('numbers every ward\'s tasks in one style', () => {
    expect(taskNumber('(4)')).toBe('(4)');
    expect(taskNumber('4')).toBe('(4)');
    expect(taskNumber('4.')).toBe('(4)');
    expect(taskNumber('')).toBe('');
    const numbers = data.wardTaskSets.flatMap((s) => s.tasks.map((t) => taskNumber(t.number)));
    expect(numbers.every((n) => /^\(\d+\)$/.test(n))).toBe(true);
  });

  it('shows the whole quoted passage, not only its first sentence (P25)', () => {
    const t = task('gia-vien-2026', 'van-hoa-giao-duc-y-te-chuyen-doi-so');
    const text = taskText(t);
    expect(text.lead).toBe('Tăng cường quản lý văn hóa, giáo dục, y tế, chăm sóc sức khỏe Nhân dân.');
    expect(text.rest).toContain('Tập trung thực hiện đầy đủ các nhiệm vụ chuyển đổi số, cải cách hành chính');
    const tn = taskText(task('thuy-nguyen-quy-ii-2026', 'giai-phong-mat-bang'));
    expect(tn.rest).toContain('Tăng cường tối đa công tác dân vận');
  });

  it('drops the printed number from the passage (the card shows it once), and keeps every other word', () => {
    expect(taskText({ title: 'A b.', quote: '(4)- A b. C d.' })).toEqual({ lead: 'A b.', rest: 'C d.' });
    expect(taskText({ title: 'A b.', quote: '(1) A b.' })).toEqual({ lead: 'A b.', rest: '' });
    expect(taskText({ title: 'Phát triển giáo dục', quote: '7. Nhiệm vụ: Phát triển giáo dục' })).toEqual({ lead: 'Phát triển giáo dục', rest: '' });
    // A passage that does not open with the title is shown whole.
    expect(taskText({ title: 'X', quote: '(2) Y z.' })).toEqual({ lead: 'Y z.', rest: '' });
    for (const t of data.wardTaskSets.flatMap((s) => s.tasks)) {
      const { lead, rest } = taskText(t);
      expect(t.quote.endsWith(rest ? `${lead} ${rest}` : lead), t.id).toBe(true);
    }
  });

  it('says where the document prints the task', () => {
    expect(taskPlace('mục II.3', '(4)')).toBe('mục II.3 (4)');
    expect(taskPlace('mục III', '7')).toBe('mục III.7');
    expect(taskPlace('mục II', '')).toBe('mục II');
  });

  it('keeps the editor\'s note on the source\'s own slip "phân đầu" (P32)', () => {
    const t = task('gia-vien-2026', 'thu-ngan-sach-dat-dai-do-thi');
    expect(t.quote).toContain('phân đầu');
    expect(t.note).toMatch(/phấn đấu/);
  });
});
