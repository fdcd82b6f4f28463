import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

// The details a reader notices on a post: what shows around headings, how tables and code sit,
// where the footer is, and what a printed post keeps.

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test('a heading’s # link shows only while the heading is pointed at or the link has the keyboard focus', async ({
  page,
}) => {
  await page.goto('/kubecon-2/')
  const heading = page.getByRole('heading', { level: 2, name: '세션에 관한 이야기' })
  const anchor = heading.getByRole('link', { name: '이 제목으로 연결되는 링크' })
  await expect(anchor).toHaveCSS('opacity', '0')
  await heading.hover()
  await expect(anchor).toHaveCSS('opacity', '1')
  await page.mouse.move(0, 0)
  await expect(anchor).toHaveCSS('opacity', '0')
  // Reached with Tab from the link before it, as a keyboard reader would.
  await anchor.evaluate((link) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
    links[links.indexOf(link as HTMLAnchorElement) - 1]?.focus()
  })
  await page.keyboard.press('Tab')
  await expect(anchor).toBeFocused()
  await expect(anchor).toHaveCSS('opacity', '1')
})

test('a table column marked ---: is right-aligned, the others are not', async ({ page }) => {
  await page.goto('/kubecon-2/')
  const table = page.getByRole('table').filter({ hasText: 'Data Centers' })
  const row = table.getByRole('row').filter({ hasText: 'Containers' })
  await expect(row.getByRole('cell').nth(1)).toHaveText('128,412')
  await expect(row.getByRole('cell').nth(1)).toHaveCSS('text-align', 'right')
  await expect(row.getByRole('cell').first()).not.toHaveCSS('text-align', 'right')
  await expect(table.getByRole('columnheader', { name: '규모' })).toHaveCSS('text-align', 'right')
})

test('code reads upright with an even line spacing, Hangul comments included', async ({ page }) => {
  await page.goto('/kubecon-2/')
  const comment = page.locator('.prose pre .hljs-comment', { hasText: '보호자 이름' })
  // The font has no italic: with synthesis off, the browser draws the comment upright, not slanted.
  await expect(comment).toHaveCSS('font-synthesis-style', 'none')
  const spacing = await comment.evaluate((span) => {
    const style = getComputedStyle(span.closest('pre') as HTMLElement)
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize)
  })
  expect(spacing).toBeGreaterThanOrEqual(1.5)
  expect(spacing).toBeLessThanOrEqual(1.7)
})

test('on a short page the footer sits at the bottom of the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 })
  await page.goto('/no-such-page/')
  const footer = page.getByRole('contentinfo')
  await expect(footer).toBeVisible()
  const bottom = await footer.evaluate((element) => element.getBoundingClientRect().bottom)
  expect(Math.round(bottom)).toBe(1000)
})

test('a printed post keeps the title and the text, in black on white, without the site around it', async ({ page }) => {
  await page.goto('/kubecon-1/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.prose p').first()).toBeVisible()
  await expect(page.locator('.prose p').first()).toHaveCSS('color', 'rgb(0, 0, 0)')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  for (const hidden of ['.site-header', '.site-footer', '.toc', '.series-box', '.share'])
    await expect(page.locator(hidden).first(), hidden).toBeHidden()
})
