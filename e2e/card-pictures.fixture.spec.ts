import { expect, test, type Locator, type Page } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'

// Runs against the fixture site (base path /blog), every external host blocked. On the "news" tag
// pages: 채우기 글 03 has a local picture in its text and no cover, 04 a local cover (and a picture
// in its text); on its second page, 01 has no picture at all and 02 a cover on another host, which
// cannot load here.
const SECOND_PAGE = 'tags/news/page/2/'

function cardOf(page: Page, title: string): Locator {
  return page.locator('.post-card').filter({ has: page.getByRole('link', { name: title, exact: true }) })
}

/** The picture has arrived and has pixels: not a broken box. */
async function expectLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  await expect(image).toBeVisible()
}

/** The picture area's box: 16:9 within a pixel, whatever is in it. */
async function expectCardShape(area: Locator) {
  const box = (await area.boundingBox())!
  expect(box.width).toBeGreaterThan(100)
  expect(Math.abs(box.height - (box.width * 9) / 16)).toBeLessThan(1.5)
}

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test("a card shows the first picture of the post's text, from the site, loaded", async ({ page }) => {
  const console = watchConsole(page)
  await page.goto('tags/news/')
  const card = cardOf(page, '채우기 글 03')
  const image = card.locator('.card-picture img')
  await expect(image).toHaveAttribute('src', '/blog/cards/harbor.png')
  await expect(image).toHaveAttribute('alt', '')
  // The box is reserved before the picture arrives: no layout shift.
  await expect(image).toHaveAttribute('width', '1200')
  await expect(image).toHaveAttribute('height', '675')
  await expectLoaded(image)
  await expectCardShape(card.locator('.card-picture'))
  // The picture is the one the post itself shows first.
  await card.getByRole('link', { name: '채우기 글 03', exact: true }).click()
  await expect(page.locator('.prose img').first()).toHaveAttribute('src', '/blog/cards/harbor.png')
  console.expectNoErrors()
})

test("a card shows the post's cover before any picture of its text", async ({ page }) => {
  await page.goto('tags/news/')
  const image = cardOf(page, '채우기 글 04').locator('.card-picture img')
  await expect(image).toHaveAttribute('src', '/blog/cards/cover.png')
  await expectLoaded(image)
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200)
})

test('a post without pictures gets the brand pattern, which does not repeat its title', async ({ page }) => {
  await page.goto(SECOND_PAGE)
  const area = cardOf(page, '채우기 글 01').locator('.card-picture')
  await area.scrollIntoViewIfNeeded()
  await expect(area).toBeVisible()
  await expect(area.locator('img')).toHaveCount(0)
  expect(await area.evaluate((element) => element.textContent)).toBe('')
  expect(await area.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(/gradient/)
  await expectCardShape(area)
  // Drawn in the brand's accent (site.config.mjs), not in black and white.
  const accent = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
  )
  expect(accent).toMatch(/^#[0-9a-f]{6}$/)
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(accent.slice(at, at + 2), 16))
  expect(await area.evaluate((element) => getComputedStyle(element).backgroundImage)).toContain(`rgb(${r}, ${g}, ${b})`)
})

test('a cover on another host that does not load leaves the brand pattern, not a broken box', async ({ page }) => {
  await page.goto(SECOND_PAGE)
  const area = cardOf(page, '채우기 글 02').locator('.card-picture')
  const image = area.locator('img')
  await expect(image).toHaveAttribute('src', 'https://images.example.com/filler-02-cover.png')
  await area.scrollIntoViewIfNeeded()
  await expect(image).toBeHidden()
  expect(await area.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(/gradient/)
  await expectCardShape(area)
  await expect(cardOf(page, '채우기 글 02').getByRole('link', { name: '채우기 글 02', exact: true })).toBeVisible()
})

test('the social card stays what a shared link shows', async ({ page }) => {
  await page.goto('filler-03/')
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/blog\/og\/filler-03\.png$/)
})

test("pictures written without alt text are read by their caption, in the post's HTML", async ({ page }) => {
  await page.goto('filler-03/')
  const first = page.getByRole('img', { name: '항구의 아침 풍경', exact: true })
  await expect(first).toHaveAttribute('src', '/blog/cards/harbor.png')
  await expect(page.locator('.prose figure figcaption')).toHaveText('그림 1. 항구의 아침 풍경')
  // The Jekyll way: an emphasised line right under the picture.
  await expect(page.getByRole('img', { name: '썰물 때의 방파제', exact: true })).toHaveCount(1)
  await expect(page.locator('.prose img[alt=""]')).toHaveCount(0)
})
