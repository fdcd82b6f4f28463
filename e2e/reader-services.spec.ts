import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'
import { recordRequests, visitEveryPage } from './third-parties'

/**
 * The real blog is built with no reader service configured (no GISCUS_*, no analytics, no
 * subscription address): readers are asked for nothing by any third party, and nothing of the
 * services is left in the pages. The fixture build shows them switched on (comments.fixture.spec.ts).
 */

test('a reader’s whole visit asks nothing of any other site', async ({ page }) => {
  test.slow()
  const console = watchConsole(page)
  const requests = recordRequests(page)
  await blockExternalRequests(page)
  // Old posts show pictures hosted elsewhere, written into their text: those, and nothing else.
  const pictures = await visitEveryPage(page, [
    '/',
    '/kubecon-1/',
    '/kubecon-2/',
    '/kubecon-3/',
    '/subscribe/',
    '/tags/',
    '/search/?q=Istio',
    '/archive/',
  ])
  expect(requests.urls.length).toBeGreaterThan(8)
  expect(requests.thirdParty()).toEqual([])
  expect(requests.thirdPartyImages().filter((url) => !pictures.has(url))).toEqual([])
  console.expectNoErrors()
})

test('without giscus configured there is no comment section and no trace of one', async ({ page }) => {
  await page.goto('/kubecon-1/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.comments')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /댓글/ })).toHaveCount(0)
  const root = path.resolve('out')
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
  expect(pages.length).toBeGreaterThan(10)
  for (const file of pages)
    expect(readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/giscus|data-website-id|data-domain=/)
})

test('without a Kakao key there is no 카카오톡 button and no trace of Kakao', async ({ page }) => {
  await page.goto('/kubecon-1/')
  await expect(page.locator('.share').getByRole('button', { name: '링크 복사' })).toBeVisible()
  await expect(page.getByRole('button', { name: '카카오톡' })).toHaveCount(0)
  const root = path.resolve('out')
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
  expect(pages.length).toBeGreaterThan(10)
  for (const file of pages) expect(readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/kakao/i)
})

test('the unconfigured policy is the one without services: no giscus, no analytics, forms only to the site', async ({
  page,
}) => {
  for (const address of ['/kubecon-1/', '/subscribe/']) {
    await page.goto(address)
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
    expect(policy, address).not.toContain('giscus')
    expect(policy, address).not.toContain('kakao')
    expect(policy, address).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/)
    expect(policy, address).toContain("style-src 'self' 'unsafe-inline';")
    expect(policy, address).toContain("connect-src 'self';")
    expect(policy, address).toContain("form-action 'self'")
  }
})

test('the footer and every post’s end lead to the subscribe page, which explains feeds and lists topic feeds', async ({
  page,
}) => {
  // Three pages and a request per topic feed.
  test.slow()
  await blockExternalRequests(page)
  await page.goto('/kubecon-1/')
  // This blog takes no e-mail subscribers, so the note promises none.
  await expect(page.locator('.subscribe-note')).toHaveText(/피드 리더로 새 글을 알려 드립니다/)
  await expect(page.locator('.subscribe-note')).not.toContainText('이메일')
  await page.locator('.subscribe-note').getByRole('link', { name: '구독하기' }).click()
  await expect(page).toHaveURL(/\/subscribe\/$/)
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: '구독하기' }).click()
  await expect(page).toHaveURL(/\/subscribe\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('구독하기')
  for (const [label, file] of [
    ['RSS', 'feed.xml'],
    ['Atom', 'atom.xml'],
    ['JSON Feed', 'feed.json'],
  ] as const) {
    const term = page.locator('.subscribe-formats dt').filter({ hasText: label })
    await expect(term.getByRole('link')).toHaveAttribute('href', `/${file}`)
    // Each format has its one line for readers who have never used a feed.
    await expect(term.locator('xpath=following-sibling::dd')).toHaveText(/.{20,}/)
  }
  for (const heading of ['태그별 피드', '시리즈별 피드', '글쓴이별 피드'])
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
  const topicFeeds = page.locator('.subscribe-feeds a')
  expect(await topicFeeds.count()).toBeGreaterThanOrEqual(4)
  for (const href of await topicFeeds.evaluateAll((links) =>
    links.slice(0, 40).map((link) => (link as HTMLAnchorElement).href),
  )) {
    const response = await page.request.get(href)
    expect(response.status(), href).toBe(200)
  }
  // No subscription address on the real blog: no e-mail section, rather than one that goes nowhere.
  await expect(page.getByRole('heading', { name: '이메일로 받기' })).toHaveCount(0)
})

test('the subscribe page ships no Next runtime', async ({ page }) => {
  const requests = recordRequests(page)
  await page.goto('/subscribe/')
  await page.waitForLoadState('networkidle')
  expect(requests.urls.filter((url) => url.includes('/_next/static/') && url.endsWith('.js'))).toEqual([])
})
