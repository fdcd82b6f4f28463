import { parseFrontMatter } from '../../lib/schema/front-matter'
import { parsePermalink, type PageRoute } from '../../lib/schema/pages'
import { PAGE_FIELDS } from '../../lib/schema/post-fields'
import type { SourceFile } from '../../lib/schema/validate-content'
import { convertDocument, type DocumentOutcome } from './convert-body'
import { bodyOffset, formatYamlValue, repairFrontMatter, type LineNote } from './front-matter'
import type { LiquidResolver } from './liquid'
import { pageUrl } from './permalink'
import type { SiteIndex } from './scan'

/** A standalone page of the old site (about, contact ...), ready to be converted. */
export interface IndexedPage {
  /** Path in the Jekyll site, e.g. `_pages/about.md` or `contact.html`. */
  source: string
  /** File name in content/pages, e.g. `contact.md`. */
  fileName: string
  /** The old URL, from `permalink` or Jekyll's default for pages. */
  permalink: string
  route: PageRoute
  frontMatter: string
  body: string
  dropped: LineNote[]
  problems: LineNote[]
  /**
   * The addresses jekyll-redirect-from answered for the page (`redirect_from: server/guides/testing`,
   * written at /server/guides/testing.html), as site paths: each becomes a redirect to the page.
   */
  redirectFrom: string[]
}

/** A page not imported; `answered` when the blog's own list answers its old URL (content/legacy-urls.yml). */
export type PageSkip = { skip: string; oldUrl: string | null; answered?: boolean }

/**
 * Liquid that computes a page (loops over posts, conditions): such a page is a template, not
 * content. A page whose Liquid is only includes and assignments is written like a post, and its
 * Liquid is converted (or reported) as a post's is.
 */
const TEMPLATE_TAG = /\{%-?\s*(for|if|unless|case|capture|tablerow|cycle|paginate)\b/
/** Liquid that lists the site's posts: such a page is one of the lists the blog draws itself. */
const LISTS_POSTS = /\bsite\.(posts|tags|categories)\b|\bpaginator\./

/** What a Jekyll site already answers with pages of its own; the blog replaces these. */
const REPLACED_BY_BLOG: Record<string, string> = {
  index: '블로그 첫 페이지가 대신합니다',
  '404': '블로그의 404 페이지가 대신합니다',
}

/**
 * Markdown reads indented lines as code and ends raw HTML at a blank line; Jekyll never ran
 * Markdown on `.html` pages. Dropping indentation and blank lines (outside `<pre>`) keeps them HTML.
 * Inside `<pre>` every character stays, but a blank line there would end the HTML too: its line
 * break is written `&#10;` at the start of the next line, which the browser reads as the same break.
 */
export function flattenHtml(html: string): string {
  const kept: string[] = []
  let inPre = false
  let breaks = ''
  for (const line of html.split('\n')) {
    if (inPre) {
      if (line.trim() === '') {
        breaks += `${line}&#10;`
        continue
      }
      kept.push(breaks + line)
      breaks = ''
      if (/<\/pre>/i.test(line)) inPre = false
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '') continue
    kept.push(trimmed)
    if (/<pre[\s>]/i.test(trimmed) && !/<\/pre>/i.test(trimmed)) inPre = true
  }
  // A `<pre>` left open at the end keeps its last breaks too.
  if (breaks !== '') kept.push(breaks)
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`
}

/**
 * Reads a page of the old site. Without a `permalink` Jekyll served it at `/<name>/` when the
 * site's permalink style ends in a slash, else at `/<name>.html`. Templates (Liquid loops, includes)
 * and pages the blog replaces are skipped, with the reason and the old URL they leave behind.
 */
export function indexPage(
  file: SourceFile,
  prettyPages: boolean,
  document = false,
  /** Whether the old build left what Jekyll's Liquid made of the page (tools/jekyll/liquid-output.ts). */
  computed = false,
): IndexedPage | PageSkip {
  const name = file.path.split('/').pop() ?? file.path
  // `about/index.md` is the page Jekyll served at /about/; `docs/guides/index.md`, at /docs/guides/, is
  // named by its own folder too: only the site's root index is the home page the blog replaces.
  const folder = /(?:^|\/)([^/_.][^/]*)\/index\.(md|markdown|html?)$/.exec(file.path)?.[1]
  const stem = folder ?? name.replace(/\.(md|markdown|html?)$/, '')
  const repaired = repairFrontMatter(file.text, PAGE_FIELDS)
  const parsed = parseFrontMatter(repaired.text)
  if (!parsed.ok) {
    const missing = parsed.problem.message === 'front-matter-missing'
    return {
      skip: missing
        ? 'front matter가 없어 Jekyll이 페이지로 만들지 않고 그대로 복사했습니다 (아래 자산 파일처럼 같은 경로로 복사합니다)'
        : `front matter를 읽을 수 없습니다: ${parsed.problem.message}`,
      oldUrl: null,
    }
  }
  const data = parsed.value.data
  const permalink = pageUrl(file.path, data, prettyPages)
  // Jekyll wrote no page for `published: false`: there is nothing readers saw to import, nor an old address.
  if (data.published === false) return { skip: 'published: false라 Jekyll이 쓰지 않은 페이지입니다', oldUrl: null }
  const replaced = REPLACED_BY_BLOG[stem]
  if (replaced) return { skip: replaced, oldUrl: null }
  // jekyll-redirect-from wrote a page that sends the reader to `redirect_to` in place of this one:
  // the old address keeps that page (the build's HTML), not the text nobody saw.
  const redirectTo = Array.isArray(data.redirect_to) ? data.redirect_to[0] : data.redirect_to
  if (typeof redirectTo === 'string' && redirectTo.trim() !== '')
    return {
      skip: `redirect_to: Jekyll은 이 주소에 ${redirectTo.trim()}(으)로 보내는 페이지를 썼습니다 (그 페이지를 그대로 둡니다)`,
      oldUrl: permalink,
    }
  const body = repaired.text.slice(bodyOffset(repaired.text))
  if (typeof data.layout === 'string' && body.trim() === '' && document) {
    // A collection's document without text (a company's profile, a session of a conference): its layout drew
    // the page from the front matter's fields, so the page Jekyll wrote stays at its address.
    return {
      skip: `내용 없이 layout(${data.layout})이 front matter로 그린 컬렉션 문서라 옮길 내용이 없습니다`,
      oldUrl: permalink,
    }
  }
  if (typeof data.layout === 'string' && body.trim() === '') {
    return {
      skip: `내용 없이 layout(${data.layout})이 그린 목록 페이지라 블로그의 목록이 대신합니다`,
      oldUrl: permalink,
      answered: true,
    }
  }
  // A collection's document is content written like a post (its layout draws the rest): its
  // includes and Liquid are converted or reported as a post's are.
  // With Jekyll's own Liquid output, a page computed from the site's data (a list of people, a
  // download table) is content: it is imported with the text Jekyll made of it.
  if (!document && TEMPLATE_TAG.test(body) && !(computed && !LISTS_POSTS.test(body))) {
    return { skip: 'Liquid 템플릿(목록, include)이라 내용으로 옮길 수 없습니다', oldUrl: permalink }
  }
  // Jekyll wrote `permalink: /doctrine` as the file doctrine.html, which the host served at both
  // addresses: the page answers at /doctrine/ and keeps that file as its old address.
  const written = /\/[^/.]+$/.test(permalink) ? `${permalink}.html` : permalink
  const route = parsePermalink(written)
  if (!route)
    return { skip: `permalink ${permalink}는 한 단계 주소가 아니라 페이지로 옮길 수 없습니다`, oldUrl: permalink }

  const problems: LineNote[] = []
  let title = typeof data.title === 'string' ? data.title.trim() : ''
  if (title === '') {
    title = stem
    problems.push({
      line: 2,
      message: `제목이 없어 파일 이름 "${stem}"을(를) 제목으로 썼습니다: 맞는 제목으로 고치세요`,
    })
  }
  const fields = [`title: ${formatYamlValue(title)}`, `permalink: ${formatYamlValue(written)}`]
  if (typeof data.description === 'string' && data.description.trim() !== '')
    fields.push(`description: ${formatYamlValue(data.description.trim())}`)
  const redirectFrom = ([] as unknown[])
    .concat(data.redirect_from ?? [])
    .flatMap((from) => (typeof from === 'string' && from.trim() !== '' ? [from.trim()] : []))
    .map((from) => (from.startsWith('/') ? from : `/${from}`))
  const dropped = Object.keys(data)
    .filter((key) => !Object.hasOwn(PAGE_FIELDS, key) && !(key === 'redirect_from' && redirectFrom.length > 0))
    .map((key) => ({
      line: parsed.value.fieldLines[key] ?? 1,
      message: `${key}: 페이지에 쓰지 않는 항목이라 뺐습니다`,
    }))
  return {
    source: file.path,
    fileName: `${stem}.md`,
    permalink,
    route,
    frontMatter: `---\n${fields.join('\n')}\n---\n`,
    body: /\.html?$/.test(name) ? flattenHtml(body) : body.replace(/^\n+/, '\n'),
    dropped,
    problems,
    redirectFrom,
  }
}

/** Converts the page body's Liquid and checks its references, like a post's. */
export function finishPage(page: IndexedPage, resolver: LiquidResolver, site: SiteIndex): DocumentOutcome {
  const outcome = convertDocument(
    page.frontMatter,
    page.body,
    resolver,
    site,
    [],
    // Relative addresses (`<img src="shot.png">` in projects/index.html) resolved against the page's old URL.
    page.permalink,
    !/\.html?$/.test(page.source),
    page.source,
  )
  return { ...outcome, problems: [...page.problems, ...outcome.problems].sort((a, b) => a.line - b.line) }
}
