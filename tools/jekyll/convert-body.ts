import { parseFrontMatter } from '../../lib/schema/front-matter'
import { isHighlightedLanguage } from '../../lib/markdown/pipeline'
import { highlightJsName, renameFenceLanguage } from './code-languages'
import { keepUndrawableDiagrams } from './diagrams'
import { joinLineBrokenUrls } from './line-broken-urls'
import { bodyOffset, type LineNote } from './front-matter'
import { convertEmbeds, escapeUnknownTags } from './html-embeds'
import { flattenHtml } from './convert-page'
import { keepKramdownIds } from './heading-ids'
import { convertKramdown, indentLazyListFences, openKramdownBlocks } from './kramdown'
import { rewriteLinks, type OldIdLink } from './links'
import { convertLiquid, type LiquidResolver, type LiquidResult } from './liquid'
import { resolveReference, scanMarkdown, type SiteIndex } from './scan'
import { keepHtmlBlocksWhole } from './html-blocks'
import { katexCommands, untypesetFormulas } from './tex-commands'
import { smartenQuotes } from './smart-quotes'
import { publishedReference } from './static-files'

export interface DocumentOutcome {
  /** The whole file: front matter as given, body converted. */
  text: string
  liquid: LineNote[]
  links: LineNote[]
  problems: LineNote[]
  /** Files of the old site the document uses (`/assets/a.png`), to copy next to the blog. */
  assets: string[]
  /** What was changed so that readers see what they saw on the old site (typographic quotes). */
  repaired: LineNote[]
  /** Links kept to an id the old page had, for the import to put on the target post (tools/jekyll/old-anchors.ts). */
  oldIds: OldIdLink[]
}

/**
 * Where a line of the Liquid-converted body ended up after the kramdown pass, by matching lines in
 * order: the pass only removes, rewrites or wraps lines, so unchanged lines find themselves again.
 */
function kramdownShift(before: string, after: string): (line: number) => number {
  if (before === after) return (line) => line
  const from = before.split('\n')
  const to = after.split('\n')
  const map: number[] = []
  let cursor = 0
  for (const line of from) {
    let found = cursor
    while (found < to.length && to[found] !== line) found += 1
    if (found < to.length) {
      map.push(found + 1)
      cursor = found + 1
    } else map.push(cursor + 1)
  }
  return (line) => map[line - 1] ?? line
}

/**
 * `{{ page.x }}` as Jekyll printed it from the document's own front matter: text and numbers as
 * written, a list run together, undefined (nothing printed) when the field is not set. `url` and
 * the rest Jekyll computes are not known here (null).
 */
function pageValues(frontMatter: string): (path: string) => string | undefined | null {
  const parsed = parseFrontMatter(frontMatter)
  const data = parsed.ok ? parsed.value.data : null
  return (path) => {
    if (data === null || path.includes('.') || COMPUTED_PAGE_FIELDS.has(path)) return null
    const value = data[path]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('')
    return null
  }
}

/** Page variables Jekyll computes rather than reads from front matter. */
const COMPUTED_PAGE_FIELDS = new Set([
  'url',
  'content',
  'excerpt',
  'path',
  'id',
  'next',
  'previous',
  'collection',
  'relative_path',
  'dir',
  'name',
])

/**
 * The body as Jekyll's Liquid left it (tools/jekyll/liquid-output.ts), for a document whose Liquid
 * has no Markdown equivalent: what Jekyll computed (variables, conditions, loops, includes, the
 * site's own tags) is what readers saw, so it replaces the placeholders, and nothing is left for a person.
 */
function takeJekyllLiquid(converted: LiquidResult, computed: string): LiquidResult {
  const first = converted.problems[0]?.line ?? 1
  const count = converted.problems.length
  return {
    text: computed,
    converted: [
      {
        line: Math.min(first, computed.split('\n').length),
        message: `Markdown으로 옮길 수 없는 Liquid ${count}개가 있어, 옛 사이트를 빌드할 때 Jekyll이 Liquid를 계산한 본문을 그대로 옮겼습니다 (옛 사이트가 보여 준 글과 같습니다)`,
      },
    ],
    links: [],
    problems: [],
  }
}

/**
 * Converts the Liquid in a document's body and then its kramdown (tools/jekyll/kramdown.ts), then checks everything the converted file refers to
 * against the old site: posts, pages and assets that exist, drafts, dead addresses, raw HTML the
 * renderer removes and code languages it does not highlight. Lines are the written file's.
 * `extra` adds references from the front matter (a cover `image`).
 */
export function convertDocument(
  frontMatter: string,
  body: string,
  resolver: LiquidResolver,
  site: SiteIndex,
  extra: readonly { url: string; line: number }[] = [],
  /** The document's old URL, against which its relative links resolved on the old site. */
  documentUrl?: string,
  /** Whether Jekyll ran kramdown on the document (Markdown, not an `.html` file). */
  markdown = true,
  /** The document's path in the old site (`_posts/2019-12-06-a.md`), to find what Jekyll's Liquid made of it. */
  source?: string,
): DocumentOutcome {
  const offset = frontMatter.split('\n').length - 1
  // An address broken over two lines, which kramdown kept and browsers mended, is joined first.
  // Code fenced in a list item and written at the margin, which kramdown kept in the item, is indented
  // first, so every later step sees where the code is (the line count stays).
  const lazy = markdown ? indentLazyListFences(body) : { text: body, lines: [] }
  const broken = markdown ? joinLineBrokenUrls(lazy.text) : { text: lazy.text, lines: [] }
  const converted = convertLiquid(broken.text, { ...resolver, pageValue: pageValues(frontMatter) })
  const computed = converted.problems.length > 0 && source !== undefined ? site.liquidOutput?.get(source) : undefined
  const liquid =
    computed === undefined
      ? converted
      : // An HTML document's computed HTML is kept HTML as its written body was (indentation, blank lines).
        takeJekyllLiquid(converted, markdown ? joinLineBrokenUrls(computed).text : flattenHtml(computed))
  // An HTML element kramdown read whole, through its blank lines, stays one HTML block (the line count stays).
  const whole = markdown ? keepHtmlBlocksWhole(liquid.text) : { text: liquid.text, lines: [] }
  const opened = openKramdownBlocks(whole.text)
  // kramdown's heading ids, written onto the headings whose blog id differs (the line count stays).
  const named =
    markdown && site.kramdownIds ? keepKramdownIds(opened.text, site.kramdownIds) : { text: opened.text, converted: [] }
  const blocks = { text: named.text, converted: [...opened.converted, ...named.converted] }
  const kramdown = convertKramdown(blocks.text, { imageSize: site.imageSize })
  const afterBlocks = kramdownShift(blocks.text, kramdown.text)
  kramdown.converted.push(...blocks.converted.map((note) => ({ ...note, line: afterBlocks(note.line) })))
  // Kramdown lines are the written file's; Liquid lines move by the lines kramdown removed or added above them.
  const moved = kramdownShift(liquid.text, kramdown.text)
  const shift = (note: LineNote) => ({ ...note, line: note.line + offset })
  const shiftLiquid = (note: LineNote) => ({ ...note, line: moved(note.line) + offset })
  const embedded = convertEmbeds(kramdown.text, resolver.siteValue?.('email') ?? null)
  const tags = escapeUnknownTags(embedded.text)
  const embeds = { ...embedded, converted: [...embedded.converted, ...tags.converted] }
  // kramdown showed straight quotes, `--`, `---` and `...` in prose as typographic ones; the blog would show them as typed.
  const smart = markdown ? smartenQuotes(tags.text) : { text: tags.text, lines: [] }
  // MathJax commands KaTeX lacks (`\mbox`) would stop the build: their KaTeX equivalents draw the same.
  const tex = markdown ? katexCommands(smart.text) : { text: smart.text, lines: [], commands: [] }
  // A formula KaTeX cannot typeset at all would stop the build: it stays as the text it was written as.
  const untypeset = markdown ? untypesetFormulas(tex.text) : { text: tex.text, lines: [] }
  const quoted = { text: untypeset.text, lines: smart.lines }
  const texNotes: LineNote[] =
    tex.lines.length === 0
      ? []
      : [
          {
            line: (tex.lines[0] ?? 1) + offset,
            message: `수식의 ${tex.commands.join(', ')}: 옛 사이트의 MathJax는 알았지만 블로그의 KaTeX는 모르는 명령이라 같은 모양을 그리는 명령으로 바꿨습니다 (${tex.lines.map((line) => line + offset).join(', ')}번째 줄)`,
          },
        ]
  const formulaNotes: LineNote[] = untypeset.lines.map(({ line, reason }) => ({
    line: line + offset,
    message: `KaTeX가 조판할 수 없는 수식이라 (${reason.slice(0, 120)}) 그 안의 $를 모두 \\$로 막아 쓴 글자 그대로 보이게 했습니다 (kramdown은 $$ 사이를 수식으로 읽었습니다): 수식이었다면 TeX를 고치세요`,
  }))
  const repaired: LineNote[] =
    quoted.lines.length === 0
      ? [...texNotes, ...formulaNotes]
      : [
          ...texNotes,
          ...formulaNotes,
          {
            line: (quoted.lines[0] ?? 1) + offset,
            message: `곧은 따옴표(" ')와 --, ---, ...를 Jekyll(kramdown)이 보여 준 둥근 따옴표(“ ” ‘ ’), 대시(– —), 말줄임표(…)로 바꿨습니다: ${quoted.lines.length}줄 (${quoted.lines
              .slice(0, 10)
              .map((line) => line + offset)
              .join(', ')}${quoted.lines.length > 10 ? ' …' : ''}번째 줄)`,
          },
        ]
  // Links are rewritten last, on the file as written out (their lines are the file's own).
  const rewritten = site.links
    ? rewriteLinks(frontMatter + quoted.text, {
        ...site.links,
        site,
        ...(documentUrl !== undefined ? { documentUrl } : {}),
      })
    : null
  const text = rewritten?.text ?? frontMatter + quoted.text
  const outcome: DocumentOutcome = {
    text,
    liquid: [
      ...liquid.converted.map(shiftLiquid),
      ...kramdown.converted.map(shift),
      ...embeds.converted.map(shift),
    ].sort((a, b) => a.line - b.line),
    links: [...liquid.links.map(shiftLiquid), ...(rewritten?.links ?? [])],
    problems: [
      ...liquid.problems.map(shiftLiquid),
      ...kramdown.problems.map(shift),
      ...embeds.problems.map(shift),
      ...(rewritten?.problems ?? []),
    ],
    assets: [],
    repaired: [
      ...(lazy.lines.length === 0
        ? []
        : [
            {
              line: (lazy.lines[0] ?? 1) + offset,
              message: `목록 항목에서 연 코드 블록의 줄 ${lazy.lines.length}개를 항목 안으로 들여 썼습니다 (kramdown은 왼쪽 끝에 쓴 코드도 닫는 펜스까지 항목 안의 코드로 보여 주었지만, Markdown은 항목을 끝내 코드를 글자로, 닫는 펜스를 새 코드 블록의 시작으로 읽습니다)`,
            },
          ]),
      ...broken.lines.map((line) => ({
        line: line + offset,
        message:
          '두 줄에 걸친 링크·그림 주소를 한 줄로 이었습니다 (kramdown은 줄바꿈을 주소에 남겼고 브라우저가 지워 읽었지만, Markdown은 주소로 읽지 않습니다)',
      })),
      ...whole.lines.map((line) => ({
        line: moved(line) + offset,
        message:
          'HTML 요소 안의 빈 줄을 요소 뒤로 옮겼습니다 (kramdown은 닫는 태그까지 HTML로 읽었지만, Markdown은 빈 줄에서 HTML을 끝내 나머지를 코드나 글자로 보여 줍니다)',
      })),
      ...repaired,
    ],
    oldIds: rewritten?.oldIds ?? [],
  }
  if (markdown) {
    const start = bodyOffset(outcome.text)
    const diagrams = keepUndrawableDiagrams(outcome.text, start, outcome.text.slice(0, start).split('\n').length)
    outcome.text = diagrams.text
    outcome.problems.push(...diagrams.problems)
  }
  const scan = scanMarkdown(text)
  for (const { url, line } of [...extra, ...scan.references]) {
    // A link still written in Liquid is already reported; checking it as an address adds nothing.
    if (url.includes('{{') || url.includes('{%')) continue
    const target = resolveReference(url, site)
    if (target.kind === 'elsewhere') continue
    // rewriteLinks has reported what it left pointing at the old domain.
    if (target.kind === 'missing' && target.viaOrigin && site.links) continue
    if (target.kind === 'missing') {
      outcome.problems.push({ line, message: `${url}: 옛 사이트에 없는 주소라 링크가 깨집니다` })
      continue
    }
    if (target.kind === 'asset') {
      outcome.assets.push(target.path)
      // Jekyll published `chart..png` as `chart.png`: the reference follows, so the picture shows.
      const repaired = publishedReference(url)
      if (repaired !== url) {
        outcome.text = outcome.text.split(url).join(repaired)
        outcome.links.push({
          line,
          message: `${url} → ${repaired} (Jekyll이 파일 이름의 겹친 점을 하나로 줄여 발행한 주소로 고쳤습니다)`,
        })
      }
    }
    if (target.kind === 'post' && target.draft) {
      outcome.problems.push({ line, message: `${url}: 초안(발행되지 않는 글)으로 가는 링크입니다` })
    }
    if (target.viaOrigin) {
      outcome.links.push({
        line,
        message: `${url} → ${target.path} (옛 도메인 주소: 페이지에서 사이트 안 주소로 바뀝니다)`,
      })
    }
  }
  for (const { tag, line } of scan.removedTags) {
    const effect = tag === 'input' ? '체크박스로 바꿔 버립니다' : '지워 페이지에 나오지 않습니다'
    outcome.problems.push({ line, message: `<${tag}>은(는) 보안 필터가 ${effect}: 링크나 이미지, 글로 바꾸세요` })
  }
  for (const { text: syntax, line } of scan.kramdown) {
    outcome.problems.push({
      line,
      message: `kramdown 문법 ${syntax}은(는) 이 블로그에서 글자 그대로 보입니다: 지우거나 Markdown으로 바꾸세요`,
    })
  }
  const renamedLanguages = new Map<string, { to: string; lines: number[] }>()
  for (const { language, line } of scan.codeLanguages) {
    if (isHighlightedLanguage(language)) continue
    // Rouge coloured it under a name highlight.js knows differently (`cl` is `lisp`): the fence takes that name.
    const known = highlightJsName(language)
    const renamed = known === null ? outcome.text : renameFenceLanguage(outcome.text, line, language, known)
    if (known !== null && renamed !== outcome.text) {
      outcome.text = renamed
      const seen = renamedLanguages.get(language) ?? { to: known, lines: [] }
      seen.lines.push(line)
      renamedLanguages.set(language, seen)
      continue
    }
    outcome.problems.push({
      line,
      message: `코드 언어 "${language}"는 알 수 없어 색 없이 보입니다 (아는 이름으로 바꾸거나 그대로 두세요)`,
    })
  }
  for (const [from, { to, lines }] of renamedLanguages)
    outcome.repaired.push({
      line: lines[0] ?? 1,
      message: `코드 언어 "${from}"를 "${to}"로 바꿨습니다: Jekyll(Rouge)이 색을 칠한 이 언어를 블로그는 "${to}"라는 이름으로 압니다 (${lines.length}곳)`,
    })
  outcome.problems.sort((a, b) => a.line - b.line)
  outcome.links.sort((a, b) => a.line - b.line)
  outcome.assets = [...new Set(outcome.assets)]
  return outcome
}
