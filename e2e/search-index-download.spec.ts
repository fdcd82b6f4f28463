import { expect, test, type Page } from '@playwright/test'
import { launchOptions } from '../playwright.config'
import { watchConsole } from './helpers'

// How often a reader's browser downloads the search index. Routing requests (how other specs
// block external hosts) turns Chromium's HTTP cache off, so this spec blocks them in the host
// resolver instead: the cache behaves as a reader's does.
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  },
})

/**
 * Counts downloads of the search index from now on: responses that carried its body, not a
 * revalidation the server answered with 304 Not Modified. Light pages warm the
 * browser's cache from the header box, and the search page, a full page load away, revalidates it.
 */
function countIndexDownloads(page: Page): () => Promise<number> {
  const bodySizes: Promise<number>[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('/search-index.json'))
      bodySizes.push(
        response
          .request()
          .sizes()
          .then((sizes) => sizes.responseBodySize),
      )
  })
  return async () => (await Promise.all(bodySizes)).filter((size) => size > 0).length
}

const headerSearch = (page: Page) => page.getByRole('banner').getByRole('link', { name: '검색' })

test('the index is downloaded only once the reader starts searching, and only once', async ({ page }) => {
  const console = watchConsole(page)
  const indexDownloads = countIndexDownloads(page)
  await page.goto('/kubecon-1/')
  await page.waitForLoadState('networkidle')
  expect(await indexDownloads()).toBe(0)

  const warmedUp = page.waitForResponse((response) => response.url().endsWith('/search-index.json'))
  await headerSearch(page).focus()
  // Finished before the search page opens: a full page load would cancel a warm-up still under
  // way (and the search page would download the index itself).
  await (await warmedUp).finished()
  await headerSearch(page).press('Enter')
  await expect(page.getByRole('main').getByRole('searchbox', { name: '검색어' })).toBeFocused()
  await page.keyboard.type('컨테이너를')
  await expect(page).toHaveURL(/\/search\/\?q=%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88%EB%A5%BC$/)
  await expect(page.getByRole('main').getByRole('status')).toHaveText('‘컨테이너를’ 검색 결과 3건')
  expect(await indexDownloads()).toBe(1)
  console.expectNoErrors()
})
