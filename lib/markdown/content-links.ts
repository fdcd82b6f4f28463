import { formatInTimeZone } from 'date-fns-tz'
import { editionOfLanguage, editions, site } from '../config'
import { parseFrontMatterDate } from '../schema/dates'
import { parseFrontMatter } from '../schema/front-matter'
import { parsePermalink } from '../schema/pages'
import { isBundleIndex, isRelativeReference } from '../schema/bundles'
import { DEFAULT_RESERVED_NAMES } from '../schema/reserved-names'
import { derivePostSlug, parsePostFileName, postFileName } from '../schema/slug'
import { toTermList } from '../schema/terms'
import { servedFileExists, type ContentSources, type Diagnostic } from '../schema/validate-content'
import { checkBodyLinks, type LinkTargets } from './source-links'

/**
 * `npm run check`'s link check: every post's internal links and #anchors, resolved against the
 * content itself. `renderedIds` holds the body ids of each post the render check rendered, by file.
 */
export function checkContentLinks(
  sources: ContentSources,
  renderedIds: ReadonlyMap<string, ReadonlySet<string>>,
  ownOrigins: readonly string[],
  /** Posts already reported with an error (one too deeply nested to parse among them): their links wait. */
  skip: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const slugs = new Map<string, string>()
  const unpublished = new Map<string, string>()
  const unpublishedAsWritten = new Map<string, string>()
  const ids = new Map<string, ReadonlySet<string>>()
  const paths = new Set<string>()
  const posts: {
    path: string
    slug: string
    body: string
    bodyStartLine: number
    published: boolean
    bundled: boolean
  }[] = []
  const now = sources.now ?? new Date()
  for (const file of sources.posts) {
    const name = postFileName(file.path)
    if (!name.endsWith('.md')) continue
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok) continue
    const fm = parsed.value
    const ownSlug = derivePostSlug(name, typeof fm.data.slug === 'string' ? fm.data.slug : undefined)
    if (ownSlug === '') continue
    // Another edition's post is `en/<slug>`, as it is linked to (`/en/<slug>/`).
    const folder = editionOfLanguage(typeof fm.data.lang === 'string' ? fm.data.lang : undefined).path
    const slug = folder === '' ? ownSlug : `${folder}/${ownSlug}`
    const hidden = whyUnpublished(fm.data, parsePostFileName(name)?.day, now)
    if (hidden === null) slugs.set(slug.toLowerCase(), slug)
    else {
      unpublished.set(slug.toLowerCase(), hidden)
      unpublishedAsWritten.set(slug.toLowerCase(), slug)
    }
    const rendered = renderedIds.get(file.path)
    if (rendered) ids.set(slug, rendered)
    for (const old of toTermList(fm.data.redirect_from)) paths.add(old.normalize('NFC'))
    if (!skip.has(file.path))
      posts.push({
        path: file.path,
        slug,
        body: fm.body,
        bodyStartLine: fm.bodyStartLine,
        published: hidden === null,
        // A folder post's relative addresses name its own files: lib/markdown/bundle-check.ts checks those.
        bundled: isBundleIndex(file.path),
      })
  }
  for (const file of sources.pages ?? []) {
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok || typeof parsed.value.data.permalink !== 'string') continue
    const route = parsePermalink(parsed.value.data.permalink)
    if (route === null) continue
    slugs.set(route.slug.toLowerCase(), route.slug)
    if (route.legacyPath !== null) paths.add(route.legacyPath)
  }
  const targets: LinkTargets = {
    unpublished,
    slugs,
    ids,
    paths,
    reserved: sources.reservedNames ?? DEFAULT_RESERVED_NAMES,
    publicFileExists: servedFileExists(sources),
    ownOrigins,
    editionFolders: new Set(editions.map((edition) => edition.path).filter((path) => path !== '')),
  }
  // A draft may link to another draft or a scheduled post: they are published together or not at all.
  const draftTargets: LinkTargets = {
    ...targets,
    slugs: new Map([...slugs, ...unpublishedAsWritten]),
  }
  return posts.flatMap((post) =>
    checkBodyLinks(
      post.body,
      post.bodyStartLine,
      post.slug,
      post.published ? targets : draftTargets,
      post.bundled ? (url) => !isRelativeReference(url) : undefined,
    ).map((problem): Diagnostic => ({
      severity: 'error',
      file: post.path,
      field: 'body',
      ...problem,
    })),
  )
}

/** Why the build leaves a post out (a draft, not published, scheduled for later), or null when it is published. */
function whyUnpublished(data: Record<string, unknown>, fileDay: string | undefined, now: Date): string | null {
  if (data.draft === true) return '초안(draft: true)'
  if (data.published === false) return '발행하지 않는 글(published: false)'
  const raw = typeof data.date === 'string' ? data.date : fileDay
  const read = raw === undefined ? null : parseFrontMatterDate(raw, site.timeZone)
  if (read?.ok && Date.parse(read.iso) > now.getTime())
    return `예약된 글(${formatInTimeZone(new Date(read.iso), site.timeZone, 'yyyy년 M월 d일 HH:mm')} 공개)`
  return null
}
