/**
 * kramdown, Jekyll's Markdown converter, wrote straight quotes in prose as typographic ones
 * (`"word"` as “word”, `it's` as it’s), and `---`, `--` and `...` as an em dash, an en dash and an
 * ellipsis (— – …); the blog's Markdown shows them as typed. Converting them in the imported
 * Markdown keeps what readers saw. Code (fenced, indented, inline), HTML tags and comments (one
 * line or many: `-->` must stay `-->`, and `<a` then `href="…">` on the next line stays a tag), link addresses, Liquid, math and autolinks are left exactly
 * as they are, as kramdown left them, and so are the
 * lines that are Markdown syntax made of dashes (rules, heading underlines, table delimiter rows).
 */

/** Spans of a line that are not prose: inline code, HTML tags, link addresses, Liquid, kramdown attributes, math, autolinks. */
const PROTECTED =
  /<!--[\s\S]*?-->|(`+)[\s\S]*?\1|<[^>\n]*>|\]\([^)\n]*\)|\]:\s*\S+.*$|\{[{%][\s\S]*?[}%]\}|\{:[^}\n]*\}|\$\$[\s\S]*?\$\$|https?:\/\/\S+/g

/** A line that is Markdown syntax made of dashes: a rule, a heading underline, a table's delimiter row. */
const DASH_SYNTAX = /^\s{0,3}(?:([-*_])(?:\s*\1){2,}|=+|-+)\s*$|^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/

const OPENS_AFTER = /[\s([{\-–—/]/

/** kramdown's typographic symbols, longest first, as its parser tries them. */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ['---', '—'],
  ['--', '–'],
  ['...', '…'],
]

function convertProse(text: string, before: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? ''
    const symbol = SYMBOLS.find(([typed]) => text.startsWith(typed, i) && text[i - 1] !== '\\')
    if (symbol !== undefined) {
      out += symbol[1]
      i += symbol[0].length - 1
      continue
    }
    if (char !== '"' && char !== "'") {
      out += char
      continue
    }
    const previous = i > 0 ? (text[i - 1] ?? '') : before
    const next = text[i + 1] ?? ''
    const opens = (previous === '' || OPENS_AFTER.test(previous)) && next !== '' && !/\s/.test(next)
    if (char === '"') out += opens ? '“' : '”'
    else out += opens ? '‘' : '’'
  }
  return out
}

/** One line of prose with its protected spans kept. */
function convertLine(line: string): string {
  let out = ''
  let last = 0
  for (const match of line.matchAll(PROTECTED)) {
    const start = match.index
    out += convertProse(line.slice(last, start), out.at(-1) ?? '')
    out += match[0]
    last = start + match[0].length
  }
  return out + convertProse(line.slice(last), out.at(-1) ?? '')
}

/**
 * The Markdown body with straight quotes in prose made typographic, and the lines (1-based, within
 * the body) where that changed something.
 */
export function smartenQuotes(body: string): { text: string; lines: number[] } {
  const lines = body.split('\n')
  const changed: number[] = []
  let fence: string | null = null
  let inHtmlBlock = false
  let previousBlank = true
  let inComment = false
  let inTag = false
  lines.forEach((line, index) => {
    // An HTML comment over several lines: kramdown wrote it out untouched, up to its `-->`.
    let head = ''
    if (inComment) {
      const end = line.indexOf('-->')
      if (end < 0) return
      inComment = false
      head = line.slice(0, end + 3)
      line = line.slice(end + 3)
      previousBlank = false
    }
    // The rest of a tag opened on an earlier line (`<a` then `href="…">`): its attributes stay as written.
    if (inTag) {
      const end = line.indexOf('>')
      if (end < 0) return
      inTag = false
      head += line.slice(0, end + 1)
      line = line.slice(end + 1)
      previousBlank = false
    }
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      previousBlank = false
      return
    }
    if (marker !== undefined) {
      fence = marker
      previousBlank = false
      return
    }
    // A comment opened on this line and closed on a later one.
    const opener = [...line.matchAll(/<!--[\s\S]*?(-->|$)/g)].find((match) => match[1] === '')
    let tail = opener === undefined ? '' : line.slice(opener.index)
    if (opener !== undefined) {
      inComment = true
      line = line.slice(0, opener.index)
    }
    // A tag left open at the end of the line, closed on a later one.
    const openTag = inComment ? null : /<[A-Za-z][\w:-]*(?:\s[^<>]*)?$/.exec(line)
    if (openTag !== null) {
      inTag = true
      tail = line.slice(openTag.index) + tail
      line = line.slice(0, openTag.index)
    }
    const blank = line.trim() === ''
    // Indented code, raw HTML blocks (until a blank line) and math blocks stay as written.
    if (previousBlank && /^\s*<[a-zA-Z!/]/.test(line)) inHtmlBlock = true
    if (blank) inHtmlBlock = false
    const code = previousBlank && /^( {4}|\t)/.test(line)
    previousBlank = blank
    if (blank || inHtmlBlock || code || /^\s*\$\$/.test(line) || DASH_SYNTAX.test(line)) return
    const converted = convertLine(line)
    if (converted !== line) {
      lines[index] = head + converted + tail
      changed.push(index + 1)
    }
  })
  return { text: lines.join('\n'), lines: changed }
}
