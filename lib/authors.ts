export interface AuthorLike {
  id: string
  name: string
}

/**
 * The registered author a post's `author` field means: an id (`seungpilpark`) or the display
 * name the old blog used (`박승필`). Null when nobody is registered under it.
 */
export function findAuthor<T extends AuthorLike>(authors: readonly T[], ref: string | undefined): T | null {
  if (ref === undefined) return null
  const wanted = ref.trim()
  if (wanted === '') return null
  return authors.find((a) => a.id === wanted) ?? authors.find((a) => a.name.trim() === wanted) ?? null
}

/**
 * The author references a post makes, in byline order: `author` first (the blog's own field,
 * usually the main writer), then Jekyll's `authors` list in the order written (a single string
 * is one person). Blank and repeated references are dropped; anything that is not text is
 * ignored here, since `npm run check` reports it.
 */
export function listAuthorRefs(author: unknown, authors: unknown): string[] {
  const written = [author, ...(Array.isArray(authors) ? authors : [authors])]
  const refs: string[] = []
  for (const value of written) {
    if (typeof value !== 'string') continue
    const ref = value.trim()
    if (ref !== '' && !refs.includes(ref)) refs.push(ref)
  }
  return refs
}

/** One person on a byline: the registered author when there is one, else only the name written. */
export interface PostAuthor<T extends AuthorLike = AuthorLike> {
  name: string
  author: T | null
}

/**
 * A post's authors in byline order, one entry per person: an id and a display name of the same
 * registered author (`seungpilpark` and `박승필`) count once, where first named.
 */
export function resolveAuthors<T extends AuthorLike>(registered: readonly T[], refs: readonly string[]): PostAuthor<T>[] {
  const seen = new Set<string>()
  const resolved: PostAuthor<T>[] = []
  for (const ref of refs) {
    const author = findAuthor(registered, ref)
    const key = author ? `id:${author.id}` : `name:${ref}`
    if (seen.has(key)) continue
    seen.add(key)
    resolved.push({ name: author?.name ?? ref, author })
  }
  return resolved
}
