import { expect, test } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'
import { canonicalUrl, fetchSocialImage, pngSize } from './social-image'

const KUBECON = [
  { slug: 'kubecon-1', title: '1# KubeCon + CloudNativeCon North America 2019 참가기' },
  { slug: 'kubecon-2', title: '2# KubeCon + CloudNativeCon North America 2019 참가기' },
  { slug: 'kubecon-3', title: '3# KubeCon + CloudNativeCon North America 2019 참가기' },
]

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

for (const post of KUBECON) {
  test(`/${post.slug}/ is shared with a 1200×630 picture of its own`, async ({ page, request }) => {
    await page.goto(`/${post.slug}/`)
    const { url, body } = await fetchSocialImage(page, request)
    expect(url.pathname.endsWith(`/og/${post.slug}.png`)).toBe(true)
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 })
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630')
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', url.href)
  })
}

test('링크 복사 puts the post’s address on the clipboard and says so, from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const console = watchConsole(page)
  await page.goto('/kubecon-1/')
  const status = page.locator('.share').getByRole('status')
  await expect(status).toBeEmpty()
  await page.getByRole('button', { name: '링크 복사' }).focus()
  await page.keyboard.press('Enter')
  await expect(status).toHaveText('링크를 복사했습니다')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonicalUrl(page))
  console.expectNoErrors()
})

test('share links open X, Facebook and LinkedIn in a new tab with the encoded address, and load no script of theirs', async ({
  page,
}) => {
  const foreignScripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && !request.url().startsWith('http://127.0.0.1'))
      foreignScripts.push(request.url())
  })
  await page.goto('/kubecon-2/')
  const address = await canonicalUrl(page)
  const links = [
    { name: 'X에 공유 (새 창)', param: 'url' },
    { name: 'Facebook에 공유 (새 창)', param: 'u' },
    { name: 'LinkedIn에 공유 (새 창)', param: 'url' },
  ]
  for (const { name, param } of links) {
    const link = page.getByRole('link', { name })
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    const href = new URL((await link.getAttribute('href')) ?? '')
    expect(href.protocol).toBe('https:')
    expect(href.searchParams.get(param)).toBe(address)
  }
  const x = new URL((await page.getByRole('link', { name: 'X에 공유 (새 창)' }).getAttribute('href')) ?? '')
  expect(x.searchParams.get('text')).toBe(KUBECON[1]!.title)
  expect(foreignScripts).toEqual([])
})

test('공유하기 is offered only where the browser has a share sheet, and shares the post', async ({ page, context }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = []
    Object.assign(window, { sharedData: shared })
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => void shared.push(data),
    })
  })
  await page.goto('/kubecon-3/')
  await page.getByRole('button', { name: '공유하기' }).click()
  const shared = await page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData)
  expect(shared).toEqual([{ title: KUBECON[2]!.title, url: await canonicalUrl(page) }])

  const withoutSheet = await context.newPage()
  await blockExternalRequests(withoutSheet)
  await withoutSheet.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'share')
  })
  await withoutSheet.goto('/kubecon-3/')
  // Once the copy button answers, the page is hydrated and the share button would have appeared.
  await withoutSheet.getByRole('button', { name: '링크 복사' }).click()
  await expect(withoutSheet.locator('.share').getByRole('status')).not.toBeEmpty()
  await expect(withoutSheet.getByRole('button', { name: '공유하기' })).toHaveCount(0)
})
