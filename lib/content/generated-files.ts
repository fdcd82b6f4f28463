/**
 * How lib/content/index.ts reads Contentlayer's output in a build (`next build`, build scripts): from
 * the JSON files on disk at run time, not through the bundler. Bundled, every post's body ends up
 * in several server chunks that every build worker loads (31 MB each at 1,000 posts); read here,
 * a worker holds every post's metadata and only the bodies of the pages it is rendering.
 */
import { createHash, randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Author, Page, Post, Series } from 'contentlayer/generated'
import { readRenderByKey, type StoredRender } from '../markdown/render-store'

/** Contentlayer's output folder, relative to the project the build runs in. */
export const GENERATED_DIR = path.resolve('.contentlayer/generated')

/**
 * A stamp Contentlayer rewrites after each generation (`onSuccess` in contentlayer.config.ts).
 * `next dev` imports it (lib/content/generated-dev.ts): a small module that changes whenever the
 * content does, so an edit reloads the open page while the documents themselves stay out of the bundle.
 */
export const GENERATION_STAMP = path.join('.contentlayer', 'generation.json')

/** A new stamp: the time, for people, and a random id, so two generations within a millisecond differ too. */
export function writeGenerationStamp(root = process.cwd()): void {
  const stamp = { generatedAt: new Date().toISOString(), id: randomUUID() }
  writeFileSync(path.join(root, GENERATION_STAMP), `${JSON.stringify(stamp)}\n`)
}

/** The current stamp's text, or '' before Contentlayer's first generation: what tells one generation from the next. */
export function readGenerationStamp(root = process.cwd()): string {
  try {
    return readFileSync(path.join(root, GENERATION_STAMP), 'utf8')
  } catch {
    return ''
  }
}

/** How many whole documents, and stored renders, stay in memory once read (a page, a feed's posts). */
const RECENT_READS = 64

/**
 * `load`, remembering the most recent `RECENT_READS` results by key: the large fields read on
 * demand, where a page and its feed ask for the same few posts.
 */
function recentlyRead<T>(load: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>()
  return (key) => {
    const cached = cache.get(key)
    if (cached !== undefined) {
      // Re-insert: a Map keeps insertion order, so the first key is always the least recently used.
      cache.delete(key)
      cache.set(key, cached)
      return cached
    }
    const value = load(key)
    cache.set(key, value)
    if (cache.size > RECENT_READS) cache.delete(cache.keys().next().value as string)
    return value
  }
}

/**
 * The JSON files a document type's barrel (`Post/_index.mjs`) imports: exactly the current
 * documents. Contentlayer leaves files of deleted documents in the folder, so it is not listed.
 */
export function listDocumentFiles(barrel: string): string[] {
  // Contentlayer writes each file name between quotes without escaping it, so a post named
  // `let's-go.md` gives `'./posts__…let's-go.md.json'`: the name runs to the last `.json'` of the
  // line (one import per line), not to the first quote.
  return [...barrel.matchAll(/^import [\w$]+ from '\.\/(.+\.json)'(?: (?:with|assert) \{ type: 'json' \})?;?$/gm)].map((match) => match[1] as string)
}

/**
 * A document's file, which `_index.mjs` lists. It can be missing while Contentlayer's watcher is
 * rewriting the folder (`npm run dev` just after a save, where the next request reads it again), or
 * after a generation that stopped half-way: both say so, rather than a bare ENOENT.
 */
function readDocumentFile(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    throw new Error(
      `${path.relative(process.cwd(), file)}이(가) 없습니다: Contentlayer가 아직 쓰는 중이거나(npm run dev에서는 ` +
        '다 쓰면 페이지가 저절로 다시 읽습니다) 중간에 멈췄습니다(npx contentlayer2 build를 다시 실행하세요)',
    )
  }
}

function readJson<T>(file: string): T {
  return JSON.parse(readDocumentFile(file).toString('utf8')) as T
}

function documentPaths(type: string, root: string): string[] {
  const dir = path.join(root, type)
  let barrel: string
  try {
    barrel = readFileSync(path.join(dir, '_index.mjs'), 'utf8')
  } catch {
    throw new Error(`${path.relative(process.cwd(), dir)}/_index.mjs is missing: run \`npx contentlayer2 build\` first`)
  }
  return listDocumentFiles(barrel).map((file) => path.join(dir, file))
}

/** Every document of a type (`Author`, `Series`), as Contentlayer wrote it. */
export function readDocuments<T>(type: string, root = GENERATED_DIR): T[] {
  return documentPaths(type, root).map((file) => readJson<T>(file))
}

/**
 * Documents already read, by file, with a hash of the text they had: `next dev` reads the folder
 * again after every edit (and Contentlayer's watcher rewrites every file, changed or not), and only
 * the edited post's file is parsed again. Kept on `globalThis` because `next dev` evaluates the
 * modules anew after a change.
 */
interface Remembered {
  hash: string
  document: Record<string, unknown>
}
const REMEMBERED = Symbol.for('blog.generated-files.remembered')
const remembered: Map<string, Remembered> = ((globalThis as Record<symbol, unknown>)[REMEMBERED] ??= new Map()) as Map<
  string,
  Remembered
>

/** A document's JSON without its large fields, parsed again only when its text changed. */
function readSmallFields(file: string, lazyFields: readonly string[]): Record<string, unknown> {
  const bytes = readDocumentFile(file)
  const hash = createHash('sha1').update(bytes).digest('hex')
  const key = `${lazyFields.join(',')}:${file}`
  const known = remembered.get(key)
  if (known?.hash === hash) return { ...known.document }
  const document = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
  for (const field of lazyFields) delete document[field]
  remembered.set(key, { hash, document })
  return { ...document }
}

/**
 * Every document of a type with its large fields (a post's or a page's `body`) read from its
 * file only when asked for. Those fields are not enumerable, so spreading or serialising a post
 * (props of a client component, JSON) never drags a body along by accident.
 */
export function readDocumentsWithLazyFields<T extends object>(type: string, lazyFields: readonly (keyof T & string)[], root = GENERATED_DIR): T[] {
  const documentIn = recentlyRead((file) => readJson<T>(file))
  return documentPaths(type, root).map((file) => {
    const document = readSmallFields(file, lazyFields)
    for (const field of lazyFields) {
      Object.defineProperty(document, field, {
        get: () => documentIn(file)[field],
        enumerable: false,
        configurable: true,
      })
    }
    return document as T
  })
}

/**
 * Gives documents whose HTML Contentlayer does not keep (lib/markdown/pipeline.ts) their `body.html`
 * and `plainText` from the stored render their `renderKey` names, read when asked for and not
 * enumerable, like the other large fields.
 */
export function withStoredRenders<T extends { renderKey: string; body: { raw: string } }>(
  documents: T[],
  readRender: (key: string) => StoredRender | null = readRenderByKey,
): T[] {
  const renderByKey = recentlyRead(readRender)
  const renderOf = (document: T & { _raw?: { sourceFilePath?: string } }): StoredRender => {
    const render = renderByKey(document.renderKey)
    if (render === null)
      throw new Error(
        `${document._raw?.sourceFilePath ?? document.renderKey}: 저장된 렌더(${document.renderKey})가 없습니다. ` +
          'npm run build로 다시 빌드하세요 (검사와 Contentlayer가 렌더를 저장합니다)',
      )
    return render
  }
  for (const document of documents) {
    const raw = Object.getOwnPropertyDescriptor(document, 'body')
    Object.defineProperty(document, 'body', {
      get: () => ({ ...(raw?.get ? raw.get() : raw?.value), html: renderOf(document).html }),
      enumerable: false,
    })
    Object.defineProperty(document, 'plainText', { get: () => renderOf(document).plainText, enumerable: false })
  }
  return documents
}

/** Every document Contentlayer wrote; the bodies of posts and pages read when asked for. */
export function readGenerated(root = GENERATED_DIR): {
  allPosts: (Post & { plainText: string })[]
  allAuthors: Author[]
  allSeries: Series[]
  allPages: Page[]
} {
  return {
    allPosts: withStoredRenders(readDocumentsWithLazyFields<Post>('Post', ['body'], root)) as (Post & {
      plainText: string
    })[],
    allAuthors: readDocuments<Author>('Author', root),
    allSeries: readDocuments<Series>('Series', root),
    allPages: withStoredRenders(readDocumentsWithLazyFields<Page>('Page', ['body'], root)),
  }
}
