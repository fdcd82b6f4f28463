import { expect, test, type Page } from '@playwright/test'
import { blockExternalRequests } from './helpers'

// Runs against the fixture site (base path /blog). "채우기 글 02" has a captioned picture, a
// decorative one, a table and a cover, all hotlinked from a host the tests answer for.
const IMAGES = /^https:\/\/images\.example\.com\//

// Routes added later are tried first, so the image host is answered before everything else is blocked.
async function imagesAreGone(page: Page) {
  await blockExternalRequests(page)
  await page.route(IMAGES, (route) => route.fulfill({ status: 404, body: 'gone' }))
}

async function imagesAreThere(page: Page) {
  const png = await (await page.request.get('og/filler-02.png')).body()
  await blockExternalRequests(page)
  await page.route(IMAGES, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }))
}

test('a picture that no longer loads leaves its alt text in its place, keeps its caption, and the page keeps its shape', async ({
  page,
}) => {
  await imagesAreGone(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('filler-02/')
  const figure = page.locator('.prose figure')
  await expect(figure.locator('.image-missing')).toHaveText('배포 파이프라인 구성도')
  await expect(figure.locator('figcaption')).toHaveText('그림 1. 배포 파이프라인')
  await expect(figure.locator('img')).toHaveCount(0)
  // The decorative picture (no alt text) and its paragraph disappear instead of leaving a gap.
  await expect(page.locator('.prose img')).toHaveCount(1)
  await expect(page.locator('.prose img')).toBeHidden()
  await expect(page.getByText('장식으로 넣은 그림은')).toBeVisible()
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390)
})

test('a picture with a title is shown centred with its caption', async ({ page }) => {
  await imagesAreThere(page)
  await page.goto('filler-02/')
  const image = page.getByRole('img', { name: '배포 파이프라인 구성도' })
  await image.scrollIntoViewIfNeeded()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200)
  await expect(image).toHaveAttribute('loading', 'lazy')
  await expect(image).not.toHaveAttribute('title', /./)
  await expect(page.locator('figure figcaption')).toHaveText('그림 1. 배포 파이프라인')
  const body = (await page.locator('.prose').boundingBox())!
  const box = (await image.boundingBox())!
  expect(Math.abs(box.x - body.x - (body.width - box.width) / 2)).toBeLessThan(2)
})

test('a wide table scrolls on its own on a small screen', async ({ page }) => {
  await imagesAreGone(page)
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('filler-02/')
  const table = page.locator('.prose table')
  const sizes = await table.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }))
  expect(sizes.scroll).toBeGreaterThan(sizes.client)
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320)
})

test('a short post has no table of contents', async ({ page }) => {
  await blockExternalRequests(page)
  await page.goto('aws-cost-s3/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화, 2편 (S3)')
  await expect(page.locator('.toc')).toHaveCount(0)
})
