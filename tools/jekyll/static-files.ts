import { Parser } from 'htmlparser2'
import { svgProblems, type SvgProblem } from '../../lib/schema/svg-safety'
import { decodeFragment } from './links'

/**
 * The files an old Jekyll site published as they were: anything outside `_` and dot folders with no
 * front matter (pictures, icons, downloads, search-engine verification pages, theme files). Jekyll
 * copied each one to the same path, so the import copies them too and every such old URL keeps
 * answering; only names the blog writes itself and files that hold e-mail addresses stay behind.
 */
export interface StaticCandidate {
  /** URL path in the site (`/assets/a.png`, `/google123.html`). */
  path: string
  /** The file's first bytes as text: enough to see front matter or an e-mail address (an SVG's whole text). */
  head: string
}

export interface StaticSelection {
  copy: string[]
  skipped: { path: string; reason: string }[]
}

/** What Jekyll 4 leaves out of every build unless told otherwise (its default `exclude:`). */
const JEKYLL_EXCLUDED = [
  '.sass-cache',
  '.jekyll-cache',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle/',
  'vendor/cache/',
  'vendor/gems/',
  'vendor/ruby/',
]
const SASS = /\.(scss|sass)$/i
const DATA_FILE = /\.(json|csv|ya?ml|txt|tsv)$/i
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/

/**
 * Whether an `exclude:` or `include:` entry names a site path as Jekyll's EntryFilter#glob_include?
 * does: the path starts with it (`exclude: [doc]` leaves out `docs/` and `doc.md` alike, as real
 * Jekyll does), or File.fnmatch? matches it as a pattern (no FNM_PATHNAME: `*` crosses folders).
 */
export function namedByEntry(entry: string, path: string): boolean {
  const clean = entry.replace(/^\/+|\/+$/g, '')
  if (clean === '') return false
  if (path.startsWith(clean)) return true
  const pattern = clean
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${pattern}$`).test(path)
}

/** Whether Jekyll's `exclude:` (with its own defaults) leaves a site path (`/src/a.md`) out of the build. */
export function isExcluded(path: string, exclude: readonly string[]): boolean {
  return [...JEKYLL_EXCLUDED, ...exclude].some((entry) => namedByEntry(entry, path.slice(1)))
}

/**
 * Splits the candidates into files to copy and files left behind with the reason. `reserved` holds
 * the root names the blog's own export uses (`feed.xml`, `robots.txt`, `tags` …).
 */
export function selectStaticFiles(
  candidates: readonly StaticCandidate[],
  options: { exclude: readonly string[]; reserved: ReadonlySet<string> },
): StaticSelection {
  const selection: StaticSelection = { copy: [], skipped: [] }
  for (const { path, head } of candidates) {
    const segments = path.split('/').filter(Boolean)
    if (segments.some((segment) => segment.startsWith('_') || segment.startsWith('.'))) continue
    if (isExcluded(path, options.exclude) || SASS.test(path) || /^---\r?\n/.test(head)) continue
    const root = segments[0] ?? ''
    if (root === 'CNAME')
      selection.skipped.push({ path, reason: '도메인 설정은 배포가 맡습니다 (GitHub Pages의 Custom domain)' })
    else if (options.reserved.has(root))
      selection.skipped.push({ path, reason: '블로그가 같은 주소에 자기 파일을 씁니다' })
    else if (DATA_FILE.test(path) && EMAIL.test(head))
      selection.skipped.push({
        path,
        reason: '메일 주소가 들어 있어 공개하지 않습니다 (옛 사이트는 누구나 받을 수 있게 두었습니다)',
      })
    else if (/\.svg$/i.test(path) && repairStaticSvg(head).remaining.length > 0) {
      const problems = repairStaticSvg(head).remaining
      selection.skipped.push({
        path,
        reason: `SVG에 실행될 수 있는 내용이 있어 블로그 주소에서 열리면 스크립트가 돕니다 (${problems
          .map((problem) => `${problem.line}번째 줄: ${problem.message}`)
          .join(', ')}). 스크립트를 지운 SVG나 PNG로 public/에 두세요`,
      })
    } else if (/\.svgz$/i.test(path)) {
      selection.skipped.push({
        path,
        reason: '압축된 SVG(.svgz)는 안을 검사할 수 없습니다. 압축을 푼 .svg로 public/에 두세요',
      })
    } else selection.copy.push(path)
  }
  selection.copy.sort()
  return selection
}

/** Elements of an SVG that only run code (an interactive chart's script): taken out, the picture stays. */
const SVG_CODE_ELEMENTS = new Set(['script', 'handler', 'listener'])

/**
 * An SVG the old site served as it was, made fit for the blog, which refuses an SVG that could run
 * a script on its origin: `<script>` elements and `on…` event attributes (a flame graph's zoom and
 * search) are taken out, so the picture shows as it first drew. What the blog would still refuse
 * (a `<foreignObject>`, a `javascript:` address) is in `remaining`, and the file is not copied.
 */
export function repairStaticSvg(svg: string): { text: string; notes: string[]; remaining: SvgProblem[] } {
  if (svgProblems(svg).length === 0) return { text: svg, notes: [], remaining: [] }
  const cuts: { start: number; end: number; text: string }[] = []
  let scripts = 0
  let handlers = 0
  let inside: { name: string; start: number; depth: number } | null = null
  let depth = 0
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        depth++
        const local = name.slice(name.lastIndexOf(':') + 1).toLowerCase()
        if (inside !== null) return
        if (SVG_CODE_ELEMENTS.has(local)) {
          inside = { name, start: parser.startIndex, depth }
          return
        }
        const tag = svg.slice(parser.startIndex, parser.endIndex + 1)
        const bare = tag.replace(/\s+(?:[\w.-]+:)?on[\w.-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi, () => {
          handlers++
          return ''
        })
        if (bare !== tag) cuts.push({ start: parser.startIndex, end: parser.endIndex + 1, text: bare })
      },
      onclosetag(name) {
        const open = inside as { name: string; start: number; depth: number } | null
        if (open !== null && open.name === name && open.depth === depth) {
          cuts.push({ start: open.start, end: parser.endIndex + 1, text: '' })
          scripts++
          inside = null
        }
        depth--
      },
    },
    { xmlMode: true, recognizeCDATA: true },
  )
  parser.end(svg)
  // Pieces joined once: cutting a flame graph's thousands of handlers one by one copied it each time.
  const pieces: string[] = []
  let at = 0
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    pieces.push(svg.slice(at, cut.start), cut.text)
    at = cut.end
  }
  pieces.push(svg.slice(at))
  const text = pieces.join('')
  const notes = [
    ...(scripts > 0 ? [`스크립트 ${scripts}개`] : []),
    ...(handlers > 0 ? [`이벤트 처리기(on… 속성) ${handlers}개`] : []),
  ]
  return {
    text,
    notes:
      notes.length > 0
        ? [
            `SVG의 ${notes.join('와 ')}를 뺐습니다 (블로그 주소에서 열리는 SVG는 코드를 실행하지 않아야 합니다. 그림은 처음 그려진 그대로 보입니다)`,
          ]
        : [],
    remaining: svgProblems(text),
  }
}

/** Script types that run (a JSON or template block runs nothing and may stay). */
const RUNNING_SCRIPT = /^(|text\/javascript|application\/javascript|module)$/i

/**
 * A plain HTML file of the old site, made fit for the blog's export, which gives every HTML file a
 * Content-Security-Policy in its `<head>` that allows only the blog's own scripts. A script the
 * old page ran would stop the build, so it is taken out (and the report says which); markup with
 * no `<head>` (a verification file holding only a `<meta>`) gets an empty one at the start. A
 * file with no markup at all (a verification token) stays byte for byte.
 */
export function repairStaticHtml(html: string): { text: string; notes: string[] } {
  if (!html.includes('<')) return { text: html, notes: [] }
  const scripts: { start: number; end: number; text: string }[] = []
  let hasHead = false
  let open: { start: number; runs: boolean } | null = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'head') hasHead = true
        if (name === 'script')
          open = { start: parser.startIndex, runs: RUNNING_SCRIPT.test((attributes.type ?? '').trim()) }
      },
      onclosetag(name) {
        const script = open as { start: number; runs: boolean } | null
        if (name !== 'script' || script === null) return
        if (script.runs) {
          const end = parser.endIndex + 1
          scripts.push({ start: script.start, end, text: html.slice(script.start, end) })
        }
        open = null
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.end(html)
  let text = html
  const notes: string[] = []
  for (const script of [...scripts].reverse()) {
    text = text.slice(0, script.start) + text.slice(script.end)
    const shown = script.text.replace(/\s+/g, ' ').slice(0, 80)
    notes.push(
      `스크립트 ${shown}${script.text.length > 80 ? '…' : ''}를 뺐습니다 (블로그는 자기 스크립트만 실행합니다)`,
    )
  }
  notes.reverse()
  if (!hasHead) {
    const after = /^(\s*(<!doctype[^>]*>)?\s*(<html[^>]*>)?)/i.exec(text)?.[0] ?? ''
    text = `${text.slice(0, after.length)}<head></head>${text.slice(after.length)}`
    notes.push('<head>가 없어 빈 <head></head>를 넣었습니다 (블로그가 보안 정책을 넣는 자리)')
  }
  return { text, notes }
}

/** What the import knows of the old site and the blog, for the links of an HTML file it keeps (relinkKeptHtml). */
export interface KeptHtmlContext {
  /** Whether the old site's Jekyll build answered a decoded site path. */
  answered: (path: string) => boolean
  /** The old site's `url`, or null when `_config.yml` has none. */
  origin: string | null
  /** The source file of a page Jekyll wrote at a path but the import did not bring over. */
  unimported?: (path: string) => string | undefined
  /** The file's own path (`/assets/icon/a.html`), against which its relative addresses resolved. */
  filePath?: string
  /** The `.html` file the old host served for an address without an extension (`/docs` -> `/docs.html`), or null. */
  servedHtml?: (path: string) => string | null
  /** The id a fragment names on the blog's post or page at a path (ImportPlan.fragmentFor). */
  fragmentFor?: (path: string, id: string) => string | null | undefined
}

/**
 * The links and sources of a plain HTML file kept from the old site, made to lead where they led:
 * - an address without extension the old host answered with an `.html` file (`/docs`) names that file;
 * - a `#fragment` to a post or page of the blog names the id that page has now, or goes;
 * - a link to a page Jekyll wrote that the import did not bring over keeps its text, for a person;
 * - an address the old build did not answer (`<a href="/triples">`, another GitHub Pages project on
 *   the old domain) points at the old domain (`//nullprogram.com/triples`); without the old site's
 *   `url` it was as dead there as here: a link keeps its text and a picture its alternative text.
 */
export function relinkKeptHtml(
  html: string,
  {
    answered,
    origin,
    unimported = () => undefined,
    filePath = '/',
    servedHtml = () => null,
    fragmentFor = () => undefined,
  }: KeptHtmlContext,
): { text: string; notes: string[]; unresolved: string[] } {
  const host = origin === null ? null : new URL(origin).host
  const notes: string[] = []
  const unresolved: string[] = []
  const sitePath = (address: string) => {
    const path = address.replace(/[?#].*$/, '')
    try {
      return decodeURI(path).normalize('NFC')
    } catch {
      return path
    }
  }
  // Without the old domain, an address the old build never wrote was as dead on the old site as here.
  const dead = (address: string) =>
    host === null &&
    !answered(sitePath(address)) &&
    servedHtml(sitePath(address)) === null &&
    unimported(sitePath(address)) === undefined
  // A link to a page the old site had but the blog will not (a Liquid template page) gives way to its
  // text, as in posts, and a person is told which page it was; so does a dead link, as in posts.
  const unlinked = html
    .replace(
      /<a\b[^>]*\shref\s*=\s*(["'])(\/(?!\/)[^"']*)\1[^>]*>([\s\S]*?)<\/a>/gi,
      (whole, _quote: string, address: string, label: string) => {
        if (dead(address)) {
          notes.push(`${address}: 옛 사이트에서도 깨진 링크라 링크를 풀고 글자만 남겼습니다`)
          return label
        }
        const page = unimported(sitePath(address))
        if (page === undefined) return whole
        unresolved.push(
          `${address}: Jekyll은 이 페이지를 썼지만(${page}) 가져오지 못한 페이지라 링크를 풀고 글자만 남겼습니다`,
        )
        return label
      },
    )
    .replace(/<img\b[^>]*\ssrc\s*=\s*(["'])(\/(?!\/)[^"']*)\1[^>]*>/gi, (whole, _quote: string, address: string) => {
      if (!dead(address)) return whole
      notes.push(`${address}: 옛 사이트에도 없던 그림이라 그림을 빼고 대체 텍스트만 남겼습니다`)
      return /\salt\s*=\s*(["'])([^"']*)\1/i.exec(whole)?.[2] ?? ''
    })
  const text = unlinked.replace(
    /(\s(?:href|src)\s*=\s*)(["'])([^"']*)\2/gi,
    (whole, before: string, quote: string, written: string) => {
      // Root-relative, or relative to the file (`../../rui/css/a.css`); not `//host`, a scheme, `#x` or Liquid.
      if (written === '' || /^(\/\/|[a-z][a-z0-9+.-]*:|[#?{])/i.test(written.trim())) return whole
      const resolved = new URL(written.trim(), `http://old-site.invalid${encodeURI(filePath)}`)
      const address = written.startsWith('/') ? written : `${resolved.pathname}${resolved.search}${resolved.hash}`
      // GitHub Pages answered `/docs` with `docs.html`; a plain static server answers the file's name only.
      const bare = address.replace(/[?#].*$/, '')
      const html = /^\/.*[^/]$/.test(bare) && !/\.[a-z0-9]+$/i.test(bare) ? servedHtml(sitePath(address)) : null
      if (html !== null) {
        const rest = address.slice(bare.length)
        notes.push(`${address}: 옛 호스트가 ${html} 파일로 답하던 주소라 ${html}${rest}로 바꿨습니다`)
        return `${before}${quote}${encodeURI(html)}${rest}${quote}`
      }
      if (answered(sitePath(address))) {
        // A fragment of a link to a post or page the blog has now: the id that page has (the blog names an id its HTML wrote `user-content-…`), or none.
        const hash = address.indexOf('#')
        if (hash < 0) return whole
        const path = sitePath(bare)
        const id = decodeFragment(address.slice(hash + 1))
        const own = fragmentFor(path, id)
        const named = own !== undefined || path.endsWith('/') ? own : fragmentFor(`${path}/`, id)
        if (named === undefined || named === id) return whole
        const kept = named === null ? address.slice(0, hash) : `${address.slice(0, hash)}#${encodeURIComponent(named)}`
        notes.push(
          named === null
            ? `${address}: 블로그의 그 페이지에 없는 앵커라 #${id}를 빼고 페이지로만 연결했습니다`
            : `${address} → ${kept} (페이지가 HTML에 쓴 id: 블로그가 붙이는 이름으로)`,
        )
        return `${before}${quote}${kept}${quote}`
      }
      if (host === null) {
        unresolved.push(
          `${address}: 옛 빌드가 쓰지 않은 주소인데 _config.yml에 url이 없어 옛 도메인 주소로 바꾸지 못했습니다: 링크 검사가 멈추니 주소를 고치거나 지우세요`,
        )
        return whole
      }
      notes.push(
        `${address}: 옛 빌드가 쓰지 않은 주소라 (옛 도메인의 다른 프로젝트가 답했을 주소) //${host}${address}로 바꿨습니다`,
      )
      return `${before}${quote}//${host}${address}${quote}`
    },
  )
  return { text, notes, unresolved }
}

/**
 * The path Jekyll 4 wrote a static file to: dots right before the last extension collapse into one
 * (`/images/chart..png` was published as `/images/chart.png`, `x...png` as `x.png`), while dots
 * elsewhere in the name (`a..b.png`) and folder names stay as they were.
 */
export function publishedStaticPath(path: string): string {
  return path.replace(/([^/.])\.{2,}([^./]+)$/, '$1.$2')
}

/** The same collapse in a reference to such a file (`/images/chart..png?v=2`), query and fragment kept. */
export function publishedReference(url: string): string {
  return url.replace(/([^/.])\.{2,}([^./?#]+)(?=[?#]|$)/, '$1.$2')
}
