import { expect, test } from '@playwright/test'
import { parseStrictFeed } from './strict-feed'

// Fixture site, built with SITE_URL=https://blog.example.com and BASE_PATH=/blog.
const SITE = 'https://blog.example.com/blog'
const TITLE = `Ampersand & <angle> "quote" 'single' </script><script>window.__xss=1</script>`

test('author text with </script>, quotes, & and < stays text in meta tags and JSON-LD', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened')
  })
  await page.goto('escaping/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', TITLE)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    '설명에도 & 와 <b>태그</b>, "따옴표"가 있습니다',
  )
  await expect(page).toHaveTitle(new RegExp(`^${TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd.headline).toBe(TITLE)
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1)
})

test('feeds keep such titles and tags intact and use SITE_URL and BASE_PATH in every link', async ({ request }) => {
  const xml = await (await request.get('feed.xml')).text()
  const feed = parseStrictFeed(xml)
  const item = feed.items.find((i) => i.url === `${SITE}/escaping/`)
  expect(item?.title).toBe(TITLE)
  expect(item?.categories.map((c) => c.label ?? c.term)).toEqual(['R&D', '<b>'])
  for (const other of feed.items) expect(other.url?.startsWith(`${SITE}/`)).toBe(true)
  expect(feed.url).toBe(`${SITE}/`)

  const tagFeed = parseStrictFeed(await (await request.get('tags/r&d/feed.xml')).text())
  expect(tagFeed.items.map((i) => i.title)).toContain(TITLE)
  expect(tagFeed.url).toBe(`${SITE}/tags/r&d/`)
})
