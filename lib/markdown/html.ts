/**
 * Post bodies are rendered once, without knowing where the site will be deployed. Root-relative
 * links and images (`/kubecon-2/`, `/assets/a.png`) get their prefix here: the base path on
 * pages, the absolute site URL in feeds.
 */
export function prefixRootRelative(html: string, prefix: string): string {
  if (prefix === '') return html
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${prefix}/`)
}

/** In-page links (`href="#section"`) made absolute to the page they belong to, for feeds. */
export function absolutizeFragments(html: string, pageUrl: string): string {
  return html.replace(/(\shref=")#/g, `$1${pageUrl}#`)
}

/**
 * A post body as a page shows it: absolute links to this very site (SITE_URL, written by an
 * author) become internal, then root-relative URLs get the base path.
 */
export function localizeBody(html: string, siteRoot: string, basePath: string): string {
  const escaped = siteRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const internal = html.replace(new RegExp(`(\\s(?:href|src)=")${escaped}(?=[/"#?])/?`, 'g'), '$1/')
  return prefixRootRelative(internal, basePath)
}
