// What the search index knows of a page besides its text: kind, wards, document type, date.
export const searchKinds = { 'van-ban': 'Văn bản', 'nhiem-vu': 'Nhiệm vụ', 'chi-tieu': 'Chỉ tiêu' } as const;

export interface SearchMeta {
  kind: keyof typeof searchKinds;
  wards: string[];
  documentType?: string | undefined;
  date?: string | undefined;
}
