/**
 * Post bodies are rendered once, without knowing where the site will be deployed. Root-relative
 * links and images (`/kubecon-2/`, `/assets/a.png`) get the base path here, at page build time.
 */
export function prefixBasePath(html: string, basePath: string): string {
  if (basePath === '') return html
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${basePath}/`)
}
