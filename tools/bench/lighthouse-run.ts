// Lighthouse 12 against an exported folder served on loopback by scripts/serve.mjs, in the local
// Chromium. Requests that would leave the machine (posts hotlink pictures) go to a proxy that answers
// each with an error after EXTERNAL_DELAY_MS, as a slow faraway host would: blocked outright, they
// ended at once, and Lighthouse's simulation then counted ten hotlinked pictures as loaded before the
// text was painted (a post scored 92 for pictures a phone fetches after it); never answered, they
// held the page open until Lighthouse's time limit.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'
import { CHROMIUM_ARGS } from '../../playwright.config'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export interface LighthouseResult {
  url: string
  formFactor: 'mobile' | 'desktop'
  /** 0 to 100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>
  lcpMs: number
  tbtMs: number
  cls: number
  /** The performance score of every run, the median's among them. */
  runs: number[]
  /** Audits that kept a category below 100, for the report. */
  failing: string[]
}

const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS]
const EXTERNAL_DELAY_MS = 3_000

/** An HTTP proxy on loopback that fails every request after EXTERNAL_DELAY_MS (Chromium never proxies loopback). */
async function startSlowFailingProxy(): Promise<{ port: number; stop: () => void }> {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
    const timer = setTimeout(
      () => socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
      EXTERNAL_DELAY_MS,
    )
    socket.on('close', () => clearTimeout(timer))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port')
  return {
    port: address.port,
    stop: () => {
      for (const socket of sockets) socket.destroy()
      server.close()
    },
  }
}

/** Lighthouse's advice: the median of five runs, since one run varies by several points. */
export const LIGHTHOUSE_RUNS = 5

/**
 * The proxy's failures are this machine's lack of internet, not the page's errors: the console
 * audit ignores them (a blocked request was ignored the same way).
 */
function configFor(formFactor: 'mobile' | 'desktop') {
  return {
    ...(formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' as const }),
    audits: [{ path: 'errors-in-console', options: { ignoredPatterns: ['ERR_TUNNEL_CONNECTION_FAILED'] } }],
  }
}

/**
 * Runs Lighthouse on each URL: one warm-up run first (the first page Chromium loads pays for its
 * own start, a cost no reader's warm browser has), then `runs` runs per URL, reporting the median
 * run (lighthouse/core/lib/median-run.js). Every run has a fresh tab and cache.
 */
export async function runLighthouse(
  urls: readonly string[],
  formFactor: 'mobile' | 'desktop' = 'mobile',
  /** Also writes each median report there as JSON (to read what a score is made of). */
  reportDir?: string,
  runs = LIGHTHOUSE_RUNS,
): Promise<LighthouseResult[]> {
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const proxy = await startSlowFailingProxy()
  const chrome = await chromeLauncher.launch({
    chromeFlags: [...CHROME_FLAGS, `--proxy-server=http://127.0.0.1:${proxy.port}`],
    ...(existsSync(chromePath) ? { chromePath } : {}),
  })
  const flags = {
    port: chrome.port,
    output: 'json' as const,
    logLevel: 'error' as const,
    onlyCategories: [...CATEGORIES],
  }
  const once = async (url: string) => {
    const runner = await lighthouse(url, flags, configFor(formFactor))
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`)
    return runner.lhr
  }
  try {
    const results: LighthouseResult[] = []
    if (urls[0]) await once(urls[0])
    for (const url of urls) {
      const lhrs: Awaited<ReturnType<typeof once>>[] = []
      for (let run = 0; run < runs; run += 1) lhrs.push(await once(url))
      const lhr: (typeof lhrs)[number] = computeMedianRun(lhrs)
      if (reportDir) {
        mkdirSync(reportDir, { recursive: true })
        const name =
          decodeURI(new URL(url).pathname)
            .replace(/[^\p{L}\p{N}]+/gu, '-')
            .replace(/^-|-$/g, '') || 'home'
        writeFileSync(path.join(reportDir, `${name}-${formFactor}.json`), JSON.stringify(lhr, null, 1))
      }
      const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
      const failing = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id}`),
      )
      results.push({
        url,
        formFactor,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        runs: lhrs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100)),
        failing,
      })
    }
    return results
  } finally {
    await chrome.kill()
    proxy.stop()
  }
}
