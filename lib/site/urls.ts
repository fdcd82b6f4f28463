/** Site-internal URLs of every kind of page, written once. Next adds the base path. */
export type ListKind = 'tags' | 'categories'

export function termUrl(kind: ListKind, slug: string): string {
  return `/${kind}/${slug}/`
}

export function authorUrl(id: string): string {
  return `/authors/${id}/`
}

export function seriesUrl(id: string): string {
  return `/series/${id}/`
}

/**
 * A static export needs at least one route per dynamic segment. A blog with no tags, series or
 * authors at all gets one placeholder route there, a page marked with `EMPTY_LIST_MARKER` that
 * the build removes from the export (pipeline/stages/prune-export.ts).
 */
export const EMPTY_LIST_PLACEHOLDER = '_'
export const EMPTY_LIST_MARKER = 'data-empty-list-placeholder'
/** The top folders whose dynamic routes may be placeholders. */
export const PLACEHOLDER_SECTIONS = ['tags', 'categories', 'series', 'authors'] as const
