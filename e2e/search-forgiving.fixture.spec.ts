import { expect, test, type Page } from '@playwright/test'

// Forgiving search on the fixture site (under /blog). The AWS post says 쿠버네티스를; both AWS
// posts have 최적화 in their titles; the co-authored post says React and 데이터 베이스 (two words);
// 채우기 글 02 says GitHub.

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
