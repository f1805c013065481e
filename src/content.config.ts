import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/documents/schema.ts';

const documents = defineCollection({
  loader: glob({ base: './content/documents', pattern: '**/*.mdx' }),
  schema: documentSchema,
});

export const collections = { documents };
