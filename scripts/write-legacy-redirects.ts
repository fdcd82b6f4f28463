// Build step (scripts/build.ts runs it with tsconfig.scripts.json after the Next export): a
// redirect file for every old URL that no exported folder answers — pages whose Jekyll permalink
// was a .html file, and the old list pages /tags.html, /categories.html, /authors-list.html.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { getPages } from '../lib/content'
import { authorListRedirect, termListRedirect } from '../lib/legacy-list-pages'
import { listLegacyRedirects, redirectFilePath, renderRedirectHtml } from '../lib/legacy-redirects'
import { site } from '../lib/site'

/** Writes the redirect files into an export folder and returns the old paths it wrote. */
export function writeLegacyRedirects(exportDir: string): string[] {
  const lists = [termListRedirect('tags'), termListRedirect('categories'), authorListRedirect()]
  const redirects = listLegacyRedirects({ pages: getPages(), lists })
  for (const redirect of redirects) {
    const file = path.join(exportDir, redirectFilePath(redirect.from))
    if (!file.startsWith(`${exportDir}${path.sep}`)) throw new Error(`redirect from "${redirect.from}" points outside the export`)
    // Never replace a real exported file with a redirect to somewhere else.
    if (existsSync(file)) throw new Error(`redirect from "${redirect.from}": the export already has ${path.relative(exportDir, file)}`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, renderRedirectHtml(redirect, site))
  }
  return redirects.map((redirect) => redirect.from)
}

const exportDir = process.argv[2]
if (import.meta.url === `file://${process.argv[1]}` && exportDir) {
  const written = writeLegacyRedirects(path.resolve(exportDir))
  console.log(`옛 주소 리다이렉트 ${written.length}개: ${written.join(', ')}`)
}
