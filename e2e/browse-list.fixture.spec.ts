import { expect, test } from '@playwright/test'

// Runs against the fixture site (e2e/fixtures/content), built under the base path /blog: 18 posts, awkward file names, equal times.

const HANGUL_TITLE = 'AWS 비용 최적화, 1편 (EC2)'

test('a post whose file name holds Hangul, spaces, commas and brackets opens at the URL a browser sends', async ({
  page,
}) => {
  await page.goto('./')
  const link = page.getByRole('link', { name: HANGUL_TITLE })
  const href = await link.getAttribute('href')
  // The link and the folder in out/ both use the raw Jekyll slug; the browser percent-encodes it.
  expect(decodeURI(href ?? '')).toBe('/blog/AWS-비용-최적화,-1편-(EC2)/')
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HANGUL_TITLE)
  expect(page.url()).toContain('/AWS-%EB%B9%84%EC%9A%A9-')

  const direct = await page.goto('AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/')
  expect(direct?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HANGUL_TITLE)
})

test('the home page shows ten posts, newest first with ties broken by slug, and page 2 the rest', async ({ page }) => {
  await page.goto('./')
  const titles = page.locator('.post-card__title')
  await expect(titles).toHaveCount(10)
  await expect(titles.nth(0)).toHaveText('AWS 비용 최적화, 2편 (S3)')
  await expect(titles.nth(1)).toHaveText(HANGUL_TITLE)
  await expect(titles.nth(2)).toHaveText('같은 시각 글 A')
  await expect(titles.nth(3)).toHaveText('같은 시각 글 B')
  await expect(titles.nth(4)).toContainText('Ampersand & <angle>')
  await expect(titles.nth(5)).toHaveText('채우기 글 10')

  await page.getByRole('link', { name: '이전 글 →' }).click()
  await expect(page).toHaveURL(/\/page\/2\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('최신 글 2페이지')
  // Then the hostile-content fixtures of e2e/xss.fixture.spec.ts, the co-authored post of e2e/co-authors.fixture.spec.ts
  // and, at the same moment (ties go by slug), the post of e2e/machine-readable.fixture.spec.ts; last,
  // the post kept as a folder of e2e/folder-post.fixture.spec.ts.
  await expect(page.locator('.post-card__title')).toHaveText([
    '채우기 글 05',
    '채우기 글 04',
    '채우기 글 03',
    '채우기 글 02',
    '채우기 글 01',
    '옛 블로그의 HTML',
    'XSS 벡터 모음',
    '두 사람이 함께 쓴 글',
    `기계가 읽는 파일 ]]> 검사: R&D <b>굵게</b> "따옴표" 'it's'`,
    '폴더로 둔 글의 그림',
  ])
  await page.getByRole('link', { name: '← 최근 글' }).click()
  await expect(page).toHaveURL(/\/blog\/$/)
})

test('/page/1/ sends readers to the first page', async ({ page }) => {
  await page.goto('page/1/')
  await expect(page).toHaveURL(/\/blog\/$/)
  await expect(page.locator('.post-card')).toHaveCount(10)
})

test('an author with more than ten posts continues on /page/2/, with the profile on every page', async ({ page }) => {
  await page.goto('authors/tester/')
  await expect(page.locator('.post-card')).toHaveCount(10)
  await page.getByRole('link', { name: '이전 글 →' }).click()
  await expect(page).toHaveURL(/\/authors\/tester\/page\/2\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('테스트 작성자')
  // The oldest of the author's posts, which page 1 does not show, the one written with another author included.
  await expect(page.locator('.post-card__title')).toHaveText([
    '채우기 글 05',
    '채우기 글 04',
    '채우기 글 03',
    '채우기 글 02',
    '채우기 글 01',
    '옛 블로그의 HTML',
    'XSS 벡터 모음',
    '두 사람이 함께 쓴 글',
  ])
  await expect(page).toHaveTitle(/테스트 작성자의 글 \(2페이지\)/)
})
