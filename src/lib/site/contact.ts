// The contact lines of the footer and the about page, from content/site.yaml: a placeholder is marked, never shown
// as if it were real, and never a link.
import type { SiteConfig } from './schema.ts';
import { isPlaceholder } from './placeholder.ts';
import { ui } from './ui.ts';

export interface ContactLine {
  key: 'office' | 'address' | 'phone' | 'email';
  label: string;
  /** The value to show; undefined when it is a placeholder (show ui.contact.missing). */
  value: string | undefined;
  href?: string | undefined;
}

/** "0225 3 123 456" → "tel:02253123456"; "+84 225 …" keeps its "+". */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function contactLines(contact: SiteConfig['contact']): ContactLine[] {
  const line = (key: ContactLine['key'], value: string, href?: (v: string) => string): ContactLine => {
    const real = isPlaceholder(value) ? undefined : value;
    return { key, label: ui.contact[key], value: real, href: real && href ? href(real) : undefined };
  };
  return [
    line('office', contact.office),
    line('address', contact.address),
    line('phone', contact.phone, telHref),
    line('email', contact.email, (v) => `mailto:${v}`),
  ];
}
