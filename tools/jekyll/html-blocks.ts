/**
 * kramdown read an HTML block from its opening tag to the matching closing tag, blank lines and all;
 * CommonMark ends raw HTML at the first blank line, so the rest of the element would be read as
 * Markdown: indented lines as code (a Liquid loop's cards showed as their source) and text as
 * paragraphs. In an element made only of markup (every line inside starts with a tag), the blank
 * lines are moved to just after its closing tag, so the whole element stays one HTML block and every
 * line after it keeps its number. `<pre>` and elements with `markdown="…"` are left as written.
 */

const BLOCK_TAGS =
  'address|article|aside|blockquote|center|details|dl|div|fieldset|figure|footer|form|header|main|nav|ol|section|table|ul|video'
const OPENS = new RegExp(`^ {0,3}<(${BLOCK_TAGS})(?=[\\s>/])`, 'i')

/** The 0-based index of the line holding the close of the element opened on `start`, or -1. */
function closingLine(lines: readonly string[], start: number, tag: string): number {
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'gi')
  const close = new RegExp(`</${tag}\\s*>`, 'gi')
  let depth = 0
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    depth += (line.match(open) ?? []).length - (line.match(close) ?? []).length
    if (depth <= 0) return index
  }
  return -1
}

/** The body with blank lines inside markup-only HTML elements moved after them, and the 1-based lines of the elements changed. */
export function keepHtmlBlocksWhole(markdown: string): { text: string; lines: number[] } {
  const lines = markdown.split('\n')
  const changed: number[] = []
  let fence: string | null = null
  let previousBlank = true
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== null || marker !== undefined) {
      if (fence === null) fence = marker ?? null
      else if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      previousBlank = false
      continue
    }
    const tag = previousBlank ? OPENS.exec(line)?.[1] : undefined
    previousBlank = line.trim() === ''
    if (tag === undefined || /\smarkdown\s*=/.test(line)) continue
    const end = closingLine(lines, index, tag)
    if (end <= index) continue
    const inside = lines.slice(index + 1, end + 1)
    const blanks = inside.filter((inner) => inner.trim() === '').length
    const markupOnly = inside.every((inner) => inner.trim() === '' || inner.trim().startsWith('<'))
    if (blanks === 0 || !markupOnly || inside.some((inner) => /<pre[\s>]/i.test(inner))) {
      index = end
      previousBlank = false
      continue
    }
    const kept = inside.filter((inner) => inner.trim() !== '')
    lines.splice(index + 1, end - index, ...kept, ...Array<string>(blanks).fill(''))
    changed.push(index + 1)
    index = end
    previousBlank = true
  }
  return { text: lines.join('\n'), lines: changed }
}
