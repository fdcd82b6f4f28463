/**
 * Jekyll's front matter defaults (`defaults:` in `_config.yml`), worked out for one file as
 * Jekyll 4's FrontmatterDefaults#all does: every set whose scope takes the file's path and type is
 * merged, a set with a longer scope path (or, at the same length, one that names a type) over
 * the ones before it. Scope keys other than `path` and `type` are ignored, as Jekyll ignores
 * them. Checked against Jekyll in test:jekyll-parity.
 */

import { stringify } from 'yaml'

export interface DefaultSet {
  scope: { path?: string; type?: string }
  values: Record<string, unknown>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Jekyll's deprecated singular types, as it renames them before matching. */
const TYPE_NAMES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' }

/** The valid sets of `defaults:` (a mapping with `values:`); Jekyll warns about and skips the others. */
export function readDefaultSets(defaults: unknown): DefaultSet[] {
  if (!Array.isArray(defaults)) return []
  return defaults.flatMap((set): DefaultSet[] => {
    if (!isRecord(set) || !isRecord(set.values)) return []
    const scope = isRecord(set.scope) ? set.scope : {}
    const type = scope.type === undefined || scope.type === null ? undefined : String(scope.type)
    return [
      {
        scope: {
          ...(typeof scope.path === 'string' ? { path: scope.path } : {}),
          ...(type === undefined ? {} : { type: TYPE_NAMES[type] ?? type }),
        },
        values: set.values,
      },
    ]
  })
}

/** Jekyll's sanitize_path: a leading `/` and a trailing one go. */
const sanitize = (path: string | undefined) => (path === undefined ? '' : path.replace(/^\/+/, '').replace(/\/+$/, ''))

/** A scope path with `*` as Ruby's Dir.glob reads it: `*` within one folder name, `**` across folders. */
function globPattern(scope: string): RegExp {
  const source = scope
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) =>
      part === '**' || part === '**/'
        ? '(?:.*/)?'
        : part === '*'
          ? '[^/]*'
          : part === '?'
            ? '[^/]'
            : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`)
}

function appliesPath(scopePath: string | undefined, path: string, collectionsDir: string): boolean {
  if (scopePath === undefined || scopePath === '') return true
  const file = sanitize(path)
  const stripped = (scope: string) =>
    collectionsDir !== '' && scope.startsWith(`${collectionsDir}/`) ? scope.slice(collectionsDir.length + 1) : scope
  if (scopePath.includes('*')) {
    // Dir.glob lists the files and folders the pattern names under the site's source (`/_posts/*`
    // names the disk's root, so nothing); the file is in scope when its path starts with one of
    // them, so with the file itself or one of its folders.
    if (scopePath.startsWith('/')) return false
    const pattern = globPattern(scopePath.replace(/^(\.\/)+/, ''))
    const parts = file.split('/')
    return parts.some((_, index) => {
      const prefix = parts.slice(0, index + 1).join('/')
      return pattern.test(prefix) && file.startsWith(stripped(prefix))
    })
  }
  // Jekyll compares the texts as written, not folder names: scope `_posts/en` also takes
  // `_posts/english/a.md`, and `/_posts` or `./_posts` takes nothing.
  return file.startsWith(stripped(scopePath))
}

/** Jekyll's has_precedence?: whether `next` is merged over what `previous` gave. */
function precedes(previous: DefaultSet['scope'] | null, next: DefaultSet['scope']): boolean {
  if (previous === null) return true
  const nextPath = sanitize(next.path)
  const previousPath = sanitize(previous.path)
  if (nextPath.length !== previousPath.length) return nextPath.length >= previousPath.length
  if (next.type !== undefined) return true
  return previous.type === undefined
}

/** Ruby's deep_merge_hashes: `over` wins, mappings present in both are merged key by key. */
function deepMerge(under: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...under }
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key]
    merged[key] = isRecord(below) && isRecord(value) ? deepMerge(below, value) : value
  }
  return merged
}

/**
 * The values `defaults:` gives the file at `path` (relative to the site's source, e.g.
 * `_posts/en/posts/2018-06-15-a.md`) of the given type (`posts`, `pages`, a collection's name).
 */
export function defaultsFor(
  sets: readonly DefaultSet[],
  path: string,
  type: string,
  collectionsDir = '',
): Record<string, unknown> {
  let merged: Record<string, unknown> = {}
  let previous: DefaultSet['scope'] | null = null
  for (const set of sets) {
    const typeFits = set.scope.type === undefined || set.scope.type === type
    if (!typeFits || !appliesPath(set.scope.path, path, collectionsDir)) continue
    if (precedes(previous, set.scope)) {
      merged = deepMerge(merged, set.values)
      previous = set.scope
    } else merged = deepMerge(set.values, merged)
  }
  return merged
}

/**
 * The fields `defaults:` gives a file that its own front matter does not have, among those `reads`
 * takes (the fields the blog or the import reads), as YAML sources for setFrontMatterFields: Jekyll
 * merged them under the file's own front matter, so the file's own value of a field wins.
 */
export function missingDefaults(
  own: Record<string, unknown>,
  defaults: Record<string, unknown>,
  reads: (field: string) => boolean,
): Record<string, string> {
  const added: Record<string, string> = {}
  for (const [field, value] of Object.entries(defaults)) {
    if (Object.hasOwn(own, field) || !reads(field) || value === undefined) continue
    const plain = value instanceof Date ? value.toISOString() : value
    // A list or mapping as one flow line (`[a, b]`), since setFrontMatterFields writes `field: <source>`.
    added[field] =
      typeof plain === 'object' && plain !== null
        ? stringify(plain, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trimEnd()
        : stringify({ v: plain }, { lineWidth: 0 }).replace(/^v: ?/, '').trimEnd()
  }
  return added
}
