import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

// Visual regression: each page at a phone and a laptop width, light and dark, compared with the
// baselines committed under e2e/__screenshots__/ (playwright.config.ts: snapshotPathTemplate).
// They were taken with Debian's Chromium on the build machine; after an intended change of the
// design, look at the new pictures and rewrite them with `npx playwright test screenshots
// --update-snapshots`. Deterministic by construction: the font is self-hosted, outside hosts are
// blocked (their pictures show the same fallback box every time), animations and the caret are
// off, lazy pictures are loaded before the shot, and the pages show no clock-dependent text.
const PAGES = [
  { name: 'home', path: '/', fullPage: true },
  // The first screen of a long post: header, title, series line, contents and the opening text.
  { name: 'post', path: '/kubecon-1/', fullPage: false },
  { name: 'series', path: '/series/kubecon-na-2019/', fullPage: true },
  { name: 'tag', path: '/tags/news/', fullPage: true },
  { name: 'search', path: `/search/?q=${encodeURIComponent('컨테이너')}`, fullPage: true },
]
const WIDTHS = [390, 1280]
const SCHEMES = ['light', 'dark'] as const

for (const { name, path, fullPage } of PAGES) {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      test.describe(() => {
        test.use({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme: scheme, reducedMotion: 'reduce' })

        test(`screenshot: ${name} at ${width} px, ${scheme}`, async ({ page }) => {
          await blockExternalRequests(page)
          await page.goto(path)
          // The page's script has run (the theme picker is there) and the page follows the system's scheme.
          await expect(page.getByRole('button', { name: '테마: 시스템 설정 따르기' })).toBeVisible()
          await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
          if (name === 'search') await expect(page.getByRole('main').getByRole('status')).toHaveText(/검색 결과 \d+건/)
          // The self-hosted font is in use, so Hangul is drawn the same on every run.
          const fontLoaded = await page.evaluate(async () => {
            await document.fonts.ready
            const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, '')
            const family = unquote(getComputedStyle(document.body).fontFamily.split(',')[0] ?? '')
            return [...document.fonts].some((face) => unquote(face.family) === family && face.status === 'loaded')
          })
          expect(fontLoaded).toBe(true)
          // Every picture loaded (or given up) before the shot, lazy ones included.
          await page.evaluate(async () => {
            const images = [...document.images]
            for (const image of images) image.loading = 'eager'
            // decode() waits for the picture to load and be ready to paint; a blocked one rejects.
            await Promise.all(images.map((image) => image.decode().catch(() => undefined)))
          })
          await expect(page).toHaveScreenshot(`${name}-${width}-${scheme}.png`, {
            fullPage,
            animations: 'disabled',
            caret: 'hide',
            timeout: 15_000,
          })
        })
      })
    }
  }
}
