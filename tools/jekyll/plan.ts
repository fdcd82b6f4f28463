import { stringify } from 'yaml'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { termSlug } from '../../lib/content/taxonomy'
import { authorUrl, termUrl } from '../../lib/site/urls'
import { toRedirectPath } from '../../lib/schema/redirects'
import type { SourceFile } from '../../lib/schema/validate-content'
import { toTermList } from '../../lib/schema/terms'
import type { IndexedPage } from './convert-page'
import { planPostAuthors, readDataAuthors, readPostAuthors, renameAuthorRef } from './authors'
import { cannotImport, collectPages, collectPosts } from './collect'
import { collectionAuthors } from './author-collection'
import { archiveRedirects, archiveSettings } from './archives'
import { collectionDocuments, readCollectionSettings } from './collections'
import { folderPages } from './folder-pages'
import { pageUrl } from './permalink'
import {
  formatAuthorFile,
  gemfilePlugins,
  jekyllExclude,
  readJekyllConfig,
  type ImportedAuthor,
  type JekyllConfig,
} from './config'
import type { DocumentOutcome } from './convert-body'
import { finishPage, indexPage } from './convert-page'
import {
  editionPrefix,
  finishPost,
  formatRedirects,
  indexPost,
  isPostFile,
  type IndexedPost,
  type PostContext,
} from './convert-post'
import { bodyOffset, formatYamlValue, setFrontMatterFields } from './front-matter'
import { defaultsFor, missingDefaults, type DefaultSet } from './front-matter-defaults'
import { AUTHOR_ID_PREFIX, headingIds, writtenIds } from './links'
import { keepOldIds, readOldIds, type OldIdRequest, type OldIdTarget } from './old-anchors'
import {
  formatLegacyUrls,
  OLD_FEED_FILES,
  pageKey,
  planLegacyUrls,
  readFeedEntries,
  type BuiltFeed,
  type FeedEntry,
} from './legacy-urls'
import type { LineNote } from './front-matter'
import { groupSameTime, groupTagVariants } from './post-groups'
import { createReport, type ImportReport, type ReportItem } from './report'
import { resolveReference, type SiteIndex } from './scan'
import { declaredSeries, detectSeriesCandidates, type ConfirmedSeries } from './series'
import { kramdownIdRule } from './heading-ids'
import { buildResolver, buildSiteIndex, movedPosts } from './site-index'
import { buildContentResolver } from './site-values'
import { publishedStaticPath, repairStaticSvg, selectStaticFiles, type StaticCandidate } from './static-files'
import { DEFAULT_RESERVED_NAMES } from '../../lib/schema/reserved-names'
import { parsePostFileName } from '../../lib/schema/slug'
import {
  editionFolderOf,
  languageCode,
  pairingKey,
  pairTranslations,
  planEditions,
  type EditionsPlan,
  type PostLanguage,
} from './editions'
import { padPostFileName } from './loose-date'
import { readSiteIdentity } from './site-identity'

/** A Jekyll site as read from disk; every path is relative to the site's root. */
export interface JekyllSite {
  config: string | null
  /** Every file under `_posts/`. */
  posts: SourceFile[]
  /** Markdown or HTML pages at the site's root, and each top folder's index page (`about/index.md`). */
  pages: SourceFile[]
  /** Files under `_drafts/`, which are never imported. */
  drafts: string[]
  /** Files under `_includes/`, inlined where a post includes a plain snippet. */
  includes?: SourceFile[]
  /** The Gemfile where Jekyll ran, whose `jekyll_plugins` group Bundler loads as plugins. */
  gemfile?: string | null
  /** `_data/authors.yml`, where many themes keep the authors instead of `_config.yml`. */
  dataAuthors?: string | null
  /** Pixel size of a picture at a URL path (`/assets/a.png`), when it can be read. */
  imageSize?(path: string): { width: number; height: number } | null
  /** Every plain file of the site as a URL path (`/assets/a.png`), for assets and `{% link %}`. */
  files: ReadonlySet<string>
  /**
   * What the old site's own Jekyll build (`_site`) wrote, when there is one: its feed files, and each
   * Markdown document's text after Jekyll's Liquid when it ran with tools/jekyll/ruby/liquid-output.rb.
   */
  built?: {
    label: string
    feeds: BuiltFeed[]
    /** The HTML Jekyll wrote for a decoded URL (`/en/a/` -> `en/a/index.html`), or null. */
    page?(url: string): string | null
    /** The build's file that answered a decoded URL (`/en/a/` -> `/en/a/index.html`), or null. */
    pageFile?(url: string): string | null
    /** Every file of the build as a URL path (`/redirects.json`). */
    files?: readonly string[]
    liquid?: ReadonlyMap<string, string>
  } | null
  /** `owner/name` of the GitHub repository the site folder's git remote names, if any. */
  repository?: string | null
  /** Markdown and HTML pages in other folders (`tag/aws.md`, `pages/contact.md`): list pages redirect, the others are imported (tools/jekyll/folder-pages.ts). */
  folderPages?: SourceFile[]
  /** Files outside `_` folders with their first bytes, to find those Jekyll copied as they were. */
  staticCandidates?: StaticCandidate[]
  /** Files of the collections Jekyll wrote pages for (`_team/eric.md`), see tools/jekyll/collections.ts. */
  collectionFiles?: SourceFile[]
  /**
   * The address Jekyll wrote each page at that the import gives a one-level address of its own (a
   * collection's document, a folder's page), by the page's path: a page left out keeps that address.
   */
  oldUrls?: ReadonlyMap<string, string>
  /**
   * The pages made from collection documents, whose Liquid is content's, not a template's, each with
   * the file of the old site it was made from (`_pages/team-eric.md` -> `_team/eric.md`).
   */
  documentSources?: ReadonlyMap<string, string>
}

export interface ImportOptions {
  /** How the report names the site, content and public folders (`e2e/fixtures/jekyll-site`, `content`, `public`). */
  labels: { site: string; content: string; public: string }
  series: readonly ConfirmedSeries[]
  /** Author ids and names the blog already has (content/authors). */
  knownAuthors: ReadonlySet<string>
  /** Series ids the blog already has (content/series), which posts may name without confirming them again. */
  knownSeries: ReadonlySet<string>
  blog: { legacyOrigins: readonly string[]; timeZone: string }
}

export interface ImportPlan {
  /** Files to write, relative to the content folder (`posts/x.md`). */
  files: { path: string; text: string }[]
  /** Paths under the public folder to copy old files to: the path Jekyll published each at (`/assets/a.png`). */
  assets: string[]
  /** The old site's file for each asset published under another name (`/a.png` -> `/a..png`). */
  assetSources: Record<string, string>
  /** Files of the old build (`/docs.html`, `/esigelec/lab/index.html`) kept as they are: pages the blog has no page for. */
  builtPages: string[]
  /** Old URLs (decoded, NFC) of pages Jekyll wrote that are not brought over, and their source files. */
  unimported: ReadonlyMap<string, string>
  /**
   * The id a `#fragment` of a link to a post or page of the blog names there: the id as it is, the
   * blog's name for an id its HTML wrote (`user-content-events`), null when the page has no such id,
   * undefined when the address is none of the blog's posts or pages or its ids are not known.
   */
  fragmentFor(url: string, id: string): string | null | undefined
  report: ImportReport
}

/**
 * A document's conversion, or, when the import cannot convert it, the document as it was read and
 * a report line naming its file: one bad file never stops the import of the others.
 */
function finishOrReport(
  file: string,
  finish: () => DocumentOutcome,
  text: string,
  report: ImportReport,
): DocumentOutcome {
  try {
    return finish()
  } catch (error) {
    report.needsHuman.push({ file, line: 1, message: cannotImport(error) })
    return { text, liquid: [], links: [], problems: [], repaired: [], oldIds: [], assets: [] }
  }
}

const items = (file: string, notes: readonly LineNote[]): ReportItem[] => notes.map((note) => ({ file, ...note }))
const fileNameOf = (path: string) => path.split('/').pop() ?? path

function readConfig(site: JekyllSite, report: ImportReport, options: ImportOptions): JekyllConfig {
  const empty: JekyllConfig = {
    kramdownIds: kramdownIdRule(null),
    origin: null,
    timeZone: null,
    prettyPages: false,
    postPermalink: null,
    defaults: [],
    paginate: null,
    repository: null,
    plugins: [],
    authors: [],
  }
  const file = `${options.labels.site}/_config.yml`
  if (site.config === null) {
    report.needsHuman.push({ file, line: 1, message: '_config.yml이 없어 글쓴이와 옛 도메인을 알 수 없습니다' })
    return empty
  }
  const result = readJekyllConfig(site.config)
  if (!result.ok) {
    report.needsHuman.push({ file, line: 1, message: result.problem })
    return empty
  }
  const { config } = result
  return { ...config, plugins: [...new Set([...config.plugins, ...gemfilePlugins(site.gemfile)])] }
}

/**
 * Works out the whole import without touching the disk: the files to write, the assets to copy
 * and the report. The same site and options always give the same plan, so importing twice is a no-op.
 */
export function planImport(input: JekyllSite, options: ImportOptions): ImportPlan {
  const { labels } = options
  const report = createReport(labels.site, labels.content)
  const config = readConfig(input, report, options)
  const oldZone = config.timeZone ?? 'UTC'
  const postContext: PostContext = { timeZone: oldZone, permalink: config.postPermalink, defaults: config.defaults }
  const defaulted = withPageDefaults(input, config.defaults, report)
  // Posts in more than one language: the blog gets an edition per other language (tools/jekyll/editions.ts).
  const languages = planEditions(
    readSiteIdentity(input.config ?? '').locale ?? null,
    readPostLanguages(defaulted.posts, postContext),
    new Set([...DEFAULT_RESERVED_NAMES.keys()].map((name) => name.toLowerCase())),
  )
  const editionFolders = languages.editions.map((edition) => edition.path)
  if (languages.editions.length > 0) {
    postContext.editionOf = (lang) => editionFolderOf(languages, lang)
    report.editions = {
      site: languages.siteLocale ?? '',
      from: languages.siteLocaleFrom ?? 'posts',
      editions: languages.editions.map(({ locale, path, posts }) => ({ locale, path, posts })),
    }
  }
  const given = withoutEditionHomes(defaulted, editionFolders, config.prettyPages, report)
  // Documents of output collections are imported as pages; their old URLs become redirects to them.
  // Documents of a collection of authors (`_authors/eric.md`) become author files instead, and their
  // old URLs lead to the author pages.
  const collectionSettings = readCollectionSettings(given.config, config.timeZone ?? 'UTC')
  const collectionPeople = collectionAuthors(
    collectionSettings,
    given.collectionFiles ?? [],
    postAuthorRefs(given.posts),
  )
  const authorSources = new Set(collectionPeople.map((person) => person.source))
  const authorMoves = collectionPeople.flatMap(({ author, oldUrl }) =>
    oldUrl === null || oldUrl === authorUrl(author.id) ? [] : [{ oldUrl, url: authorUrl(author.id) }],
  )
  const documents = collectionDocuments(
    collectionSettings,
    (given.collectionFiles ?? []).filter((file) => !authorSources.has(file.path)),
    (slug) => DEFAULT_RESERVED_NAMES.has(slug),
  )
  // Pages Jekyll published from other folders (`pages/contact.md`) are imported too, at a one-level
  // URL of their own; their old URLs become redirects to them.
  // An address the old site answered with something else (a redirect_from page at /install/) is no
  // new address for a page moved out of its folder.
  const answeredByOldBuild = (url: string) => (given.built?.pageFile?.(url) ?? null) !== null
  const rootPages = new Set(given.pages.map((page) => page.path))
  const rootSlugs = new Set(
    given.pages.flatMap((file) => {
      const page = indexPage(file, config.prettyPages, false, given.built?.liquid?.has(file.path) ?? false)
      return 'skip' in page ? [] : [page.route.slug.toLowerCase()]
    }),
  )
  const inFolders = folderPages(
    (given.folderPages ?? []).filter((page) => !rootPages.has(page.path)),
    config.prettyPages,
    (page) => Object.keys(termPageRedirects([page], config.prettyPages)).length > 0,
    (slug) =>
      DEFAULT_RESERVED_NAMES.has(slug) ||
      rootSlugs.has(slug) ||
      documents.some((d) => d.url === `/${slug}/`) ||
      answeredByOldBuild(`/${slug}/`),
    (path) => given.built?.liquid?.has(path) ?? false,
  )
  const site: JekyllSite = {
    ...given,
    pages: [...given.pages, ...documents.map((document) => document.page), ...inFolders.map((page) => page.page)],
    documentSources: new Map(documents.map((document) => [document.page.path, document.source])),
    oldUrls: new Map(
      [...documents, ...inFolders].flatMap(({ page, oldUrl, url }) => (url === null ? [] : [[page.path, oldUrl]])),
    ),
  }
  const files: ImportPlan['files'] = []
  const assets = new Set<string>()
  for (const document of documents)
    report.frontMatter.push(...items(`${labels.site}/${document.source}`, document.fixes))

  const takenSlugs = new Map<string, string>()
  report.timeZone = { zone: oldZone, fromConfig: config.timeZone !== null }
  const reserved = reservedSlugs(site, config, labels.site)
  // A post of the first edition gives way to the other editions' folders (`/en/`).
  for (const edition of languages.editions)
    reserved.set(edition.path, `site.config.mjs의 ${edition.locale} 판 폴더 /${edition.path}/`)
  const posts = collectPosts(site, options, report, takenSlugs, postContext, reserved, answeredByOldBuild)
  pairPostTranslations(posts, languages, report, labels.content)
  const unimported = new Map<string, string>()
  const replaced = new Map<string, string>()
  const pages = collectPages(site, config, options, report, takenSlugs, unimported, replaced)
  // A post whose old URL the blog answers otherwise (its home at `/`) is no moved post.
  const answeredOtherwise = settlePostRedirects(posts, pages)
  const movedFrom = posts.filter((post) => !answeredOtherwise.has(post))
  // A page Jekyll wrote that does not become a page of the blog (a Liquid template, a list of the
  // theme's own): the HTML Jekyll wrote for it stays at its address, so the old URL and the links
  // to it keep answering with what readers saw.
  const keptHtml = keepBuiltPages(unimported, site.built?.pageFile, legacyFeedPaths(site), report, labels)

  // Jekyll published `chart..png` as `chart.png`: both names lead to the file.
  const published = new Map([...site.files].map((file): [string, string] => [publishedStaticPath(file), file]))
  // Old page URLs that now redirect (`/contact.html`, `/pages/contact.html`, `/team/eric/`): a link
  // to one, `#fragment` and all, is pointed at the page's new URL, as links to moved posts are.
  const pageMoves = new Map<string, string>()
  const movePage = (from: string, to: string) => {
    const bare = from.replace(/\/$/, '')
    for (const key of [bare, `${bare}/`])
      if (key !== to && key !== to.replace(/\/$/, '')) pageMoves.set(key.normalize('NFC'), to)
  }
  for (const page of pages) if (page.route.legacyPath !== null) movePage(page.route.legacyPath, page.route.url)
  for (const moved of [...documents, ...inFolders]) {
    if (moved.url !== null && pages.some((page) => page.route.url === moved.url)) movePage(moved.oldUrl, moved.url)
  }
  for (const moved of authorMoves) movePage(moved.oldUrl, moved.url)
  // A page kept as Jekyll wrote it, as `x.html` for an address without extension (`/foundation/serpapi`):
  // links to it name the file, which every static host serves (GitHub Pages alone answered without it).
  for (const [oldUrl, file] of keptHtml)
    if (file === `${oldUrl}.html`) pageMoves.set(oldUrl.normalize('NFC'), file.normalize('NFC'))
  // An old list page the blog's own list replaces (`/en/newsletters/`, `/tags.html`): links to it go there.
  // A page imported as content (a press release with `category: press`) is no list, whatever its fields.
  const imported = new Set(pages.map((page) => page.source))
  // A collection's document is no list either: its layout draws it from its own front matter (a company's profile).
  const listPages = [...site.pages, ...(site.folderPages ?? [])].filter(
    (page) => !imported.has(page.path) && !site.documentSources?.has(page.path),
  )
  const terms = blogTermPages(posts)
  for (const [from, to] of Object.entries(termPageRedirects(listPages, config.prettyPages, terms))) movePage(from, to)
  // The archive pages jekyll-archives wrote: links to a tag's or category's lead to the blog's page of it.
  const archives = archiveRedirects(archiveSettings(site.config, config.plugins), posts, oldZone, options.blog.timeZone)
  for (const [from, to] of Object.entries(archives)) if (!to.includes('#')) movePage(from, to)
  // A file with front matter is a page Jekyll rendered, never a file to copy as it is (its Liquid); an
  // SVG the blog refuses even without its scripts (tools/jekyll/static-files.ts) is not copied either,
  // so links to both are what they are to a file the old site lacked.
  const rendered = new Set(
    (site.staticCandidates ?? [])
      .filter(
        (c) =>
          /^---\r?\n/.test(c.head) ||
          /\.svgz$/i.test(c.path) ||
          (/\.svg$/i.test(c.path) && repairStaticSvg(c.head).remaining.length > 0),
      )
      .map((c) => c.path),
  )
  const pluginFiles = pluginWrittenFiles(
    site.built?.files ?? [],
    site.files,
    new Set((site.staticCandidates ?? []).filter((c) => /^---\r?\n/.test(c.head)).map((c) => c.path)),
    legacyFeedPaths(site),
  )
  report.builtFiles.push(...pluginFiles)
  const copyable = [...site.files, ...published.keys(), ...pluginFiles].filter((file) => !rendered.has(file))
  const siteIndex = buildSiteIndex(posts, pages, new Set(copyable), [
    ...new Set([...(config.origin ? [config.origin] : []), ...options.blog.legacyOrigins]),
  ])
  const index = {
    ...siteIndex,
    pages: new Set([...siteIndex.pages, ...pageMoves.keys(), ...keptHtml.keys(), ...keptHtml.values()]),
    unimported,
    refused: new Set([...rendered].filter((file) => /\.svgz?$/i.test(file))),
    kramdownIds: config.kramdownIds,
    // Each edition's home page (`/en/`) is the blog's, as its first page is.
    routes: new Set([...siteIndex.routes, ...editionFolders.map((folder) => `/${folder}/`)]),
    imageSize: site.imageSize,
    ...(site.built?.liquid ? { liquidOutput: site.built.liquid } : {}),
  }
  const anchors = new Map<string, Set<string>>()
  const writtenOnly = new Map<string, Set<string>>()
  const anchorsOf = (url: string): Set<string> | null => {
    // A Markdown page's headings are known too, and an HTML page's ids are the ones it writes: a link
    // to an id neither has (broken on the old site too, unless a plugin wrote it: hadOldId) loses its `#…`.
    const page = pages.find((p) => p.route.url === url)
    const post = posts.find((p) => p.url === url)
    const text = post?.text ?? page?.body
    if (text === undefined) return null
    const html = post === undefined && page !== undefined && /\.html?$/.test(page.source)
    if (!anchors.has(url)) anchors.set(url, html ? writtenIds(text) : headingIds(text))
    return anchors.get(url) ?? null
  }
  const writtenOnlyOf = (url: string): Set<string> | null => {
    if (writtenOnly.has(url)) return writtenOnly.get(url) ?? null
    // An HTML page's ids are written ones too: the blog's page carries them under its prefix.
    const page = pages.find((p) => p.route.url === url)
    const text = posts.find((p) => p.url === url)?.text ?? page?.body
    if (text === undefined) return null
    const headings = headingIds(text.replace(/\s(id|name)\s*=\s*["'][^"']+["']/g, ''))
    writtenOnly.set(url, new Set([...writtenIds(text)].filter((id) => !headings.has(id))))
    return writtenOnly.get(url) ?? null
  }
  index.links = {
    repository: config.repository ?? site.repository ?? null,
    moved: new Map([...movedPosts(movedFrom), ...pageMoves]),
    anchors: anchorsOf,
    writtenOnly: writtenOnlyOf,
    ...(site.built?.page ? { hadOldId: (url: string, id: string) => oldIdTarget(url)?.oldText(id) != null } : {}),
  }
  // The ids of the old pages (`<li id="lnd-10927">` a plugin wrote), read from the old site's build when a link asks.
  const oldIds = new Map<string, Map<string, string> | null>()
  const readIds = (oldUrl: string) => {
    if (!oldIds.has(oldUrl)) {
      const html = site.built?.page?.(oldUrl) ?? null
      oldIds.set(oldUrl, html === null ? null : readOldIds(html))
    }
    return oldIds.get(oldUrl) ?? null
  }
  const targets = new Map<string, OldIdTarget | null>()
  const oldIdTarget = (url: string): OldIdTarget | null => {
    if (!targets.has(url)) targets.set(url, findOldIdTarget(url))
    return targets.get(url) ?? null
  }
  const findOldIdTarget = (url: string): OldIdTarget | null => {
    const post = posts.find((p) => p.url === url)
    const page = post ? undefined : pages.find((p) => p.route.url === url)
    const oldUrl = post ? post.oldUrl || post.url : (page?.route.legacyPath ?? page?.route.url)
    if (oldUrl === undefined) return null
    const path = post ? `posts/${post.fileName}` : `pages/${page?.fileName ?? ''}`
    return {
      path,
      file: `${labels.content}/${path}`,
      oldText: (id) => {
        const text = readIds(oldUrl)?.get(id)
        return text === undefined || text === '' ? null : text
      },
    }
  }
  const oldIdLinks: OldIdRequest[] = []
  const resolver = {
    ...buildResolver(posts, pages, site.files),
    ...buildContentResolver(site.config, site.includes ?? []),
  }
  const record = (file: string, outcome: DocumentOutcome) => {
    report.liquid.push(...items(file, outcome.liquid))
    report.links.push(...items(file, outcome.links))
    report.needsHuman.push(...items(file, outcome.problems))
    report.repairedFiles.push(...items(file, outcome.repaired))
    oldIdLinks.push(...outcome.oldIds.map((link) => ({ ...link, file, path: file.slice(labels.content.length + 1) })))
    for (const asset of outcome.assets) assets.add(asset)
  }

  const confirmedOf = new Map(
    options.series.flatMap((s) =>
      s.posts.map((file, i): [string, { id: string; order: number }] => [file, { id: s.id, order: i + 1 }]),
    ),
  )
  // Series the posts name themselves get a file each; a name the blog already has stays as written.
  const declared = declaredSeries(
    posts.flatMap((post) =>
      post.series !== null && !confirmedOf.has(fileNameOf(post.source)) && !options.knownSeries.has(post.series)
        ? [{ source: post.source, series: post.series, publishedAt: post.publishedAt }]
        : [],
    ),
    new Set([...options.knownSeries, ...options.series.map((s) => s.id)]),
  )
  const declaredOf = new Map(
    declared.flatMap((s) =>
      s.posts.map((source, i): [string, { id: string; order: number }] => [source, { id: s.id, order: i + 1 }]),
    ),
  )
  const seriesOf = (post: IndexedPost) =>
    confirmedOf.get(fileNameOf(post.source)) ?? declaredOf.get(post.source) ?? null
  const authorRefs = new Set([...options.knownAuthors, ...config.authors.flatMap((a) => [a.id, a.fields.name ?? a.id])])
  for (const post of movedFrom) {
    if (!post.draft && post.oldUrl !== post.url) report.redirects.push({ from: post.oldUrl, to: post.url })
  }
  planFeedsAndPages(
    site,
    config,
    posts,
    files,
    report,
    [
      // Only a document or folder page imported as a page moves; one left out keeps what Jekyll wrote at its address.
      ...[...documents, ...inFolders].flatMap(({ oldUrl, url }) =>
        url !== null && pages.some((page) => page.route.url === url) ? [{ oldUrl, url }] : [],
      ),
      ...authorMoves,
      ...[...replaced].map(([oldUrl, url]) => ({ oldUrl, url })),
      ...pageRedirects(pages, posts, report),
    ],
    listPages,
    [
      ...posts.flatMap((post) => [post.url, post.oldUrl]),
      ...pages.flatMap((page) => [page.route.url, ...(page.route.legacyPath === null ? [] : [page.route.legacyPath])]),
    ],
    new Set(keptHtml.keys()),
    archives,
  )
  for (const post of posts) {
    const out = `${labels.content}/posts/${post.fileName}`
    const sourceName = fileNameOf(post.source)
    const series = seriesOf(post)
    const outcome = finishOrReport(out, () => finishPost(post, series, resolver, index), post.text, report)
    // A site path in a post is read from the site's root, as Jekyll's pages read it (docs/editions.md):
    // the links the import rewrote to a post's new address already name its edition's folder.
    files.push({ path: `posts/${post.fileName}`, text: outcome.text })
    report.posts += 1
    if (sourceName !== post.fileName) report.renamed.push({ from: `${labels.site}/${post.source}`, to: out })
    if (post.draft) report.drafts.push(out)
    report.frontMatter.push(...items(out, post.fixes))
    report.unknownFields.push(...items(out, post.unknown))
    report.droppedFields.push(...items(out, post.dropped))
    report.needsHuman.push(...items(out, post.problems))
    if (post.series !== null && series === null && !options.knownSeries.has(post.series)) {
      report.needsHuman.push({
        file: out,
        line: 1,
        message: `series: ${post.series}는 확정되지 않은 시리즈입니다: --series 파일에 넣거나 이 줄을 지우세요`,
      })
    }
    record(out, outcome)
  }

  for (const page of pages) {
    const out = `${labels.content}/pages/${page.fileName}`
    // A collection document's Liquid output is named by the document's own path, not its page's.
    const source = site.documentSources?.get(page.source) ?? page.source
    const outcome = finishOrReport(
      out,
      () => finishPage({ ...page, source }, resolver, index),
      page.frontMatter + page.body,
      report,
    )
    files.push({ path: `pages/${page.fileName}`, text: outcome.text })
    report.pages.push({ file: out, url: page.route.url, legacyPath: page.route.legacyPath })
    report.droppedFields.push(...items(`${labels.site}/${page.source}`, page.dropped))
    record(out, outcome)
  }

  // Ids the old pages had that links kept: put on their posts now that every file is written.
  const kept = keepOldIds(files, oldIdLinks, oldIdTarget)
  report.links.push(...kept.links)
  report.repairedFiles.push(...kept.repaired)
  report.needsHuman.push(...kept.needsHuman)

  planAuthors(config, site, options, index, files, assets, report)
  const people = planPostAuthors({
    posts: posts.map((post) => ({ file: `${labels.content}/posts/${post.fileName}`, authors: post.authors })),
    known: authorRefs,
    configIds: new Set(config.authors.map((author) => author.id)),
    // `_data/authors.yml` describes an author the collection has too, it wins: jekyll-feed read it.
    dataAuthors: mergeAuthors(
      collectionPeople.map((person) => person.author),
      readDataAuthors(site.dataAuthors),
    ),
    labels,
  })
  files.push(...people.files)
  for (const { file, from, to } of people.renames) {
    const post = files.find((f) => `${labels.content}/${f.path}` === file)
    if (post !== undefined) post.text = renameAuthorRef(post.text, from, to)
  }
  report.authors.push(...people.authors)
  report.needsHuman.push(...people.needsHuman)
  report.frontMatter.push(...people.frontMatter)
  report.droppedFields.push(...people.dropped)
  for (const series of [...options.series, ...declared]) {
    files.push({
      path: `series/${series.id}.yml`,
      text: stringify(
        { title: series.title, ...(series.description ? { description: series.description } : {}) },
        { lineWidth: 0 },
      ),
    })
  }
  const unconfirmed = posts.filter((post) => seriesOf(post) === null)
  report.series = {
    confirmed: [...options.series],
    declared: declared.map((s) => ({ ...s, posts: s.posts.map((source) => `${labels.site}/${source}`) })),
    candidates: detectSeriesCandidates(
      unconfirmed.map((post) => ({ file: fileNameOf(post.source), title: post.title })),
    ),
  }
  report.sameTime = groupSameTime(posts, labels.content)
  report.tagVariants = groupTagVariants(posts)
  report.skipped.push(
    ...site.drafts.map((path) => ({
      file: `${labels.site}/${path}`,
      line: 1,
      message: '_drafts의 초안은 가져오지 않습니다',
    })),
  )
  // Every file the old site published as it was keeps answering at its old path, whether a post
  // names it or not (theme pictures, icons, verification pages): Jekyll's build wrote them all.
  const statics = selectStaticFiles(site.staticCandidates ?? [], {
    exclude: jekyllExclude(site.config),
    reserved: BLOG_ROOT_NAMES,
  })
  // A file named as a page's or post's folder but for letter case (`LICENSE` beside `/license/`):
  // exported side by side they would be one name on a case-insensitive disk, and the page is the content.
  const folders = new Map(
    [...pages.map((page) => page.route.url), ...posts.map((post) => post.url)].map((url) => [
      url.replace(/\/+$/, '').toLowerCase(),
      url,
    ]),
  )
  for (const path of statics.copy) {
    const page = folders.get(path.toLowerCase())
    if (page === undefined) assets.add(path)
    else statics.skipped.push({ path, reason: `블로그의 ${page}와 대소문자만 다른 이름이라 한 폴더에 둘 수 없습니다` })
  }
  for (const { path, reason } of statics.skipped)
    report.skipped.push({ file: `${labels.site}${path}`, line: 1, message: `복사하지 않았습니다: ${reason}` })
  const assetSources: Record<string, string> = {}
  const written = new Set<string>()
  for (const asset of assets) {
    const target = publishedStaticPath(asset)
    const source = site.files.has(asset) ? asset : (published.get(asset) ?? asset)
    if (source !== target) assetSources[target] = source
    written.add(target)
  }
  report.assets = [...written].sort().map((asset) => `${labels.public}${asset}`)
  // An old address the blog's redirects answer is no address left unanswered.
  answeredByRedirects(report, unimported)
  return {
    files: files.sort((a, b) => (a.path < b.path ? -1 : 1)),
    assets: [...written].sort(),
    assetSources,
    // An old address the blog's redirects answer (a paginated list's first page) needs no old HTML.
    builtPages: [
      ...new Set([
        ...[...keptHtml].filter(([oldUrl]) => !redirected(report, oldUrl)).map(([, file]) => file),
        ...pluginFiles,
      ]),
    ].sort(),
    unimported,
    fragmentFor: (url, id) => {
      if (writtenOnlyOf(url)?.has(id)) return `${AUTHOR_ID_PREFIX}${id}`
      const ids = anchorsOf(url)
      return ids === null ? undefined : ids.has(id) ? id : null
    },
    report,
  }
}

/**
 * The pages with the `permalink` that `defaults:` gave them written in, where their own front
 * matter has none: Jekyll served them there. (Posts take their defaults in indexPost.)
 */
function withPageDefaults(site: JekyllSite, sets: readonly DefaultSet[], report: ImportReport): JekyllSite {
  if (sets.length === 0) return site
  const withPermalink = (file: SourceFile): SourceFile => {
    const text = file.text.replace(/\r\n?/g, '\n')
    const parsed = parseFrontMatter(text)
    if (!parsed.ok) return file
    const added = missingDefaults(parsed.value.data, defaultsFor(sets, file.path, 'pages'), (f) => f === 'permalink')
    if (added.permalink === undefined) return file
    report.frontMatter.push({
      file: `${report.source}/${file.path}`,
      line: 1,
      message: `permalink: ${added.permalink} (_config.yml의 defaults:가 이 페이지에 준 주소라 Jekyll이 읽은 대로 적었습니다)`,
    })
    return { path: file.path, text: setFrontMatterFields(text, added) }
  }
  return {
    ...site,
    pages: site.pages.map(withPermalink),
    ...(site.folderPages ? { folderPages: site.folderPages.map(withPermalink) } : {}),
  }
}

/**
 * Slugs posts give way to: the blog's own root names (`search`, `tags`), and the one-level URLs of
 * the old site's pages, which Jekyll served there while the posts were at dated URLs.
 */
function reservedSlugs(site: JekyllSite, config: JekyllConfig, siteLabel: string): Map<string, string> {
  const reserved = new Map<string, string>()
  for (const name of DEFAULT_RESERVED_NAMES.keys()) reserved.set(name.toLowerCase(), `블로그의 /${name}/`)
  for (const file of site.pages) {
    const page = indexPage(
      file,
      config.prettyPages,
      site.documentSources?.has(file.path) ?? false,
      site.built?.liquid?.has(file.path) ?? false,
    )
    if (!('skip' in page)) reserved.set(page.route.slug.toLowerCase(), `${siteLabel}/${file.path}`)
  }
  return reserved
}

/**
 * Keeps the old feeds' identity (each post's id as `feed_id`, from the old build's feed files) and
 * the old non-post addresses (paginator pages, feed files) in content/legacy-urls.yml.
 */
function planFeedsAndPages(
  site: JekyllSite,
  config: JekyllConfig,
  posts: IndexedPost[],
  files: ImportPlan['files'],
  report: ImportReport,
  documents: readonly { oldUrl: string; url: string }[],
  /** The pages that may be old lists (the site's pages and folder pages, less those imported as content). */
  lists: readonly SourceFile[],
  /** The addresses the blog's posts and pages answer, their old ones included. */
  answered: readonly string[],
  /** Old addresses answered by the HTML Jekyll wrote, kept as it was. */
  keptPages: ReadonlySet<string>,
  /** jekyll-archives' pages, each leading to the blog's page of the same posts (tools/jekyll/archives.ts). */
  archives: Readonly<Record<string, string>> = {},
): void {
  const basePath = config.origin === null ? '' : new URL(config.origin).pathname.replace(/\/+$/, '')
  const built = site.built ?? null
  const entries = readFeedEntries(built?.feeds ?? [], basePath)
  const postTitles = uniqueKeys(posts.map((post) => [titleKey(post.title), post.source]))
  /** A post's id among feed entries: by the link's path in any form a host answers, else by a title only it has. */
  const idFinder = (among: readonly FeedEntry[]) => {
    const byPath = new Map(among.map((entry) => [entry.path.normalize('NFC'), entry.id]))
    const byPage = uniqueKeys(among.map((entry) => [pageKey(entry.path), entry.id]))
    const byTitle = uniqueKeys(among.map((entry) => [titleKey(entry.title), entry.id]))
    return (post: IndexedPost): string | undefined =>
      byPath.get(post.oldUrl.normalize('NFC')) ??
      byPage.get(pageKey(post.oldUrl)) ??
      // The importer computed another URL than Jekyll wrote (a plugin's slug, a category folder): the
      // title, when no other post or feed item has it, still names the post.
      (postTitles.get(titleKey(post.title)) === post.source ? byTitle.get(titleKey(post.title)) : undefined)
  }
  const idOf = idFinder(entries)
  let kept = 0
  const primary = new Map<IndexedPost, string>()
  // Byte for byte, as the given build wrote them: that is what subscribers' readers hold. A build
  // made without the production `url` wrote site-relative ids, which the report points out.
  let relative = 0
  const titleOf = new Map(entries.map((entry) => [entry.id, entry.title]))
  for (const post of posts) {
    const id = idOf(post)
    if (id === undefined || id.trim() === '') continue
    if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) relative += 1
    const edits: Record<string, string> = { feed_id: formatYamlValue(id) }
    // jekyll-feed and jekyll-seo-tag showed the title through `smartify`: "a" as “a”, -- as –.
    const shown = titleOf.get(id)
    if (shown !== undefined && shown !== post.title && typewritten(shown) === typewritten(post.title)) {
      edits.title = formatYamlValue(shown)
      report.frontMatter.push({
        file: `${report.target}/posts/${post.fileName}`,
        line: titleLine(post.text),
        message: `title: ${post.title} → ${shown} (옛 피드와 페이지 제목이 보여 준 둥근 따옴표와 대시)`,
      })
      post.title = shown
    }
    post.text = setFrontMatterFields(post.text, edits)
    post.frontMatterEnd = bodyOffset(post.text)
    primary.set(post, id)
    kept += 1
  }
  // A post has one feed_id, the first old feed's; another old feed that named it otherwise (a
  // hand-written rss.xml with `{{ post.id }}` beside atom.xml's absolute ids) keeps its own ids at its
  // address (lib/site/legacy-feed-ids.ts).
  const feedIds: Record<string, Record<string, string>> = {}
  for (const feed of built?.feeds ?? []) {
    const ownIdOf = idFinder(readFeedEntries([feed], basePath))
    for (const [post, id] of primary) {
      const ownId = ownIdOf(post)
      if (ownId === undefined || ownId === id || ownId.trim() === '') continue
      ;(feedIds[`/${feed.path}`] ??= {})[id] = ownId
    }
  }
  const otherFeeds = Object.keys(feedIds)
  if (built !== null && built.feeds.length > 0) {
    const source = built.feeds.map((feed) => `${built.label}/${feed.path}`).join(', ')
    report.feedIds = { source, kept, ...(otherFeeds.length > 0 ? { otherFeeds } : {}) }
  }
  if (built !== null && built.feeds.length === 0 && posts.length > 0) {
    report.needsHuman.push({
      file: built.label,
      line: 1,
      message: `옛 빌드에서 피드 파일(${OLD_FEED_FILES.join(', ')}, 홈 페이지가 <link rel="alternate">로 알린 피드)을 찾지 못해 피드 id(guid)를 옮기지 못했습니다: 옛 사이트에 피드가 있었다면 구독자에게 글이 새 글로 다시 보일 수 있으니, 그 피드의 id를 글의 feed_id에 직접 쓰세요`,
    })
  }
  if (relative > 0) {
    report.needsHuman.push({
      file: built?.label ?? report.source,
      line: 1,
      message: `피드 id ${relative}개가 사이트 기준 주소(/…)로 쓰여 있어 그대로 옮겼습니다: 배포된 옛 사이트가 주소 앞에 도메인을 붙였다면(GitHub Pages는 url이 없으면 붙입니다) 운영 url로 jekyll build를 다시 하고 --jekyll-build로 다시 가져오세요`,
    })
  }
  if (built === null && (site.files.has('/feed.xml') || config.plugins.includes('jekyll-feed'))) {
    report.needsHuman.push({
      file: report.source,
      line: 1,
      message:
        '옛 사이트의 Jekyll 빌드(_site)가 없어 피드 id(guid)를 옮기지 못했습니다: 구독자에게 글이 새 글로 다시 보일 수 있습니다. `jekyll build`로 _site를 만든 뒤 --jekyll-build <_site>로 다시 가져오세요',
    })
  }
  const feeds =
    built !== null
      ? built.feeds
      : [
          ...OLD_FEED_FILES.filter((name) => site.files.has(`/${name}`)).map((name) => ({ path: name, text: null })),
          ...(config.plugins.includes('jekyll-feed') && !site.files.has('/feed.xml')
            ? [{ path: 'feed.xml', text: null }]
            : []),
        ]
  const urls = planLegacyUrls({
    paginate: config.paginate,
    postCount: posts.filter((post) => !post.draft).length,
    feeds,
  })
  const listPages = new Map(lists.map((page) => [page.path, page]))
  Object.assign(urls.redirects, termPageRedirects([...listPages.values()], config.prettyPages, blogTermPages(posts)))
  for (const [from, to] of Object.entries(archives)) urls.redirects[from] ??= to
  for (const document of documents) if (document.oldUrl !== document.url) urls.redirects[document.oldUrl] = document.url
  // jekyll-redirect-from wrote a page at each `redirect_from` of a page the blog does not import (a
  // template kept as Jekyll wrote it, a list, the home page): each leads where that page's own address
  // leads now, unless a post or page of the blog answers it.
  for (const page of listPages.values()) {
    const parsed = parseFrontMatter(page.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
    if (!parsed.ok) continue
    const own = pageUrl(page.path, parsed.value.data, config.prettyPages)
    const target = urls.redirects[own] ?? own
    for (const from of [parsed.value.data.redirect_from].flat()) {
      if (typeof from !== 'string' || from.trim() === '') continue
      const path = `/${from.trim().replace(/^\/+/, '')}`
      if (urls.redirects[path] !== undefined || samePath(path, target)) continue
      if (answered.some((url) => samePath(url, path))) continue
      urls.redirects[path] = target
    }
  }
  // The numbered pages a pagination plugin wrote under an old list (`/blog/2/`, `/news/page/3/`): each
  // leads where that list leads now. A file the site itself has at that path (a folder listing kept
  // from an old host, `/wp-content/uploads/2012/11/index.html`) is no plugin's page: Jekyll copied it.
  for (const file of site.built?.files ?? []) {
    const numbered = /^(\/(?:.*?\/)?)(?:page\/?)?(\d+)\/index\.html$/.exec(file)
    if (!numbered || Number(numbered[2]) < 2 || site.files.has(file)) continue
    const list = numbered[1] ?? '/'
    const url = file.replace(/index\.html$/, '')
    // `/2017/06/14/` is a day of a date archive, not a page of `/2017/06/`; a page kept as Jekyll wrote it answers itself.
    if (/^\/(?:\d+\/)+$/.test(list) || keptPages.has(url)) continue
    const target = urls.redirects[list] ?? (site.built?.pageFile?.(list) ? list : undefined)
    if (target === undefined || urls.redirects[url] !== undefined || answered.some((own) => samePath(own, url)))
      continue
    urls.redirects[url] = target
  }
  // Jekyll wrote an address with no extension (`permalink: /press/x`) as the file x.html, which the host
  // served at both: the redirect page goes in that file, the only place an HTML page can answer it.
  // A permalink typed on a Mac may hold decomposed Hangul (NFD); the blog's files are named in NFC.
  urls.redirects = Object.fromEntries(
    Object.entries(urls.redirects).map(([from, to]) => [toRedirectPath(from).normalize('NFC'), to.normalize('NFC')]),
  )
  // An old address the blog's own tag page answers (a `_tags` collection's /tags/accessibility/) keeps
  // that page: a redirect would be written over it.
  const tagPages = posts
    .filter((post) => !post.draft)
    .flatMap((post) => post.tags.map((tag) => `${editionPrefix(post)}${termUrl('tags', termSlug(tag))}`))
  for (const from of Object.keys(urls.redirects))
    if (tagPages.some((page) => samePath(page, from))) delete urls.redirects[from]
  // The home page and the blog's own index pages (`/tags/`, `/series/`) answer their addresses
  // whatever an old page's redirect_from or permalink said. An old feed's address (a template at
  // feed/index.html that loops over the posts, served at /feed/) keeps a feed: the blog's, under `feeds:`.
  const feedFiles = legacyFeedPaths(site)
  for (const from of Object.keys(urls.redirects)) {
    const file = toRedirectPath(from)
    if (answeredByBlog(from) || feedFiles.has(file.endsWith('/') ? `${file}index.html` : file))
      delete urls.redirects[from]
  }
  for (const [from, to] of Object.entries(urls.redirects)) report.redirects.push({ from, to })
  const text = formatLegacyUrls(otherFeeds.length > 0 ? { ...urls, feed_ids: feedIds } : urls)
  if (text !== null) files.push({ path: 'legacy-urls.yml', text })
}

/** The author references of every post (`author: eric`, `authors: [a, b]`), to find a collection of authors by. */
function postAuthorRefs(posts: readonly SourceFile[]): Set<string> {
  const refs = new Set<string>()
  for (const post of posts) {
    const parsed = parseFrontMatter(post.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
    if (!parsed.ok) continue
    for (const ref of readPostAuthors(parsed.value.data, () => 1).refs) refs.add(ref)
  }
  return refs
}

/** Authors of two sources by id, the later source's fields over the earlier's. */
function mergeAuthors(first: readonly ImportedAuthor[], second: readonly ImportedAuthor[]): ImportedAuthor[] {
  const byId = new Map(first.map((author) => [author.id, author]))
  for (const author of second) {
    const earlier = byId.get(author.id)
    byId.set(author.id, earlier ? { ...author, fields: { ...earlier.fields, ...author.fields } } : author)
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** A map of the keys that occur once, so that a key two items share names neither. */
function uniqueKeys(pairs: readonly (readonly [string, string])[]): Map<string, string> {
  const counts = new Map<string, number>()
  for (const [key] of pairs) counts.set(key, (counts.get(key) ?? 0) + 1)
  return new Map(pairs.filter(([key]) => key !== '' && counts.get(key) === 1).map(([key, value]) => [key, value]))
}

/**
 * A title as feeds and front matter both say it: jekyll-feed strips HTML and turns straight quotes,
 * dashes and dots into typographic ones (smartify), so both sides are brought to plain characters.
 */
function titleKey(title: string): string {
  return title
    .replace(/<[^>]*>/g, '')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC')
    .toLowerCase()
}

/**
 * Tag and category pages that a generator wrote into a folder (`tag/aws.md` with `tag: aws`), at
 * the URL Jekyll gave them: each goes to the blog's own page of that term (home if it has none).
 */
function termPageRedirects(
  pages: readonly SourceFile[],
  pretty: boolean,
  /** The blog's term pages (`/tags/ai/`), when known: an old page of a term no post has goes to the list of its kind. */
  terms: ReadonlySet<string> | null = null,
): Record<string, string> {
  const redirects: Record<string, string> = {}
  for (const page of pages) {
    // Jekyll reads front matter with Windows line ends too.
    const parsed = parseFrontMatter(page.text.replace(/\r\n?/g, '\n'))
    if (!parsed.ok) continue
    const data = parsed.value.data
    // A page that lists one term's posts reads it from the site (`site.categories.Algorithm`,
    // `site.tags['machine learning']`): the blog's page of that term lists them now.
    const reads =
      /\{%-?\s*(?:assign\s+\w+\s*=|for\s+\w+\s+in)\s*site\.(categories|tags)(?:\.([\p{L}\p{N}_-]+)|\[\s*(["'])(.+?)\3\s*\])/u.exec(
        parsed.value.body,
      )
    const kind =
      typeof data.tag === 'string'
        ? 'tags'
        : typeof data.category === 'string'
          ? 'categories'
          : reads !== null
            ? (reads[1] as 'tags' | 'categories')
            : null
    const term =
      typeof data.tag === 'string'
        ? data.tag
        : typeof data.category === 'string'
          ? data.category
          : (reads?.[2] ?? reads?.[4])
    // A page that only loops over the posts (`posts/index.html` with `{% for post in paginator.posts %}`)
    // was a list of posts: the blog's home page is that list now.
    const listsPosts = /\{%-?\s*for\s+\w+\s+in\s+(paginator|site)\.(posts|tags|categories)\b/.test(page.text)
    // A page with a layout and no text of its own (`category/index.html` with `layout: category`)
    // is a list its theme's layout drew: the blog's list of the same kind answers it.
    const layoutOnly = typeof data.layout === 'string' && parsed.value.body.trim() === ''
    if ((kind === null || typeof term !== 'string') && !listsPosts && !layoutOnly) continue
    const url = pageUrl(page.path, data, pretty)
    // The blog answers its home and its own index pages (`/authors/`, `/tags/`) already.
    if (answeredByBlog(url)) continue
    const termPage = kind !== null && typeof term === 'string' ? termUrl(kind, termSlug(term)) : null
    // A term no post has (`tags/interview.md` for a tag only pages used): the blog has no page for
    // it, and its list of that kind answers.
    // A term only another edition's posts have leads to that edition's page of it (`/en/tags/x/`).
    const inEdition =
      termPage === null || terms === null
        ? undefined
        : ([...terms].find((page) => samePath(page, termPage)) ?? [...terms].find((page) => page.endsWith(termPage)))
    const target =
      termPage === null
        ? blogListFor(url)
        : terms !== null && inEdition === undefined
          ? `/${kind}/`
          : (inEdition ?? termPage)
    // Its `redirect_from` addresses (jekyll-redirect-from wrote a page at each) go where it goes.
    const also = (Array.isArray(data.redirect_from) ? data.redirect_from : [data.redirect_from]).filter(
      (from): from is string => typeof from === 'string' && from.trim().startsWith('/'),
    )
    // Never the site's home, which the blog's first page answers.
    for (const from of also)
      if (!samePath(from.trim(), target) && !/^\/(index\.html?)?$/.test(from.trim())) redirects[from.trim()] = target
    // The old page stood where the blog's own page of that term is (`tags/ai/index.html` at /tags/ai/):
    // that page answers it, and a redirect there would be written over it. One written as a file
    // (`permalink: categories/algorithm`, at categories/algorithm.html) is another address.
    if (samePath(toRedirectPath(url), target)) continue
    redirects[url] = target
  }
  return redirects
}

/** Whether two site paths name the same page (`/tags/ai/`, `/tags/ai`; encoded or not). */
function samePath(a: string, b: string): boolean {
  const key = (path: string) => {
    let decoded = path
    try {
      decoded = decodeURI(path)
    } catch {
      // A lone `%` is kept as written.
    }
    return `${decoded.normalize('NFC').replace(/\/+$/, '')}/`
  }
  return key(a) === key(b)
}

/** The blog's list that stands in for an old list page, by the words in its address (home when none fits). */
function blogListFor(url: string): string {
  const words = url.toLowerCase()
  if (/tag/.test(words)) return '/tags/'
  if (/categor/.test(words)) return '/categories/'
  if (/archive|year|date|history/.test(words)) return '/archive/'
  if (/author|people|team|writer/.test(words)) return '/authors/'
  if (/series/.test(words)) return '/series/'
  return '/'
}

function planAuthors(
  config: JekyllConfig,
  site: JekyllSite,
  options: ImportOptions,
  index: SiteIndex,
  files: ImportPlan['files'],
  assets: Set<string>,
  report: ImportReport,
): void {
  const configLines = (site.config ?? '').split(/\r?\n/)
  const authorsLine = configLines.findIndex((text) => /^authors\s*:/.test(text))
  for (const author of config.authors) {
    // The author's key under `authors:`, so the report points at the lines to look at.
    const key = new RegExp(`^\\s+${author.id.replace(/[.]/g, '\\.')}\\s*:`)
    const line =
      1 +
      Math.max(
        0,
        authorsLine,
        configLines.findIndex((text, index) => index > authorsLine && key.test(text)),
      )
    const at = `${options.labels.site}/_config.yml`
    files.push({ path: `authors/${author.id}.yml`, text: formatAuthorFile(author) })
    report.authors.push(author.id)
    report.droppedFields.push(
      ...author.dropped.map((key) => ({
        file: at,
        line,
        message: `authors.${author.id}.${key}: 글쓴이 파일에 둘 곳이 없어 뺐습니다`,
      })),
    )
    report.frontMatter.push(
      ...author.changes.map((change) => ({
        file: `${options.labels.content}/authors/${author.id}.yml`,
        line: 1,
        message: change,
      })),
    )
    if (author.nameMissing)
      report.needsHuman.push({ file: at, line, message: `authors.${author.id}에 name이 없어 id를 이름으로 썼습니다` })
    if (author.fields.avatar) {
      const target = resolveReference(author.fields.avatar, index)
      if (target.kind === 'asset') assets.add(target.path)
      else if (target.kind !== 'elsewhere')
        report.needsHuman.push({
          file: at,
          line,
          message: `authors.${author.id}.avatar ${author.fields.avatar}: 옛 사이트에 없는 파일입니다`,
        })
    }
  }
}

/** Root names the blog's export writes itself; `assets/` is where imported files belong, so it is not among them. */
const BLOG_ROOT_NAMES: ReadonlySet<string> = new Set(
  [...DEFAULT_RESERVED_NAMES.keys()].filter((name) => name !== 'assets'),
)

/** A title with typographic quotes, dashes and ellipses typed back as a keyboard writes them. */
function typewritten(title: string): string {
  return title
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
}

function titleLine(text: string): number {
  const parsed = parseFrontMatter(text)
  return parsed.ok ? (parsed.value.fieldLines.title ?? 1) : 1
}

/** One key per address a static host answers: `/a/`, `/a` and `/a/index.html` are one; `/a.html` is another file. */
const addressKey = (url: string) => url.replace(/(\/index\.html?|\/)$/, '').normalize('NFC')

/**
 * The old addresses a page's `redirect_from` named (jekyll-redirect-from wrote a redirect page at
 * each): they lead to the page's address in the blog, as a post's do.
 */
function pageRedirects(
  pages: readonly IndexedPage[],
  posts: readonly IndexedPost[],
  report: ImportReport,
): { oldUrl: string; url: string }[] {
  // Addresses the blog answers itself: its own pages (tags, series, search) and what was imported.
  const answered = new Set(
    [
      ...pages.flatMap((page) => [page.route.url, page.permalink]),
      ...posts.flatMap((post) => [post.url, post.oldUrl]),
    ].map(addressKey),
  )
  return pages.flatMap((page) =>
    page.redirectFrom.flatMap((oldUrl) => {
      if (answeredByBlog(oldUrl) || answered.has(addressKey(oldUrl))) {
        report.droppedFields.push({
          file: `${report.source}/${page.source}`,
          line: 1,
          message: `redirect_from: ${oldUrl}는 블로그의 다른 페이지가 답하는 주소라 리다이렉트로 덮지 않았습니다`,
        })
        return []
      }
      return [{ oldUrl, url: page.route.url }]
    }),
  )
}

/**
 * Whether the blog answers an address with a page of its own: its home (`/`, `/index.html`) and its
 * one-level pages (`/tags/`, `/archive/`). An old page below one of them (`/archive/2019/05/01/x/`,
 * `/tags/old-list/`) is none of the blog's, and a redirect there stays.
 */
function answeredByBlog(address: string): boolean {
  const key = addressKey(address)
  const parts = key.split('/').filter(Boolean)
  // `/index.html` is the home page; `/tags.html` is a file the blog does not write, which a redirect may answer.
  return (
    key === '' || (parts.length === 1 && (/^index\.html?$/.test(parts[0] ?? '') || BLOG_ROOT_NAMES.has(parts[0] ?? '')))
  )
}

/**
 * Takes out of each post's `redirect_from` the old addresses something else answers: the blog's
 * own pages (`/`, `/tags/`), and another post or page, whose page Jekyll wrote over the redirect
 * page jekyll-redirect-from had made there (it writes pages first, then posts). Returns the posts
 * whose own old URL is such an address.
 */
function settlePostRedirects(posts: readonly IndexedPost[], pages: readonly IndexedPage[]): Set<IndexedPost> {
  const owners = new Map<string, IndexedPost | IndexedPage>()
  for (const page of pages)
    for (const url of [page.route.url, page.permalink, page.route.legacyPath ?? page.route.url])
      owners.set(addressKey(url), page)
  for (const post of posts) for (const url of [post.url, post.oldUrl]) if (url !== '') owners.set(addressKey(url), post)
  const elsewhere = new Set<IndexedPost>()
  for (const post of posts) {
    const parsed = parseFrontMatter(post.text)
    if (!parsed.ok) continue
    const written = [parsed.value.data.redirect_from].flat()
    const kept = written.filter((from) => {
      if (typeof from !== 'string') return true
      const owner = owners.get(addressKey(from))
      const blogs = answeredByBlog(from)
      if (!blogs && (owner === undefined || owner === post)) return true
      if (addressKey(from) === addressKey(post.oldUrl)) elsewhere.add(post)
      post.dropped.push({
        line: parsed.value.fieldLines.redirect_from ?? 1,
        message: blogs
          ? `redirect_from: ${from}는 블로그 자신의 페이지(첫 페이지, 목록)가 답하는 주소라 리다이렉트로 덮지 않았습니다`
          : `redirect_from: ${from}는 ${owner?.source ?? ''}가 답하는 주소라 리다이렉트로 덮지 않았습니다 ${
              owner !== undefined && 'oldUrl' in owner
                ? '(옛 사이트에서도 Jekyll은 그 자리에 리다이렉트 대신 그 글을 썼습니다)'
                : '(한 주소에는 한 페이지만 있을 수 있어 페이지를 남겼습니다)'
            }`,
      })
      return false
    })
    if (kept.length === written.length) continue
    post.text = setFrontMatterFields(post.text, { redirect_from: kept.length > 0 ? formatRedirects(kept, null) : null })
    post.frontMatterEnd = bodyOffset(post.text)
  }
  return elsewhere
}

/**
 * Takes out of `unimported` every old URL the build has a page for, and asks a person about each:
 * returns old URL -> the build's file to copy.
 */
function keepBuiltPages(
  unimported: Map<string, string>,
  pageFile: ((url: string) => string | null) | undefined,
  /** The old feeds' files (`/feed/index.html`): the blog's feed answers there, not the frozen old one. */
  feeds: ReadonlySet<string>,
  report: ImportReport,
  labels: ImportOptions['labels'],
): Map<string, string> {
  const kept = new Map<string, string>()
  if (pageFile === undefined) return kept
  for (const [oldUrl, source] of unimported) {
    const file = pageFile(oldUrl)
    const feed = file !== null && feeds.has(file)
    // The blog's own pages and files keep their addresses (its search, its tag pages).
    if (!feed && (file === null || !/\.html?$/i.test(file) || BLOG_ROOT_NAMES.has(file.split('/')[1] ?? ''))) continue
    unimported.delete(oldUrl)
    report.needsHuman = report.needsHuman.filter(
      (item) => !(item.file === source && item.message.startsWith(`옛 주소 ${oldUrl}에 답할 페이지가 없어`)),
    )
    if (feed || file === null) continue
    kept.set(oldUrl, file)
    report.needsHuman.push({
      file: source,
      line: 1,
      message: `옛 주소 ${oldUrl}: 블로그 페이지로 옮길 수 없는 페이지라 Jekyll이 쓴 HTML을 ${labels.public}${file}에 그대로 두었습니다 (옛 사이트의 모양 그대로, 스크립트는 뺌): 블로그 페이지로 다시 쓰거나, 필요 없으면 지우세요`,
    })
  }
  return kept
}

/**
 * Files of the old build that Jekyll or a plugin made, which the blog serves as they were: what a
 * plugin wrote with no source file (jekyll-redirect-from's `/redirects.json`), and what Jekyll
 * rendered from a source with front matter (`search.json`'s Liquid, `style.scss` as `style.css`).
 * HTML is left to the pages' own rules; a file copied as it was, a feed and what the blog writes
 * itself are not among them.
 */
export function pluginWrittenFiles(
  built: readonly string[],
  sourceFiles: ReadonlySet<string>,
  /** Source files with front matter, which Jekyll rendered. */
  rendered: ReadonlySet<string>,
  feeds: ReadonlySet<string>,
): string[] {
  const stem = (file: string) => file.replace(/\.[^./]*$/, '')
  const sourcesByStem = new Map<string, string[]>()
  for (const file of sourceFiles) sourcesByStem.set(stem(file), [...(sourcesByStem.get(stem(file)) ?? []), file])
  return built.filter((file) => {
    if (/\.html?$/i.test(file) || feeds.has(file) || file.split('/').some((part) => part.startsWith('.'))) return false
    if (BLOG_ROOT_NAMES.has(file.split('/')[1] ?? '')) return false
    if (sourceFiles.has(file)) return rendered.has(file)
    const sources = sourcesByStem.get(stem(file)) ?? []
    return sources.length === 0 || sources.some((source) => rendered.has(source))
  })
}

/** The old feed files the blog answers with its own feeds (legacy-urls.yml `feeds:`). */
function legacyFeedPaths(site: JekyllSite): Set<string> {
  return new Set((site.built?.feeds ?? []).map((feed) => `/${feed.path}`))
}

function redirected(report: ImportReport, oldUrl: string): boolean {
  const bare = oldUrl.replace(/\/+$/, '').normalize('NFC')
  const found = report.redirects.some((redirect) => redirect.from.replace(/\/+$/, '').normalize('NFC') === bare)
  if (found)
    report.needsHuman = report.needsHuman.filter(
      (item) => !item.message.startsWith(`옛 주소 ${oldUrl}: 블로그 페이지로 옮길 수 없는 페이지라`),
    )
  return found
}

/** The tag and category pages the blog will have: those of its published posts, in each post's edition (`/en/tags/x/`). */
function blogTermPages(posts: readonly IndexedPost[]): Set<string> {
  const pages = new Set<string>()
  for (const post of posts) {
    if (post.draft) continue
    const prefix = editionPrefix(post)
    for (const tag of post.tags) pages.add(`${prefix}${termUrl('tags', termSlug(tag))}`)
    const parsed = parseFrontMatter(post.text)
    if (parsed.ok)
      for (const category of toTermList(parsed.value.data.categories))
        pages.add(`${prefix}${termUrl('categories', termSlug(category))}`)
  }
  return pages
}

/** Takes the old URLs the redirects answer out of `unimported` and out of the report's questions. */
function answeredByRedirects(report: ImportReport, unimported: Map<string, string>): void {
  const bare = (url: string) => toRedirectPath(url).replace(/\/+$/, '').normalize('NFC')
  const froms = new Set(report.redirects.map((redirect) => bare(redirect.from)))
  for (const [oldUrl, source] of unimported) {
    if (!froms.has(bare(oldUrl))) continue
    unimported.delete(oldUrl)
    report.needsHuman = report.needsHuman.filter(
      (item) => !(item.file === source && item.message.startsWith(`옛 주소 ${oldUrl}에 답할 페이지가 없어`)),
    )
  }
}

/**
 * Each post's language as Jekyll read it (its own `lang`, else the one `defaults:` gave) and the URL
 * Jekyll served it at, for tools/jekyll/editions.ts. Posts are read once more for it only when some
 * post or `defaults:` set names a language at all.
 */
function readPostLanguages(posts: readonly SourceFile[], context: PostContext): PostLanguage[] {
  const named =
    posts.some((file) => /^\s*lang\s*:/m.test(file.text)) ||
    (context.defaults ?? []).some((set) => Object.hasOwn(set.values, 'lang'))
  if (!named) return []
  return posts.flatMap((file): PostLanguage[] => {
    if (!isPostFile(file.path)) return []
    try {
      const post = indexPost(file, context)
      if ('skip' in post) return []
      const parsed = parseFrontMatter(post.text)
      const line = parsed.ok ? (parsed.value.fieldLines.lang ?? 1) : 1
      const pairing = parsed.ok ? (pairingKey(parsed.value.data)?.value ?? null) : null
      return [{ source: file.path, lang: post.lang, line, oldUrl: post.oldUrl, pairing }]
    } catch {
      // A post the import cannot read is reported when it is collected.
      return []
    }
  })
}

/**
 * The site without the pages the old site served at an edition's home (`en/index.html` at `/en/`, a
 * list of the English posts): the blog's home page of that edition answers there.
 */
function withoutEditionHomes(
  site: JekyllSite,
  folders: readonly string[],
  pretty: boolean,
  report: ImportReport,
): JekyllSite {
  if (folders.length === 0) return site
  const homeOf = (file: SourceFile): string | undefined => {
    const parsed = parseFrontMatter(file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
    const url = pageUrl(file.path, parsed.ok ? parsed.value.data : {}, pretty)
    return folders.find((folder) => addressKey(url) === `/${folder}`)
  }
  const reported = new Set<string>()
  const keep = (file: SourceFile) => {
    const folder = homeOf(file)
    if (folder === undefined) return true
    // A folder's index page is among both the site's pages and its folder pages: reported once.
    if (reported.has(file.path)) return false
    reported.add(file.path)
    report.skipped.push({
      file: `${report.source}/${file.path}`,
      line: 1,
      message: `블로그의 /${folder}/ 판 첫 페이지가 대신합니다 (옛 주소 /${folder}/)`,
    })
    return false
  }
  return {
    ...site,
    pages: site.pages.filter(keep),
    ...(site.folderPages ? { folderPages: site.folderPages.filter(keep) } : {}),
  }
}

/**
 * Pairs the posts of one post in several languages (tools/jekyll/editions.ts pairTranslations): each
 * translation gets `translation_of` naming its original, and the report says which and why. A post
 * whose `lang` is no language tag is reported, its value left as written.
 */
function pairPostTranslations(
  posts: readonly IndexedPost[],
  languages: EditionsPlan,
  report: ImportReport,
  contentLabel: string,
): void {
  const invalid = new Set(languages.invalid.map((post) => post.source))
  for (const post of posts) {
    if (!invalid.has(post.source)) continue
    const parsed = parseFrontMatter(post.text)
    post.problems.push({
      line: parsed.ok ? (parsed.value.fieldLines.lang ?? 1) : 1,
      message: `lang: ${post.lang ?? ''}는 언어 코드(en, en-US, ko 같은 BCP 47 태그)가 아니라 그대로 두었습니다: 이 글은 첫 판에 실립니다. 다른 판에 실으려면 언어 코드로 고치세요`,
    })
  }
  if (languages.editions.length === 0 || languages.siteLocale === null) return
  const site = languageCode(languages.siteLocale)
  const bySource = new Map(posts.map((post) => [post.source, post]))
  const { pairs, unpaired } = pairTranslations(
    posts.flatMap((post) => {
      const parsed = parseFrontMatter(post.text)
      if (!parsed.ok) return []
      const data = parsed.value.data
      const language =
        post.lang !== null && editionFolderOf(languages, post.lang) !== '' ? languageCode(post.lang) : site
      return [
        {
          id: post.source,
          language,
          folder: post.edition,
          slug: post.slug,
          fileSlug: parsePostFileName(padPostFileName(post.source.split('/').pop() ?? post.source))?.title ?? '',
          key: pairingKey(data),
          publishedAt: post.publishedAt,
          hasTranslationOf: typeof data.translation_of === 'string' && data.translation_of.trim() !== '',
        },
      ]
    }),
    site,
  )
  const out = (post: IndexedPost) => `${contentLabel}/posts/${post.fileName}`
  for (const pair of pairs) {
    const translation = bySource.get(pair.translation)
    const original = bySource.get(pair.original)
    if (translation === undefined || original === undefined) continue
    translation.text = setFrontMatterFields(translation.text, { translation_of: formatYamlValue(pair.translationOf) })
    translation.frontMatterEnd = bodyOffset(translation.text)
    const parsed = parseFrontMatter(translation.text)
    report.translations.push({
      file: out(translation),
      line: parsed.ok ? (parsed.value.fieldLines.translation_of ?? 1) : 1,
      message: `translation_of: ${pair.translationOf} (${pair.by}가 같은 ${out(original)}의 번역: ${translation.url}와 ${original.url}가 서로의 번역으로 이어집니다)`,
    })
  }
  for (const { id, message } of unpaired) {
    const post = bySource.get(id)
    if (post !== undefined) post.problems.push({ line: 1, message })
  }
}
