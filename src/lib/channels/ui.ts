// What the bulletin and listening controls say, in Vietnamese.
import { formatDuration } from './reading-time.ts';

/** The listening controls' words: the player (in the browser) imports only these. */
export const listenUi = {
  label: 'Nghe đọc',
  startBulletin: 'Nghe bản tin',
  startDocument: 'Nghe văn bản',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục',
  stop: 'Dừng',
  from: 'Đọc từ',
  fromStart: 'Đầu văn bản',
  reading: 'Đang đọc',
  paused: 'Đã tạm dừng',
} as const;

export const channelsUi = {
  bulletin: {
    heading: 'Bản tin phát thanh',
    intro: 'Lời đọc cho đài truyền thanh phường và loa của các tổ dân phố: nguyên văn các câu của văn bản, trước mỗi văn bản có dòng "Theo …" nói rõ văn bản của phường nào.',
    readingTime: (label: string) => `Thời lượng đọc: ${label}.`,
    parts: (n: number, minutes: number) => `Chia ${n} phần, mỗi phần không quá ${minutes} phút.`,
    show: 'Xem lời bản tin',
    part: (n: number, total: number, seconds: number) => `Phần ${n}/${total} (${formatDuration(seconds)})`,
    download: 'Tải bản tin (.txt)',
    all: 'Tất cả bản tin phát thanh',
  },
  listen: listenUi,
  page: {
    title: 'Bản tin phát thanh',
    intro: (ward: string) => `Lời đọc cho đài truyền thanh phường ${ward} và hệ thống loa truyền thanh của các tổ dân phố, theo Kế hoạch tuyên truyền (mục III.1). Mỗi bản tin ghép nguyên văn các câu của văn bản; trước các câu của mỗi văn bản có dòng "Theo …" nói rõ văn bản, phường, loại và thời hạn; chỉ tiêu của phường khác được nói rõ là để tham khảo.`,
    rate: (rate: number, minutes: number) => `Thời lượng tính theo tốc độ đọc ${rate} tiếng mỗi phút; bản tin dài hơn ${minutes} phút được chia thành nhiều phần, mỗi phần có lời mở đầu và lời kết.`,
    groups: 'Mười nhóm nhiệm vụ, giải pháp trọng tâm',
    sets: 'Các bộ chỉ tiêu',
    open: 'Xem trên trang',
    total: (n: number) => `${n} bản tin`,
  },
} as const;
