// npm run published-changed -- <previous sitemap.xml> <new sitemap.xml>: whether a build publishes
// another set of pages than the deployed one (the deploy workflow's hourly run deploys only then: a
// post whose time has come appears within the hour). Prints what was added and removed, and writes
// `changed=true|false` to $GITHUB_OUTPUT when that is set. A missing previous sitemap counts as changed.
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { DomUtils, parseDocument } from 'htmlparser2'

/** The addresses a sitemap lists (its <loc> elements), read with an XML parser. */
export function sitemapUrls(xml: string): Set<string> {
  const document = parseDocument(xml, { xmlMode: true })
  return new Set(DomUtils.getElementsByTagName('loc', document).map((loc) => DomUtils.textContent(loc).trim()))
}

/** What the new sitemap lists that the previous one did not, and the reverse. */
export function comparePublished(previous: string | null, current: string): { added: string[]; removed: string[] } {
  const before = previous === null ? new Set<string>() : sitemapUrls(previous)
  const after = sitemapUrls(current)
  return {
    added: [...after].filter((url) => !before.has(url)).sort(),
    removed: [...before].filter((url) => !after.has(url)).sort(),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [previousFile, currentFile] = process.argv.slice(2)
  if (!previousFile || !currentFile) {
    console.error('사용법: npm run published-changed -- <지난 배포의 sitemap.xml> <이번 빌드의 sitemap.xml>')
    process.exit(2)
  }
  const previous = existsSync(previousFile) ? readFileSync(previousFile, 'utf8') : null
  const { added, removed } = comparePublished(previous, readFileSync(currentFile, 'utf8'))
  const changed = previous === null || added.length > 0 || removed.length > 0
  if (previous === null) console.log(`${previousFile}가 없어 바뀐 것으로 봅니다 (첫 배포이거나 캐시가 없습니다)`)
  for (const url of added) console.log(`+ ${url}`)
  for (const url of removed) console.log(`- ${url}`)
  console.log(changed ? '발행된 페이지가 바뀌었습니다: 배포합니다' : '발행된 페이지가 그대로입니다: 배포하지 않습니다')
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `changed=${changed}\n`)
}
