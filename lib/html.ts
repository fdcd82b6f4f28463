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
