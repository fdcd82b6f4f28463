import { expect, test } from '@playwright/test'

// Fixture site (under the base path /blog): tags with Hangul, spaces, &, . and /, one tag spelled AWS and aws, 12 "news" posts.

test('a reader opens a Hangul tag from a post and finds the series there', async ({ page }) => {
  await page.goto('AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/')
  await page.locator('.post__header').getByRole('link', { name: '#비용 최적화' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#비용 최적화')
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/blog/tags/비용-최적화/')
  await expect(page.locator('.post-card__title')).toHaveText([
    'AWS 비용 최적화, 2편 (S3)',
    'AWS 비용 최적화, 1편 (EC2)',
  ])
})

test('tags that differ only in case are one tag, shown in the most used spelling', async ({ page }) => {
  await page.goto('tags/')
  const index = page.locator('.term-index a')
  // Most used first: news, AWS (AWS ×3 + aws ×1 = 4), R&D (3), then <b>, Node.js (Node.js + node.js), security and 비용 최적화 (2), then by name.
  await expect(index.locator('.term-index__name')).toHaveText([
    'news',
    'AWS',
    'R&D',
    '<b>',
    'Node.js',
    'security',
    '비용 최적화',
    '"따옴표" 태그',
    'C++',
    'CI/CD',
    "it's",
    '데이터 엔지니어링 입문',
  ])
  await expect(index.nth(1)).toContainText('4')
  await index.nth(1).click()
  await expect(page).toHaveURL(/\/tags\/aws\/$/)
  await expect(page.locator('.post-card')).toHaveCount(4)
})

const SYMBOL_TAGS: [name: string, path: string][] = [
  ['R&D', 'tags/r&d/'],
  ['Node.js', 'tags/node.js/'],
  ['CI/CD', 'tags/ci-cd/'],
  ['비용 최적화', 'tags/%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94/'],
]

for (const [name, path] of SYMBOL_TAGS) {
  test(`the tag ${name} answers at ${path} on a static host`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${name}`)
  })
}

test('a tag with more than ten posts continues on /page/2/', async ({ page }) => {
  await page.goto('tags/news/')
  await expect(page.locator('.post-card')).toHaveCount(10)
  await page.getByRole('link', { name: '이전 글 →' }).click()
  await expect(page).toHaveURL(/\/tags\/news\/page\/2\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('#news')
  await expect(page.locator('.post-card__title')).toHaveText(['채우기 글 02', '채우기 글 01'])
})

test('categories have the same pages as tags', async ({ page }) => {
  await page.goto('AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/')
  await page.locator('.post__header').getByRole('link', { name: 'cloud', exact: true }).click()
  await expect(page).toHaveURL(/\/categories\/cloud\/$/)
  await expect(page.locator('.post-card')).toHaveCount(2)
  await page.getByRole('link', { name: '카테고리' }).first().click()
  await expect(page).toHaveURL(/\/categories\/$/)
  await expect(page.locator('.term-index__name')).toHaveText(['cloud', 'R&D <b>"연구"</b>'])
})

test('an in-page link to a Hangul heading of another post lands on that section', async ({ page }) => {
  await page.goto('aws-cost-s3/')
  await page.locator('.prose').getByRole('link', { name: '1편' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화, 1편 (EC2)')
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#스팟-인스턴스')
  await expect(page.locator('[id="스팟-인스턴스"]')).toBeInViewport()
})

test('on a tag page the heading starts where the cards do, on a laptop and on a phone', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('tags/news/')
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox()
    const cards = await page.locator('.post-list').boundingBox()
    expect(heading && cards && Math.round(heading.x), `${width} px`).toBe(cards && Math.round(cards.x))
  }
})
