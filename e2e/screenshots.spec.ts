import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

// Full-page pictures for people to look at, not compared with anything: they are saved in this
// test's folder under test-results/ and attached to the HTML report (CI keeps both).
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/kubecon-2/' },
]
const WIDTHS = [390, 1280]
const SCHEMES = ['light', 'dark'] as const

for (const { name, path } of PAGES) {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      test.describe(() => {
        test.use({ viewport: { width, height: 900 }, colorScheme: scheme })

        test(`screenshot: ${name} at ${width} px, ${scheme}`, async ({ page }, testInfo) => {
          await blockExternalRequests(page)
          await page.goto(path)
          await expect(page.getByRole('button', { name: '어두운 테마' })).toHaveAttribute('aria-pressed', String(scheme === 'dark'))
          // The self-hosted font is in use, so Hangul is drawn even where the system has no Korean font.
          const fontLoaded = await page.evaluate(async () => {
            await document.fonts.ready
            const unquote = (name: string) => name.trim().replace(/^["']|["']$/g, '')
            const family = unquote(getComputedStyle(document.body).fontFamily.split(',')[0] ?? '')
            return [...document.fonts].some((face) => unquote(face.family) === family && face.status === 'loaded')
          })
          expect(fontLoaded).toBe(true)
          const file = testInfo.outputPath(`${name}-${width}-${scheme}.png`)
          await page.screenshot({ path: file, fullPage: true })
          await testInfo.attach(`${name}-${width}-${scheme}`, { path: file, contentType: 'image/png' })
        })
      })
    }
  }
}
