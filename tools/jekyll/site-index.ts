import type { IndexedPage } from './convert-page'
import type { IndexedPost } from './convert-post'
import type { LiquidResolver } from './liquid'
import type { SiteIndex } from './scan'

/** Old URLs the blog answers with routes of its own (home, feed, the old list pages). */
export const BLOG_ROUTES: ReadonlySet<string> = new Set([
  '/',
  '/index.html',
  '/404.html',
  '/feed.xml',
  '/tags.html',
  '/categories.html',
  '/authors-list.html',
])

/** How tools/jekyll/scan.ts looks posts up: every URL as a folder (`/a.html` -> `/a.html/`). */
export const asFolder = (url: string) => (url.endsWith('/') ? url : `${url}/`)

/** Old post URL (as scan.ts looks it up) -> the post's URL in the blog, for posts whose URL changed. */
export function movedPosts(posts: readonly IndexedPost[]): Map<string, string> {
  return new Map(
    posts
      .filter((post) => Boolean(post.oldUrl) && asFolder(post.oldUrl) !== post.url)
      .map((post) => [asFolder(post.oldUrl).normalize('NFC'), post.url]),
  )
}

const stemOf = (path: string) => (path.split('/').pop() ?? path).replace(/\.(md|markdown|html?)$/, '').normalize('NFC')

/** Everything the old site answered, for checking where references lead. */
export function buildSiteIndex(
  posts: readonly IndexedPost[],
  pages: readonly IndexedPage[],
  files: ReadonlySet<string>,
  origins: readonly string[],
): SiteIndex {
  return {
    origins,
    // A post answers at its new URL and, through its redirect page, at the old one.
    posts: new Map(
      posts.flatMap((post) =>
        [post.url, asFolder(post.oldUrl || post.url)].map((url): [string, { draft: boolean }] => [
          url.normalize('NFC'),
          { draft: post.draft },
        ]),
      ),
    ),
    pages: new Set(pages.flatMap((page) => [page.permalink, page.route.url])),
    routes: BLOG_ROUTES,
    hasFile: (path) => files.has(path),
    filesNamed: (name) => [...files].filter((file) => file.slice(file.lastIndexOf('/') + 1) === name),
  }
}

/** Resolves `{% post_url %}` by file name (dates included, folders ignored) and `{% link %}` by path in the site. */
export function buildResolver(
  posts: readonly IndexedPost[],
  pages: readonly IndexedPage[],
  files: ReadonlySet<string>,
): LiquidResolver {
  const byStem = new Map(posts.map((post) => [stemOf(post.source), post.url]))
  const bySource = new Map<string, string>([
    ...posts.map((post): [string, string] => [post.source.normalize('NFC'), post.url]),
    ...pages.map((page): [string, string] => [page.source.normalize('NFC'), page.route.url]),
  ])
  return {
    postUrl: (name) => byStem.get(stemOf(name.trim())) ?? null,
    linkUrl: (path) => {
      const wanted = path
        .trim()
        .replace(/^\.?\//, '')
        .normalize('NFC')
      // A file name may hold spaces, which would end a Markdown link; post URLs never do.
      return bySource.get(wanted) ?? (files.has(`/${wanted}`) ? encodeURI(`/${wanted}`) : null)
    },
  }
}
