import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { LineNote } from './front-matter'
import { headingIds } from './links'

/**
 * How Jekyll's kramdown named headings (`auto_ids`, on by default), from the heading's text as
 * readers see it (Markdown marks and link addresses left out): with Jekyll's default `input: GFM`,
 * lower case, everything but letters, digits, `_`, `-`, spaces and tabs dropped, each space or tab a `-`;
 * with `input: kramdown`, everything before the first ASCII letter dropped, then everything but
 * ASCII letters, digits, spaces and `-`, spaces to `-`, lower case, `section` when nothing is left.
 * A repeated id gets `-1`, `-2`. `auto_id_prefix` goes before each.
 */
export interface KramdownIdRule {
  input: 'GFM' | 'kramdown'
  prefix: string
}

/** The rule from `_config.yml`'s `kramdown:` (Jekyll's defaults when it says nothing); null when `auto_ids: false`. */
export function kramdownIdRule(config: unknown): KramdownIdRule | null {
  const kramdown =
    typeof config === 'object' && config !== null ? (config as Record<string, unknown>).kramdown : undefined
  const options = typeof kramdown === 'object' && kramdown !== null ? (kramdown as Record<string, unknown>) : {}
  if (options.auto_ids === false) return null
  const input = typeof options.input === 'string' && options.input.toLowerCase() === 'kramdown' ? 'kramdown' : 'GFM'
  return { input, prefix: typeof options.auto_id_prefix === 'string' ? options.auto_id_prefix : '' }
}

function baseId(text: string, input: KramdownIdRule['input']): string {
  if (input === 'GFM')
    return text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, '')
      .replace(/[ \t]/g, '-')
  const id = text
    .replace(/^[^a-zA-Z]+/, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase()
  return id === '' ? 'section' : id
}

const ATX = /^( {0,3}#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/

/**
 * Writes kramdown's id onto each heading (`## Title {#kramdown-id}`) whose id the blog would give
 * otherwise, so that `#fragment` links written for the old site, in the post and from elsewhere,
 * still land. Headings that already name their id, and those whose ids agree, stay as written.
 */
export function keepKramdownIds(markdown: string, rule: KramdownIdRule): { text: string; converted: LineNote[] } {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as Root
  const blogIds = headingIds(markdown)
  const used = new Map<string, number>()
  const converted: LineNote[] = []
  const lines = markdown.split('\n')
  visit(tree, 'heading', (node: Heading) => {
    const index = (node.position?.start.line ?? 0) - 1
    const line = lines[index] ?? ''
    if (/\{#[\w-]+\}\s*$/.test(line)) return
    // kramdown names a heading by its text as readers see it (marks and link addresses left out).
    const base = baseId(toString(node), rule.input)
    const count = used.get(base)
    used.set(base, (count ?? -1) + 1)
    const id = `${rule.prefix}${count === undefined ? base : `${base}-${count + 1}`}`
    const heading = ATX.exec(line)
    if (!heading || node.position?.start.line !== node.position?.end.line) return
    if (id === '' || blogIds.has(id) || !/^[\w-]+$/.test(id)) return
    lines[index] = `${heading[1]} ${heading[2]} {#${id}}`
    converted.push({
      line: index + 1,
      message: `제목 id: kramdown이 붙인 #${id}를 제목에 적었습니다 (옛 링크가 그대로 갑니다)`,
    })
  })
  return { text: lines.join('\n'), converted }
}
