import { expect, test } from '@playwright/test'
import { renderRedirectHtml } from '../lib/site/legacy-redirects'
import { blockExternalRequests, watchConsole } from './helpers'

// Runs against e2e/fixtures/jekyll-site imported by `npm run build:jekyll-fixture`: every URL the
// old Jekyll site answered must still answer, requested exactly as a browser sends it.

/** Old post URLs (`/:title/` from the file name), percent-encoded as Chromium sends them. */
const OLD_POSTS = [
  {
    url: '/%EA%B3%B5%EC%A7%80-%EB%B8%94%EB%A1%9C%EA%B7%B8%EB%A5%BC-%EC%98%AE%EA%B9%81%EB%8B%88%EB%8B%A4/',
    title: '[공지] 블로그를 옮깁니다',
  },
  { url: '/Kubernetes-Highlight/', title: '1# 쿠버네티스 시작하기' },
  { url: '/kubernetes-part-2/', title: '2# 쿠버네티스 시작하기' },
  { url: '/AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/', title: 'AWS 비용 최적화 (1/2)' },
  // Was a .markdown file: renamed to .md on import, same URL.
  { url: '/AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-2%ED%8E%B8-(S3)/', title: 'AWS 비용 최적화 (2/2)' },
  { url: '/serverless-intro/', title: '[1/3] 서버리스 입문' },
  { url: '/seminar-1/', title: '사내 세미나 후기 (1)' },
  { url: '/seminar-2/', title: '사내 세미나 후기 (2)' },
  // Its permalink front matter became a slug.
  { url: '/numbers-2021/', title: '2021' },
]

/** Pages whose permalink was a .html file now live in a folder; the old URL is a redirect page. */
const MOVED_PAGES = [
  { url: '/contact.html', to: '/contact/', title: '연락처' },
  { url: '/privacy-policy.html', to: '/privacy-policy/', title: '개인정보 처리방침' },
]

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

for (const post of OLD_POSTS) {
  test(`the old post URL ${decodeURI(post.url)} still opens the post`, async ({ page }) => {
    const console = watchConsole(page)
    const response = await page.goto(post.url)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title)
    console.expectNoErrors()
  })
}

test('the old URL of a post without its trailing slash reaches the post', async ({ page }) => {
  await page.goto('/AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)')
  await expect(page).toHaveURL(/\/AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-\(EC2\)\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화 (1/2)')
})

test('a post that Jekyll never published (published: false) is still not published', async ({ page }) => {
  const response = await page.goto('/draft-post/')
  expect(response?.status()).toBe(404)
})

test('the about page answers at its old permalink /about/', async ({ page }) => {
  const response = await page.goto('/about/')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('소개')
  await expect(page.locator('.prose')).toContainText('웹서비스 부문 엔지니어들이 쓰는 블로그입니다')
})

for (const moved of MOVED_PAGES) {
  test(`${moved.url} sends readers and crawlers on to ${moved.to}`, async ({ page, request }) => {
    const response = await request.get(moved.url)
    expect(response.status()).toBe(200)
    const html = await response.text()
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${moved.to}">`)
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${moved.to}">`))
    expect(html).toContain('<meta name="robots" content="noindex">')

    await page.goto(moved.url)
    await expect(page).toHaveURL(new RegExp(`${moved.to}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(moved.title)
  })
}

test('a redirect page follows the #fragment of the old URL when it lists one', async ({ page }) => {
  // The lead's /tags.html#<tag> entries use this; here a redirect page made by the same code is
  // served at a spare path so the real public/legacy-redirect.js runs against it in the browser.
  const redirect = {
    from: '/fragment-check.html',
    to: '/about/',
    fragments: { 비용: '/AWS-비용-최적화,-1편-(EC2)/', AWS: '/serverless-intro/' },
  }
  await page.route('**/fragment-check.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: renderRedirectHtml(redirect, { url: 'http://127.0.0.1', basePath: '' }),
    }),
  )
  await page.goto('/fragment-check.html#%EB%B9%84%EC%9A%A9')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화 (1/2)')
  await page.goto('/fragment-check.html#aws')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('[1/3] 서버리스 입문')
  await page.goto('/fragment-check.html#unknown-tag')
  await expect(page).toHaveURL(/\/about\/$/)
})

// The old list pages answer with redirect files; the feed is a real RSS file at the old path.
for (const url of ['/tags.html', '/categories.html', '/authors-list.html', '/feed.xml']) {
  test(`the old ${url} still answers`, async ({ request }) => {
    const response = await request.get(url)
    expect(response.status()).toBe(200)
    expect(await response.text()).toMatch(url === '/feed.xml' ? /<rss version="2.0"/ : /<meta http-equiv="refresh"/)
  })
}
