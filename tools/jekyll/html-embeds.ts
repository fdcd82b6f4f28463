import { toGistPage } from '../../lib/markdown/embeds'
import type { LineNote } from './front-matter'

export interface EmbedResult {
  /** The text, with the same number of lines, so notes made before stay on their lines. */
  text: string
  converted: LineNote[]
  problems: LineNote[]
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const SCRIPT = /<script\b([^>]*)>\s*<\/script>/gi
const FORM = /<form\b([^>]*)>([\s\S]*?)<\/form>/gi
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes)
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null
}

/** A readable link for an embed script: the Gist's page (and file), else the host it came from. */
function scriptLink(src: string): { markdown: string; label: string } | null {
  const gist = toGistPage(src)
  if (gist !== null) {
    const file = /[?&]file=([^&#]+)/.exec(src)?.[1]
    const name = file ? decodeURIComponent(file) : gist.split('/').slice(3).join('/')
    const label = `GitHub Gist 코드 보기: ${name}`
    return {
      markdown: `[${label}](${gist}${file ? `#file-${file.replace(/[^\w-]/g, '-').toLowerCase()}` : ''})`,
      label,
    }
  }
  try {
    const url = new URL(src, 'https://relative.invalid/')
    if (url.hostname === 'relative.invalid' || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null
    const page = `${url.origin}${url.pathname.replace(/\.js$/, '')}`
    const label = `${url.hostname}에 있는 삽입 콘텐츠 보기`
    return { markdown: `[${label}](${page})`, label }
  } catch {
    return null
  }
}

/** Runs `replace` on the parts of the text outside fenced code blocks. */
function outsideCode(text: string, replace: (part: string, firstLine: number) => string): string {
  const lines = text.split('\n')
  const parts: { code: boolean; lines: string[]; start: number }[] = []
  let fence: string | null = null
  lines.forEach((line, index) => {
    const open = FENCE.exec(line)?.[1]
    const code = fence !== null || open !== undefined
    if (fence !== null && open && open[0] === fence[0] && open.length >= fence.length) fence = null
    else if (fence === null && open) fence = open
    const last = parts[parts.length - 1]
    if (last && last.code === code) last.lines.push(line)
    else parts.push({ code, lines: [line], start: index + 1 })
  })
  return parts
    .map((part) => (part.code ? part.lines.join('\n') : replace(part.lines.join('\n'), part.start)))
    .join('\n')
}

/** Element names of HTML (and the obsolete ones old posts still write); anything else is text that looks like a tag. */
const HTML_ELEMENTS = new Set(
  `a abbr acronym address area article aside audio b base basefont bdi bdo big blink blockquote body br button canvas caption center cite
  code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset
  h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee math menu meta meter nav
  nobr noframes noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script search
  section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr
  track tt u ul var video wbr xmp`.split(/\s+/),
)
/** Elements that never hold anything, for which `<br/>` and `<br>` are the same. */
const VOID_ELEMENTS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '))
/** Elements of a document's head that a post body pasted in (a print stylesheet): nothing a reader sees. */
const HEAD_ONLY = new Set(['link', 'meta', 'base'])
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*)(?=[\s/>,])[^<>\n]*>/g

/**
 * `List<String>` written in prose: not an element of HTML, so browsers and the blog's sanitiser
 * drop it and readers lose the word. Its `<` becomes `&lt;`, which shows the text as written.
 * And `<a name="x" />`, which HTML reads as an `<a>` left open (the rest of the post became one
 * link, lists and all), gets its closing tag. Code spans keep theirs (they show text already).
 */
export function escapeUnknownTags(text: string): EmbedResult {
  const converted: LineNote[] = []
  const result = outsideCode(text, (part, first) =>
    part
      // Code spans and kramdown math (`$$<w, x>$$`) are not HTML: their `<` stays as written.
      .split(/(`+[^`]*`+|\$\$[\s\S]*?\$\$)/)
      .map((piece, index, pieces) => {
        if (index % 2 === 1) return piece
        const offset = pieces.slice(0, index).join('').length
        // kramdown's math is `$$` only; a lone `$` (`$10 million ... $1.5`) is a dollar sign, which
        // the blog's Markdown would read as the start of a formula.
        const dollars = new Set<number>()
        const withDollars = piece.replace(/(^|[^\\$])\$(?!\$)/g, (whole: string, before: string, at: number) => {
          dollars.add(lineAt(part, offset + at, first))
          return `${before}\\$`
        })
        for (const line of dollars)
          converted.push({
            line,
            message: '$ → \\$ (kramdown에서 수식은 $$뿐이라 옛 사이트는 달러 기호로 보여 줬습니다)',
          })
        return withDollars.replace(TAG, (whole: string, name: string, at: number) => {
          const element = name.toLowerCase()
          if (HEAD_ONLY.has(element) && !whole.startsWith('</')) {
            converted.push({
              line: lineAt(part, offset + at, first),
              message: `${whole} → 뺐습니다 (문서 머리에만 쓰는 요소라 본문에서는 보이지 않고, 블로그의 보안 필터도 지웁니다)`,
            })
            return ''
          }
          if (
            HTML_ELEMENTS.has(element) &&
            whole.endsWith('/>') &&
            !whole.startsWith('</') &&
            !VOID_ELEMENTS.has(element)
          ) {
            const closed = `${whole.slice(0, -2).trimEnd()}></${name}>`
            converted.push({
              line: lineAt(part, offset + at, first),
              message: `${whole} → ${closed} (HTML에서 />는 <${element}>를 닫지 않아 뒤의 글이 모두 그 안에 들어갔습니다)`,
            })
            return closed
          }
          if (HTML_ELEMENTS.has(element)) return whole
          converted.push({
            line: lineAt(part, offset + at, first),
            message: `${whole} → 글자 그대로 (HTML 요소가 아니라 브라우저가 지워 버리던 글자입니다)`,
          })
          return `&lt;${whole.slice(1)}`
        })
      })
      .join(''),
  )
  return { text: result, converted, problems: [] }
}

const lineAt = (text: string, index: number, first: number) => first + text.slice(0, index).split('\n').length - 1

/**
 * Embed scripts (Gists and the like, which the blog never runs) become links with a readable
 * label; a `<form>`, which a static blog cannot send, becomes its text and a mail link when the
 * form went to an address (Formspree), and is reported with the replacement either way.
 */
export function convertEmbeds(text: string, siteEmail: string | null): EmbedResult {
  const converted: LineNote[] = []
  const problems: LineNote[] = []
  const result = outsideCode(text, (part, first) =>
    part
      .replace(SCRIPT, (whole, attributes: string, offset: number) => {
        const src = attribute(attributes, 'src')
        const link = src === null ? null : scriptLink(src)
        if (link === null) return whole
        converted.push({
          line: lineAt(part, offset, first),
          message: `<script src="${src}"> → 링크 "${link.label}" (블로그는 남의 스크립트를 실행하지 않습니다)`,
        })
        return link.markdown
      })
      .replace(FORM, (whole, attributes: string, inner: string, offset: number) => {
        const line = lineAt(part, offset, first)
        const action = attribute(attributes, 'action') ?? ''
        const email = EMAIL.exec(action)?.[0] ?? siteEmail
        const texts = [...inner.matchAll(/<(p|label|h[1-6])\b[^>]*>[\s\S]*?<\/\1>/gi)].map((match) =>
          match[0].replace(/\s*\n\s*/g, ' '),
        )
        if (email === null) {
          problems.push({
            line,
            message: `<form action="${action}">: 정적 블로그는 양식을 보낼 수 없어 보안 필터가 지웁니다: 메일 주소 링크(mailto:)나 Google Forms 같은 바깥 양식의 링크로 바꾸세요`,
          })
          return whole
        }
        // A page that already links to the address needs no second link.
        const linked = part.replace(whole, '').includes(`mailto:${email}`)
        const replacement = linked ? texts : [...texts, '', `[${email}](mailto:${email})로 메일을 보내 주세요.`]
        const lines = whole.split('\n').length
        const kept = linked ? `안의 글 (페이지에 이미 ${email} 메일 링크가 있습니다)` : `안의 글과 ${email} 메일 링크`
        converted.push({
          line,
          message: `<form action="${action}"> → ${kept} (정적 블로그는 양식을 보낼 수 없습니다: 바깥 양식 서비스를 쓰려면 그 링크로 바꾸세요)`,
        })
        // Kept to the form's number of lines, so later notes stay on their lines.
        return [...replacement, ...Array.from({ length: Math.max(0, lines - replacement.length) }, () => '')].join('\n')
      }),
  )
  return { text: result, converted, problems }
}
