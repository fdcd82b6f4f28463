import { Parser } from 'htmlparser2'
import { LineCounter } from 'yaml'

/**
 * Whether an SVG file is inert. A browser opening `/assets/x.svg` runs its scripts on the blog's own
 * origin, and the per-page CSP `<meta>` does not reach a file that is not HTML. So an SVG the site
 * serves must hold no script, no event handler, no `javascript:` address and no foreign object
 * (which can carry HTML and its scripts). The file is read as the browser reads it, as XML; a few
 * patterns are also looked for in the raw text, so that a parser difference cannot hide a script.
 */
export interface SvgProblem {
  /** 1-based line of the offending element or declaration. */
  line: number
  message: string
}

/** Elements that run code or embed a document; compared by local name (`html:script` is `script`). */
const ACTIVE_ELEMENTS = new Map<string, string>([
  ['script', '<script>'],
  ['foreignobject', '<foreignObject> (그 안의 HTML과 스크립트가 함께 실행됩니다)'],
  ['iframe', '<iframe>'],
  ['frame', '<frame>'],
  ['embed', '<embed>'],
  ['object', '<object>'],
  ['applet', '<applet>'],
  ['handler', '<handler>'],
  ['listener', '<listener>'],
  ['base', '<base>'],
  ['meta', '<meta>'],
])

/** Whitespace and control characters a browser skips inside a URL scheme (`java\tscript:`). */
const SKIPPED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f]/g
const SCRIPT_SCHEME = /(?:javascript|vbscript|livescript):/
/** Pictures a `data:` address may hold; anything else (`data:image/svg+xml`, `data:text/html`) may carry a script. */
const SAFE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);/

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase()
}

/** A 1-based line finder for `text`, by yaml's LineCounter (the line starts found once, then a binary search). */
function lineFinder(text: string): (index: number) => number {
  const counter = new LineCounter()
  counter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1)
  return (index) => counter.linePos(index).line
}

export function svgProblems(text: string): SvgProblem[] {
  // A flame graph holds thousands of handlers: each line is found in log time, not by counting again.
  const lineOf = lineFinder(text)
  const problems: SvgProblem[] = []
  const seen = new Set<string>()
  const report = (index: number, message: string) => {
    const line = lineOf(index)
    const key = `${line}\u0000${message}`
    if (seen.has(key)) return
    seen.add(key)
    problems.push({ line, message })
  }
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const at = parser.startIndex
        const element = ACTIVE_ELEMENTS.get(localName(name))
        if (element) report(at, `${element} 요소가 있습니다`)
        for (const [attribute, value] of Object.entries(attributes)) {
          const attr = localName(attribute)
          const squeezed = value.replace(SKIPPED_IN_SCHEME, '').toLowerCase()
          if (attr.startsWith('on')) report(at, `이벤트 처리기 ${attribute}="…"가 있습니다`)
          else if (SCRIPT_SCHEME.test(squeezed)) report(at, `${attribute}에 javascript: 주소가 있습니다`)
          else if (attr === 'href' && squeezed.startsWith('data:') && !SAFE_DATA.test(squeezed))
            report(at, `${attribute}에 그림이 아닌 data: 주소가 있습니다`)
          else if (attr === 'attributename' && (squeezed.startsWith('on') || localName(squeezed) === 'href'))
            report(at, `애니메이션이 ${value} 속성을 바꿉니다`)
        }
      },
      onprocessinginstruction(name, data) {
        const at = parser.startIndex
        const lower = name.toLowerCase()
        if (lower === '!doctype' && /[[]|<!entity/i.test(data))
          report(at, 'DOCTYPE 안에 엔터티 정의가 있습니다 (브라우저가 펼쳐 스크립트를 숨길 수 있습니다)')
        else if (lower === '?xml-stylesheet') report(at, '<?xml-stylesheet?> 처리 지시가 있습니다')
      },
      ontext(data) {
        if (SCRIPT_SCHEME.test(data.replace(SKIPPED_IN_SCHEME, '').toLowerCase()))
          report(parser.startIndex, '글자나 스타일 안에 javascript: 주소가 있습니다')
      },
    },
    { xmlMode: true, recognizeCDATA: true, decodeEntities: true },
  )
  parser.end(text)
  // The raw text too: whatever the parser above made of it, a browser must find nothing to run.
  for (const match of text.matchAll(/<\s*(?:[\w.-]+:)?(script|foreignobject)\b|<!ENTITY/gi)) {
    const what = match[1] ? ACTIVE_ELEMENTS.get(match[1].toLowerCase())! : '<!ENTITY> 정의'
    const line = lineOf(match.index)
    if (!problems.some((problem) => problem.line === line)) report(match.index, `${what}가 있습니다`)
  }
  return problems.sort((a, b) => a.line - b.line)
}

/** How to fix an unsafe SVG, shown after each problem. */
export const SVG_FIX =
  'SVG는 블로그 주소에서 열려 그 안의 스크립트가 실행됩니다. 스크립트, on… 속성, javascript: 주소, <foreignObject>를 지우거나 PNG로 내보내세요'
