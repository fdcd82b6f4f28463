import { parseFrontMatter } from '../../lib/schema/front-matter'
import type { SourceFile } from '../../lib/schema/validate-content'
import { documentUrl, type CollectionSettings } from './collections'
import { importAuthor, type ImportedAuthor } from './config'
import { repairFrontMatter } from './front-matter'

/**
 * Authors kept as a collection (`_authors/eric.md`, the way Jekyll's own step-by-step guide does
 * it): the post's `author: eric` names a document by its `short_name` or its file name, and the
 * theme's byline printed that document's `name` (or `title`). Each such document becomes the
 * blog's author file; when Jekyll wrote a page for it (`output: true`), its old URL leads to the
 * author's page here.
 */
export interface CollectionAuthor {
  author: ImportedAuthor
  /** The document's file in the old site (`_authors/eric.md`). */
  source: string
  /** The URL Jekyll wrote the document at, or null when the collection had no output. */
  oldUrl: string | null
}

const AUTHOR_ID = /^[A-Za-z0-9][\w.-]*$/

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null

/** A document body as one line of plain text for `bio`: Markdown emphasis, links and tags taken off. */
function plainBio(body: string): string | null {
  const paragraph = body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .find((part) => part !== '' && !/^(#|\{%|<)/.test(part))
  if (paragraph === undefined) return null
  const plain = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim()
  return plain === '' ? null : plain
}

/** Front-matter names themes give an author's fields, by the author file's field. */
const SOURCES: Record<string, readonly string[]> = {
  name: ['name', 'display_name', 'title', 'full_name'],
  role: ['role', 'position', 'job_title', 'job'],
  bio: ['bio', 'description', 'excerpt'],
  avatar: ['avatar', 'image', 'picture', 'photo'],
  email: ['email'],
  github: ['github', 'github_username', 'username'],
  linkedin: ['linkedin', 'linkedin_username'],
}

/**
 * The authors of the site's collections: a collection is one of authors when it is called
 * `authors`, or when the posts' author references (`refs`) name its documents by `short_name` or
 * file name, and those are at least half of its documents or of the references. Each document is
 * keyed by the reference posts use for it.
 */
export function collectionAuthors(
  settings: CollectionSettings,
  files: readonly SourceFile[],
  refs: ReadonlySet<string>,
): CollectionAuthor[] {
  const result: CollectionAuthor[] = []
  for (const collection of settings.collections) {
    const prefix = `_${collection.name}/`
    const documents = files
      .filter((file) => file.path.startsWith(prefix) && /\.(md|markdown|html?)$/.test(file.path))
      .flatMap((file) => {
        // Read as Jekyll read it: a key written twice keeps its last value, and so on (repairFrontMatter).
        const repaired = repairFrontMatter(file.text.replace(/\r\n?/g, '\n'), {}).text
        const parsed = parseFrontMatter(repaired)
        if (!parsed.ok) return []
        const relative = file.path.slice(prefix.length)
        const base =
          relative
            .replace(/\.[^./]+$/, '')
            .split('/')
            .pop() ?? relative
        const data = parsed.value.data
        const keys = [text(data.short_name), text(data.author_id), base].filter((key): key is string => key !== null)
        return [
          { file, relative, data, body: parsed.value.body, keys, fieldLines: parsed.value.fieldLines, text: repaired },
        ]
      })
    // Another collection is the authors' when the posts' authors are mostly its documents, or its documents mostly
    // authors of posts: one speaker of a conference's 111 who also wrote a post does not make speakers authors.
    const named = documents.filter((document) => document.keys.some((key) => refs.has(key))).length
    const namedRefs = [...refs].filter((ref) => documents.some((document) => document.keys.includes(ref))).length
    const ofAuthors = named > 0 && (named * 2 >= documents.length || namedRefs * 2 >= refs.size)
    if (collection.name !== 'authors' && !ofAuthors) continue
    for (const document of documents) {
      const id = document.keys.find((key) => refs.has(key)) ?? document.keys[0] ?? ''
      // The id names the author file; a document no file name can stand for stays a page.
      if (!AUTHOR_ID.test(id)) continue
      const raw: Record<string, string> = {}
      for (const [field, names] of Object.entries(SOURCES)) {
        const value = names.map((name) => text(document.data[name])).find((found) => found !== null)
        if (value !== undefined && value !== null) raw[field] = value
      }
      const bio = raw.bio ?? plainBio(document.body)
      if (bio !== null) raw.bio = bio
      const author = importAuthor(id, raw)
      result.push({
        author,
        source: document.file.path,
        oldUrl: collection.output ? documentUrl(settings, collection, document.file.path, document) : null,
      })
    }
  }
  return result.sort((a, b) => (a.author.id < b.author.id ? -1 : a.author.id > b.author.id ? 1 : 0))
}
