import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from '@playwright/test'

// Fixture site (under the base path /blog): e2e/fixtures/content/posts/2018-06-01-co-authored.md names
// two authors, `authors: [tester, 공동 작성자]`: one by id, one by registered display name.

const SITE = 'https://blog.example.com/blog'
const TITLE = '두 사람이 함께 쓴 글'
const AUTHORS = [
  { id: 'tester', name: '테스트 작성자' },
  { id: 'co-writer', name: '공동 작성자' },
]

test('the byline names both authors in the order written, each a link to their page', async ({ page }) => {
  await page.goto('co-authored/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  const byline = page.locator('.post__header .post-byline')
  await expect(byline).toContainText('테스트 작성자, 공동 작성자')
  const links = byline.getByRole('link')
  await expect(links).toHaveText(AUTHORS.map((a) => a.name))
  for (const [i, author] of AUTHORS.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', `/blog/authors/${author.id}/`)
  }
  // The box at the end introduces both, too.
  const box = page.getByRole('complementary', { name: '글쓴이 소개' })
  await expect(box.getByRole('link')).toHaveText(AUTHORS.map((a) => a.name))

  await links.nth(1).click()
  await expect(page).toHaveURL(/\/blog\/authors\/co-writer\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('공동 작성자')
  await expect(page.locator('.post-card__title')).toHaveText([TITLE])
})

test('both authors’ pages list the post, and the authors index counts it for each', async ({ page }) => {
  // tester has written more than ten posts; this, the oldest, is on page 2.
  await page.goto('authors/tester/page/2/')
  await expect(page.locator('.post-card__title').filter({ hasText: TITLE })).toHaveCount(1)
  await page.goto('authors/co-writer/')
  await expect(page.locator('.post-card__title')).toHaveText([TITLE])

  await page.goto('authors/')
  await expect(page.getByRole('listitem').filter({ hasText: '공동 작성자' })).toContainText('글 1개')
  await expect(page.getByRole('listitem').filter({ hasText: '테스트 작성자' })).toContainText('글 18개')
})

test('both authors’ feeds carry the post, and every feed item names both authors', async ({ request }) => {
  for (const author of AUTHORS) {
    const response = await request.get(`authors/${author.id}/feed.xml`)
    expect(response.status()).toBe(200)
    const feed = parseFeed(await response.text())
    const item = feed.items.find((i) => i.title === TITLE)
    expect(item?.url, author.id).toBe(`${SITE}/co-authored/`)
    expect(item?.authors.map((a) => a.name)).toEqual(AUTHORS.map((a) => a.name))
  }
  const atom = parseFeed(await (await request.get('atom.xml')).text())
  const item = atom.items.find((i) => i.title === TITLE)
  expect(item?.authors.map((a) => [a.name, a.url])).toEqual(AUTHORS.map((a) => [a.name, `${SITE}/authors/${a.id}/`]))
})

test('JSON-LD and the article:author meta tags name both authors with their pages', async ({ page }) => {
  await page.goto('co-authored/')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd.author).toEqual(
    AUTHORS.map((a) => ({ '@type': 'Person', name: a.name, url: `${SITE}/authors/${a.id}/` })),
  )
  const metas = page.locator('meta[property="article:author"]')
  await expect(metas).toHaveCount(2)
  expect(await metas.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content')))).toEqual(
    AUTHORS.map((a) => `${SITE}/authors/${a.id}/`),
  )
})
