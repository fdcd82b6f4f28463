/**
 * Jekyll's "pretty" slugify (Utils.slugify(mode: "pretty", cased: true)), which the old blog's
 * `/:title/` permalinks used: letters of any script, digits, marks and `._~!$&'()+,;=@` are
 * kept; every other run of characters (spaces, `[`, `]`, `?`, `#`, `/`, ...) becomes one hyphen;
 * hyphens at either end are dropped. Capitals stay, so old URLs stay the same.
 */
const PRETTY_DISALLOWED = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu

/** Slugifies like Jekyll's pretty mode (case kept). */
export function slugifyPretty(text: string): string {
  return text.normalize('NFC').replace(PRETTY_DISALLOWED, '-').replace(/^-|-$/g, '')
}

const POST_FILE_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(md|markdown)$/

/** The Markdown file of a post kept as a folder with its files (`posts/2026-12-01-title/index.md`). */
export const BUNDLE_INDEX = 'index.md'

/**
 * The name a post's slug and date come from: the file's own name, or for a post kept as a folder
 * (`posts/2026-12-01-title/index.md`) the folder's name as if it were the file (`2026-12-01-title.md`).
 * Takes a path with `/` or the platform's separator.
 */
export function postFileName(filePath: string): string {
  const parts = filePath.split(/[\\/]/)
  const name = parts[parts.length - 1] ?? filePath
  const folder = parts[parts.length - 2]
  return name === BUNDLE_INDEX && folder !== undefined && folder !== '' ? `${folder}.md` : name
}

export interface PostFileName {
  /** `YYYY-MM-DD` from the file name. */
  day: string
  /** The part after the date, before the extension, as written. */
  title: string
}

/** Splits `2019-12-06-kubecon-1.md` into its day and title part, or null if it does not match. */
export function parsePostFileName(fileName: string): PostFileName | null {
  const match = POST_FILE_NAME.exec(fileName.normalize('NFC'))
  if (!match) return null
  const [, y, m, d, title = ''] = match
  return { day: `${y}-${m}-${d}`, title }
}

/** The post's slug: the `slug` field if given, else the file name after the date, both slugified as Jekyll did. */
export function derivePostSlug(fileName: string, slugField?: string | null): string {
  if (slugField !== undefined && slugField !== null && slugField.trim() !== '') {
    return portableSegment(slugifyPretty(slugField))
  }
  const parsed = parsePostFileName(fileName)
  const base = parsed ? parsed.title : fileName.replace(/\.(md|markdown)$/, '')
  return portableSegment(slugifyPretty(base))
}

/** Names Windows keeps for devices, whatever follows a dot (`CON`, `nul.txt`, `COM1`). */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i

/**
 * A folder name every checkout and host can hold: Windows cannot create `CON/`, `NUL/` or a name
 * ending in a dot or space (`end./`), and some hosts refuse them too. The dots and spaces at the end
 * go; a device name gets a hyphen (`con` -> `con-`). Other names are returned as they are.
 */
export function portableSegment(segment: string): string {
  const trimmed = segment.replace(/[. ]+$/, '')
  if (trimmed === '') return segment
  return DEVICE_NAME.test(trimmed) ? `${trimmed}-` : trimmed
}

/** A folder name longer than this in UTF-8 cannot be written by most file systems (255), with room for Next's suffixes. */
export const MAX_SEGMENT_BYTES = 200
