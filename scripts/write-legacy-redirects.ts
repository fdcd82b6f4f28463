// Writes a redirect page for every old URL that no exported folder answers (lib/legacy-redirects.ts).
// The pages are read from their Markdown sources, as `npm run check` reads them: this runs inside
// scripts/build.ts, where Contentlayer's generated ESM output cannot be imported.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readContentSources } from '../lib/content-sources'
import { parseFrontMatter } from '../lib/front-matter'
import { listLegacyRedirects, redirectFilePath, renderRedirectHtml } from '../lib/legacy-redirects'
import { site } from '../lib/site'

/** Writes the redirect files into an export folder and returns the old paths it wrote. */
export function writeLegacyRedirects(exportDir: string): string[] {
  const pages = (readContentSources().pages ?? []).flatMap((file) => {
    const parsed = parseFrontMatter(file.text)
    const permalink = parsed.ok ? parsed.value.data.permalink : undefined
    return typeof permalink === 'string' ? [{ permalink }] : []
  })
  const redirects = listLegacyRedirects({ pages })
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
