// Build step (pipeline/index.ts runs it after the Next export): a
// redirect file for every old URL that no exported folder answers — pages whose Jekyll permalink
// was a .html file, the old list pages /tags.html, /categories.html, /authors-list.html, the old
// URLs of imported posts (`redirect_from`), and, from content/legacy-urls.yml, the old paginator's
// pages (redirects) and old feed addresses (copies of the blog's feed, since a feed reader follows
// no HTML redirect).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { getPages, getPublishedPostsAt, publishOptions, sitePathOf } from '../../lib/content'
import { authorListRedirect, termListRedirect } from '../../lib/site/legacy-list-pages'
import {
  listLegacyRedirects,
  redirectFilePath,
  renderRedirectHtml,
  settleLegacyRedirects,
  type LegacyRedirect,
} from '../../lib/site/legacy-redirects'
import { readLegacyFeedIds, renameFeedIds, type LegacyFeedIds } from '../../lib/site/legacy-feed-ids'
import { site } from '../../lib/config'

/**
 * content/legacy-urls.yml, written by `npm run import:jekyll`: `redirects:` and `feeds:` maps of old
 * path -> new path, and `feed_ids:`, the ids an old feed gave posts otherwise (lib/site/legacy-feed-ids.ts).
 */
export function readLegacyUrls(contentDir: string): {
  redirects: LegacyRedirect[]
  feeds: LegacyRedirect[]
  feedIds: LegacyFeedIds
} {
  const file = path.join(contentDir, 'legacy-urls.yml')
  if (!existsSync(file)) return { redirects: [], feeds: [], feedIds: new Map() }
  const data = (parse(readFileSync(file, 'utf8')) ?? {}) as {
    redirects?: Record<string, string>
    feeds?: Record<string, string>
    feed_ids?: unknown
  }
  const entries = (map: Record<string, string> | undefined) =>
    Object.entries(map ?? {}).map(([from, to]) => ({ from, to: String(to) }))
  return { redirects: entries(data.redirects), feeds: entries(data.feeds), feedIds: readLegacyFeedIds(data.feed_ids) }
}

/** `redirect_from` as one path or a list of them. */
function listOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  return values
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => item.trim())
}

/** Whether the export answers a site path itself (a folder's index.html or a file). */
function answers(exportDir: string, to: string): boolean {
  return existsSync(path.join(exportDir, redirectFilePath(to)))
}

/** Writes the redirect files into an export folder and returns the old paths it wrote. */
export function writeLegacyRedirects(exportDir: string, contentDir: string): string[] {
  const lists = [termListRedirect('tags'), termListRedirect('categories'), authorListRedirect()]
  // Every edition's posts, each at its address from the site's root (`/en/<post>/`).
  const posts = getPublishedPostsAt(publishOptions()).map((post) => ({
    url: sitePathOf(post),
    redirectFrom: listOf(post.redirect_from),
  }))
  const legacy = readLegacyUrls(contentDir)
  // An old paginator page past the blog's own last page goes home rather than to a 404.
  // A target off the site stays as written, for checkRedirects to refuse (npm run check says so first).
  const others = settleLegacyRedirects(legacy.redirects, (path) => answers(exportDir, path))
  const redirects = listLegacyRedirects({ pages: getPages(), lists, posts, others })
  const written: string[] = []
  const inside = (from: string) => {
    const file = path.join(exportDir, redirectFilePath(from))
    if (!file.startsWith(`${exportDir}${path.sep}`))
      throw new Error(`redirect from "${from}" points outside the export`)
    // Never replace a real exported file with a redirect to somewhere else.
    if (existsSync(file))
      throw new Error(`redirect from "${from}": the export already has ${path.relative(exportDir, file)}`)
    mkdirSync(path.dirname(file), { recursive: true })
    return file
  }
  for (const redirect of redirects) {
    writeFileSync(inside(redirect.from), renderRedirectHtml(redirect, site))
    written.push(redirect.from)
  }
  for (const feed of legacy.feeds) {
    // The blog's own feed may already live at the old address (`/feed.xml`).
    if (feed.from === feed.to || answers(exportDir, feed.from)) continue
    if (!answers(exportDir, feed.to))
      throw new Error(`content/legacy-urls.yml: feeds: ${feed.from} → ${feed.to}: 블로그에 ${feed.to} 피드가 없습니다`)
    copyFileSync(path.join(exportDir, redirectFilePath(feed.to)), inside(feed.from))
    written.push(feed.from)
  }
  // An old feed that named posts by other ids than the first old feed did keeps its own ids at its
  // address, the blog's own feed there included.
  for (const [from, ids] of legacy.feedIds) {
    const file = path.join(exportDir, redirectFilePath(from))
    if (!file.startsWith(`${exportDir}${path.sep}`) || !existsSync(file)) continue
    writeFileSync(file, renameFeedIds(readFileSync(file, 'utf8'), from, ids))
  }
  return written
}

const exportDir = process.argv[2]
if (import.meta.url === `file://${process.argv[1]}` && exportDir) {
  const written = writeLegacyRedirects(path.resolve(exportDir), path.resolve(process.env.CONTENT_DIR ?? 'content'))
  console.log(`옛 주소 리다이렉트 ${written.length}개${written.length > 30 ? '' : `: ${written.join(', ')}`}`)
}
