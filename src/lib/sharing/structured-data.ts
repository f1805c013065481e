// Structured data (schema.org JSON-LD) for each kind of page: the site and its publisher, a document, a target
// set as a Dataset with its downloads, and the breadcrumbs. Plain objects; the layout serialises them.
import { isBlankNumber } from '../documents/number.ts';

export interface Publisher { name: string; url: string }

export function websiteData(name: string, url: string, description: string, publisher: Publisher) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url,
    description,
    inLanguage: 'vi-VN',
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
  };
}

export interface DocumentFacts {
  title: string;
  url: string;
  type: string;
  number?: string | undefined;
  /** ISO, as precise as the document prints it ("2026-02"). */
  date: string;
  issuer: string;
  subject: string;
  summary: string;
}

export function documentData(d: DocumentFacts, publisher: Publisher) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DigitalDocument',
    name: d.title,
    url: d.url,
    genre: d.type,
    // As printed; a blank number ("Số -KL/ĐU") says so rather than pass for an identifier.
    ...(d.number ? { identifier: { '@type': 'PropertyValue', name: 'Số, ký hiệu', value: d.number, ...(isBlankNumber(d.number) ? { description: 'văn bản để trống số' } : {}) } } : {}),
    dateCreated: d.date,
    author: { '@type': 'GovernmentOrganization', name: d.issuer },
    about: d.subject,
    inLanguage: 'vi-VN',
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
  };
}

export interface DatasetFacts {
  title: string;
  url: string;
  description: string;
  creator: string;
  document: { title: string; url: string };
  downloads: Array<{ url: string; encodingFormat: string }>;
  keywords: string[];
}

export function datasetData(d: DatasetFacts, publisher: Publisher) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.title,
    url: d.url,
    description: d.description,
    creator: { '@type': 'GovernmentOrganization', name: d.creator },
    isBasedOn: { '@type': 'DigitalDocument', name: d.document.title, url: d.document.url },
    distribution: d.downloads.map((x) => ({ '@type': 'DataDownload', contentUrl: x.url, encodingFormat: x.encodingFormat })),
    keywords: d.keywords,
    inLanguage: 'vi-VN',
    isAccessibleForFree: true,
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
  };
}

export function breadcrumbData(items: Array<{ name: string; url: string }>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export const jsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
