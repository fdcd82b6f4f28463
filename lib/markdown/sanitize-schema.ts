import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import { WIDTH_CLASSES } from './rehype-valid-html'

/**
 * The only classes a post may set (components/post/prose.css styles them): the Jekyll importer
 * writes them for kramdown's `{: .center-image}` and `{: style="text-align: center"}`. Any other
 * class is dropped, so a post cannot borrow the layout's classes to cover the page.
 */
export const PROSE_CLASSES = [
  'align-center',
  'align-right',
  'align-left',
  'text-small',
  'text-muted',
  'text-italic',
  ...WIDTH_CLASSES,
] as const

const proseClasses = ['className', ...PROSE_CLASSES] as [string, ...string[]]

/**
 * GitHub's allow-list, plus what the old posts legitimately use: sized images, `<center>`,
 * figures, `<abbr>` with its title, `<small>`, the prose classes above, and
 * `<iframe>`, which lib/markdown/embeds.ts then keeps only for allowed players. `<style>` and friends are
 * removed with their contents, which would otherwise be left behind as visible text. Links and
 * images keep GitHub's protocols: `javascript:`, `vbscript:` and `data:` are dropped, `data:`
 * images included (they bloat pages and GitHub drops them too).
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style', 'noscript', 'template'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'center', 'iframe', 'figure', 'figcaption', 'abbr', 'small'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'title', 'width', 'height', proseClasses],
    div: [...(defaultSchema.attributes?.div ?? []), proseClasses],
    p: [proseClasses],
    span: [proseClasses],
    table: [...(defaultSchema.attributes?.table ?? []), proseClasses],
    abbr: ['title'],
    iframe: ['src', 'width', 'height', 'title', 'allowFullScreen'],
  },
}
