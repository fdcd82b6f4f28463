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

function refsOf(values: readonly unknown[]): string[] {
  return values.flatMap((value) => (typeof value === 'string' && value.trim() !== '' ? [value.trim()] : []))
}

/**
 * The author references a post makes, in byline order: `author` first, then Jekyll's `authors`
 * list in the order written (a single string is one person), each reference once. Beside an
 * `authors` list, an `author` that names no registered author is left out: real Jekyll blogs put
 * a label for the group there ("Machine Learning Team", "tay, mason") and their themes showed the
 * list instead. Values that are not text are ignored here; `npm run check` reports them.
 */
export function listAuthorRefs(author: unknown, authors: unknown, isRegistered: (ref: string) => boolean): string[] {
  const list = refsOf(Array.isArray(authors) ? authors : [authors])
  const lead = refsOf([author]).filter((ref) => list.length === 0 || isRegistered(ref))
  return [...new Set([...lead, ...list])]
}

/** One person on a byline: the registered author when there is one, else only the name written. */
export interface PostAuthor<T extends AuthorLike = AuthorLike> {
  name: string
  author: T | null
}

/**
 * A post's authors from its `author` and `authors` fields, in byline order (listAuthorRefs), one
 * entry per person: an id and the display name of the same registered author (`seungpilpark` and
 * `박승필`) count once, where first named.
 */
export function resolveAuthors<T extends AuthorLike>(registered: readonly T[], author: unknown, authors: unknown): PostAuthor<T>[] {
  const refs = listAuthorRefs(author, authors, (ref) => findAuthor(registered, ref) !== null)
  const seen = new Set<string>()
  const resolved: PostAuthor<T>[] = []
  for (const ref of refs) {
    const found = findAuthor(registered, ref)
    const key = found ? `id:${found.id}` : `name:${ref}`
    if (seen.has(key)) continue
    seen.add(key)
    resolved.push({ name: found?.name ?? ref, author: found })
  }
  return resolved
}
