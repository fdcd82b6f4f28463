import { expect, test } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'

// /kubecon-2/ has sixteen sections in three parts; "GRPC" is the last.
const POST = '/kubecon-2/'

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the table of contents waits closed above the text, opens, and its links lead to the sections', async ({
    page,
  }) => {
    const console = watchConsole(page)
    await page.goto(POST)
    const toc = page.getByRole('navigation', { name: '목차' })
    await expect(toc).toHaveCount(1)
    const firstLink = toc.getByRole('link', { name: '세션에 관한 이야기' })
    await expect(firstLink).toBeHidden()
    // Above the text: before the first paragraph of the body.
    const tocBottom = (await toc.boundingBox())?.y ?? Infinity
    const bodyTop = (await page.locator('.prose').boundingBox())?.y ?? 0
    expect(tocBottom).toBeLessThan(bodyTop)

    await toc.getByText('목차').click()
    await expect(firstLink).toBeVisible()
    await toc.getByRole('link', { name: 'GRPC' }).click()
    await expect(page).toHaveURL(/#grpc$/)
    await expect(page.locator('h3#grpc')).toBeInViewport()
    console.expectNoErrors()
  })
})

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the table of contents stays beside the text while reading and marks the current section', async ({ page }) => {
    await page.goto(POST)
    const toc = page.getByRole('navigation', { name: '목차' })
    await expect(toc).toBeVisible()
    await expect(toc.getByRole('heading', { name: '목차' })).toBeVisible()
    const body = await page.locator('.prose').boundingBox()
    const side = await toc.boundingBox()
    expect(side!.x).toBeGreaterThanOrEqual(body!.x + body!.width)

    // Far into the post, the list is still on screen and the section being read is marked.
    // Scrolled until the section's heading is near the top of the window, as when reading it.
    await page.evaluate(() => {
      const heading = document.getElementById('cloud-native-architecture-monoliths-or-microservices')!
      window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 60, behavior: 'instant' })
    })
    await expect(toc).toBeInViewport()
    const current = toc.locator('a[aria-current="location"]')
    await expect(current).toHaveText('Cloud Native Architecture: Monoliths or Microservices?')
    await expect(current).toHaveCount(1)

    await toc.getByRole('link', { name: 'Overview' }).first().click()
    await expect(page).toHaveURL(/#overview$/)
    await expect(page.locator('h3#overview')).toBeInViewport()
    await expect(toc.locator('a[aria-current="location"]')).toHaveText('Overview')
  })

  test('every table-of-contents link points at a heading of the post', async ({ page }) => {
    await page.goto(POST)
    const hrefs = await page
      .locator('.toc--side a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(hrefs.length).toBe(16)
    for (const href of hrefs) {
      const id = href.slice(1)
      expect(await page.evaluate((target) => document.getElementById(target)?.tagName, id)).toMatch(/^H[23]$/)
    }
  })
})
