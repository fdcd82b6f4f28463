import type { JekyllConfig } from './config'
import { indexPage, type IndexedPage } from './convert-page'
import { editionPrefix, indexPost, isPostFile, moveSlug, type IndexedPost, type PostContext } from './convert-post'
import { derivePostSlug, parsePostFileName } from '../../lib/schema/slug'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { bodyOffset, formatYamlValue, setFrontMatterFields } from './front-matter'
import type { ImportOptions, JekyllSite } from './plan'
import type { ImportReport } from './report'
import { BLOG_ROUTES } from './site-index'
import { DEFAULT_RESERVED_NAMES } from '../../lib/schema/reserved-names'

/** The report's line for a file the import could not handle: what went wrong, and that the rest went on. */
export const cannotImport = (error: unknown): string =>
  `가져오지 못했습니다: ${error instanceof Error ? error.message : String(error)} (이 파일만 빼고 나머지는 가져왔습니다: 고친 뒤 다시 가져오세요)`

/**
 * Reads every `_posts` file the way Jekyll did, in path order; files Jekyll ignored are listed as
 * skipped, and a post whose file name or URL another post already has is reported.
 * `takenSlugs` collects each URL's owner (lower case, as static hosts on case-insensitive disks see them),
 * by its slug in the first edition and by `<folder>/<slug>` in another (slugKey);
 * `reserved` names slugs that pages of the old site or the blog's own routes answer, which posts give way to
 * (in another edition, only the blog's own routes: that edition has them too).
 */
export function collectPosts(
  site: JekyllSite,
  options: ImportOptions,
  report: ImportReport,
  takenSlugs: Map<string, string>,
  context: PostContext,
  reserved: ReadonlyMap<string, string> = new Map(),
  /** Whether the old build answered an address (`/assessment/`), with another page than this post's. */
  answeredBefore: (url: string) => boolean = () => false,
): IndexedPost[] {
  const { labels } = options
  const posts: IndexedPost[] = []
  const takenNames = new Map<string, string>()
  const namedPosts = new Map<string, IndexedPost>()
  const blogNames = new Set([...DEFAULT_RESERVED_NAMES.keys()].map((name) => name.toLowerCase()))
  for (const file of [...site.posts].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const at = `${labels.site}/${file.path}`
    if (!isPostFile(file.path)) {
      report.skipped.push({ file: at, line: 1, message: '글 파일(.md, .markdown, .html)이 아닙니다' })
      continue
    }
    let post: ReturnType<typeof indexPost>
    try {
      post = indexPost(file, context)
    } catch (error) {
      // One post the import cannot read is reported by its file; the others are still imported.
      report.needsHuman.push({ file: at, line: 1, message: cannotImport(error) })
      continue
    }
    if ('skip' in post) {
      report.skipped.push({ file: at, line: 1, message: post.skip })
      continue
    }
    const key = (slug: string) => slugKey(post.edition, slug)
    const reservedFor = (slug: string) =>
      post.edition === '' || blogNames.has(slug.toLowerCase()) ? reserved.get(slug.toLowerCase()) : undefined
    const sameName = takenNames.get(post.fileName)
    const inFolder = sameName ? folderFileName(file.path, post.fileName, takenNames) : null
    // Two files of one folder that only the import's own renaming made the same (`2021-11-5-x.md`
    // padded to `2021-11-05-x.md`, `x.markdown` beside `x.md`): the later one takes a number.
    // (Two at the same old URL were one page to Jekyll, the last written: that stays for a person.)
    const otherUrl = namedPosts.get(post.fileName)?.oldUrl
    const renamed = sameName
      ? (inFolder ?? (otherUrl !== post.oldUrl ? numberedFileName(post.fileName, takenNames) : null))
      : null
    if (sameName && renamed !== null) {
      // Jekyll wrote both (`_posts/en/x.md`, `_posts/zh/x.md`), each at its own URL: this one takes
      // its folder into its file name, and a slug of its own unless another post has that.
      post.fixes.push({
        line: 1,
        message:
          inFolder !== null
            ? `${sameName}와 파일 이름이 같아 폴더 이름을 붙인 ${renamed}로 가져왔습니다 (Jekyll은 두 글을 각각 다른 주소에 썼습니다)`
            : `${sameName}와 같은 파일 이름 ${post.fileName}이 되어 번호를 붙인 ${renamed}로 가져왔습니다 (한 자리 날짜를 채우거나 확장자를 .md로 바꾼 이름이 겹쳤습니다. Jekyll은 두 글을 각각 다른 주소에 썼습니다)`,
      })
      post.fileName = renamed
      const parsed = parseFrontMatter(post.text)
      const own = parsed.ok && typeof parsed.value.data.slug === 'string' ? parsed.value.data.slug : undefined
      const slug = derivePostSlug(renamed, own)
      const free = (name: string) => !takenSlugs.has(key(name)) && reservedFor(name) === undefined
      // Of two editions (`_posts/ko/x.md`, `_posts/en/x.md`), each keeps its address in its own edition.
      const otherEdition = namedPosts.get(post.fileName)?.edition !== post.edition
      // A post whose front matter does not parse is reported by itself; its slug is left alone.
      if (!parsed.ok) {
        // Nothing to write the slug into.
      } else if (slug !== post.slug && free(slug) && !(otherEdition && free(post.slug))) moveSlug(post, slug, sameName)
      else if (slug !== post.slug) {
        // The new file name would give another slug: the one the post had is kept in front matter.
        post.text = setFrontMatterFields(post.text, { slug: formatYamlValue(post.slug) })
        post.frontMatterEnd = bodyOffset(post.text)
      }
    } else if (sameName) {
      report.needsHuman.push({
        file: at,
        line: 1,
        message: `${sameName}와 같은 파일 이름 ${post.fileName}이 되어 가져오지 않았습니다`,
      })
      continue
    }
    takenNames.set(post.fileName, at)
    namedPosts.set(post.fileName, post)
    // An address the old site answered with something else (a page, a kept template, a redirect) stays theirs.
    const prefix = editionPrefix(post)
    const elsewhere = (slug: string) =>
      answeredBefore(`${prefix}/${slug}/`) && post.oldUrl.replace(/\/+$/, '') !== `${prefix}/${slug}`
    const owner =
      takenSlugs.get(key(post.slug)) ??
      reservedFor(post.slug) ??
      (elsewhere(post.slug) ? `옛 사이트의 ${prefix}/${post.slug}/` : undefined)
    if (owner) {
      // Jekyll had them at different URLs (other years, other folders): each gets a slug of its
      // own, with the day it was published, and keeps its old URL as a redirect.
      const day = parsePostFileName(post.fileName)?.day ?? ''
      let slug = `${post.slug}-${day}`.replace(/-+$/, '')
      for (let n = 2; takenSlugs.has(key(slug)) || reservedFor(slug) !== undefined || elsewhere(slug); n += 1)
        slug = `${post.slug}-${day}-${n}`
      moveSlug(post, slug, owner)
    }
    takenSlugs.set(key(post.slug), at)
    posts.push(post)
  }
  return posts
}

/**
 * How `takenSlugs` names a post's address: its slug (lower case) in the first edition, where pages
 * live too; `<folder>/<slug>` in another edition, whose addresses are its own (`/en/x/` beside `/x/`).
 */
export const slugKey = (edition: string, slug: string): string =>
  edition === '' ? slug.toLowerCase() : `${edition}/${slug.toLowerCase()}`

/** `2021-11-05-x.md` -> `2021-11-05-x-2.md`, the first number no other post's file name has. */
function numberedFileName(fileName: string, taken: ReadonlyMap<string, string>): string {
  const stem = fileName.replace(/\.md$/, '')
  let n = 2
  while (taken.has(`${stem}-${n}.md`)) n += 1
  return `${stem}-${n}.md`
}

/**
 * A file name for a post whose name another post in a different folder of `_posts` has: the
 * folder joined in before the extension (`_posts/zh/news/2019-01-08-x.md` -> `2019-01-08-x-zh.md`,
 * else `2019-01-08-x-zh-news.md`); null when the post is in no folder. A page's folders start at
 * the site's root (`zh/workshops.md` -> `workshops-zh.md`): `root` is how many leading folders are not the file's own.
 */
export function folderFileName(
  path: string,
  fileName: string,
  taken: ReadonlyMap<string, string> | ReadonlySet<string>,
  root = 1,
): string | null {
  const parts = path.split('/')
  // A post's folders are those around its `_posts` (`blog/_posts/x.md`, `_posts/zh/x.md`).
  const posts = parts.indexOf('_posts')
  const folders = (posts === -1 ? parts.slice(root, -1) : parts.slice(0, -1).filter((_, at) => at !== posts))
    .map((folder) =>
      folder
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((folder) => folder !== '')
  const stem = fileName.replace(/\.md$/, '')
  for (const suffix of [folders[0], folders.join('-')]) {
    if (suffix === undefined || suffix === '') continue
    const name = `${stem}-${suffix}.md`
    if (!taken.has(name)) return name
  }
  return null
}

/** Reads the pages of the old site; templates and pages the blog replaces are skipped, and old URLs left without an answer reported. */
export function collectPages(
  site: JekyllSite,
  config: JekyllConfig,
  options: ImportOptions,
  report: ImportReport,
  takenSlugs: Map<string, string>,
  /** Filled with the old URLs of pages Jekyll wrote that are not brought over, and their source files. */
  unimported: Map<string, string> = new Map(),
  /** Filled with the old URLs of pages the blog's own page replaces (`/authors.html`), and that page (`/authors/`). */
  replaced: Map<string, string> = new Map(),
): IndexedPage[] {
  const { labels } = options
  const pages: IndexedPage[] = []
  // Pages at the site's root first: one keeps its file name, and a folder's page of the same name
  // (`en/settings.html` beside `settings.html`) takes its folder's.
  const depth = (path: string) => (path.includes('/') ? 1 : 0)
  const ordered = [...site.pages].sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1))
  for (const file of ordered) {
    const at = `${labels.site}/${site.documentSources?.get(file.path) ?? file.path}`
    const page = indexPage(
      file,
      config.prettyPages,
      site.documentSources?.has(file.path) ?? false,
      site.built?.liquid?.has(file.path) ?? false,
    )
    if ('skip' in page) {
      // A document or folder page given a one-level address here was at another on the old site.
      const oldUrl = page.oldUrl === null ? null : (site.oldUrls?.get(file.path) ?? page.oldUrl)
      report.skipped.push({
        file: at,
        line: 1,
        message: oldUrl ? `${page.skip} (옛 주소 ${oldUrl})` : page.skip,
      })
      if (oldUrl !== null && !BLOG_ROUTES.has(oldUrl) && page.answered !== true) {
        unimported.set(oldUrl.normalize('NFC'), at)
        report.needsHuman.push({
          file: at,
          line: 1,
          message: `옛 주소 ${oldUrl}에 답할 페이지가 없어 링크가 깨집니다: 블로그에 페이지를 만들거나 lib/site/legacy-redirects.ts에 리다이렉트를 넣으세요`,
        })
      }
      continue
    }
    if (DEFAULT_RESERVED_NAMES.has(page.route.slug)) {
      // The blog's own page answers that address (its search, its tag list); an old address of
      // another form (`/authors.html`) leads there (the plan writes no redirect over the page itself).
      replaced.set(page.permalink.normalize('NFC'), page.route.url)
      report.skipped.push({
        file: at,
        line: 1,
        message: `블로그의 ${page.route.url} 페이지가 대신합니다 (옛 주소 ${page.permalink})`,
      })
      continue
    }
    const sameName = pages.find((p) => p.fileName === page.fileName)?.source
    const renamed =
      sameName !== undefined && !takenSlugs.has(page.route.slug.toLowerCase())
        ? folderFileName(file.path, page.fileName, new Set(pages.map((p) => p.fileName)), 0)
        : null
    if (sameName !== undefined && renamed !== null) {
      // Two folders' pages of one name (`en/workshops.md`, `zh/workshops.md`) at different addresses, as Jekyll wrote them.
      report.frontMatter.push({
        file: at,
        line: 1,
        message: `${labels.site}/${sameName}와 파일 이름이 같아 폴더 이름을 붙인 ${renamed}로 가져왔습니다 (블로그 주소는 파일 이름과 상관없이 ${page.route.url}입니다)`,
      })
      page.fileName = renamed
    }
    const owner =
      takenSlugs.get(page.route.slug.toLowerCase()) ??
      (renamed === null ? pages.find((p) => p.fileName === page.fileName)?.source : undefined)
    if (owner) {
      unimported.set(page.permalink.normalize('NFC'), at)
      report.needsHuman.push({
        file: at,
        line: 1,
        message: `페이지 ${page.route.url}(${page.fileName})가 ${owner}와 겹쳐 가져오지 않았습니다`,
      })
      continue
    }
    takenSlugs.set(page.route.slug.toLowerCase(), at)
    pages.push(page)
  }
  return pages
}
