import { expect, test, type Page } from '@playwright/test'
import { blockExternalRequests } from './helpers'

// Searching the real posts (content/posts) in Korean. Fixture-only cases: search.fixture.spec.ts.

const KUBECON_2 = '2# KubeCon + CloudNativeCon North America 2019 참가기'

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

const main = (page: Page) => page.getByRole('main')
/** Search sits behind a link in the header (one row on a phone); the search page holds the one box. */
const headerSearch = (page: Page) => page.getByRole('banner').getByRole('link', { name: '검색' })

test('컨테이너를 finds every post that says 컨테이너, with the word marked', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('컨테이너를')}`)
  await expect(main(page).getByRole('status')).toHaveText('‘컨테이너를’ 검색 결과 3건')
  const hits = main(page).getByRole('listitem')
  await expect(hits).toHaveCount(3)
  for (const hit of await hits.all()) {
    await expect(hit.getByRole('heading', { level: 2 })).toContainText(
      'KubeCon + CloudNativeCon North America 2019 참가기',
    )
    await expect(hit.locator('time')).toHaveText('2019년 12월 6일')
    await expect(hit.locator('.search-hit__excerpt mark').first()).toHaveText('컨테이너')
  }
  await expect(main(page).getByRole('searchbox', { name: '검색어' })).toHaveValue('컨테이너를')
})

test('Istio 인증 finds KubeCon part 2 alone, and the result opens it', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('Istio 인증')}`)
  await expect(main(page).getByRole('status')).toHaveText('‘Istio 인증’ 검색 결과 1건')
  const hit = main(page).getByRole('listitem')
  await expect(hit).toHaveCount(1)
  await expect(hit.getByRole('heading', { level: 2 })).toHaveText(KUBECON_2)
  const marks = await hit.locator('.search-hit__excerpt mark').allTextContents()
  expect(marks.map((mark) => mark.toLowerCase())).toContain('istio')
  await hit.getByRole('link', { name: KUBECON_2 }).click()
  await expect(page).toHaveURL(/\/kubecon-2\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KUBECON_2)
})

test('a query no post contains finds nothing, and says so', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('뷁햏슝 zzqx')}`)
  await expect(main(page).getByRole('status')).toHaveText('검색 결과가 없습니다')
  await expect(main(page).getByRole('listitem')).toHaveCount(0)
})

test('typing on the search page updates the results and the address as you go', async ({ page }) => {
  await page.goto('/search/')
  await expect(main(page).getByRole('status')).toHaveText('찾을 낱말을 입력하세요.')
  const box = main(page).getByRole('searchbox', { name: '검색어' })
  await box.pressSequentially('Envoy')
  await expect(main(page).getByRole('status')).toHaveText('‘Envoy’ 검색 결과 1건')
  await expect(page).toHaveURL(/\/search\/\?q=Envoy$/)
  await box.fill('')
  await expect(main(page).getByRole('status')).toHaveText('찾을 낱말을 입력하세요.')
})

test('the header search link opens the search page with its one box ready, and typing there searches', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('컨테이너를')}`)
  await expect(main(page).getByRole('status')).toHaveText('‘컨테이너를’ 검색 결과 3건')
  await expect(page.getByRole('searchbox')).toHaveCount(1)
  await headerSearch(page).click()
  await expect(page).toHaveURL(/\/search\/$/)
  const box = main(page).getByRole('searchbox', { name: '검색어' })
  await expect(box).toBeFocused()
  await page.keyboard.type('Envoy')
  await expect(page).toHaveURL(/\/search\/\?q=Envoy$/)
  await expect(box).toHaveValue('Envoy')
  await expect(main(page).getByRole('status')).toHaveText('‘Envoy’ 검색 결과 1건')
})

test('when the index cannot be loaded, the page says so instead of claiming no results', async ({ page }) => {
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 503, body: '' }))
  await page.goto(`/search/?q=${encodeURIComponent('컨테이너')}`)
  await expect(main(page).getByRole('status')).toHaveText(
    '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
  )
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header search link still goes to the search page, whose form submits, and which says search needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/kubecon-1/')
    await headerSearch(page).click()
    await expect(page).toHaveURL(/\/search\/$/)
    await main(page).getByRole('searchbox', { name: '검색어' }).fill('컨테이너')
    await main(page).getByRole('searchbox', { name: '검색어' }).press('Enter')
    await expect(page).toHaveURL(/\/search\/\?q=%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88$/)
    // A browser without JavaScript shows <noscript>; Playwright only turns scripts off (the element
    // stays hidden by Chromium's own style, and its text helpers skip it), so read the DOM.
    const notice = await main(page)
      .locator('noscript')
      .evaluate((element) => element.textContent)
    expect(notice).toBe('검색은 자바스크립트가 켜져 있어야 쓸 수 있습니다.')
    await expect(main(page).getByRole('searchbox', { name: '검색어' })).toBeVisible()
  })
})

test('쿠버네티스 finds the KubeCon report, which writes it as Kubernetes', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('쿠버네티스')}`)
  const titles = main(page).getByRole('listitem').getByRole('heading', { level: 2 })
  await expect(titles).toHaveCount(3)
  await expect(titles).toContainText(['참가기', '참가기', '참가기'])
  await expect(main(page).locator('.search-hit__excerpt mark').first()).toHaveText(/^Kubernetes$/i)
})
