// The link check of `npm run build`: every internal href/src in the export must reach a file,
// and every #fragment an id on its page. Also runnable on its own: `npm run check:links [dir]`.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { findBrokenLinks, scanPage, type BrokenLink, type PageScan } from '../lib/link-check'
import { site } from '../lib/site'

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
    return entry.isDirectory() ? listFiles(root, relative) : [relative.normalize('NFC')]
  })
}

/** Checks an exported folder and returns every broken internal link. */
export function checkExportedLinks(root: string): { pages: number; broken: BrokenLink[] } {
  const files = listFiles(root)
  const existing = new Set(files)
  const pages = new Map<string, PageScan>()
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, scanPage(readFileSync(path.join(root, file), 'utf8')))
  }
  const ownOrigins = [`${site.url}${site.basePath}`, ...site.legacyOrigins]
  return { pages: pages.size, broken: findBrokenLinks(pages, (file) => existing.has(file), { basePath: site.basePath, ownOrigins }) }
}

/** Hangul in links as authors wrote it, not percent-encoded. */
function readable(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** Prints the result; true when nothing is broken. */
export function reportLinks(root: string): boolean {
  const { pages, broken } = checkExportedLinks(root)
  if (broken.length === 0) {
    console.log(`링크 검사 통과: 페이지 ${pages}개`)
    return true
  }
  console.error(`깨진 내부 링크 ${broken.length}개 (페이지 ${pages}개 검사):`)
  for (const b of broken) console.error(`  ${readable(b.page)}: ${readable(b.link)} — ${b.reason}`)
  console.error('Markdown의 링크 주소나 #제목 앵커를 고치세요. 제목 앵커는 제목을 소문자로 바꾸고 공백을 -로 바꾼 것입니다.')
  return false
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = reportLinks(path.resolve(process.argv[2] ?? 'out')) ? 0 : 1
}
