import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { blockExternalRequests, watchConsole } from './helpers'
import { fakeGiscus, GISCUS, recordRequests, visitEveryPage } from './third-parties'

/**
 * The fixture site is built with giscus configured (GISCUS_* in the build:fixtures script) and a
 * subscription address: comments appear at the end of posts, and load only when asked. giscus.app
 * is played by a stand-in (e2e/third-parties.ts); every other outside request is refused.
 */
const POST = 'aws-cost-s3/'
const TERM = '/aws-cost-s3/'

async function cspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    )
  })
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
}

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
  await fakeGiscus(page)
})

test('a post asks giscus for nothing until the reader presses 댓글 보기; then the thread loads in place', async ({
  page,
}) => {
  const console = watchConsole(page)
  const requests = recordRequests(page)
  const violations = await cspViolations(page)
  await page.goto(POST)
  const comments = page.getByRole('region', { name: '댓글' })
  const button = comments.getByRole('button', { name: '댓글 보기' })
  await expect(button).toBeVisible()
  // Read the whole post, down to the comments, and let the page settle: still nothing from outside.
  await comments.scrollIntoViewIfNeeded()
  await page.waitForLoadState('networkidle')
  expect(requests.thirdParty()).toEqual([])

  const clientLoaded = page.waitForRequest(`${GISCUS}/client.js`)
  await button.click()
  await clientLoaded
  await expect(button).toBeHidden()
  const script = comments.locator(`script[src="${GISCUS}/client.js"]`)
  await expect(script).toHaveAttribute('data-lang', 'ko')
  await expect(script).toHaveAttribute('data-theme', 'light')
  await expect(script).toHaveAttribute('data-repo', 'example-org/blog-comments')
  await expect(script).toHaveAttribute('data-term', TERM)
  const thread = page.frameLocator('.comments iframe.giscus-frame')
  await expect(thread.locator('#term')).toHaveText(TERM)
  await expect(thread.locator('#lang')).toHaveText('ko')
  await expect(thread.locator('#theme')).toHaveText('light')
  await expect(page.locator(`head link[href="${GISCUS}/default.css"]`)).toHaveCount(1)
  // Only giscus, and only what its script and frame asked for.
  expect(requests.thirdParty().every((url) => url.startsWith(`${GISCUS}/`))).toBe(true)
  expect(requests.thirdParty()).toContain(`${GISCUS}/client.js`)

  // The thread follows the theme the reader picks, and the system's while the blog follows it.
  const picker = page.getByRole('button', { name: /^테마: / })
  await picker.click()
  await page.getByRole('radio', { name: '어둡게' }).click()
  await expect(thread.locator('#theme')).toHaveText('dark')
  await picker.click()
  await page.getByRole('radio', { name: '시스템 설정 따르기' }).click()
  await expect(thread.locator('#theme')).toHaveText('light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(thread.locator('#theme')).toHaveText('dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(thread.locator('#theme')).toHaveText('light')
  expect(await violations()).toEqual([])
  console.expectNoErrors()
})

test('with comments configured, a reader’s visit still asks no other site for anything until a comment button is pressed', async ({
  page,
}) => {
  test.slow()
  const requests = recordRequests(page)
  // Posts whose own text embeds a player (legacy-html, xss-corpus) are left out: that is the author's choice, not the blog's.
  const pictures = await visitEveryPage(page, [
    '',
    POST,
    'co-authored/',
    'escaping/',
    'filler-02/',
    'subscribe/',
    'tags/',
    'search/?q=aws',
    'archive/',
    'page/2/',
  ])
  expect(requests.urls.length).toBeGreaterThan(10)
  expect(requests.thirdParty()).toEqual([])
  expect(requests.thirdPartyImages().filter((url) => !pictures.has(url))).toEqual([])
})

test.describe('in a dark system scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('the thread opens dark', async ({ page }) => {
    await page.goto(POST)
    await page.getByRole('button', { name: '댓글 보기' }).click()
    await expect(page.frameLocator('.comments iframe.giscus-frame').locator('#theme')).toHaveText('dark')
  })
})

test('the policy allows giscus’s script, frame and stylesheet, Kakao’s SDK, and the page’s own scripts, nothing else new', async ({
  page,
}) => {
  await page.goto(POST)
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  )
  // The fixture site also shares on KakaoTalk (share.fixture.spec.ts): Kakao's SDK is its one other script origin.
  expect(directives.get('script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual([
    "'self'",
    GISCUS,
    'https://t1.kakaocdn.net',
  ])
  expect(directives.get('frame-src')).toContain(GISCUS)
  expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'", GISCUS])
  expect(directives.get('connect-src')).toEqual(["'self'"])
  expect(directives.get('form-action')).toEqual(["'self'"])
  expect(directives.get('default-src')).toEqual(["'self'"])
})

test('a post with comments: false has no comment section', async ({ page }) => {
  const requests = recordRequests(page)
  await page.goto('filler-02/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('채우기 글 02')
  await expect(page.locator('.comments')).toHaveCount(0)
  expect(await page.locator('[data-comments-script], script[src*="giscus"]').count()).toBe(0)
  await page.waitForLoadState('networkidle')
  expect(requests.thirdParty().filter((url) => url.startsWith(GISCUS))).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the reader gets a link to the post’s discussion on GitHub, and no button that would do nothing', async ({
    page,
  }) => {
    await page.goto(POST)
    const comments = page.getByRole('region', { name: '댓글' })
    const link = comments.getByRole('link', { name: 'GitHub에서 이 글의 댓글 보기' })
    await expect(link).toHaveAttribute(
      'href',
      `https://github.com/example-org/blog-comments/discussions?discussions_q=${encodeURIComponent(`in:title ${TERM}`)}`,
    )
    await expect(comments.getByRole('button')).toHaveCount(0)
  })
})

test('subscribing: from a post’s end to the subscribe page, feeds that open, and a mail request', async ({ page }) => {
  const requests = recordRequests(page)
  await page.goto(POST)
  // The test blog takes subscribers by e-mail, so the note says so.
  await expect(page.locator('.subscribe-note')).toHaveText(/피드 리더나 이메일로 새 글을 알려 드립니다/)
  await page.locator('.subscribe-note').getByRole('link', { name: '구독하기' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('구독하기')
  const mail = page.getByRole('link', { name: /subscribe@example\.com로 구독 신청 메일 보내기/ })
  await expect(mail).toHaveAttribute('href', /^mailto:subscribe@example\.com\?subject=/)
  // Per-tag (Hangul included), per-series and per-author feeds open as feeds.
  for (const name of ['#비용 최적화', 'AWS 비용 최적화', '테스트 작성자']) {
    const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href')
    expect(href, name).toMatch(/\/feed\.xml$/)
    const response = await page.request.get(new URL(href ?? '', page.url()).href)
    expect(response.status(), name).toBe(200)
    expect(await response.text(), name).toContain('<rss')
  }
  await page.waitForLoadState('networkidle')
  expect(requests.thirdParty()).toEqual([])
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} system scheme`, () => {
    test.use({ colorScheme: scheme })

    test('the comment section and the subscribe page with its mail request have no WCAG 2.1 AA violations', async ({
      page,
    }) => {
      // Two full axe runs on a loaded machine.
      test.slow()
      await page.goto(POST)
      await expect(page.getByRole('button', { name: '댓글 보기' })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.goto('subscribe/')
      await expect(page.getByRole('heading', { name: '이메일로 받기' })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}
