import { percentWidthClass } from '../../lib/markdown/pipeline'
import type { LineNote } from './front-matter'

/**
 * kramdown syntax that CommonMark shows as text, turned into the HTML kramdown wrote: attribute
 * lists (IAL `{: .x}` and their ALD definitions `{:ref: .x}`), `{:toc}`, header ids, abbreviations
 * and the `{::comment}`/`{::nomarkdown}`/`{::options}` extensions. Footnotes need nothing: GFM
 * reads kramdown's `[^1]` the same way.
 */
export interface KramdownResult {
  text: string
  /** What was converted, one line per construct, with what of it was left out. */
  converted: LineNote[]
  /** What could not be converted and stays on the page as written. */
  problems: LineNote[]
}

export interface KramdownOptions {
  /** Pixel size of a picture of the old site (`/assets/a.png`), to keep the shape of an image sized by height alone. */
  imageSize?(src: string): { width: number; height: number } | null
}

const CENTER_CLASSES = new Set([
  'center-image',
  'center',
  'centered',
  'text-center',
  'align-center',
  'aligncenter',
  'image-center',
  'img-center',
  'center-block',
  'mx-auto',
])
const RIGHT_CLASSES = new Set(['text-right', 'align-right', 'alignright', 'right', 'float-right', 'pull-right'])
const LEFT_CLASSES = new Set(['text-left', 'align-left', 'alignleft', 'left', 'float-left', 'pull-left'])
const MUTED_COLORS =
  /^(gr[ae]y|darkgr[ae]y|dimgr[ae]y|silver|#([89a-c])\2{2}|#([89a-c][0-9a-f]){3}|#[6-9a-c][0-9a-f]{2}|rgb\(\s*1[0-9]{2}\s*,\s*1[0-9]{2}\s*,\s*1[0-9]{2}\s*\))$/i

interface Attributes {
  classes: string[]
  id: string | null
  pairs: [string, string][]
  /** ALD names referred to (`{: note}`). */
  refs: string[]
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ALD = /^ {0,3}\{:([\w-]+):\s*(.*?)\s*\}\s*$/
const BLOCK_IAL = /^(\s*)\{:(?![:/])\s*(.*?)\s*\}\s*$/
const TOC_IAL = /^\s*\{:\s*toc\s*\}\s*$/
const NO_TOC = /^\s*\{:\s*\.no_toc\s*\}\s*$/
const ABBREVIATION = /^ {0,3}\*\[([^\]\n]+)\]:\s*(.*?)\s*$/
const LIST_ITEM = /^\s*([*+-]|\d+[.)])\s+\S/
const HEADER_ID = /^(#{1,6}\s.*?)\s*\{#([\w-]+)\}\s*$/
/** Link text: brackets may nest once, as in an image whose alt text holds a link (`![출처 [x](url)](a.png)`). */
const TEXT = String.raw`(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\](?:\([^)\n]*\))?)*`
const IMAGE = new RegExp(String.raw`^!\[(${TEXT})\]\(\s*<?([^)\s>]+)>?(?:\s+"([^"]*)")?\s*\)$`)
const LINKED_IMAGE = new RegExp(String.raw`^\[(!\[${TEXT}\]\([^)]*\))\]\(\s*<?([^)\s>]+)>?\s*\)$`)
/** An image or link directly followed by one or more span IALs (`{: .a}{: width="1"}`), or span IALs anywhere else. */
const SPAN_IAL = new RegExp(String.raw`(!?\[${TEXT}\]\([^)\n]*\))?((?:\{:(?![:/])[^}\n]*\})+)`, 'g')
/** A link or image address with spaces, which kramdown read and CommonMark does not (`![a](/assets/a b.png)`). */
const SPACED_DESTINATION = new RegExp(String.raw`(!?\[${TEXT}\]\()(/[^)"'<>\n]*\s[^)"'<>\n]*?)(\))`, 'g')

function parseAttributes(text: string): Attributes {
  const attributes: Attributes = { classes: [], id: null, pairs: [], refs: [] }
  for (const match of text.matchAll(
    /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"']+))|\.([\w-]+)|#([\w-]+)|([\w-]+)/g,
  )) {
    const [, key, double, single, bare, className, id, ref] = match
    if (key !== undefined)
      attributes.pairs.push([key.toLowerCase(), (double ?? single ?? bare ?? '').replace(/\\(.)/g, '$1')])
    else if (className !== undefined) attributes.classes.push(className)
    else if (id !== undefined) attributes.id = id
    else if (ref !== undefined) attributes.refs.push(ref)
  }
  return attributes
}

function expand(
  attributes: Attributes,
  definitions: ReadonlyMap<string, Attributes>,
  seen = new Set<string>(),
): Attributes {
  const result: Attributes = { classes: [], id: null, pairs: [], refs: [] }
  for (const ref of attributes.refs) {
    const definition = definitions.get(ref)
    if (!definition || seen.has(ref)) {
      result.refs.push(ref)
      continue
    }
    const inner = expand(definition, definitions, new Set([...seen, ref]))
    result.classes.push(...inner.classes)
    result.pairs.push(...inner.pairs)
    result.id = inner.id ?? result.id
    result.refs.push(...inner.refs)
  }
  result.classes.push(...attributes.classes)
  result.pairs.push(...attributes.pairs)
  result.id = attributes.id ?? result.id
  return result
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** A length as an HTML width/height: `750px` -> `750`, `40%` kept; null for other units. */
function htmlLength(value: string, percentAllowed: boolean): string | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|%)?\s*$/i.exec(value)
  if (!match) return null
  if (match[2] === '%') return percentAllowed ? `${match[1]}%` : null
  return String(Math.round(Number(match[1])))
}

interface Mapped {
  classes: string[]
  id: string | null
  width: string | null
  height: string | null
  title: string | null
  dropped: string[]
}

/** What of an attribute list the blog can keep on an image, a block or a link, and what it leaves out. */
/** Classes come from PROSE_CLASSES in lib/markdown/pipeline.ts, the only ones the sanitiser keeps. */
function mapAttributes(attributes: Attributes, kind: 'img' | 'block' | 'link'): Mapped {
  const mapped: Mapped = {
    classes: [],
    id: attributes.id,
    width: null,
    height: null,
    title: null,
    dropped: attributes.refs.map((ref) => ref),
  }
  const addClass = (name: string) => {
    if (!mapped.classes.includes(name)) mapped.classes.push(name)
  }
  const align = (name: 'align-center' | 'align-right' | 'align-left') => {
    // Pictures are centred blocks already (prose.css); a class would only repeat that.
    if (kind !== 'img' || name !== 'align-center') addClass(name)
  }
  for (const name of attributes.classes) {
    if (CENTER_CLASSES.has(name)) align('align-center')
    else if (RIGHT_CLASSES.has(name)) align('align-right')
    else if (LEFT_CLASSES.has(name)) align('align-left')
    else mapped.dropped.push(`.${name}`)
  }
  for (const [key, value] of attributes.pairs) {
    if ((key === 'width' || key === 'height') && kind === 'img') {
      const length = htmlLength(value, key === 'width')
      if (length === null) mapped.dropped.push(`${key}="${value}"`)
      else mapped[key] = length
    } else if (key === 'title' && kind !== 'block') {
      mapped.title = value
    } else if (key === 'style') {
      for (const declaration of value.split(';')) {
        const [property = '', ...rest] = declaration.split(':')
        const name = property.trim().toLowerCase()
        const setting = rest.join(':').trim().toLowerCase()
        if (name === '') continue
        if (name === 'text-align' && ['center', 'right', 'left'].includes(setting))
          align(`align-${setting}` as 'align-center')
        else if (name === 'font-style' && setting === 'italic') addClass('text-italic')
        else if (name === 'color' && MUTED_COLORS.test(setting)) addClass('text-muted')
        else if (name === 'font-size' && isSmaller(setting)) addClass('text-small')
        else if (name === 'margin' && /^(0(px)?\s+)?auto$/.test(setting)) align('align-center')
        else if (name === 'display' && setting === 'block' && kind === 'img') continue
        else if (
          (name === 'width' || name === 'height') &&
          kind === 'img' &&
          htmlLength(setting, name === 'width') !== null
        )
          mapped[name] = htmlLength(setting, name === 'width')
        else mapped.dropped.push(`${name}: ${setting}`)
      }
    } else {
      mapped.dropped.push(`${key}="${value}"`)
    }
  }
  return mapped
}

function isSmaller(size: string): boolean {
  if (['small', 'smaller', 'x-small', 'xx-small'].includes(size)) return true
  const match = /^(\d+(?:\.\d+)?)(%|em|rem)$/.exec(size)
  if (!match) return false
  const value = Number(match[1])
  return match[2] === '%' ? value < 100 : value < 1
}

function classAttribute(classes: readonly string[]): string {
  return classes.length === 0 ? '' : ` class="${classes.join(' ')}"`
}

function imageTag(src: string, alt: string, mapped: Mapped, options: KramdownOptions): string {
  let { width, height } = mapped
  if (height !== null && width === null) {
    // The blog scales pictures by width (`height: auto`), so a height alone would be lost: keep the shape.
    const size = src.startsWith('/') ? options.imageSize?.(src) : null
    if (size && size.height > 0) width = String(Math.round((size.width * Number(height)) / size.height))
    else {
      mapped.dropped.push(`height="${height}"`)
      height = null
    }
  }
  const classes = [...mapped.classes]
  if (width !== null && width.endsWith('%')) {
    // HTML's width attribute takes pixels only: a share of the column becomes one of the blog's width classes.
    classes.push(percentWidthClass(Number(width.slice(0, -1))))
    width = null
  }
  const parts = [`src="${escapeAttribute(src)}"`, `alt="${escapeAttribute(alt)}"`]
  if (mapped.title !== null) parts.push(`title="${escapeAttribute(mapped.title)}"`)
  if (width !== null) parts.push(`width="${width}"`)
  if (height !== null) parts.push(`height="${height}"`)
  return `<img ${parts.join(' ')}${classAttribute(classes)}>`
}

/** An image, alone or in a link, with its attributes as HTML; a title becomes the caption, as the blog does for Markdown images. */
function imageHtml(line: string, mapped: Mapped, options: KramdownOptions): string | null {
  const linked = LINKED_IMAGE.exec(line)
  const image = IMAGE.exec(linked ? (linked[1] ?? '') : line)
  if (!image) return null
  const [, alt = '', src = '', title] = image
  const caption = title !== undefined && mapped.title === null && !linked ? title : null
  const text = alt.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1')
  const tag = imageTag(src, text, mapped, options)
  const content = linked ? `<a href="${escapeAttribute(linked[2] ?? '')}">${tag}</a>` : tag
  return caption !== null ? `<figure>${content}<figcaption>${escapeAttribute(caption)}</figcaption></figure>` : content
}

const leftOut = (dropped: readonly string[]) => (dropped.length > 0 ? ` (뺀 것: ${dropped.join(', ')})` : '')

function replaceAbbreviations(line: string, abbreviations: ReadonlyMap<string, string>): string {
  if (abbreviations.size === 0) return line
  // Code spans, link addresses, bare URLs and HTML tags keep their text; the rest is prose.
  return line
    .split(/(`+[^`]*`+|\]\([^)]*\)|<[^>]*>|https?:\/\/[^\s)>\]]+)/)
    .map((part, index) => {
      if (index % 2 === 1) return part
      let result = part
      for (const [word, title] of abbreviations) {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        result = result.replace(
          new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'),
          `<abbr title="${escapeAttribute(title)}">${word}</abbr>`,
        )
      }
      return result
    })
    .join('')
}

/** A bare address with Korean written straight after it (`https://a.example으로`); kramdown never linked bare addresses. */
const BARE_URL_BEFORE_HANGUL =
  /(?<![<(\[\w/"'=])(https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+?)(?=[\u3131-\u318e\uac00-\ud7a3])/g

/** An autolink kramdown showed as text because its `<` was escaped. */
const ESCAPED_AUTOLINK = /\\<(https?:\/\/[^\s<>`]+)>/g

/**
 * GFM links a bare address up to the next space, Korean included, which makes a broken link; an
 * explicit autolink ends it where the address ends. Code spans keep their text.
 */
function endBareUrls(line: string, found: (message: string) => void): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(BARE_URL_BEFORE_HANGUL, (url: string) => {
              found(`${url} 뒤에 붙은 한글은 주소가 아닙니다 → <${url}>`)
              return `<${url}>`
            })
            // `\<https://a.example>` showed the text <https://a.example>; GFM would link the address
            // with its `>` (https://a.example%3E), so the address ends where it ends.
            .replace(ESCAPED_AUTOLINK, (_all, url: string) => {
              found(`\\<${url}> → \\<<${url}>\\> (kramdown이 글자로 보여 준 <…>; 주소는 > 앞에서 끝납니다)`)
              return `\\<<${url}>\\>`
            }),
    )
    .join('')
}

/**
 * kramdown's math: `$$…$$` that opens and closes a paragraph is a display formula, with TeX on the
 * lines of its delimiters (`$$\hat y = \begin{cases}` … `\end{cases}$$`); anywhere else it is inline.
 * remark-math reads a line starting with `$$` as the fence of a block whose closing `$$` stands alone
 * on its line, and takes the rest of that line as a label: such a formula would lose its first line
 * and run to the end of the post. Returns the formula opened at `start` when it spans lines and
 * closes within its paragraph, or null (one line, or left as written).
 */
function readKramdownMath(
  lines: readonly string[],
  fenced: readonly boolean[],
  start: number,
): { inner: string[]; after: string; end: number; endsBlock: boolean } | null {
  const first = (lines[start] ?? '').trimStart().slice(2)
  if (first.includes('$$')) return null
  for (let end = start + 1; end < lines.length; end += 1) {
    const line = lines[end] ?? ''
    if (fenced[end] || line.trim() === '') return null
    const close = line.indexOf('$$')
    if (close === -1) continue
    const after = line.slice(close + 2)
    if (after.includes('$$')) return null
    const inner = [first, ...lines.slice(start + 1, end), line.slice(0, close)].filter((part) => part.trim() !== '')
    if (first.trim() === '' && line.trim() === '$$' && after.trim() === '') return null
    const endsBlock = after.trim() === '' && (lines[end + 1] ?? '').trim() === ''
    return { inner, after, end, endsBlock }
  }
  return null
}

/** Converts the kramdown of a Markdown body (Liquid already converted); notes are on the body's own lines. */
export function convertKramdown(markdown: string, options: KramdownOptions = {}): KramdownResult {
  const lines = markdown.split('\n')
  const converted: LineNote[] = []
  const problems: LineNote[] = []
  const definitions = new Map<string, Attributes>()
  const abbreviations = new Map<string, string>()

  // Definitions apply wherever they stand in the document, so they are read first.
  let fence: string | null = null
  const fenced = lines.map((line) => {
    const open = FENCE.exec(line)?.[1]
    if (fence !== null) {
      if (open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = null
      return true
    }
    if (open) {
      fence = open
      return true
    }
    return false
  })
  lines.forEach((line, index) => {
    if (fenced[index]) return
    const ald = ALD.exec(line)
    if (ald && ald[1] !== 'toc') definitions.set(ald[1] ?? '', parseAttributes(ald[2] ?? ''))
    const abbreviation = ABBREVIATION.exec(line)
    if (abbreviation) abbreviations.set((abbreviation[1] ?? '').trim(), abbreviation[2] ?? '')
  })

  const out: string[] = []
  const note = (list: LineNote[], message: string, line = out.length + 1) => list.push({ line, message })
  /** Index in `out` where the block that ends the output starts. */
  const blockStart = () => {
    let start = out.length
    while (start > 0 && (out[start - 1] ?? '').trim() !== '') start -= 1
    return start
  }
  let pending: { attributes: Attributes; source: string } | null = null
  /** A `</div>` was just written: Markdown would read a line straight after it as more HTML. */
  let closedDiv = false

  const applyToBlock = (start: number, attributes: Attributes, source: string, indent: string) => {
    const block = out.slice(start)
    const only = block.length === 1 ? (block[0] ?? '').trim() : null
    if (only !== null && (IMAGE.test(only) || LINKED_IMAGE.test(only))) {
      const mapped = mapAttributes(attributes, 'img')
      const html = imageHtml(only, mapped, options)
      if (html !== null) {
        out[start] = `${(block[0] ?? '').match(/^\s*/)?.[0] ?? ''}${html}`
        note(converted, `${source} → 그림의 HTML 속성${leftOut(mapped.dropped)}`, start + 1)
        return
      }
    }
    const mapped = mapAttributes(attributes, 'block')
    if (mapped.classes.length === 0 && mapped.id === null) {
      note(converted, `${source} → 지움${leftOut(mapped.dropped)}`, start + 1)
      return
    }
    if (indent !== '' || block.some((line) => FENCE.test(line))) {
      note(
        problems,
        `${source}: 목록 안이나 코드 블록의 속성은 옮기지 못해 뺐습니다 (보이는 모양이 조금 다를 수 있습니다)`,
        start + 1,
      )
      return
    }
    const id = mapped.id === null ? '' : ` id="${escapeAttribute(mapped.id)}"`
    out.splice(start, block.length, `<div${id}${classAttribute(mapped.classes)}>`, '', ...block, '', '</div>')
    closedDiv = true
    note(
      converted,
      `${source} → <div${id}${classAttribute(mapped.classes)}>로 감쌈${leftOut(mapped.dropped)}`,
      start + 1,
    )
  }

  const closePending = () => {
    if (pending === null) return
    const start = blockStart()
    if (start < out.length) applyToBlock(start, pending.attributes, pending.source, '')
    pending = null
  }

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    if (closedDiv && line.trim() !== '') out.push('')
    closedDiv = false
    if (fenced[index]) {
      out.push(line)
      continue
    }
    if (line.trim() === '') {
      closePending()
      closedDiv = false
      out.push(line)
      continue
    }
    const math = line.startsWith('$$', line.length - line.trimStart().length)
      ? readKramdownMath(lines, fenced, index)
      : null
    if (math !== null) {
      const indent = line.slice(0, line.length - line.trimStart().length)
      if (blockStart() === out.length && math.endsBlock) {
        out.push(`${indent}$$`, ...math.inner.map((inner) => `${indent}${inner.trim()}`), `${indent}$$`)
        note(
          converted,
          'kramdown 수식 블록 $$…$$ → 여는 $$와 닫는 $$를 각각 한 줄에 둔 수식 블록',
          out.length - math.inner.length - 1,
        )
      } else {
        out.push(`${indent}$$${math.inner.map((inner) => inner.trim()).join(' ')}$$${math.after}`)
        note(converted, '여러 줄에 걸친 kramdown 인라인 수식 $$…$$ → 한 줄', out.length)
      }
      index = math.end
      continue
    }
    const extension = /^\s*\{::(comment|nomarkdown|options)\b([^}]*)\}(.*)$/.exec(line)
    if (extension) {
      const [, name = '', rest = '', after = ''] = extension
      if (name === 'options' || rest.trim().endsWith('/')) {
        note(converted, `{::${name}${rest}} → 지움 (kramdown 설정)`)
        continue
      }
      const inner: string[] = []
      let tail = after
      let closed = /\{:\/(comment|nomarkdown)?\}/.exec(tail)
      while (!closed && index + 1 < lines.length) {
        inner.push(tail)
        index += 1
        tail = lines[index] ?? ''
        closed = /\{:\/(comment|nomarkdown)?\}/.exec(tail)
      }
      inner.push(closed ? tail.slice(0, closed.index) : tail)
      const body = inner.join('\n').replace(/^\n+|\n+$/g, '')
      note(converted, name === 'comment' ? '{::comment} → HTML 주석' : '{::nomarkdown} → 안의 HTML 그대로')
      const replacement = name === 'comment' ? `<!--${body.replace(/--/g, '- -')}-->` : body
      out.push(...`${replacement}${closed ? tail.slice(closed.index + closed[0].length) : ''}`.split('\n'))
      continue
    }
    if (ALD.test(line) && !TOC_IAL.test(line)) {
      note(converted, `${line.trim()} → 지움 (쓰인 곳에 풀어 넣었습니다)`)
      continue
    }
    if (ABBREVIATION.test(line)) {
      note(converted, `${line.trim()} → 본문의 <abbr> 설명`)
      continue
    }
    if (TOC_IAL.test(line)) {
      const start = blockStart()
      if (start < out.length && out.slice(start).every((item) => LIST_ITEM.test(item))) out.splice(start)
      note(converted, `${line.trim()} → 지움 (블로그가 제목으로 목차를 만들어 보여 줍니다)`)
      continue
    }
    if (NO_TOC.test(line)) {
      note(converted, `${line.trim()} → 지움 (이 제목도 블로그 목차에 나옵니다)`)
      continue
    }
    const ial = BLOCK_IAL.exec(line)
    if (ial) {
      const attributes = expand(parseAttributes(ial[2] ?? ''), definitions)
      const previous = out[out.length - 1]
      if (previous !== undefined && previous.trim() !== '')
        applyToBlock(blockStart(), attributes, line.trim(), ial[1] ?? '')
      else pending = { attributes, source: line.trim() }
      continue
    }
    const header = HEADER_ID.exec(line)
    if (header) {
      closePending()
      const id = header[2] ?? ''
      out.push(`<div id="${id}">`, '', header[1] ?? '', '', '</div>')
      closedDiv = true
      note(converted, `{#${id}} → 제목을 id="${id}"로 감쌈 (#${id} 링크가 그대로 갑니다)`, out.length - 2)
      continue
    }
    // Code spans show their text as written, attribute lists included.
    let written = line
      .split(/(`+[^`]*`+)/)
      .map((part, position) =>
        position % 2 === 1
          ? part
          : part
              .replace(SPACED_DESTINATION, (_whole, open: string, address: string, close: string) => {
                note(converted, `${address} → ${address.replace(/ /g, '%20')} (주소의 공백)`)
                return `${open}${address.replace(/ /g, '%20')}${close}`
              })
              .replace(SPAN_IAL, (_whole, element: string | undefined, lists: string) => {
                const list = [...lists.matchAll(/\{:\s*([^}]*?)\s*\}/g)].map((match) => match[1] ?? '').join(' ')
                const attributes = expand(parseAttributes(list), definitions)
                if (element?.startsWith('!')) {
                  const mapped = mapAttributes(attributes, 'img')
                  const html = imageHtml(element, mapped, options)
                  if (html !== null) {
                    note(converted, `{:${list}} → 그림의 HTML 속성${leftOut(mapped.dropped)}`)
                    return html
                  }
                }
                const mapped = mapAttributes(attributes, element ? 'link' : 'block')
                const kept = [...mapped.classes, ...(mapped.id ? [`#${mapped.id}`] : [])]
                note(
                  converted,
                  `{:${list}} → 지움${leftOut([...kept, ...mapped.dropped])}${element ? '' : ' (글자에 붙은 속성)'}`,
                )
                return element ?? ''
              }),
      )
      .join('')
    written = replaceAbbreviations(written, abbreviations)
    written = endBareUrls(written, (message) => note(converted, message))
    out.push(written)
  }
  closePending()
  return { text: out.join('\n'), converted: converted.sort((a, b) => a.line - b.line), problems }
}

const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/

/** The cells of a table row: `| a | b |` and `a | b` both have two. */
function cellCount(row: string): number {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  return inner.split(/(?<!\\)\|/).length
}

/**
 * Block structures kramdown read that CommonMark reads otherwise, rewritten so the blog reads them
 * as the old site showed them: an HTML element with `markdown="1"` (kramdown parsed its content as
 * Markdown; CommonMark does when the content is set apart by blank lines, so the attribute goes and
 * the blank lines come), and a table whose delimiter row has fewer cells than its header (kramdown
 * made a table; GFM a paragraph of pipes), whose delimiter row gets the missing cells. A line of
 * Liquid left as written (an include the import cannot bring over) right before a link reference
 * definition gets a blank line after it: Jekyll put the include's output there and kramdown read the
 * definitions that followed, while CommonMark would read them as the Liquid line's paragraph, text
 * with no link.
 */
export function openKramdownBlocks(markdown: string): { text: string; converted: LineNote[] } {
  const lines = markdown.split('\n')
  const out: string[] = []
  const converted: LineNote[] = []
  const closing: string[] = []
  let fence: string | null = null
  let inTag = false
  for (const [index, line] of lines.entries()) {
    const open = FENCE.exec(line)?.[1]
    if (fence !== null || open) {
      if (fence === null && open) fence = open
      else if (fence !== null && open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open)
        fence = null
      out.push(line)
      continue
    }
    const element = /^\s*<([a-z][a-z0-9]*)\b([^>]*?)\s+markdown\s*=\s*["']?(1|block)["']?([^>]*)>\s*$/i.exec(line)
    if (element) {
      const [, name = '', before = '', , after = ''] = element
      out.push(`<${name}${before}${after}>`, '')
      closing.push(name.toLowerCase())
      converted.push({
        line: out.length - 1,
        message: `<${name} markdown="1"> → 빈 줄로 감싼 <${name}> (kramdown처럼 안의 Markdown을 읽도록)`,
      })
      continue
    }
    const waiting = closing.at(-1)
    if (waiting !== undefined && new RegExp(`^\\s*</${waiting}>\\s*$`, 'i').test(line)) {
      out.push('', line)
      closing.pop()
      continue
    }
    const header = lines[index - 1]
    if (
      header !== undefined &&
      header.includes('|') &&
      TABLE_DELIMITER.test(line) &&
      line.includes('-') &&
      cellCount(line) < cellCount(header)
    ) {
      const missing = cellCount(header) - cellCount(line)
      const trimmed = line.trimEnd()
      const padded = trimmed.endsWith('|')
        ? `${trimmed}${' --- |'.repeat(missing)}`
        : `${trimmed}${' | ---'.repeat(missing)}`
      out.push(padded)
      converted.push({
        line: out.length,
        message: `표의 구분 줄에 빠진 칸 ${missing}개를 채웠습니다 (kramdown은 표로, GFM은 글자로 읽던 표)`,
      })
      continue
    }
    const next = lines[index + 1]
    // A tag written over several lines (`{% include linkers/issues.md v=2` … `issues="1,2" %}`) ends on its last.
    const endsTag = LIQUID_LINE.test(line) || (inTag && /%\}\s*$/.test(line))
    if (line.lastIndexOf('{%') > line.lastIndexOf('%}')) inTag = true
    else if (line.includes('%}')) inTag = false
    if (endsTag && next !== undefined && DEFINITION_LINE.test(next)) {
      out.push(line, '')
      converted.push({
        line: out.length + 1,
        message: 'Liquid 줄 바로 뒤의 참조 링크 정의 → 빈 줄을 두어 정의로 읽히게 함 (Jekyll에서처럼 링크가 됩니다)',
      })
      continue
    }
    out.push(line)
  }
  return { text: out.join('\n'), converted }
}

/** A line that is only Liquid tags (`{% include references.md %}`). */
const LIQUID_LINE = /^\s*(\{%[^\n]*?%\}\s*)+$/
/** A link reference definition (`[topics index]: /en/topics/`). */
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:\s*\S/

/** A list item whose text starts with a code fence (`* ~~~javascript`): marker, content column, fence. */
const LIST_FENCE = /^( {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]+)(`{3,}|~{3,})/

/**
 * Code fenced in a list item whose lines were written at the left margin (`* ~~~js`, then the code
 * and the closing `~~~` unindented): kramdown continued the item lazily up to the closing fence and
 * showed one code block inside the item; CommonMark ends the item at the first unindented line, so
 * the code becomes text and the closing fence opens a block that runs to the end of the post. Those
 * lines are indented to the item's content, which CommonMark then reads as kramdown did. The line
 * count stays; the lines moved are returned (1-based).
 */
export function indentLazyListFences(markdown: string): { text: string; lines: number[] } {
  const lines = markdown.split('\n')
  const moved: number[] = []
  let fence: string | null = null
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    if (fence !== null) {
      const closing = FENCE.exec(line)?.[1]
      if (closing && closing[0] === fence[0] && closing.length >= fence.length && line.trim() === closing) fence = null
      continue
    }
    const listed = LIST_FENCE.exec(line)
    if (!listed) {
      fence = FENCE.exec(line)?.[1] ?? null
      continue
    }
    const [, marker = '', open = ''] = listed
    const width = marker.replace(/\t/g, '    ').length
    let end = -1
    for (let next = index + 1; next < lines.length; next += 1) {
      const candidate = lines[next] ?? ''
      const closing = /^\s*(`{3,}|~{3,})\s*$/.exec(candidate)?.[1]
      if (closing && closing[0] === open[0] && closing.length >= open.length) {
        end = next
        break
      }
    }
    // Lazy only when the closing fence sits left of the item's content; an indented block already reads right.
    const closingIndent = end < 0 ? width : (lines[end] ?? '').length - (lines[end] ?? '').trimStart().length
    if (end < 0) continue
    if (closingIndent < width) {
      for (let next = index + 1; next <= end; next += 1) {
        const current = lines[next] ?? ''
        // kramdown took a line indented to the content as the item's, and the others as they were.
        if (current.trim() === '' || current.length - current.trimStart().length >= width) continue
        lines[next] = ' '.repeat(width) + current
        moved.push(next + 1)
      }
    }
    index = end
  }
  return { text: lines.join('\n'), lines: moved }
}
