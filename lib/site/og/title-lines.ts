/**
 * Line breaking for the title on a social image. Korean headlines break between words only
 * (CSS `word-break: keep-all`); a word too wide for a line on its own is split between graphemes
 * as a last resort (`overflow-wrap: anywhere`, as on the site), so nothing ever overflows.
 */

/** Width in pixels of one line of text at a font size. */
export type Measure = (text: string, fontSize: number) => number

export interface TitleStep {
  fontSize: number
  maxLines: number
}

export interface TitleLayout {
  fontSize: number
  lines: string[]
  /** True when the title did not fit even at the last step and ends in an ellipsis. */
  truncated: boolean
}

export const ELLIPSIS = '…'

const graphemeSegmenter = new Intl.Segmenter('ko', { granularity: 'grapheme' })

function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment)
}

/** Splits a word that is wider than a line into pieces that each fit. */
function splitWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const grapheme of graphemes(word)) {
    // A single grapheme always goes somewhere, even if the line is absurdly narrow.
    if (piece !== '' && !fits(piece + grapheme)) {
      pieces.push(piece)
      piece = grapheme
    } else {
      piece += grapheme
    }
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/** The words of a title: runs of non-space characters, with Unicode normalised. */
export function splitWords(title: string): string[] {
  return title
    .normalize('NFC')
    .split(/\s+/u)
    .filter((word) => word !== '')
}

/**
 * The title without the characters the font cannot draw (emoji, Hanja in a Hangul font), which
 * would otherwise show as empty boxes; the spaces they leave are tidied. A title with nothing
 * drawable is kept whole, since boxes say more than an empty card.
 */
export function keepDrawable(title: string, canDraw: (codePoint: number) => boolean): string {
  const normalized = title.normalize('NFC')
  const kept = Array.from(normalized)
    .filter((char) => /\s/u.test(char) || canDraw(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim()
  return kept === '' ? normalized : kept
}

/** Greedy keep-all wrapping of words into lines no wider than `fits` allows. */
export function wrapWords(words: readonly string[], fits: (text: string) => boolean): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line !== '') lines.push(line)
    if (fits(word)) {
      line = word
      continue
    }
    const pieces = splitWord(word, fits)
    lines.push(...pieces.slice(0, -1))
    line = pieces.at(-1) ?? ''
  }
  if (line !== '') lines.push(line)
  return lines
}

/** Shortens a line until it fits with an ellipsis after it, dropping whole words while it has several. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  let kept = line
  while (kept !== '' && !fits(kept + ELLIPSIS)) {
    const lastSpace = kept.lastIndexOf(' ')
    kept = lastSpace > 0 ? kept.slice(0, lastSpace) : graphemes(kept).slice(0, -1).join('')
  }
  return kept + ELLIPSIS
}

/**
 * Lays the title out at the first (largest) step where it fits; if it fits at none, uses the last
 * step and ends its last line with an ellipsis at a word boundary.
 */
export function layoutTitle(
  title: string,
  steps: readonly TitleStep[],
  maxWidth: number,
  measure: Measure,
): TitleLayout {
  const last = steps.at(-1)
  if (last === undefined) throw new Error('layoutTitle needs at least one step')
  const words = splitWords(title)
  const fitsAt = (fontSize: number) => (text: string) => measure(text, fontSize) <= maxWidth
  for (const step of steps) {
    const lines = wrapWords(words, fitsAt(step.fontSize))
    if (lines.length <= step.maxLines) return { fontSize: step.fontSize, lines, truncated: false }
  }
  const fits = fitsAt(last.fontSize)
  const kept = wrapWords(words, fits).slice(0, last.maxLines)
  const lastLine = kept.pop() ?? ''
  return { fontSize: last.fontSize, lines: [...kept, withEllipsis(lastLine, fits)], truncated: true }
}
