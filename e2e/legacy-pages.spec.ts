import { expect, test } from '@playwright/test'

// The old blog's list pages were single pages with an anchor per tag, category or author. On a
// static host (no server rules) they still answer and take the reader to the page now.

test('/tags.html#news lands on the news tag page', async ({ page }) => {
  await page.goto('/tags.html#news')
  await expect(page).toHaveURL(/\/tags\/news\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#news')
})

test('/tags.html with an unknown or no anchor lands on the tag index', async ({ page }) => {
  await page.goto('/tags.html#no-such-tag')
  await expect(page).toHaveURL(/\/tags\/$/)
  await page.goto('/tags.html')
  await expect(page).toHaveURL(/\/tags\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그')
})

test('/categories.html#news and /authors-list.html reach their pages', async ({ page }) => {
  await page.goto('/categories.html#news')
  await expect(page).toHaveURL(/\/categories\/news\/$/)
  await page.goto('/authors-list.html#seungpilpark')
  await expect(page).toHaveURL(/\/authors\/seungpilpark\/$/)
  await page.goto('/authors-list.html')
  await expect(page).toHaveURL(/\/authors\/$/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the old list page still redirects, and offers a plain link to every tag', async ({ page, request }) => {
    const html = await (await request.get('/tags.html')).text()
    expect(html).toContain('<link rel="canonical" href="https://megazonedsg.github.io/tags/">')
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/tags\/">/)
    expect(html).toContain('<a data-fragment="news" href="/tags/news/">news</a>')
    await page.goto('/tags.html#news')
    await expect(page).toHaveURL(/\/tags\/$/)
  })
})
