import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

// Fixture site (SITE_URL=https://blog.example.com, BASE_PATH=/blog). The post
// e2e/fixtures/content/posts/2017-03-01-폴더-글-그림/ is a folder: index.md beside shot.png,
// 그림/구성도.png and notes.txt, written as ./shot.png, 그림/구성도.png and notes.txt; its cover is
// image: ./shot.png.
const SLUG = encodeURIComponent('폴더-글-그림')
const SITE = 'https://blog.example.com/blog'

test('the pictures kept beside a post load on its page, at the post’s address under the base path, with their size', async ({
  page,
}) => {
  await blockExternalRequests(page)
  await page.goto(`${SLUG}/`)
  const shot = page.getByRole('img', { name: '글 옆에 둔 화면' })
  await expect(shot).toHaveAttribute('src', `/blog/${SLUG}/shot.png`)
  await expect(shot).toHaveAttribute('width', '320')
  await shot.scrollIntoViewIfNeeded()
  await expect.poll(() => shot.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320)
  const diagram = page.getByRole('img', { name: '구성도' })
  await diagram.scrollIntoViewIfNeeded()
  await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(200)
  await expect(page.locator('figure figcaption')).toHaveText('그림 1. 폴더 안의 구성도')
  const notes = page.getByRole('link', { name: '메모 파일' })
  await expect(notes).toHaveAttribute('href', `/blog/${SLUG}/notes.txt`)
  const response = await page.request.get(`${SLUG}/notes.txt`)
  expect(response.status()).toBe(200)
  expect(await response.text()).toContain('함께 둔 메모 파일')
})

test('a cover kept beside its post shows on its card and is the picture the post is shared with', async ({ page }) => {
  await blockExternalRequests(page)
  await page.goto('page/2/')
  const card = page.locator('.post-card').filter({ hasText: '폴더로 둔 글의 그림' }).locator('img.card-picture__image')
  await expect(card).toHaveAttribute('src', `/blog/${SLUG}/shot.png`)
  await card.scrollIntoViewIfNeeded()
  await expect.poll(() => card.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320)
  await page.goto(`${SLUG}/`)
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${SITE}/${SLUG}/shot.png`)
})

test('the feeds and the Markdown twin carry the absolute address of a picture kept beside its post', async ({
  request,
}) => {
  const picture = `${SITE}/${SLUG}/shot.png`
  const twin = await (await request.get(`${SLUG}/index.md`)).text()
  expect(twin).toContain(`![글 옆에 둔 화면](${picture})`)
  expect(twin).toContain(`[메모 파일](${SITE}/${SLUG}/notes.txt)`)
  const feeds = await Promise.all(
    ['feed.xml', 'atom.xml', 'feed.json'].map(async (file) => (await request.get(file)).text()),
  )
  for (const feed of feeds) expect(feed).toContain(picture)
  // The twin's and the feeds' address is one a reader can open.
  const opened = await request.get(picture.slice(`${SITE}/`.length))
  expect(opened.status()).toBe(200)
  expect(opened.headers()['content-type']).toContain('image/png')
})
