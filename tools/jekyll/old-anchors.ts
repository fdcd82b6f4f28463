import type { Heading, Paragraph, Root } from 'mdast'
import { Parser } from 'htmlparser2'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { replaceAddress, unlink, type OldIdLink } from './links'
import type { ReportItem } from './report'

/** How much of the text after an id the old page and the post must share for the id to find its place. */
const ENOUGH = 48
/** Shorter shared text than this names no place for certain. */
const AT_LEAST = 6

/** Readers' text, for comparing: white space runs made one space, brackets and the marks and bullets (●) before the first letter dropped. */
function comparable(text: string): string {
  return (
    text
      .normalize('NFC')
      // A reference link whose definition the post lacks (it came from an include) reads as its brackets.
      .replace(/\]\[[^\]\n]*\]/g, '')
      .replace(/[[\]]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .trim()
  )
}

/**
 * The ids of an old Jekyll page, each with the text readers saw from that element on (a plugin's
 * anchor on a list item, `<li id="lnd-10927">● LND #10927 tightens …`), as far as is needed to
 * find the same place in the post.
 */
export function readOldIds(html: string): Map<string, string> {
  const ids = new Map<string, string>()
  const open: { id: string; text: string }[] = []
  let skipping = 0
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' || name === 'style') skipping += 1
        const id = attributes.id
        if (id !== undefined && id !== '' && !ids.has(id)) open.push({ id, text: '' })
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && skipping > 0) skipping -= 1
      },
      ontext(text) {
        if (skipping > 0) return
        for (let i = open.length - 1; i >= 0; i -= 1) {
          const entry = open[i]
          if (entry === undefined) continue
          entry.text += text
          if (comparable(entry.text).length >= ENOUGH) {
            ids.set(entry.id, comparable(entry.text))
            open.splice(i, 1)
          }
        }
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  for (const entry of open) if (!ids.has(entry.id)) ids.set(entry.id, comparable(entry.text))
  return ids
}

/** Whether a block of the post starts as the old element's text did. */
function sameStart(block: string, old: string): boolean {
  const length = Math.min(ENOUGH, block.length, old.length)
  return length >= AT_LEAST && block.slice(0, length) === old.slice(0, length)
}

/**
 * Puts an empty `<a id>` at the start of the first paragraph or heading of a Markdown file whose
 * text starts as the old element's did (id -> that text, from readOldIds), so that links to the id
 * land where they landed on the old site. Returns the file and, for each id placed, its line; an id
 * whose text no block starts with is left out (the caller links to the page without it). An id
 * an element of the file already has (`<div id="x">`, a kramdown heading id) counts as placed, and
 * nothing is added (`added` lists the ids put in).
 */
export function placeOldIds(
  markdown: string,
  wanted: ReadonlyMap<string, string>,
): { text: string; placed: Map<string, number>; added: Set<string> } {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as Root
  const blocks: { text: string; offset: number; line: number }[] = []
  visit(tree, ['paragraph', 'heading'], (node) => {
    const block = node as Paragraph | Heading
    const first = block.children[0]?.position?.start
    if (first?.offset !== undefined)
      blocks.push({ text: comparable(toString(block, { includeHtml: false })), offset: first.offset, line: first.line })
  })
  const inserts: { offset: number; html: string }[] = []
  const placed = new Map<string, number>()
  const added = new Set<string>()
  for (const [id, oldText] of wanted) {
    // Already written on an element (a kramdown heading id the import kept): the blog gives it the same name.
    const written = markdown.search(new RegExp(`\\sid=["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`))
    if (written >= 0) {
      placed.set(id, markdown.slice(0, written).split('\n').length)
      continue
    }
    if (oldText === '' || !/^[\p{L}\p{N}_.:-]+$/u.test(id)) continue
    const block = blocks.find((candidate) => sameStart(candidate.text, oldText))
    if (block === undefined) continue
    inserts.push({ offset: block.offset, html: `<a id="${id}"></a>` })
    placed.set(id, block.line)
    added.add(id)
  }
  let text = markdown
  for (const insert of inserts.sort((a, b) => b.offset - a.offset))
    text = `${text.slice(0, insert.offset)}${insert.html}${text.slice(insert.offset)}`
  return { text, placed, added }
}

/** A link kept to an old page's id, with the file it is in (its path in the plan and its name in the report). */
export interface OldIdRequest extends OldIdLink {
  path: string
  file: string
}

/** A post or page of the plan, by its URL in the blog: where its file is, and the text its old page showed at an id. */
export interface OldIdTarget {
  path: string
  file: string
  oldText(id: string): string | null
}

/**
 * Puts on each target post the old page's ids that links kept (placeOldIds), and counts each in the
 * report: the id put on the post is a repair of that file, each link to it a converted link. A link
 * whose id found no place goes to the page without the fragment, and that needs a person.
 */
export function keepOldIds(
  files: { path: string; text: string }[],
  requests: readonly OldIdRequest[],
  targetOf: (url: string) => OldIdTarget | null,
): { links: ReportItem[]; repaired: ReportItem[]; needsHuman: ReportItem[] } {
  const result = { links: [] as ReportItem[], repaired: [] as ReportItem[], needsHuman: [] as ReportItem[] }
  const byPath = new Map(files.map((file) => [file.path, file]))
  const placedAt = new Map<string, Map<string, number>>()
  for (const url of new Set(requests.map((request) => request.target))) {
    const target = targetOf(url)
    const file = target === null ? undefined : byPath.get(target.path)
    if (target === null || file === undefined) continue
    const wanted = new Map<string, string>()
    for (const request of requests) if (request.target === url) wanted.set(request.id, target.oldText(request.id) ?? '')
    const outcome = placeOldIds(file.text, wanted)
    file.text = outcome.text
    placedAt.set(url, outcome.placed)
    for (const [id, line] of outcome.placed)
      if (outcome.added.has(id))
        result.repaired.push({
          file: target.file,
          line,
          message: `옛 페이지에 있던 id #${id}를 이 문단 앞에 붙였습니다 (다른 글의 링크가 그 자리로 갑니다)`,
        })
  }
  for (const request of requests) {
    if (placedAt.get(request.target)?.has(request.id)) {
      result.links.push({
        file: request.file,
        line: request.line,
        message: request.inPage
          ? `${request.url} (옛 페이지에 있던 id를 이 글에 붙여 그 자리로 갑니다)`
          : `${request.url} → ${request.address} (옛 페이지에 있던 id를 글에 붙여 그 자리로 갑니다)`,
      })
      continue
    }
    const file = byPath.get(request.path)
    if (file !== undefined)
      file.text = request.inPage
        ? unlink(file.text, request.address)
        : replaceAddress(file.text, request.address, request.bare)
    result.needsHuman.push({
      file: request.file,
      line: request.line,
      message: request.inPage
        ? `${request.url}: 옛 페이지에는 #${request.id}가 있었지만 이 글에서 같은 자리를 찾지 못해 링크를 풀고 글자만 남겼습니다`
        : `${request.url}: 옛 페이지에는 #${request.id}가 있었지만 ${request.bare}에서 같은 자리를 찾지 못해 #${request.id}를 빼고 글로만 연결했습니다`,
    })
  }
  return result
}
