import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * KaTeX's stylesheet and fonts, served by the site itself (the policy allows fonts from 'self'
 * only) at /katex/: app/katex/ has a route for each, so the dev server and the export both have
 * them. Only the WOFF2 faces are kept, which every browser the blog supports reads; the stylesheet
 * names them relative to itself, so it works under any base path.
 */
export const KATEX_STYLESHEET_PATH = '/katex/katex.css'

function katexDist(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'))
  return path.join(path.dirname(require.resolve('katex/package.json')), 'dist')
}

/** The font files the stylesheet names (`KaTeX_Main-Regular.woff2`, …). */
export function katexFontNames(): string[] {
  return readdirSync(path.join(katexDist(), 'fonts'))
    .filter((name) => name.endsWith('.woff2'))
    .sort()
}

export function katexFont(name: string): Uint8Array {
  if (!katexFontNames().includes(name)) throw new Error(`KaTeX has no font ${name}`)
  return new Uint8Array(readFileSync(path.join(katexDist(), 'fonts', name)))
}

/** KaTeX's minified stylesheet with each face's sources cut down to its WOFF2 file. */
export function katexStylesheet(): string {
  const css = readFileSync(path.join(katexDist(), 'katex.min.css'), 'utf8')
  return css.replace(
    /src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)(?:,url\([^)]+\) format\("[^"]+"\))*/g,
    'src:url($1) format("woff2")',
  )
}
