// Site identity: one file (content/site.yaml) per ward deployment.
import { z } from 'astro/zod';
import { text } from '../editing/fields.ts';
import { webUrlField } from '../editing/url-field.ts';

export const siteSchema = z
  .object({
    ward: text('ward'),
    wardName: text('wardName'),
    city: text('city'),
    siteName: text('siteName'),
    theme: text('theme').optional(),
    description: text('description'),
    siteUrl: webUrlField('siteUrl'),
    base: z.string().regex(/^\/([\w-]+\/)*$/, { error: '"base" là đường dẫn con, bắt đầu và kết thúc bằng "/", ví dụ /tuyen-truyen/' }),
    portal: z.object({ name: text('portal.name'), url: webUrlField('portal.url') }).strict(),
    // Shown in the footer and on /gioi-thieu/. A value not known yet is a placeholder (placeholder.ts):
    // "[Cần điền] …" for text, an address at a ".invalid" domain for the e-mail; pages mark it "(chưa cập nhật)".
    contact: z.object({
      office: text('contact.office'),
      address: text('contact.address'),
      phone: text('contact.phone'),
      email: z.email({ error: '"contact.email" không đúng dạng thư điện tử. Nếu chưa có, ghi can-dien@example.invalid.' }),
    }).strict(),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
