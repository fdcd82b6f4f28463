import { findMathProblems } from '../../lib/markdown/math'

/**
 * TeX commands of kramdown's math that the old site's MathJax typeset and KaTeX, which the blog
 * renders with, does not know, each with the KaTeX command that draws the same: left as written, the
 * formula would stop the build. Only exact equivalents are here.
 */
const EQUIVALENTS: Readonly<Record<string, string>> = {
  // A box of upright text in the formula.
  mbox: 'text',
  // The double-struck (blackboard bold) letters and digits.
  mathbbm: 'mathbb',
}

const COMMAND = new RegExp(`\\\\(${Object.keys(EQUIVALENTS).join('|')})(?![A-Za-z])`, 'g')
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\S\n]*$/gm
const FORMULA = /\$\$[\s\S]*?\$\$/g

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

/** The Markdown with those commands replaced inside `$$…$$` (not in fenced code), and the 1-based lines changed. */
export function katexCommands(markdown: string): { text: string; lines: number[]; commands: string[] } {
  const lines = new Set<number>()
  const commands = new Set<string>()
  const replaceIn = (segment: string, at: number) =>
    segment.replace(FORMULA, (formula, offset: number) =>
      formula.replace(COMMAND, (_, name: string, inner: number) => {
        lines.add(lineAt(markdown, at + offset + inner))
        commands.add(`\\${name} → \\${EQUIVALENTS[name] ?? name}`)
        return `\\${EQUIVALENTS[name] ?? name}`
      }),
    )
  let text = ''
  let last = 0
  for (const fence of markdown.matchAll(FENCE)) {
    text += replaceIn(markdown.slice(last, fence.index), last) + fence[0]
    last = fence.index + fence[0].length
  }
  text += replaceIn(markdown.slice(last), last)
  return { text, lines: [...lines].sort((a, b) => a - b), commands: [...commands].sort() }
}

/**
 * The formulas that would stop the blog's check (lib/markdown/math.ts finds them, with the blog's
 * parser and KaTeX options), made text: `$$ # save log message` in a shell script kramdown read as
 * math, a display block with text after its opening `$$`. Every `$` in them is escaped, a lone one
 * too (`$(sed …)`, which the blog would read as math once it is prose). A formula typeset smaller
 * than written stays a formula. Returns the 1-based lines and KaTeX's reasons.
 */
export function untypesetFormulas(markdown: string): { text: string; lines: { line: number; reason: string }[] } {
  const found = findMathProblems(markdown).filter((problem) => !problem.capped)
  let text = markdown
  // From the end, so that the offsets before each formula stay right.
  for (const { start, end } of [...found].sort((a, b) => b.start - a.start))
    text = text.slice(0, start) + text.slice(start, end).replace(/(?<!\\)\$/g, '\\$') + text.slice(end)
  return { text, lines: found.map(({ line, reason }) => ({ line, reason })) }
}
