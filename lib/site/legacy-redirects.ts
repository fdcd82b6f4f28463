import { parsePermalink } from '../schema/pages'
import { redirectTargetProblem, toRedirectPath } from '../schema/redirects'
import { siteLanguage } from '../config'
import { t } from '../i18n'

/**
 * Old URLs that no exported folder answers (`/contact.html`) get a small HTML file at exactly that
 * path which sends the reader on: static hosts cannot send real redirects, so a meta refresh, a
 * canonical link and a plain link do the job for browsers, crawlers and people.
 */
export interface LegacyRedirect {
  /** The old URL path, served as a file by any static host: `/contact.html`. */
  from: string
  /** Site-internal path of the page that replaced it: `/contact/`. */
  to: string
  /** A decoded `#fragment` of the old URL -> a more precise site-internal path (`aws` -> `/tags/aws/`). */
  fragments?: Readonly<Record<string, string>>
}

export interface LegacyRedirectSources {
  /** Standalone pages as written in content/pages (their `permalink`). */
  pages: readonly { permalink: string }[]
  /** The old list pages (`/tags.html` ...), see lib/site/legacy-list-pages.ts. */
  lists?: readonly LegacyRedirect[]
  /** Posts and the old URLs they answered at on the Jekyll site (front matter `redirect_from`). */
  posts?: readonly { url: string; redirectFrom: readonly string[] }[]
  /** Other old URLs (the old paginator's `/page2/`), from content/legacy-urls.yml. */
  others?: readonly LegacyRedirect[]
}

/** Served from public/; an external file because the Content-Security-Policy forbids inline scripts. */
export const FRAGMENT_SCRIPT_PATH = '/legacy-redirect.js'

/** Pages whose Jekyll permalink was a `.html` file now render in a folder; their old URL redirects. */
export function selectPageRedirects(pages: LegacyRedirectSources['pages']): LegacyRedirect[] {
  return pages.flatMap((page) => {
    const route = parsePermalink(page.permalink)
    return route?.legacyPath ? [{ from: route.legacyPath, to: route.url }] : []
  })
}

/**
 * content/legacy-urls.yml's redirects against what the export answers: an old paginator page at the
 * blog's own address (`paginate_path: /page/:num`) that the blog's list answers needs no redirect; one
 * past the blog's last page, or any old address whose target the export lacks, goes home. A target off
 * the site stays as written, for checkRedirects to refuse (npm run check says so first).
 */
export function settleLegacyRedirects(
  entries: readonly LegacyRedirect[],
  answers: (path: string) => boolean,
): LegacyRedirect[] {
  const bare = (path: string) => path.replace(/\/+$/, '')
  return entries
    .filter((entry) => !(bare(entry.from) === bare(entry.to) && answers(entry.from)))
    .map((entry) => (answers(entry.to) || redirectTargetProblem(entry.to) !== null ? entry : { ...entry, to: '/' }))
}

/** Every old URL answered by a redirect file, sorted by path; throws on a clash or a path no HTML file can answer. */
export function listLegacyRedirects(sources: LegacyRedirectSources): LegacyRedirect[] {
  const entries: LegacyRedirect[] = [
    ...selectPageRedirects(sources.pages),
    ...(sources.lists ?? []),
    ...(sources.posts ?? []).flatMap((post) =>
      post.redirectFrom.map((from) => ({ from: toRedirectPath(from), to: post.url })),
    ),
    ...(sources.others ?? []),
  ]
  return checkRedirects(entries)
}

/** Validates redirect entries: HTML-file sources, site-internal targets, one entry per old URL. */
export function checkRedirects(entries: readonly LegacyRedirect[]): LegacyRedirect[] {
  const seen = new Set<string>()
  for (const entry of entries) {
    // A redirect page is HTML; an old feed or sitemap URL must be answered by a real file instead.
    if (!/^\/[^?#]*(\.html?|\/)$/.test(entry.from))
      throw new Error(`redirect from "${entry.from}": only .html paths can hold a redirect page`)
    const targets = [entry.to, ...Object.values(entry.fragments ?? {})]
    const external = targets.find((to) => !to.startsWith('/') || to.startsWith('//'))
    if (external !== undefined)
      throw new Error(`redirect from "${entry.from}": "${external}" is not a site-internal path`)
    if (seen.has(entry.from)) throw new Error(`redirect from "${entry.from}" is listed twice`)
    seen.add(entry.from)
  }
  return [...entries].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

// The rule lives with the check's, which refuses an old URL the build could not write (lib/schema/redirects.ts).
export { toRedirectPath } from '../schema/redirects'

/** The file a redirect is written to, relative to the export folder: `/contact.html` -> `contact.html`, `/page2/` -> `page2/index.html`. */
export function redirectFilePath(from: string): string {
  let path = from
  try {
    path = decodeURIComponent(from)
  } catch {
    // Old URLs of imported posts are stored decoded already; a lone `%` stays as written.
  }
  return `${path.replace(/^\/+/, '')}${path.endsWith('/') ? 'index.html' : ''}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The sentence that links to the new address: its text escaped, the link as it is. */
function movedSentence(target: string): string {
  const link = { html: `<a href="${target}">${escapeHtml(t.movedToNewLink)}</a>` }
  return t
    .movedToNew(link)
    .map((part) => (typeof part === 'string' ? escapeHtml(part) : part.html))
    .join('')
}

export interface RedirectSite {
  /** Absolute origin of the deployed site, no trailing slash. */
  url: string
  /** '' or '/repo'. */
  basePath: string
}

/** The whole redirect file: refresh and plain link to the new page, canonical URL, noindex, and fragment links. */
export function renderRedirectHtml(redirect: LegacyRedirect, site: RedirectSite): string {
  const href = (path: string) => escapeHtml(encodeURI(`${site.basePath}${path}`))
  const target = href(redirect.to)
  const fragments = Object.entries(redirect.fragments ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const fragmentList =
    fragments.length === 0
      ? ''
      : [
          '<ul>',
          ...fragments.map(
            ([fragment, to]) =>
              `<li><a data-fragment="${escapeHtml(fragment)}" href="${href(to)}">${escapeHtml(fragment)}</a></li>`,
          ),
          '</ul>',
          `<script src="${href(FRAGMENT_SCRIPT_PATH)}"></script>`,
        ].join('\n')
  return `<!doctype html>
<html lang="${siteLanguage}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(t.movedTitle)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(site.url)}${target}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<h1>${escapeHtml(t.movedTitle)}</h1>
<p>${movedSentence(target)}</p>
${fragmentList}
</body>
</html>
`
}
