// Lighthouse 12 against an exported folder served on loopback by scripts/serve.mjs, in the local
// Chromium, with every request that would leave the machine blocked (posts hotlink pictures).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export interface LighthouseResult {
  url: string
  formFactor: 'mobile' | 'desktop'
  /** 0 to 100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>
  lcpMs: number
  tbtMs: number
  cls: number
  /** Audits that kept a category below 100, for the report. */
  failing: string[]
}

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
/** Every https URL and plain-http hosts by their usual endings: loopback stays reachable. Chromium patterns: `*` is any run. */
const EXTERNAL = ['https://*', 'http://*.com/*', 'http://*.net/*', 'http://*.org/*', 'http://*.io/*', 'http://*.kr/*']

/** Serves `outDir` with the repository's static server; resolves once it answers. */
export async function serveOut(
  outDir: string,
  port: number,
  basePath = '',
): Promise<{ origin: string; stop: () => void }> {
  const server: ChildProcess = spawn(process.execPath, [path.resolve('scripts/serve.mjs')], {
    env: { ...process.env, OUT_DIR: outDir, PORT: String(port), BASE_PATH: basePath },
    stdio: 'ignore',
  })
  const origin = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`${origin}${basePath}/`)
      return { origin, stop: () => server.kill() }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  server.kill()
  throw new Error(`the static server for ${outDir} did not answer on port ${port}`)
}

/** Runs Lighthouse on each URL in turn (one Chromium, a fresh tab and cache per URL). */
export async function runLighthouse(
  urls: readonly string[],
  formFactor: 'mobile' | 'desktop' = 'mobile',
): Promise<LighthouseResult[]> {
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const chrome = await chromeLauncher.launch({
    chromeFlags: CHROME_FLAGS,
    ...(existsSync(chromePath) ? { chromePath } : {}),
  })
  try {
    const results: LighthouseResult[] = []
    for (const url of urls) {
      const flags = {
        port: chrome.port,
        output: 'json' as const,
        logLevel: 'error' as const,
        onlyCategories: [...CATEGORIES],
        blockedUrlPatterns: EXTERNAL,
      }
      const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined)
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { lhr } = runner
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
        failing,
      })
    }
    return results
  } finally {
    await chrome.kill()
  }
}
