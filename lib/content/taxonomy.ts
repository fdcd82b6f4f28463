import { slugifyPretty, portableSegment } from '../schema/slug'
import { termKey } from '../schema/terms'

/** A tag or category across the blog: one entry for all its spellings. */
export interface Term<P> {
  key: string
  /** The most used spelling (ties: the one that sorts first). */
  name: string
  /** URL segment under /tags/ or /categories/, unique within its kind. */
  slug: string
  posts: P[]
}

/**
 * The URL segment of a term: lower case, Jekyll's pretty slug rules (Hangul, `&`, `.`, `+` kept;
 * spaces, `/`, `#`, `?` and `%` become hyphens) and no leading dot, so it is one plain folder
 * name in out/ that a browser requests as it is.
 */
export function termSlug(name: string): string {
  return portableSegment(slugifyPretty(termKey(name)).replace(/^[.]+/, '').replace(/^-+/, ''))
}

/**
 * Groups terms over posts (already ordered as they should be listed), merging spellings that
 * differ only in case. Ordered by post count, most used first, then by name.
 */
export function buildTerms<P>(posts: readonly P[], termsOf: (post: P) => readonly string[]): Term<P>[] {
  const groups = new Map<string, { spellings: Map<string, number>; posts: P[] }>()
  for (const post of posts) {
    for (const term of termsOf(post)) {
      const key = termKey(term)
      let group = groups.get(key)
      if (!group) {
        group = { spellings: new Map(), posts: [] }
        groups.set(key, group)
      }
      group.spellings.set(term, (group.spellings.get(term) ?? 0) + 1)
      if (group.posts[group.posts.length - 1] !== post) group.posts.push(post)
    }
  }
  const terms = [...groups].map(([key, group]) => {
    const [name = key] = [...group.spellings].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([s]) => s)
    return { key, name, slug: '', posts: group.posts }
  })
  terms.sort((a, b) => b.posts.length - a.posts.length || compareText(a.name, b.name))
  assignUniqueSlugs(terms)
  return terms
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Two different terms that slug alike (`C#` and `C`) get `-2`, `-3` in key order, deterministically. */
function assignUniqueSlugs(terms: { key: string; slug: string; name: string }[]): void {
  const byKey = [...terms].sort((a, b) => compareText(a.key, b.key))
  const used = new Set<string>()
  for (const term of byKey) {
    const base = termSlug(term.name) || 'term'
    let slug = base
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`
    used.add(slug)
    term.slug = slug
  }
}

/**
 * A post's tags that are not also one of its categories (by the same key the term pages use), so a
 * header never shows `news` and `#news` as two rows of the same word.
 */
export function tagsBesideCategories(post: { tagList: readonly string[]; categoryList: readonly string[] }): string[] {
  const categories = new Set(post.categoryList.map(termKey))
  return post.tagList.filter((tag) => !categories.has(termKey(tag)))
}
