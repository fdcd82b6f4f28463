import { expect, test, type Page } from '@playwright/test'

// Forgiving search on the fixture site (under /blog). The AWS post says 쿠버네티스를; both AWS
// posts have 최적화 in their titles; the co-authored post says React and 데이터 베이스 (two words);
// 채우기 글 02 says GitHub. In their bodies only, 채우기 글 06 says 서비스 메시 and 사이드카, 07 서비스 and
// 제시(합니다), 08 서비스메시 written as one word.

const AWS_POST = 'AWS 비용 최적화, 1편 (EC2)'
const AWS_POST_2 = 'AWS 비용 최적화, 2편 (S3)'
const CO_AUTHORED = '두 사람이 함께 쓴 글'

const main = (page: Page) => page.getByRole('main')
const titles = (page: Page) => main(page).getByRole('listitem').getByRole('heading', { level: 2 })

async function search(page: Page, query: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`)
  await expect(main(page).getByRole('status')).toContainText('검색 결과')
}

test('a typo of one letter still finds the word (쿠버내티스, 쿠버네티슨)', async ({ page }) => {
  for (const query of ['쿠버내티스', '쿠버네티슨를']) {
    await search(page, query)
    await expect(titles(page)).toContainText([AWS_POST])
    // The word the typo stood for is marked, not the typo.
    await expect(main(page).getByRole('listitem').filter({ hasText: AWS_POST }).locator('mark').first()).toHaveText(
      '쿠버네티스',
    )
  }
})

test('initial consonants only (ㅊㅈㅎ for 최적화) find titles', async ({ page }) => {
  await search(page, 'ㅊㅈㅎ')
  await expect(titles(page)).toHaveText([AWS_POST_2, AWS_POST])
  await expect(main(page).getByRole('listitem').first().locator('h2 mark')).toHaveText('최적화')
})

test('initial consonants find a word that only the body has, and mark it (ㅅㅇㄷㅋ for 사이드카)', async ({ page }) => {
  await search(page, 'ㅅㅇㄷㅋ')
  await expect(titles(page)).toHaveText(['채우기 글 06'])
  await expect(main(page).getByRole('listitem').locator('.search-hit__excerpt mark')).toHaveText(['사이드카'])
})

test('서비스 메시 finds the two words apart or together, never 제시', async ({ page }) => {
  await search(page, '서비스 메시')
  await expect(titles(page)).toHaveText(['채우기 글 06', '채우기 글 08'])
  await expect(main(page).getByRole('listitem').filter({ hasText: '채우기 글 06' }).locator('mark')).toHaveText([
    '서비스',
    '메시',
  ])
  await expect(main(page).locator('mark', { hasText: '제시' })).toHaveCount(0)
  await expect(main(page)).not.toContainText('제시')
})

test('a Hangul spelling finds the English word, and the other way round', async ({ page }) => {
  await search(page, '리액트')
  await expect(titles(page)).toHaveText([CO_AUTHORED])
  await expect(main(page).getByRole('listitem').locator('.search-hit__excerpt mark')).toHaveText(['React'])
  for (const query of ['깃헙', '깃허브', 'github']) {
    await search(page, query)
    await expect(titles(page)).toContainText(['채우기 글 02'])
  }
})

test('a word written as one finds it written as two, and the other way round', async ({ page }) => {
  for (const query of ['데이터베이스', '데이터 베이스']) {
    await search(page, query)
    await expect(titles(page)).toHaveText([CO_AUTHORED])
  }
})

test('nonsense still finds nothing', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('뷁햏슝')}`)
  await expect(main(page).getByRole('status')).toHaveText('검색 결과가 없습니다')
})
