import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/documents/schema.ts';
import { CONTENT_FOLDERS, DOCUMENTS_GLOB } from './lib/editing/content-files.ts';

// The same files the content rules check (editing/content-files.ts): clean names directly in content/documents.
const documents = defineCollection({
  loader: glob({ base: `./${CONTENT_FOLDERS.documents.dir}`, pattern: DOCUMENTS_GLOB }),
  schema: documentSchema,
});

export const collections = { documents };
