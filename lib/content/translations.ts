/**
 * Which published posts are the same post in other languages (docs/editions.md): a post with
 * `translation_of: <slug>` translates the post of that address in another edition that is not a
 * translation itself (`/en/<slug>/` names the edition too). `npm run check` reports a name that
 * fits no post, or more than one; here such a post simply stands alone.
 */
import { readTranslationTarget } from '../schema/translations'

interface Translatable {
  slug: string
  lang?: string | undefined
  translation_of?: string | undefined
}

/** Each post that has translations, with the others of its group (original and translations). */
export function linkTranslations<T extends Translatable, E extends { path: string }>(
  posts: readonly T[],
  editionOf: (post: T) => E,
): Map<T, T[]> {
  const originals = posts.filter((post) => post.translation_of === undefined)
  const groups = new Map<T, T[]>()
  for (const translation of posts) {
    if (translation.translation_of === undefined) continue
    const { folder, slug } = readTranslationTarget(translation.translation_of)
    const found = originals.filter(
      (post) =>
        post.slug === slug &&
        editionOf(post) !== editionOf(translation) &&
        (folder === null || editionOf(post).path === folder),
    )
    if (found.length !== 1) continue
    const group = groups.get(found[0]!) ?? [found[0]!]
    // One translation per edition: a second (which the check refuses) is left out.
    if (group.some((member) => editionOf(member) === editionOf(translation))) continue
    group.push(translation)
    groups.set(found[0]!, group)
  }
  const linked = new Map<T, T[]>()
  for (const group of groups.values())
    for (const member of group)
      linked.set(
        member,
        group.filter((other) => other !== member),
      )
  return linked
}
