// The built site as a reader meets it: what a post page downloads, what focusing the header search
// box adds (the index and the search code), and what a query then costs. Needs a fresh out/.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { SEARCH_INDEX_PATH } from '../../lib/search/index-file'
import { launchChromium, serveDir } from './pagefind-probe'

const PORT = 4199
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

interface Fetched {
  url: string
  bytes: number
}

function record(page: Page): Fetched[] {
  const fetched: Fetched[] = []
  page.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => fetched.push({ url: request.url(), bytes: sizes.responseBodySize }))
  })
  return fetched
}

function summarise(fetched: readonly Fetched[]): string {
  const js = fetched.filter((f) => /\.js(\?|$)/.test(f.url))
  const index = fetched.filter((f) => f.url.includes(SEARCH_INDEX_PATH))
  const total = fetched.reduce((sum, f) => sum + f.bytes, 0)
  return `${fetched.length}개 파일 ${kb(total)} (JS ${js.length}개 ${kb(js.reduce((s, f) => s + f.bytes, 0))}, 색인 ${index.length}개)`
}

/** Report lines for the built site in `outDir`, or a note saying how to get them. */
export async function probeBuiltSite(outDir: string): Promise<string[]> {
  const indexFile = path.join(outDir, SEARCH_INDEX_PATH)
  if (!existsSync(indexFile)) return ['### 빌드한 사이트', '', `${indexFile} 가 없어 건너뜀: 먼저 npm run build.`, '']
  const indexBytes = readFileSync(indexFile)
  const server = await serveDir(outDir, PORT)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const fetched = record(page)
    const post = readPostUrl(indexBytes) ?? '/'
    await page.goto(`${server.origin}${encodeURI(post)}`, { waitUntil: 'networkidle' })
    const onLoad = fetched.splice(0)
    await page.getByRole('banner').getByRole('searchbox').focus()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    const onFocus = fetched.splice(0)
    await page.getByRole('banner').getByRole('searchbox').fill('쿠버네티스')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\/\?q=/)
    await page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /검색 결과/ })
      .waitFor()
    await page.waitForLoadState('networkidle')
    const onQuery = fetched.splice(0)
    return [
      '### 빌드한 사이트 (out/)',
      '',
      `- 색인 파일 ${SEARCH_INDEX_PATH}: ${kb(indexBytes.length)}, gzip ${kb(gzipSync(indexBytes, { level: 9 }).length)}`,
      `- 글 페이지를 열 때 (${post}): ${summarise(onLoad)}`,
      `- 머리글 검색창에 처음 초점을 줄 때 더 받는 것: ${summarise(onFocus)}`,
      `- 검색하고 /search/ 로 옮길 때 더 받는 것: ${summarise(onQuery)}`,
      '',
    ]
  } finally {
    await browser.close()
    server.stop()
  }
}

function readPostUrl(indexBytes: Buffer): string | null {
  const parsed = JSON.parse(indexBytes.toString('utf8')) as { documents?: { url: string }[] }
  return parsed.documents?.[0]?.url ?? null
}
