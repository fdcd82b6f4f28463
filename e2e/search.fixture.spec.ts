import { expect, test, type Page } from '@playwright/test'
import { KUBERNETES_STEPS, typeWithIme } from './ime'

// Searching the fixture site (e2e/fixtures/content, under /blog): the AWS post says only 쿠버네티스를 and
// 쿠버네티스는; a draft and a scheduled post hold words that must never be found.

const AWS_POST = 'AWS 비용 최적화, 1편 (EC2)'
const main = (page: Page) => page.getByRole('main')
const pageBox = (page: Page) => main(page).getByRole('searchbox', { name: '검색어' })

/** Every text the results line showed (and announced) from now on. */
async function recordStatusTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const status = document.querySelector('main [role="status"]')
    const seen: string[] = []
    Object.assign(window, { statusTexts: seen })
    if (status)
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      })
  })
  return () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts)
}

test('쿠버네티스 finds the post that only says 쿠버네티스를 and 쿠버네티스는', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('쿠버네티스')}`)
  await expect(main(page).getByRole('status')).toHaveText('‘쿠버네티스’ 검색 결과 1건')
  const hit = main(page).getByRole('listitem')
  await expect(hit.getByRole('heading', { level: 2 })).toHaveText(AWS_POST)
  await expect(hit.locator('time')).toHaveText('2021년 3월 2일')
  await expect(hit.locator('.search-hit__excerpt')).toContainText('쿠버네티스를 쓴다면')
  await expect(hit.locator('.search-hit__excerpt mark').first()).toHaveText('쿠버네티스')
  await hit.getByRole('link', { name: AWS_POST }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AWS_POST)
})

test('a word inside a compound is found: 스케일러 in 오토스케일러로', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('스케일러를')}`)
  await expect(main(page).getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText([AWS_POST])
})

test('drafts and scheduled posts are never found', async ({ page }) => {
  for (const word of ['미발표비밀단어', '예약발행비밀단어', '아직 쓰는 중인 글']) {
    await page.goto(`search/?q=${encodeURIComponent(word)}`)
    await expect(main(page).getByRole('status')).toHaveText('검색 결과가 없습니다')
  }
})

test('typing Korean through the IME leaves the input intact and searches only whole syllables', async ({ page }) => {
  await page.goto('search/')
  await expect(main(page).getByRole('status')).toHaveText('찾을 낱말을 입력하세요.')
  const statusTexts = await recordStatusTexts(page)
  await pageBox(page).focus()
  await typeWithIme(page, KUBERNETES_STEPS, async () => {
    // Mid-syllable: the reader sees their composition, the page has searched what was committed.
    await expect(pageBox(page)).toHaveValue('쿠버네티스')
    await expect(main(page).getByRole('status')).toHaveText('‘쿠버네티’ 검색 결과 1건')
  })
  await expect(pageBox(page)).toHaveValue('쿠버네티스')
  await expect(main(page).getByRole('status')).toHaveText('‘쿠버네티스’ 검색 결과 1건')
  expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=쿠버네티스')
  // No half-typed jamo (ㅋ) or passing syllables (쿱, 벊, 넽, 팃) ever reached the results.
  const seen = (await statusTexts()).join('\n')
  expect(seen).not.toMatch(/[\u3131-\u318E]|쿱|벊|넽|팃/)
})

test('the header search link opens the search page, where a word typed with the IME is searched whole', async ({
  page,
}) => {
  await page.goto('filler-01/')
  await page.getByRole('banner').getByRole('link', { name: '검색' }).click()
  await expect(pageBox(page)).toBeFocused()
  await typeWithIme(page, KUBERNETES_STEPS)
  await expect(pageBox(page)).toHaveValue('쿠버네티스')
  await pageBox(page).press('Enter')
  await expect(page).toHaveURL(/\/search\/\?q=%EC%BF%A0%EB%B2%84%EB%84%A4%ED%8B%B0%EC%8A%A4$/)
  await expect(main(page).getByRole('listitem').getByRole('heading', { level: 2 })).toHaveText([AWS_POST])
})
