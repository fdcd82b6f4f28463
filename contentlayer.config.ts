import { contentDirExcludeDefault, defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files'
import { parseFrontMatterDate } from './lib/schema/dates'
import { configureStoredMarkdown, renderStoreUse, takeRendered, type RenderedDocument } from './lib/markdown/pipeline'
import { writeGenerationStamp } from './lib/content/generated-files'
import { parsePermalink } from './lib/schema/pages'
import { AUTHOR_FIELDS, PAGE_FIELDS, POST_FIELDS, SERIES_FIELDS, type FieldSpec } from './lib/schema/post-fields'
import { estimateReadingMinutes } from './lib/markdown/reading-time'
import { site } from './lib/config'
import { bundleCover, bundleOfPost } from './lib/schema/bundles'
import { derivePostSlug, parsePostFileName, postFileName } from './lib/schema/slug'
import { toTermList } from './lib/schema/terms'
import { extractHeadings } from './lib/markdown/toc'
import { findFirstPicture } from './lib/markdown/first-picture'

/** The schema comes from lib/schema/post-fields.ts, which `npm run check` and CONTRIBUTING.md share. */
function toFieldDefs(specs: Record<string, FieldSpec>): FieldDefs {
  const defs: FieldDefs = {}
  for (const [name, spec] of Object.entries(specs)) {
    const base = { description: spec.description, required: spec.required ?? false }
    switch (spec.kind) {
      case 'string':
      case 'date': // kept as written; computed `publishedAt` reads it in the blog's time zone
        defs[name] = { ...base, type: 'string' }
        break
      case 'boolean':
        defs[name] = { ...base, type: 'boolean' }
        break
      case 'number':
        defs[name] = { ...base, type: 'number' }
        break
      case 'terms':
      case 'names':
      case 'any':
        defs[name] = { ...base, type: 'json' }
        break
    }
  }
  return defs
}

/** The name the slug and date come from: the file's, or a folder post's folder (lib/schema/slug.ts postFileName). */
function fileName(doc: { _raw: { sourceFilePath: string } }): string {
  return postFileName(doc._raw.sourceFilePath)
}

/**
 * `slug` is both a front-matter field (the author's override) and a computed field of the same
 * name, which replaces it in the output with the final slug (lib/content/index.ts types it as such).
 */
function slugOf(doc: { _raw: { sourceFilePath: string }; slug?: string }): string {
  return derivePostSlug(fileName(doc), doc.slug)
}

/** A front-matter date read in the blog's time zone; the check step reports bad ones first. */
function toIso(doc: { _raw: { sourceFilePath: string } }, field: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const result = parseFrontMatterDate(raw, site.timeZone)
  if (!result.ok) throw new Error(`${doc._raw.sourceFilePath}: ${field}: ${result.reason}`)
  return result.iso
}

/**
 * What the Markdown step rendered for this document (lib/markdown/pipeline.ts): the key of the
 * stored render, its HTML and plain text. Contentlayer resolves a document's computed fields one
 * after another, right after rendering it, so the last one is kept for the fields that follow. A
 * render waiting for this document always wins over the kept one: in `contentlayer2 dev`, saving the
 * document rendered last renders the same file again, and the kept render is then the old text's.
 */
let lastRendered: { source: string; rendered: RenderedDocument } | null = null
function renderedOf(doc: { _raw: { sourceFilePath: string } }): RenderedDocument {
  const source = doc._raw.sourceFilePath
  const fresh = takeRendered(source)
  if (fresh !== undefined) lastRendered = { source, rendered: fresh }
  else if (lastRendered?.source !== source)
    throw new Error(`${source}: Markdown 렌더가 계산 필드보다 먼저 끝나지 않았습니다`)
  return lastRendered.rendered
}

/** Names the stored render pages read the HTML and plain text from (`body.html` stays empty). */
const renderKeyField = {
  type: 'string',
  description: '저장된 렌더(HTML, 본문 글자)의 키: .cache/render/<키>.json',
  resolve: (doc: { _raw: { sourceFilePath: string } }) => renderedOf(doc).key,
} as const

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.md',
  contentType: 'markdown',
  fields: toFieldDefs(POST_FIELDS),
  computedFields: {
    slug: { type: 'string', description: 'Jekyll의 /:title/ 규칙으로 만든 주소', resolve: slugOf },
    url: { type: 'string', description: '사이트 안의 경로 (/slug/)', resolve: (doc) => `/${slugOf(doc)}/` },
    image: {
      type: 'string',
      description: '커버 이미지 주소; 폴더로 둔 글의 ./그림.png는 그 파일이 게시되는 주소(/slug/그림.png)',
      resolve: (doc) => bundleCover(doc.image, bundleOfPost(doc._raw.sourceFilePath, slugOf(doc))),
    },
    publishedAt: {
      type: 'string',
      description: '발행 시각, ISO 8601 (+09:00)',
      resolve: (doc) => {
        const iso = toIso(doc, 'date', doc.date ?? parsePostFileName(fileName(doc))?.day)
        if (iso === undefined) throw new Error(`${doc._raw.sourceFilePath}: date: 날짜가 없고 파일 이름에도 없습니다`)
        return iso
      },
    },
    updatedAt: {
      type: 'string',
      description: '마지막 수정 시각, ISO 8601 (+09:00); 없으면 비어 있음',
      // An update dated before the post is no update (npm run check warns about it).
      resolve: (doc) => {
        const updated = toIso(doc, 'updated', doc.updated ?? doc.last_modified_at)
        const published = toIso(doc, 'date', doc.date ?? parsePostFileName(fileName(doc))?.day)
        return updated !== undefined && published !== undefined && Date.parse(updated) < Date.parse(published)
          ? undefined
          : updated
      },
    },
    tagList: {
      type: 'list',
      of: { type: 'string' },
      description: '정리된 태그',
      resolve: (doc) => toTermList(doc.tags),
    },
    categoryList: {
      type: 'list',
      of: { type: 'string' },
      description: '정리된 카테고리',
      resolve: (doc) => toTermList(doc.categories),
    },
    isDraft: {
      type: 'boolean',
      description: 'draft: true 또는 published: false',
      resolve: (doc) => doc.draft === true || doc.published === false,
    },
    readingMinutes: {
      type: 'number',
      description: '읽는 데 걸리는 분',
      resolve: (doc) => estimateReadingMinutes(renderedOf(doc).plainText),
    },
    headings: {
      type: 'json',
      description: '목차에 쓰는 본문 제목 (h2, h3: id, 글자, 단계)',
      resolve: (doc) => extractHeadings(renderedOf(doc).html),
    },
    firstPicture: {
      type: 'string',
      description: '본문의 첫 그림 주소 (렌더된 HTML 그대로, 목록 카드의 그림); 없으면 비어 있음',
      resolve: (doc) => findFirstPicture(renderedOf(doc).html),
    },
    renderKey: renderKeyField,
    sourcePath: {
      type: 'string',
      description: '저장소 안의 파일 경로',
      resolve: (doc) => `content/${doc._raw.sourceFilePath}`,
    },
  },
}))

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.yml',
  contentType: 'data',
  fields: toFieldDefs(AUTHOR_FIELDS),
  computedFields: {
    id: {
      type: 'string',
      description: '파일 이름에서 온 id',
      resolve: (doc) => doc._raw.sourceFileName.replace(/\.yml$/, ''),
    },
  },
}))

export const Series = defineDocumentType(() => ({
  name: 'Series',
  filePathPattern: 'series/*.yml',
  contentType: 'data',
  fields: toFieldDefs(SERIES_FIELDS),
  computedFields: {
    id: {
      type: 'string',
      description: '파일 이름에서 온 id',
      resolve: (doc) => doc._raw.sourceFileName.replace(/\.yml$/, ''),
    },
  },
}))

/** `npm run check` has already rejected a permalink that is not one segment; this only guards the build. */
function pageRouteOf(doc: { _raw: { sourceFilePath: string }; permalink: string }) {
  const route = parsePermalink(doc.permalink)
  if (route === null)
    throw new Error(
      `${doc._raw.sourceFilePath}: permalink: "${doc.permalink}"은(는) /about/ 같은 한 단계 주소가 아닙니다`,
    )
  return route
}

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.md',
  contentType: 'markdown',
  fields: toFieldDefs(PAGE_FIELDS),
  computedFields: {
    slug: {
      type: 'string',
      description: 'permalink에서 온 주소 조각 (contact)',
      resolve: (doc) => pageRouteOf(doc).slug,
    },
    url: { type: 'string', description: '사이트 안의 경로 (/contact/)', resolve: (doc) => pageRouteOf(doc).url },
    renderKey: renderKeyField,
  },
}))

process.once('beforeExit', () => {
  const { reused, rendered } = renderStoreUse()
  if (reused + rendered > 0) console.log(`Markdown: 저장된 렌더 ${reused}편 재사용, 새로 렌더 ${rendered}편`)
})

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  // Old Jekyll URLs that are not posts (pipeline/stages/write-legacy-redirects.ts reads it), not a document.
  contentDirExclude: [...contentDirExcludeDefault, 'legacy-urls.yml'],
  documentTypes: [Post, Author, Series, Page],
  // The render `npm run check` stored for each post, or a new one (lib/markdown/render-store.ts).
  markdown: (builder) => configureStoredMarkdown(builder),
  // `npm run check` reports problems precisely first; these make Contentlayer fail, never skip.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'ignore',
  disableImportAliasWarning: true,
  // After every generation, `contentlayer2 dev`'s too: the stamp `next dev` reloads on (lib/content/generated-dev.ts, lib/content/index.ts).
  onSuccess: async () => writeGenerationStamp(),
})
