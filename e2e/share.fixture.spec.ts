import { createHash } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { KAKAO_SDK } from '../lib/site/integrations'
import { canonicalUrl, fetchSocialImage, pngSize } from './social-image'
import { recordRequests } from './third-parties'

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

/** The key the fixture build is given (KAKAO_JS_KEY in package.json's build:fixtures). */
const KAKAO_KEY = '0123456789abcdef0123456789abcdef'

/**
 * Stands in for Kakao's SDK, so no test needs the internet: it records what the page asks of it
 * (the key it is initialised with, what it is asked to share) in `window.kakaoCalls`.
 */
const KAKAO_STUB = `(() => {
  const calls = []
  let key = null
  window.kakaoCalls = calls
  window.Kakao = {
    init(value) { key = value; calls.push({ init: value }) },
    isInitialized() { return key !== null },
    Share: { sendScrap(settings) { calls.push({ sendScrap: settings }) } },
  }
})()`

test('카카오톡 loads Kakao’s SDK only when pressed, with the site’s key, and shares the post’s canonical address', async ({
  page,
}) => {
  const requests = recordRequests(page)
  const fromKakao = () => requests.urls.filter((url) => url.startsWith(KAKAO_SDK.origin))
  await page.route(`${KAKAO_SDK.origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: KAKAO_STUB,
    }),
  )
  await page.goto('AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-(EC2)/')
  const button = page.locator('.share').getByRole('button', { name: '카카오톡' })
  await expect(button).toBeVisible()
  await page.waitForLoadState('networkidle')
  // Reading the post asked Kakao for nothing.
  expect(fromKakao()).toEqual([])
  expect(await page.evaluate(() => 'Kakao' in window)).toBe(false)

  // The page pins the hash Kakao publishes for its SDK, so the browser would refuse the stand-in:
  // after checking that, the test gives the button the stand-in's hash instead.
  await expect(button).toHaveAttribute('data-kakao-integrity', KAKAO_SDK.integrity)
  const stubIntegrity = `sha384-${createHash('sha384').update(KAKAO_STUB).digest('base64')}`
  await button.evaluate((element, integrity) => {
    element.dataset.kakaoIntegrity = integrity
  }, stubIntegrity)

  await button.click()
  const canonical = await canonicalUrl(page)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { kakaoCalls?: unknown[] }).kakaoCalls))
    .toEqual([{ init: KAKAO_KEY }, { sendScrap: { requestUrl: canonical } }])
  expect(fromKakao()).toEqual([KAKAO_SDK.url])
  await expect(page.locator(`head script[src="${KAKAO_SDK.url}"]`)).toHaveAttribute('crossorigin', 'anonymous')

  // A second press shares again without loading the SDK again or initialising it twice.
  await button.click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { kakaoCalls: unknown[] }).kakaoCalls.length))
    .toBe(3)
  expect(fromKakao()).toEqual([KAKAO_SDK.url])
})

test('if Kakao’s SDK cannot load, 카카오톡 says so and points to 링크 복사', async ({ page }) => {
  await page.route(`${KAKAO_SDK.origin}/**`, (route) => route.abort())
  await page.goto('filler-01/')
  await page.locator('.share').getByRole('button', { name: '카카오톡' }).click()
  await expect(page.locator('.share').getByRole('status')).toHaveText(
    '카카오톡 공유를 열지 못했습니다. 링크 복사를 써 주세요.',
  )
})
