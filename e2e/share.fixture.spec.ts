import { expect, test } from '@playwright/test'
import { canonicalUrl, fetchSocialImage, pngSize } from './social-image'

// Runs against the fixture site (e2e/fixtures/content, under /blog): slugs with Hangul, spaces, commas, brackets.

test('every listed post has its 1200×630 social image, Hangul addresses included', async ({ page, request }) => {
  await page.goto('./')
  const hrefs = await page
    .locator('.post-card__title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(hrefs.length).toBeGreaterThan(1)
  for (const href of hrefs) {
    await page.goto(href)
    const { url, body } = await fetchSocialImage(page, request)
    expect(pngSize(body), href).toEqual({ width: 1200, height: 630 })
    // Percent-encoded once: decoding the image path gives og/<the post's slug as written>.png.
    const slug = decodeURIComponent(new URL(await canonicalUrl(page)).pathname)
      .split('/')
      .filter(Boolean)
      .at(-1)
    expect(decodeURIComponent(url.pathname).endsWith(`/og/${slug}.png`), href).toBe(true)
  }
})

test('링크 복사 on a post with a Hangul address copies the encoded address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/')
  await page.getByRole('button', { name: '링크 복사' }).click()
  await expect(page.locator('.share').getByRole('status')).toHaveText('링크를 복사했습니다')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await canonicalUrl(page))
  expect(copied).toMatch(/\/AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-\(EC2\)\/$/)
})

test('a post links to its Markdown file for editing, where the site names its repository', async ({ page }) => {
  await page.goto('AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/')
  const edit = page.getByRole('link', { name: 'GitHub에서 이 글 고치기' })
  await expect(edit).toHaveAttribute(
    'href',
    'https://github.com/example-org/blog/edit/main/content/posts/2021-03-02-AWS%20%EB%B9%84%EC%9A%A9%20%EC%B5%9C%EC%A0%81%ED%99%94%2C%201%ED%8E%B8%20(EC2).md',
  )
})
