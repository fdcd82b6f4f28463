import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { publicDirs, readContentSources } from '../schema/content-sources'
import { readBuildClock } from './build-clock'
import { checkContentLinks } from '../markdown/content-links'
import { site, siteRoot } from '../config'
import { validateContent, type Diagnostic } from '../schema/validate-content'

let cached: { key: string; errors: Diagnostic[] } | null = null

/**
 * `npm run dev`: the errors `npm run check` would report for the content as it is on disk now, so
 * the browser can show them (components/dev/content-problems.tsx). The check runs again only when a
 * content file or the list of public files changed.
 */
export function currentContentErrors(): Diagnostic[] {
  const sources = readContentSources()
  const hash = createHash('sha1')
  for (const file of [...sources.posts, ...sources.authors, ...sources.series, ...(sources.pages ?? [])]) hash.update(`${file.path}\0${file.text}\0`)
  // A picture added to public/ clears its "missing" error: the public files' names are part of the key.
  for (const dir of publicDirs()) {
    try {
      hash.update(`${dir}\0${readdirSync(dir, { recursive: true }).join('\0')}`)
    } catch {
      hash.update(`${dir}\0-`)
    }
  }
  const key = hash.digest('hex')
  if (cached?.key !== key) {
    sources.now = readBuildClock(process.env.BUILD_NOW)
    // Links to posts and files are checked; #anchors need the rendered posts, which only npm run check has.
    const errors = validateContent(sources).filter((d) => d.severity === 'error')
    const links = checkContentLinks(sources, new Map(), [siteRoot, ...site.legacyOrigins], new Set(errors.map((d) => d.file)))
    cached = { key, errors: [...errors, ...links.filter((d) => d.severity === 'error')] }
  }
  return cached.errors
}
