/**
 * Which pages of a dynamic route `next build` renders. A full build renders them all. A partial
 * build (pipeline/incremental/partial-export.ts decides one when only the bodies of some posts or pages changed)
 * names those documents in `next build`'s environment (`EXPORT_ONLY`, a JSON list of slugs): the post route renders just them, and
 * every other dynamic route only its first page, since its pages show nothing those edits changed
 * and the previous export already holds them. Every `generateStaticParams` in app/ returns through
 * `exportedParams`, so no route can miss the rule (lib/site/export-scope.test.ts reads app/ to check).
 */
/** The environment variable of `next build` that lists a partial build's documents (slugs, as in `/slug/`). */
export const EXPORT_ONLY_ENV = 'EXPORT_ONLY'

/** Reads the list a partial build names; null in a full build. */
export function readExportOnly(raw: string | undefined = process.env[EXPORT_ONLY_ENV]): ReadonlySet<string> | null {
  if (!raw) return null
  const slugs: unknown = JSON.parse(raw)
  if (!Array.isArray(slugs) || !slugs.every((slug) => typeof slug === 'string'))
    throw new Error(`${EXPORT_ONLY_ENV}: 다시 렌더할 문서의 slug 목록(JSON 문자열 배열)이어야 합니다`)
  return new Set(slugs.map((slug) => slug.normalize('NFC')))
}

let exportOnly: ReadonlySet<string> | null | undefined

/**
 * A route's params as this build renders them: all of them, or in a partial build the documents it
 * names (when `slugOf` tells a param's document) and otherwise the first param alone (Next needs at
 * least one page per dynamic route; rendering it again writes the same bytes).
 */
export function exportedParams<T>(
  params: readonly T[],
  slugOf?: (param: T) => string,
  only: ReadonlySet<string> | null = (exportOnly ??= readExportOnly()),
): T[] {
  if (only === null) return [...params]
  const named = slugOf ? params.filter((param) => only.has(slugOf(param).normalize('NFC'))) : []
  return named.length > 0 ? named : params.slice(0, 1)
}
