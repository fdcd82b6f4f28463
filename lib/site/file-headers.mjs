// @ts-check
// Plain JavaScript so that the preview server (scripts/serve.mjs), which Node runs without a
// TypeScript step, sends the same policy the build writes into _headers (pipeline/stages/csp.ts).

/**
 * The policy for files a browser may open as a document although they are not HTML pages: an SVG
 * (or XML with a stylesheet) opened on its own runs its scripts on the blog's origin, and the
 * per-page CSP `<meta>` does not reach it. No script at all, and `sandbox` gives the document an
 * origin of its own; styles and pictures inside the drawing still show.
 */
export const FILE_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src 'self'; sandbox"

/**
 * File names a browser can render as a scriptable document: SVG, XSLT and XHTML. The XML the build
 * writes itself (feeds, sitemap) goes through one escaper (lib/site/xml.ts) and holds no markup of a
 * post, so it needs no rule (and a rule per feed would pass the hosts' limits).
 */
export const SCRIPTABLE_FILE = /\.(?:svgz?|xsl|xslt|xhtml|xht)$/i

/**
 * `_headers` blocks that give every scriptable non-HTML file FILE_POLICY. A folder holding such
 * files and no page gets one rule for all it holds (`/assets/*`); a file beside pages gets a rule of
 * its own, so that no page receives the file policy. Hosts cap the rules (Cloudflare Pages at 100).
 * @param {readonly string[]} files every exported file, relative to the export root with `/`
 * @param {string} basePath '' or '/blog'
 * @returns {string}
 */
export function fileHeaderRules(files, basePath) {
  const pageFolders = new Set()
  for (const file of files) {
    if (!/\.html?$/i.test(file)) continue
    // Every folder above a page holds a page.
    const parts = file.split('/').slice(0, -1)
    for (let i = 0; i <= parts.length; i++) pageFolders.add(parts.slice(0, i).join('/'))
  }
  /** @type {Set<string>} */
  const rules = new Set()
  for (const file of files) {
    if (!SCRIPTABLE_FILE.test(file)) continue
    const parts = file.split('/').slice(0, -1)
    // The topmost folder above the file that holds no page, if any.
    let rule = `/${file}`
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join('/')
      if (!pageFolders.has(folder)) {
        rule = `/${folder}/*`
        break
      }
    }
    rules.add(rule)
  }
  return [...rules]
    .sort()
    .map((rule) => `${basePath}${encodeURI(rule)}\n  Content-Security-Policy: ${FILE_POLICY}\n`)
    .join('')
}
