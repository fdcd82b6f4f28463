// Pagefind, measured the way a reader meets it: the same plain text as our index goes in as
// custom records (so only the tokenizers differ), the bundle is served over HTTP, and each query
// runs in Chromium through pagefind.js, counting every file and byte it fetches.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import * as pagefind from 'pagefind'
import type { SearchDocument } from '../../lib/search/index-file'

export interface PagefindQueryResult {
  urls: string[]
  /** Files fetched for this query alone (the first query also loads the entry, JS and WASM). */
  files: number
  bytes: number
}

/** Writes a Pagefind bundle for the documents into `dir/pagefind/`. */
export async function buildPagefindBundle(documents: readonly SearchDocument[], dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="ko"><title>bench</title></html>')
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' })
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  for (const doc of documents) {
    const added = await index.addCustomRecord({
      url: doc.url,
      content: `${doc.title} ${doc.text}`,
      language: 'ko',
      meta: { title: doc.title },
    })
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  await pagefind.close()
}

/** Serves `dir` with scripts/serve.mjs (as the e2e tests do) on a loopback port, once it answers. */
export async function serveDir(dir: string, port: number): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, OUT_DIR: dir, PORT: String(port) },
    stdio: 'ignore',
  })
  const origin = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const up = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    )
    if (up) return { origin, stop: () => child.kill() }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`scripts/serve.mjs did not answer on ${origin}`)
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
}

/** Results a list shows at first; Pagefind fetches one fragment (title, excerpt) for each. */
const SHOWN_RESULTS = 10

/**
 * Runs the queries in one page, one after another as a reader would, loading the fragments of
 * the first results as a results list does (Pagefind keeps titles and excerpts there).
 */
export async function queryPagefind(
  browser: Browser,
  origin: string,
  queries: readonly string[],
): Promise<PagefindQueryResult[]> {
  const page = await browser.newPage()
  let current = 0
  const fetched: Promise<{ query: number; bytes: number }>[] = []
  page.on('requestfinished', (request) => {
    const query = current
    if (request.url().includes('/pagefind/'))
      fetched.push(request.sizes().then((sizes) => ({ query, bytes: sizes.responseBodySize })))
  })
  await page.goto(`${origin}/`)
  const found: string[][] = []
  for (const [i, query] of queries.entries()) {
    current = i
    await page.evaluate(
      async ({ q, shown }) => {
        const pf = await import('/pagefind/pagefind.js' as string)
        const search = await pf.search(q)
        await Promise.all(search.results.slice(0, shown).map((r: { data: () => Promise<unknown> }) => r.data()))
      },
      { q: query, shown: SHOWN_RESULTS },
    )
    await page.waitForLoadState('networkidle')
    // Recall counts every result, but a reader would not fetch the rest: keep them out of the sums.
    current = -1
    found.push(
      await page.evaluate(async (q) => {
        const pf = await import('/pagefind/pagefind.js' as string)
        const search = await pf.search(q)
        const data = await Promise.all(search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()))
        return data.map((d: { url: string }) => d.url)
      }, query),
    )
    await page.waitForLoadState('networkidle')
  }
  const sizes = await Promise.all(fetched)
  await page.close()
  return found.map((urls, i) => {
    const mine = sizes.filter((s) => s.query === i)
    return {
      urls: urls.map((url) => url.replace(/\/?$/, '/')).sort(),
      files: mine.length,
      bytes: mine.reduce((sum, s) => sum + s.bytes, 0),
    }
  })
}
