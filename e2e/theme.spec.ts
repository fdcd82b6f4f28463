import { expect, test, type Page } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'

/**
 * The page's background as a reader sees it, asserted with retries: a one-off read of
 * `document.body` right after a click or a reload can land while the next document is still
 * committing (body null, or the old page), which once made this spec flake.
 */
const expectBackground = (page: Page, colour: string) =>
  expect(page.locator('body')).toHaveCSS('background-color', colour)
const LIGHT_BG = 'rgb(255, 255, 255)'
const DARK_BG = 'rgb(22, 24, 29)'
/** The browser colour around the page: the first theme-color meta that applies wins. */
const browserColour = (page: Page) => () =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find(
        (meta) => !meta.media || matchMedia(meta.media).matches,
      )?.content,
  )

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test.describe('with a dark system scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('the blog follows the system until the reader chooses', async ({ page }) => {
    await page.goto('/')
    await expectBackground(page, DARK_BG)
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
    await expect(page.getByRole('button', { name: '어두운 테마' })).toHaveAttribute('aria-pressed', 'true')
  })
})

test('the toggle switches the theme, and the choice survives reloads and other pages', async ({ page }) => {
  const console = watchConsole(page)
  await page.goto('/kubecon-2/')
  await expectBackground(page, LIGHT_BG)
  const toggle = page.getByRole('button', { name: '어두운 테마' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expectBackground(page, DARK_BG)
  await expect.poll(browserColour(page)).toBe('#16181d')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expectBackground(page, DARK_BG)
  await expect.poll(browserColour(page)).toBe('#16181d')
  await page.getByRole('link', { name: '태그' }).first().click()
  await expect(page).toHaveURL(/\/tags\/$/)
  // The URL changes as the navigation commits; the reader waits for the new page itself.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그')
  await expectBackground(page, DARK_BG)

  await page.getByRole('button', { name: '어두운 테마' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await page.reload()
  await expectBackground(page, LIGHT_BG)
  await expect.poll(browserColour(page)).toBe('#ffffff')
  await expect(page.getByRole('button', { name: '어두운 테마' })).toHaveAttribute('aria-pressed', 'false')
  console.expectNoErrors()
})

test('a stored choice applies before the page is first painted: no flash of the other theme', async ({ page }) => {
  // Runs before any of the page's own scripts: remember the choice, then watch the document and
  // record <html>'s theme at the moment <body> is inserted, before anything can be painted and
  // before any script but the one in <head> has run.
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark')
    const seen: (string | null)[] = []
    Object.assign(window, { themeAtBody: seen })
    const observer = new MutationObserver(() => {
      if (!document.body) return
      seen.push(document.documentElement.getAttribute('data-theme'))
      observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  await page.goto('/kubecon-1/')
  const seen = await page.evaluate(() => (window as unknown as { themeAtBody: (string | null)[] }).themeAtBody)
  expect(seen).toEqual(['dark'])
  await expectBackground(page, DARK_BG)
})
