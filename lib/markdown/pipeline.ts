import type { Root } from 'mdast'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeHighlight from 'rehype-highlight'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { all, createLowlight } from 'lowlight'
import { toString } from 'mdast-util-to-string'
import { unified, type Processor } from 'unified'
import type { VFile } from 'vfile'
import { visit, SKIP } from 'unist-util-visit'
import path from 'node:path'
import { postBundle, type PostBundle } from '../schema/bundles'
import { contentDir, publicDirs } from '../schema/content-sources'
import { rehypeEmbeds, rehypeGistLinks } from './embeds'
import { rehypeBundleFiles } from './rehype-bundle'
import { rehypeImageSize } from './rehype-image-size'
import { scanPage } from './page-scan'
import { readStoredRender, renderKey, storeRender, type RenderData, type StoredRender } from './render-store'
import { rehypeDiagrams } from './diagrams'
import { rehypeImageAlt } from './image-alt'
import { rehypeImageZoom } from './image-zoom'
import { KATEX_OPTIONS, rehypeKatex, remarkMath } from './math'
import { rehypeCodeBlocks, rehypeHeadingOutline, rehypeFigures, rehypeSiteLinks } from './rehype-site'
import { percentWidthClass, rehypePercentWidths, rehypeValidHtml } from './rehype-valid-html'
import { sanitizeSchema } from './sanitize-schema'
import { site } from '../config'
import { bodyWordsFor, type BodyWords } from './body-words'
import { parseFrontMatter } from '../schema/front-matter'

/** A post file's `lang:`, if its front matter says one. */
function languageOfPost(markdown: string): string | undefined {
  const parsed = parseFrontMatter(markdown)
  const lang = parsed.ok ? parsed.value.data.lang : undefined
  return typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : undefined
}

export { percentWidthClass }
// The sanitiser's allow-list lives on its own, so that the Markdown twins use it without the pipeline.
export { PROSE_CLASSES, sanitizeSchema } from './sanitize-schema'

/** Code languages people write that highlight.js knows under another name. */
const LANGUAGE_ALIASES: Record<string, string[]> = {
  protobuf: ['proto'],
  bash: ['sh', 'zsh', 'console', 'shell-session'],
  yaml: ['yml'],
  dockerfile: ['docker'],
}

let highlighter: ReturnType<typeof createLowlight> | undefined

/** Whether code marked with this language is highlighted; the pipeline shows unknown languages as plain text. */
export function isHighlightedLanguage(language: string): boolean {
  if (highlighter === undefined) {
    highlighter = createLowlight(all)
    highlighter.registerAlias(LANGUAGE_ALIASES)
  }
  return highlighter.registered(language)
}

/**
 * Made once per process: highlight.js registers its 192 grammars when the plugin is set up, and
 * Contentlayer sets up a new processor for every document. The transform keeps no state.
 */
const highlightCode = rehypeHighlight({ languages: all, aliases: LANGUAGE_ALIASES, detect: false })

/**
 * The one Markdown pipeline: Contentlayer runs it on every post, tests run it on fixtures.
 * GFM, formulas typeset by KaTeX, Mermaid diagrams drawn as SVG, raw HTML through GitHub's sanitiser (allowed players' iframes kept, sandboxed), GitHub-style
 * heading ids (Hangul kept) with anchors, highlighting that leaves unknown languages plain, the
 * blog's link and image rules, sizes of the site's own pictures, captioned figures, alt text taken
 * from captions and framed code blocks.
 */
export function configureMarkdown(processor: Processor, words: BodyWords = bodyWordsFor(undefined)): void {
  processor
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkKeepPlainText)
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      footnoteLabel: words.footnotes,
      footnoteBackLabel: words.footnoteBack,
    })
    .use(rehypeRaw)
    .use(rehypeGistLinks, words)
    .use(rehypeSanitize, sanitizeSchema)
    // After the sanitiser, which keeps `code.language-math` but would strip what these two write:
    // their output comes from KaTeX and the diagram renderer, not from the author's HTML.
    .use(rehypeKatex, KATEX_OPTIONS)
    .use(rehypeDiagrams, words)
    .use(rehypeEmbeds, words)
    // After the sanitiser, so heading ids carry no `user-content-` prefix and `#한글-제목` links work.
    .use(rehypeSlug)
    .use(rehypeHeadingOutline)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaLabel: words.headingAnchor },
      content: { type: 'text', value: '#' },
    })
    .use(() => highlightCode)
    .use(rehypeSiteLinks, { ownOrigins: site.legacyOrigins })
    .use(rehypePercentWidths)
    .use(rehypeBundleFiles)
    .use(rehypeImageSize, { publicDirs: publicDirs() })
    .use(rehypeFigures)
    .use(rehypeImageAlt)
    .use(rehypeImageZoom, words)
    .use(rehypeCodeBlocks)
    .use(rehypeValidHtml)
    .use(rehypeStringify)
}

/** Renders a whole Markdown file (front matter included, and ignored) to sanitised HTML. */
export async function renderMarkdown(markdown: string, bundle: PostBundle | null = null): Promise<string> {
  return (await renderPost(markdown, bundle)).html
}

/**
 * A whole post file rendered: its HTML, its plain text and the files the HTML depends on. A post kept
 * as a folder gives its bundle, whose files its relative addresses name (lib/markdown/rehype-bundle.ts).
 */
export async function renderPost(
  markdown: string,
  bundle: PostBundle | null = null,
): Promise<Omit<StoredRender, 'ids'>> {
  const processor = unified()
  // The words the body itself holds (anchors' names, footnotes, players' titles) in the post's language.
  configureMarkdown(processor as unknown as Processor, bodyWordsFor(languageOfPost(markdown)))
  const given: RenderData = { bundle }
  const result = await processor.process({ value: markdown, data: given as Record<string, unknown> })
  const data = result.data as RenderData
  return { html: String(result), plainText: data.plainText ?? '', dependencies: data.renderDependencies ?? [] }
}

/** Renders a post file and keeps the result in the render store (lib/markdown/render-store.ts). */
export async function renderAndStore(markdown: string, bundle: PostBundle | null = null): Promise<StoredRender> {
  const rendered = await renderPost(markdown, bundle)
  const entry = { ...rendered, ids: [...scanPage(rendered.html).ids] }
  storeRender(markdown, entry, undefined, bundle)
  return entry
}

const storeUse = { reused: 0, rendered: 0 }

/**
 * What Contentlayer runs on each document (contentlayer.config.ts): the render `npm run check`
 * stored for this exact text when there is one, else a render that is stored in turn. Contentlayer
 * keeps no HTML: its document's `body.html` stays empty and its `renderKey` field names the stored
 * render, which pages read (lib/content). Every document held in memory and written to disk by
 * Contentlayer (its cache, `_index.json` and one file per post, again after every edit in
 * `npm run dev`) is that much smaller. The processor's parser and compiler only carry the text in.
 */
export function configureStoredMarkdown(processor: Processor): void {
  processor.use(function storedRender(this: Processor) {
    const self = this as unknown as { parser: () => Root; compiler: () => string }
    self.parser = () => ({ type: 'root', children: [] })
    self.compiler = () => ''
    return async (_tree: Root, file: VFile) => {
      const text = String(file.value)
      const source = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData?.sourceFilePath
      const bundle = source ? postBundle(path.join(contentDir(), source), text) : null
      const stored = readStoredRender(text, undefined, bundle)
      storeUse[stored ? 'reused' : 'rendered'] += 1
      const entry = stored ?? (await renderAndStore(text, bundle))
      if (source)
        renderedDocuments.set(source, { key: renderKey(text, bundle), html: entry.html, plainText: entry.plainText })
    }
  })
}

/** How many documents took a stored render and how many were rendered, in this process. */
export function renderStoreUse(): Readonly<typeof storeUse> {
  return storeUse
}

/** The readable text of a Markdown file: no front matter, code, HTML or image addresses. */
export function markdownToPlainText(markdown: string): string {
  return plainTextOf(unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as Root)
}

/**
 * What Contentlayer's computed fields need of each document it just rendered, by source path: the
 * store key, the HTML (for the headings) and the plain text (for the reading time). Parsing is the
 * costliest step of the pipeline, so the text comes from the tree being rendered (and is stored
 * with its HTML) rather than parsed again. Handed over once (takeRendered).
 */
const renderedDocuments = new Map<string, RenderedDocument>()

export interface RenderedDocument {
  key: string
  html: string
  plainText: string
}

function remarkKeepPlainText() {
  return (tree: Root, file: VFile) => {
    ;(file.data as RenderData).plainText = plainTextOf(tree)
  }
}

/** What was rendered for a document Contentlayer processed (its `_raw.sourceFilePath`), handed over once. */
export function takeRendered(sourceFilePath: string): RenderedDocument | undefined {
  const rendered = renderedDocuments.get(sourceFilePath)
  renderedDocuments.delete(sourceFilePath)
  return rendered
}

/** Inline nodes: their text runs on with its neighbours ("[1편](/a/)과" reads "1편과", not "1편 과"). */
const PHRASING = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteReference',
  'image',
  'imageReference',
])

function plainTextOf(tree: Root): string {
  const kept: string[] = []
  visit(tree, (node) => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'html') return SKIP
    if (node.type === 'text' || node.type === 'inlineCode') kept.push(toString(node))
    // Blocks (paragraphs, headings, cells, items) and line breaks are apart from what follows.
    else if (node.type === 'break' || !PHRASING.has(node.type)) kept.push(' ')
    return undefined
  })
  return kept.join('').replace(/\s+/g, ' ').trim()
}
