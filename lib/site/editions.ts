/**
 * How the blog's editions point at each other (docs/editions.md): `hreflang` alternates in each
 * page's head and in the sitemap, and the language switch. A post links to its translations; any
 * other page, and a post without one, to the other editions' home pages.
 */
import { edition, editionHref, editionUrl, type Edition } from '../config'
import { getEditions, getTranslations, type Post } from '../content'

/** The `hreflang` of an edition: its language (`ko`, `en`), the whole language rather than one country's. */
export function hreflangOf(target: Edition): string {
  return target.language
}

/**
 * `hreflang` -> absolute URL for a page of this edition at `path` and its counterparts, with
 * `x-default` (the first edition's), or undefined when the page exists in one language only.
 */
export function languageAlternates(post?: Post, path = '/'): Record<string, string> | undefined {
  const counterparts = counterpartsOf(post, path)
  if (counterparts.length === 0) return undefined
  const all = [{ edition, path: post?.url ?? path }, ...counterparts]
  const entries = all.map((entry) => [hreflangOf(entry.edition), editionUrl(entry.edition, entry.path)] as const)
  const first = all.find((entry) => entry.edition.path === '')
  return Object.fromEntries([
    ...entries,
    ...(first !== undefined ? [['x-default', editionUrl(first.edition, first.path)] as const] : []),
  ])
}

/** The page's counterparts in the other editions: a post's translations, else the same list page or home. */
function counterpartsOf(post: Post | undefined, path: string): { edition: Edition; path: string }[] {
  if (post !== undefined)
    return getTranslations(post).map((other) => ({ edition: other.edition, path: other.post.url }))
  return getEditions()
    .filter((other) => other !== edition)
    .map((other) => ({ edition: other, path }))
}

/** A link of the language switch. */
export interface LanguageLink {
  edition: Edition
  /** Path from the host's root (base path included), to the translation or that edition's home. */
  href: string
  /** Whether it leads to this post in that language (else to that edition's home). */
  translated: boolean
}

/** Where the language switch leads from this page: one link per other edition. */
export function languageLinks(post?: Post): LanguageLink[] {
  const translations = post === undefined ? [] : getTranslations(post)
  return getEditions()
    .filter((other) => other !== edition)
    .map((other) => {
      const translation = translations.find((candidate) => candidate.edition === other)
      return translation !== undefined
        ? { edition: other, href: editionHref(other, translation.post.url), translated: true }
        : { edition: other, href: editionHref(other, '/'), translated: false }
    })
}
