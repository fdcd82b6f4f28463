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
