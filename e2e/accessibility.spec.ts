import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { blockExternalRequests } from './helpers'

// The pages a reader meets, in both themes. The 404 page is any unknown address.
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/kubecon-1/' },
  { name: 'post with code', path: '/kubecon-2/' },
  { name: 'series', path: '/series/kubecon-na-2019/' },
  { name: 'tag', path: '/tags/news/' },
  { name: 'author', path: '/authors/seungpilpark/' },
  { name: 'subscribe', path: '/subscribe/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('쿠버네티스')}` },
  { name: '404', path: '/no-such-page/' },
]

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} system scheme`, () => {
    test.use({ colorScheme: scheme })
    for (const { name, path } of PAGES) {
      test(`the ${name} page has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(path)
        // Hydrated: the theme picker only appears once the page's JavaScript runs.
        await expect(page.getByRole('button', { name: '테마: 시스템 설정 따르기' })).toBeVisible()
        // The search has answered (the posts say Kubernetes, so there may be no hit).
        if (name === 'search') await expect(page.getByRole('main').getByRole('status')).toContainText('검색 결과')
        await expectNoAxeViolations(page)
      })
    }
  })
}

for (const [label, theme] of [
  ['어둡게', 'dark'],
  ['밝게', 'light'],
] as const) {
  test(`a post switched to ${theme} with the theme picker, its panel open, has no WCAG 2.1 AA violations`, async ({
    page,
  }) => {
    // The other scheme on the system, so the choice is what makes the page look as it does.
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' })
    await page.goto('/kubecon-2/')
    const picker = page.getByRole('button', { name: /^테마: / })
    await picker.click()
    await page.getByRole('radio', { name: label }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    // The panel is checked open too, in the theme just chosen.
    await picker.click()
    await expect(page.getByRole('group', { name: '테마' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('the skip link is the first stop of the keyboard, visible, and leads to the content', async ({ page }) => {
  await page.goto('/kubecon-1/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await page.keyboard.press('Tab')
  // The next stop is inside the main content, not back in the header.
  await expect(page.locator('main :focus')).toHaveCount(1)
})

test('the keyboard focus is always visible', async ({ page }) => {
  await page.goto('/kubecon-2/')
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(2)
  }
})

test('headings go down one level at a time on a post', async ({ page }) => {
  await page.goto('/kubecon-2/')
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName.slice(1))),
    )
  expect(levels[0]).toBe(1)
  for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1)
})
