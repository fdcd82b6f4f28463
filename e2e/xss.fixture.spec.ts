import { expect, test, type Page } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'

// Runs against the fixture site: /xss-corpus/ holds every line of lib/fixtures/xss-vectors.txt,
// /legacy-html/ the HTML the old blog's posts really used. e2e/fixtures/public/xss-corpus/ ships
// empty files named like the vectors' relative image addresses (`<img src=x onerror=...>`), so
// the build's link check passes; a real post with such a broken image fails the build.

/** Events that would fire any inline handler a vector smuggled through (`onerror`, `onfocus`, ...). */
const HANDLER_EVENTS = [
  'mouseover',
  'mouseenter',
  'pointerenter',
  'focus',
  'error',
  'load',
  'toggle',
  'begin',
  'animationstart',
]

/** Records every alert, confirm or prompt a page opens (and dismisses it, so the page goes on). */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return dialogs
}

/** Scrolls through the body, tabs through its links and fires handler events on every element. */
async function provoke(page: Page): Promise<void> {
  await page.locator('.site-footer').scrollIntoViewIfNeeded()
  for (let i = 0; i < 15; i += 1) await page.keyboard.press('Tab')
  await page.locator('.prose a').first().hover()
  await page.evaluate((types) => {
    for (const element of document.querySelectorAll('.prose *')) {
      for (const type of types) element.dispatchEvent(new Event(type))
    }
  }, HANDLER_EVENTS)
}

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test('no vector of the XSS corpus runs script in the browser', async ({ page }) => {
  const console = watchConsole(page)
  const dialogs = recordDialogs(page)
  await page.goto('xss-corpus/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('XSS 벡터 모음')
  await expect(page.locator('.prose')).toContainText('어느 것도 스크립트를 실행해서는 안 됩니다')
  await provoke(page)

  expect(dialogs).toEqual([])
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined()
  await expect(page).toHaveURL(/\/xss-corpus\/$/)
  await expect(
    page.locator('.prose script, .prose style, .prose object, .prose embed, .prose form, .prose svg'),
  ).toHaveCount(0)
  // Vectors like <img src=x onerror=...> leave a harmless relative image behind, which is a 404 here.
  const errors = console.errors.filter(
    (error) => !/Failed to load resource.*\(http:\/\/127\.0\.0\.1:\d+(?:\/blog)?\/xss-corpus\/[^/]+\)$/.test(error),
  )
  expect(errors, errors.join('\n')).toEqual([])
})

test('the old posts’ HTML still renders: sized images, line breaks, centring and sandboxed players', async ({
  page,
}) => {
  const console = watchConsole(page)
  const dialogs = recordDialogs(page)
  // The old pictures still load here (a tiny PNG), so the page shows them rather than their alt text.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  )
  await page.route('https://images.example.com/**', (route) => route.fulfill({ contentType: 'image/png', body: png }))
  await page.goto('legacy-html/')
  const body = page.locator('.prose')

  // <center> is obsolete HTML: it becomes a centred div (lib/markdown/rehype-valid-html.ts).
  await expect(body.locator('div[align="center"]', { hasText: '가운데 정렬한 제목' })).toHaveCSS('text-align', /center/)
  const photo = body.getByRole('img', { name: '부스 사진' })
  await expect(photo).toHaveAttribute('width', '600')
  await expect(body.locator('div[align="center"] img')).toHaveCount(1)
  await expect(body.locator('p', { hasText: '첫 줄' }).locator('br')).toHaveCount(2)

  const slides = body.locator('iframe[title="SlideShare 슬라이드"]')
  await expect(slides).toHaveAttribute('src', 'https://www.slideshare.net/slideshow/embed_code/key/AbCdEf12345')
  await expect(slides).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation')
  await expect(slides).toHaveAttribute('loading', 'lazy')
  await expect(body.locator('iframe[title="발표 영상"]')).toHaveAttribute(
    'src',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
  )
  await expect(body.locator('iframe')).toHaveCount(2)

  await expect(body.getByRole('link', { name: 'GitHub Gist에서 코드 보기' })).toHaveAttribute(
    'href',
    /^https:\/\/gist\.github\.com\//,
  )
  await expect(body.getByRole('link', { name: '삽입된 콘텐츠 보기 (dashboard.example.com)' })).toBeVisible()
  await expect(body.locator('table td').first()).toHaveText('노드')

  await provoke(page)
  expect(dialogs).toEqual([])
  console.expectNoErrors()
})

test('in-page links reach Hangul headings and the old posts’ <a name> anchors', async ({ page }) => {
  await page.goto('legacy-html/')
  await page.getByRole('link', { name: '발표 자료로 가기' }).click()
  await expect(page.getByRole('heading', { name: /발표 자료/ })).toBeInViewport()
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#발표-자료')

  await page.goto('legacy-html/')
  await page.getByRole('link', { name: '옛 앵커로 가기' }).click()
  await expect(page).toHaveURL(/#user-content-old-anchor$/)
  await expect(page.locator('a[name="user-content-old-anchor"]')).toBeInViewport()
})

test('an alt text holding "<script>" and a code block showing a policy <meta> leave the page whole and secured', async ({
  page,
}) => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  )
  await page.route('https://images.example.com/**', (route) => route.fulfill({ contentType: 'image/png', body: png }))
  await page.goto('legacy-html/')
  const body = page.locator('.prose')
  await expect(body.getByRole('img', { name: '<script>' })).toBeVisible()
  await expect(body).toContainText('그림 뒤에도 글이 이어집니다.')
  await expect(body.locator('pre code')).toContainText(
    '<meta http-equiv="Content-Security-Policy" content="default-src *">',
  )
  // The rest of the page survived the build's HTML steps: the footer and the post's JSON-LD.
  await expect(page.locator('.site-footer')).toBeVisible()
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
    headline?: string
  }
  expect(jsonLd.headline).toBe('옛 블로그의 HTML')
  // The text in the code block did not stand in for the page's own policy.
  const policies = page.locator('head meta[http-equiv="Content-Security-Policy"]')
  await expect(policies).toHaveCount(1)
  // The fixture site has giscus comments and KakaoTalk sharing configured: their origins are the only
  // sources added after the hashes.
  await expect(policies).toHaveAttribute(
    'content',
    /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*( https:\/\/giscus\.app)?( https:\/\/t1\.kakaocdn\.net)?;/,
  )
  expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv'))).toBe(
    'Content-Security-Policy',
  )
})
