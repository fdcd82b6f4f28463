/**
 * Limits that keep one hostile or broken file from crashing or stalling the build. Each is far
 * above what an honest post needs; lib/schema/validate-content.ts turns a breach into a clear error.
 */

/** Largest post file, in UTF-8 bytes: a 1 MB code block fits, a runaway export or data dump does not. */
export const MAX_POST_BYTES = 2 * 1024 * 1024

/** Longest slug, in UTF-8 bytes: it becomes a folder name, and file systems stop at 255. */
export const MAX_SLUG_BYTES = 200

/**
 * Deepest nesting of lists and quotes a body may have. The Markdown parser slows down steeply and
 * then overflows the stack (5,000 levels took a minute, then crashed); honest posts stay below ten.
 */
export const MAX_NESTING_DEPTH = 200

/**
 * Characters no text file should hold: C0 controls other than tab, LF and CR (a NUL or an ESC
 * pasted from a terminal), lone surrogates and the noncharacters U+FFFE/U+FFFF. XML (feeds,
 * sitemaps) cannot carry them at all, and YAML and Markdown each treat them differently.
 */
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/u

export interface CharacterProblem {
  /** 1-based line of the first forbidden character. */
  line: number
  /** `U+0000` */
  codePoint: string
}

/** The first forbidden character of a text and its line, or null when there is none. */
export function findForbiddenCharacter(text: string): CharacterProblem | null {
  const match = FORBIDDEN_CHARACTER.exec(text)
  if (!match) return null
  const before = text.slice(0, match.index)
  const line = before.split('\n').length
  const code = match[0].codePointAt(0) ?? 0
  return { line, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` }
}

/** The first forbidden character inside a parsed value (YAML escapes such as "\0" make them too). */
export function findForbiddenInValue(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return findForbiddenCharacter(value)?.codePoint ?? null
  if (depth > 20 || value === null || typeof value !== 'object') return null
  for (const item of Array.isArray(value) ? value : Object.entries(value).flat()) {
    const found = findForbiddenInValue(item, depth + 1)
    if (found) return found
  }
  return null
}

/** Size in UTF-8 bytes, as the file takes on disk. */
export function utf8ByteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** `2.1 MB`, for messages. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** A value as a message shows it: JSON, cut short so a huge value cannot flood the log. */
export function previewValue(value: unknown, max = 60): string {
  const json = JSON.stringify(value) ?? String(value)
  return json.length > max ? `${json.slice(0, max)}…` : json
}
