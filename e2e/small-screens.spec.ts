import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

test.use({ viewport: { width: 320, height: 640 } })

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

for (const path of ['/', '/kubecon-1/', '/kubecon-2/', '/kubecon-3/', '/search/', '/tags/news/']) {
  test(`${path} fits a 320 px screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('button', { name: /^테마: / })).toBeVisible()
    const widths = await page.evaluate(() => ({
      scroll: document.scrollingElement!.scrollWidth,
      inner: window.innerWidth,
    }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner)
    // The header keeps everything on screen in one row: name, menu button, search and the theme picker.
    const banner = page.getByRole('banner')
    const menu = banner.locator('.site-menu > summary')
    await expect(menu).toHaveText('메뉴')
    const controls = [
      banner.locator('.brand'),
      menu,
      banner.getByRole('link', { name: '검색' }),
      page.getByRole('button', { name: /^테마: / }),
    ]
    for (const element of controls) {
      const box = await element.boundingBox()
      expect(box!.x + box!.width).toBeLessThanOrEqual(320)
    }
    // The menu opens under the header, its links on screen too.
    await menu.click()
    const archive = banner.getByRole('link', { name: '아카이브' })
    await expect(archive).toBeVisible()
    const box = await archive.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(320)
  })
}

test.describe('a phone, 390 x 844', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('KubeCon part 1 starts on the first screen: a header of one row, the series and contents on one line each', async ({
    page,
  }) => {
    await page.goto('/kubecon-1/')
    await expect(page.getByRole('button', { name: /^테마: / })).toBeVisible()
    const header = await page.getByRole('banner').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(64)
    // Search is a link to the search page, not a box in the header.
    await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(0)
    await expect(page.getByRole('banner').getByRole('link', { name: '검색' })).toHaveAttribute('href', '/search/')

    const series = page.getByRole('navigation', { name: 'KubeCon + CloudNativeCon North America 2019 참가기' })
    const summary = series.locator('summary')
    await expect(summary).toContainText('시리즈 · 3편 중 1편')
    await expect(summary).toContainText('▾')
    expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(48)
    await expect(series.getByRole('listitem').first()).toBeHidden()
    const toc = page.getByRole('navigation', { name: '목차' }).locator('summary')
    expect((await toc.boundingBox())!.height).toBeLessThanOrEqual(48)

    const firstParagraph = page.locator('.prose p').first()
    await expect(firstParagraph).toContainText('2019.11.19(화) ~ 2019.11.22(금) 4일간')
    expect((await firstParagraph.boundingBox())!.y).toBeLessThan(844)

    // One tap opens the list of parts.
    await summary.click()
    await expect(series.getByRole('listitem')).toHaveCount(3)
    await expect(series.getByRole('listitem').first()).toBeVisible()
  })
})
