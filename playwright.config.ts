import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests run in Chromium against exported static files served by scripts/serve.mjs:
 * `out/` (the real blog), `.e2e/fixture-out/` (a build of e2e/fixtures/content, the edge cases)
 * and `.e2e/jekyll-out/` (e2e/fixtures/jekyll-site imported by `npm run build:jekyll-fixture`).
 *
 * The browser: CHROMIUM_PATH when set, else Debian's headless shell (`chromium-headless-shell`, the
 * same Chromium without its desktop layer: what Playwright's own download runs headless, and about
 * twice as fast as the full browser on this suite), else Debian's full Chromium, else Playwright's
 * own browser (a laptop that ran `npx playwright install chromium`). The screenshot baselines are
 * the headless shell's.
 */
const SYSTEM_BROWSERS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']
const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? SYSTEM_BROWSERS.find((browser) => existsSync(browser))
/** Flags for a system Chromium here (no sandbox as root, no GPU, no calls home): also Lighthouse's. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
export const launchOptions: { executablePath?: string; args?: string[] } =
  SYSTEM_CHROMIUM !== undefined && existsSync(SYSTEM_CHROMIUM)
    ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS }
    : {}

/** E2E_PORT moves all the servers (for running suites side by side on one machine). */
const BLOG_PORT = Number(process.env.E2E_PORT ?? 4173)
const FIXTURE_PORT = BLOG_PORT + 1
const JEKYLL_PORT = BLOG_PORT + 2
const BLOG_SPECS = /\.(fixture|jekyll)\.spec\.ts$/
const FIXTURE_SPECS = /\.fixture\.spec\.ts$/
/** Must match BASE_PATH in the build:fixtures script. */
export const FIXTURE_BASE_PATH = '/blog'

/** The root URL of a site served on loopback (the base path needs its trailing slash for relative URLs). */
function siteUrl(port: number, basePath = ''): string {
  return `http://127.0.0.1:${port}${basePath}/`
}

/** scripts/serve.mjs, GitHub-Pages-like, serving an exported folder. */
function staticServer(outDir: string, port: number, basePath = '') {
  return {
    command: 'node scripts/serve.mjs',
    env: { OUT_DIR: outDir, PORT: String(port), ...(basePath ? { BASE_PATH: basePath } : {}) },
    url: siteUrl(port, basePath),
    reuseExistingServer: false,
  }
}

export default defineConfig({
  testDir: 'e2e',
  // Visual-regression baselines (e2e/screenshots.spec.ts), committed, one set: taken with this
  // machine's Chromium, so no platform suffix.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    launchOptions,
    // Recording a trace costs every test about a quarter of its time, failing or not; a failure
    // keeps a screenshot, and `npx playwright test <spec> --trace on` records one when needed.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'blog', testIgnore: BLOG_SPECS, use: { baseURL: siteUrl(BLOG_PORT) } },
    // The fixture site is built under a GitHub Pages project path: specs use relative URLs.
    { name: 'fixtures', testMatch: FIXTURE_SPECS, use: { baseURL: siteUrl(FIXTURE_PORT, FIXTURE_BASE_PATH) } },
    // The imported Jekyll fixture site, at a domain root like the old blog.
    { name: 'jekyll', testMatch: /\.jekyll\.spec\.ts$/, use: { baseURL: siteUrl(JEKYLL_PORT) } },
  ],
  webServer: [
    staticServer('out', BLOG_PORT),
    staticServer('.e2e/fixture-out', FIXTURE_PORT, FIXTURE_BASE_PATH),
    staticServer('.e2e/jekyll-out', JEKYLL_PORT),
  ],
})
