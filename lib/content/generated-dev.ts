/**
 * `next dev` only (lib/content/index.ts imports it there): an import of the stamp Contentlayer
 * rewrites after each generation (lib/content/generated-files.ts). The stamp changing makes Next
 * reload the open page in the browser, so an edited post shows without a keystroke. The documents
 * are not read here: lib/content/index.ts reads them again whenever the stamp's text differs from
 * the one it last read, whether or not the bundler noticed the change. (Imported, the whole blog's
 * JSON, 30 MB at 1,000 posts, went through the bundler after every edit, which took minutes.)
 */
import generation from '@/.contentlayer/generation.json' with { type: 'json' }

export const generatedAt: string = generation.generatedAt
