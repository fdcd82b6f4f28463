/**
 * The internal links of the Markdown itself, checked before any build: every `[text](/post/)`,
 * `[text](#제목)`, reference definition and raw `<a href>` must reach a post, a page or a public
 * file, and a `#fragment` an id on the page it names (the heading ids rehype-slug gives, read from
 * the post rendered by the site's own pipeline). Findings name the Markdown file and line.
 */
import { Parser } from 'htmlparser2'
import { bodyOutline } from '../schema/body-tree'
import { closestName } from '../schema/suggest'

export interface SourceLink {
  url: string
  /** 1-based line in the body. */
  line: number
}

/** The `href` of each `<a>` in a piece of raw HTML, entities decoded as a browser reads them, with its line offset. */
function rawAnchors(html: string): { href: string; lineOffset: number }[] {
  const anchors: { href: string; lineOffset: number }[] = []
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'a' && attributes.href !== undefined) {
          anchors.push({ href: attributes.href, lineOffset: html.slice(0, parser.startIndex).split('\n').length - 1 })
        }
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return anchors
}

/** Every link of a Markdown body with its line: inline, reference definitions and raw HTML anchors. */
export function findBodyLinks(body: string): SourceLink[] {
  const { links, html } = bodyOutline(body)
  const anchors = html.flatMap(({ value, line }) =>
    rawAnchors(value).map((anchor) => ({ url: anchor.href, line: line + anchor.lineOffset })),
  )
  // In the order they appear, as a reader meets them.
  return [...links.map(({ url, line }) => ({ url, line })), ...anchors].sort((a, b) => a.line - b.line)
}

/** Ids every post page has besides its body's (the layout's landmarks and boxes). */
export const POST_LAYOUT_IDS = ['top', 'main', 'toc-title', 'share-heading', 'related-posts-title', 'series-box-title']

/** The prefix the sanitiser puts before ids authors write (footnotes, `<a name>`); in-page links follow it. */
const CLOBBER_PREFIX = 'user-content-'

export interface LinkTargets {
  /** Post and page slugs (lower-case key -> slug as written), the addresses `/<slug>/`. */
  slugs: ReadonlyMap<string, string>
  /** Ids of each rendered post's body, by slug; a post missing here is not checked for fragments. */
  ids: ReadonlyMap<string, ReadonlySet<string>>
  /** Other paths the build answers: old URLs (`redirect_from`, content/legacy-urls.yml), page files. */
  paths: ReadonlySet<string>
  /** Root names of the export's own routes and files (lib/schema/reserved-names.ts), with where they come from. */
  reserved: ReadonlyMap<string, string>
  publicFileExists?: ((sitePath: string) => boolean) | undefined
  /** Absolute origins that mean this site (SITE_URL + base path, the old blog). */
  ownOrigins: readonly string[]
  /** Posts the build leaves out (lower-case slug -> why: a draft, a scheduled post): a published post may not link to them. */
  unpublished?: ReadonlyMap<string, string> | undefined
  /**
   * The folders of the blog's other editions (`en`, docs/editions.md). A post of such an edition is
   * named `en/<slug>` in `slugs`, `ids` and `unpublished`, and is linked to as `/en/<slug>/`: a site
   * path in a post is read from the site's root, whatever the post's language.
   */
  editionFolders?: ReadonlySet<string> | undefined
}

export interface LinkProblem {
  line: number
  message: string
  fix: string
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text).normalize('NFC')
  } catch {
    return text.normalize('NFC')
  }
}

const ANCHOR_RULE = '제목 앵커는 제목을 소문자로, 공백을 -로 바꾼 것입니다. 한글은 그대로 두고 문장 부호는 뺍니다'

/**
 * What is wrong with one link of the post at `/<slug>/`, or null when it reaches its target (or
 * is not this site's: external, mail, the site's own list pages, which the build checks).
 */
export function checkLink(url: string, slug: string, targets: LinkTargets): Omit<LinkProblem, 'line'> | null {
  const written = url.trim()
  // Browsers ignore tabs, newlines and control characters in a scheme (`java\tscript:`): so does this.
  const bare = written.replace(/[\u0000-\u0020\u007f]/g, '')
  if (written === '' || /^(mailto|tel|data|javascript|vbscript):/i.test(bare)) return null
  let relative = written
  const own = targets.ownOrigins.find(
    (origin) => written === origin || written.startsWith(`${origin}/`) || written.startsWith(`${origin}#`),
  )
  if (own !== undefined) relative = written.slice(own.length) || '/'
  else if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(bare)) return null
  let target: URL
  try {
    target = new URL(relative, `http://site.invalid/${slug.split('/').map(encodeURIComponent).join('/')}/`)
  } catch {
    return { message: `링크 ${written}의 주소 형식이 잘못되었습니다`, fix: '괄호, 공백, 빠진 글자를 확인하세요' }
  }
  if (target.protocol !== 'http:' || target.host !== 'site.invalid') return null
  const fullPath = decode(target.pathname)
  const fragment = decode(target.hash.slice(1))
  // Under another edition's folder (`/en/...`), the rest of the path is read in that edition.
  const folder = fullPath.split('/')[1] ?? ''
  const inEdition = targets.editionFolders?.has(folder) === true
  const path = inEdition ? fullPath.slice(folder.length + 1) || '/' : fullPath
  const key = (segment: string) => (inEdition ? `${folder}/${segment}` : segment).toLowerCase()
  const segments = path.split('/').filter((segment) => segment !== '')
  const first = segments[0] ?? ''
  let pageSlug: string | null = null
  if (path === '/' || targets.paths.has(fullPath)) {
    pageSlug = null
  } else if (
    segments.length === 1 &&
    targets.slugs.has(key(first)) &&
    // `/Rust-1.10/` is a folder (a post whose slug has a dot); only `/Rust-1.10` could be a file.
    (path.endsWith('/') || !/\.[a-z0-9]+$/i.test(first))
  ) {
    pageSlug = targets.slugs.get(key(first)) ?? first
  } else if (segments.length === 1 && targets.unpublished?.has(key(first))) {
    return {
      message: `링크 ${written}가 가리키는 글은 ${targets.unpublished.get(key(first))}이라 사이트에 없습니다`,
      fix: '그 글을 먼저 발행하거나, 발행될 때까지 링크를 빼 두세요',
    }
  } else if (targets.publicFileExists?.(fullPath) || (inEdition && targets.publicFileExists?.(path))) {
    return null
  } else if (targets.reserved.has(first.toLowerCase())) {
    const origin = targets.reserved.get(first.toLowerCase()) ?? ''
    // The site's own list pages are checked by the build; files of public/ are checked here.
    if (!origin.includes('public') || !targets.publicFileExists) return null
    return {
      message: `링크 ${written}가 가리키는 파일이 없습니다`,
      fix: `public${path} 파일을 추가하거나 주소를 고치세요`,
    }
  } else if (/\.[a-z0-9]+$/i.test(path) && segments.length > 1) {
    if (!targets.publicFileExists) return null
    return {
      message: `링크 ${written}가 가리키는 파일이 없습니다`,
      fix: `public${path} 파일을 추가하거나 주소를 고치세요`,
    }
  } else {
    const meant =
      segments.length === 1 ? closestName(inEdition ? `${folder}/${first}` : first, [...targets.slugs.values()]) : null
    const fix =
      meant !== null
        ? `/${meant}/를 쓰려던 것인가요? 있는 글의 주소로 고치세요`
        : '있는 글의 주소(/<파일 이름의 날짜 뒤 부분>/)나 public/ 아래 파일 경로를 쓰세요'
    return { message: `링크 ${written}가 가리키는 글이나 페이지가 없습니다`, fix }
  }
  if (fragment === '' || pageSlug === null) return null
  const ids = targets.ids.get(pageSlug)
  if (ids === undefined) return null
  if (ids.has(fragment) || ids.has(`${CLOBBER_PREFIX}${fragment}`) || POST_LAYOUT_IDS.includes(fragment)) return null
  const where = pageSlug === slug ? '이 글' : `글 /${pageSlug}/`
  const meant = closestName(
    fragment,
    [...ids].filter((id) => !id.startsWith(CLOBBER_PREFIX)),
  )
  return {
    message: `링크 ${written}: ${where}에 #${fragment} 제목(id)이 없습니다`,
    fix: meant !== null ? `#${meant}를 쓰려던 것인가요? ${ANCHOR_RULE}` : `있는 제목의 앵커를 쓰세요. ${ANCHOR_RULE}`,
  }
}

/** Every broken internal link of one post's body, with its line in the file. */
export function checkBodyLinks(
  body: string,
  bodyStartLine: number,
  slug: string,
  targets: LinkTargets,
  /** Which links to check; all when absent. */
  include: (url: string) => boolean = () => true,
): LinkProblem[] {
  const problems: LinkProblem[] = []
  for (const link of findBodyLinks(body)) {
    if (!include(link.url)) continue
    const problem = checkLink(link.url, slug, targets)
    if (problem !== null) problems.push({ ...problem, line: bodyStartLine + link.line - 1 })
  }
  return problems
}

/** Ids an exported page carries, read from its HTML (the same reader the build's link check uses). */
export type RenderedIds = ReadonlyMap<string, ReadonlySet<string>>
