import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

test.use({ viewport: { width: 320, height: 640 } })

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

for (const path of ['/', '/kubecon-1/', '/kubecon-2/', '/kubecon-3/', '/search/', '/tags/news/']) {
  test(`${path} fits a 320 px screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('button', { name: '어두운 테마' })).toBeVisible()
    const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner)
    // The header keeps everything on screen: name, menu, search and the theme toggle.
    for (const element of [page.getByRole('link', { name: '아카이브' }), page.getByRole('searchbox').first(), page.getByRole('button', { name: '어두운 테마' })]) {
      const box = await element.boundingBox()
      expect(box!.x + box!.width).toBeLessThanOrEqual(320)
    }
  })
}
