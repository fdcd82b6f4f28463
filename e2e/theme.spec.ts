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
/** The header's button: its name says the current choice ("테마: 밝게"). */
const pickerButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^테마: / })
const choices = (page: Page) => page.getByRole('banner').getByRole('group', { name: '테마' })

/** Opens the picker with the mouse and picks a choice by its label. */
async function choose(page: Page, label: '시스템 설정 따르기' | '밝게' | '어둡게') {
  await pickerButton(page).click()
  await choices(page).getByRole('radio', { name: label }).click()
  // A choice made with the pointer closes the panel and gives the focus back to the button.
  await expect(choices(page)).toBeHidden()
  await expect(pickerButton(page)).toBeFocused()
  await expect(pickerButton(page)).toHaveAccessibleName(`테마: ${label}`)
}

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test.describe('with a dark system scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('the blog follows the system until the reader chooses', async ({ page }) => {
    await page.goto('/')
    await expectBackground(page, DARK_BG)
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
    await expect(pickerButton(page)).toHaveAccessibleName('테마: 시스템 설정 따르기')
    await pickerButton(page).click()
    await expect(choices(page).getByRole('radio', { name: '시스템 설정 따르기' })).toBeChecked()
  })
})

test('dark chosen on a light system stays through reloads and pages; back on the system, the page follows it live', async ({
  page,
}) => {
  const console = watchConsole(page)
  await page.goto('/kubecon-2/')
  await expectBackground(page, LIGHT_BG)
  await choose(page, '어둡게')
  await expectBackground(page, DARK_BG)
  await expect.poll(browserColour(page)).toBe('#16181d')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expectBackground(page, DARK_BG)
  await expect.poll(browserColour(page)).toBe('#16181d')
  await expect(pickerButton(page)).toHaveAccessibleName('테마: 어둡게')
  await page.getByRole('link', { name: '태그' }).first().click()
  await expect(page).toHaveURL(/\/tags\/$/)
  // The URL changes as the navigation commits; the reader waits for the new page itself.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그')
  await expectBackground(page, DARK_BG)

  // 밝게 holds against a dark system.
  await choose(page, '밝게')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectBackground(page, LIGHT_BG)
  await page.reload()
  await expectBackground(page, LIGHT_BG)
  await expect.poll(browserColour(page)).toBe('#ffffff')

  // Following the system again: the page turns with the system's setting, with no reload.
  await choose(page, '시스템 설정 따르기')
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
  await expectBackground(page, DARK_BG)
  await page.emulateMedia({ colorScheme: 'light' })
  await expectBackground(page, LIGHT_BG)
  await expect.poll(browserColour(page)).toBe('#ffffff')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectBackground(page, DARK_BG)
  await expect.poll(browserColour(page)).toBe('#16181d')
  // And it is remembered as no choice at all: a new visit follows the system too.
  await page.reload()
  await expectBackground(page, DARK_BG)
  await expect(pickerButton(page)).toHaveAccessibleName('테마: 시스템 설정 따르기')
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull()
  console.expectNoErrors()
})

test('the picker works from the keyboard: open, move with the arrows, close with Enter or Esc', async ({ page }) => {
  await page.goto('/kubecon-1/')
  const button = pickerButton(page)
  await button.focus()
  await page.keyboard.press('Enter')
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  const system = choices(page).getByRole('radio', { name: '시스템 설정 따르기' })
  await expect(system).toBeFocused()
  await expect(system).toBeChecked()

  // The arrows choose as they move, and the panel stays open to try the next one.
  await page.keyboard.press('ArrowDown')
  await expect(choices(page).getByRole('radio', { name: '밝게' })).toBeChecked()
  await page.keyboard.press('ArrowDown')
  const dark = choices(page).getByRole('radio', { name: '어둡게' })
  await expect(dark).toBeChecked()
  await expect(dark).toBeFocused()
  await expectBackground(page, DARK_BG)
  await expect(choices(page)).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(choices(page)).toBeHidden()
  await expect(button).toBeFocused()
  await expect(button).toHaveAttribute('aria-expanded', 'false')
  await expect(button).toHaveAccessibleName('테마: 어둡게')

  // Space opens it too; Esc closes it without changing anything, and the focus is visible on the button.
  await page.keyboard.press('Space')
  await expect(dark).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(choices(page)).toBeHidden()
  await expect(button).toBeFocused()
  await expect(button).toHaveCSS('outline-style', 'solid')
  await expectBackground(page, DARK_BG)

  // Tab leaves the open panel and closes it.
  await page.keyboard.press('Enter')
  await expect(dark).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(choices(page)).toBeHidden()
})

test('a click outside closes the picker without a choice; another tab’s choice applies here too', async ({
  page,
  context,
}) => {
  await page.goto('/kubecon-1/')
  await pickerButton(page).click()
  await expect(choices(page)).toBeVisible()
  await page.getByRole('heading', { level: 1 }).click()
  await expect(choices(page)).toBeHidden()
  await expect(pickerButton(page)).toHaveAccessibleName('테마: 시스템 설정 따르기')

  const other = await context.newPage()
  await blockExternalRequests(other)
  await other.goto('/tags/')
  await choose(other, '어둡게')
  await expectBackground(page, DARK_BG)
  await expect(pickerButton(page)).toHaveAccessibleName('테마: 어둡게')
  await choose(other, '시스템 설정 따르기')
  await expectBackground(page, LIGHT_BG)
  await expect(pickerButton(page)).toHaveAccessibleName('테마: 시스템 설정 따르기')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the open panel stays on the screen, its choices large enough to tap', async ({ page }) => {
    await page.goto('/kubecon-1/')
    await pickerButton(page).click()
    const group = choices(page)
    await expect(group).toBeVisible()
    for (const label of ['시스템 설정 따르기', '밝게', '어둡게']) {
      const row = group.locator('label', { hasText: label })
      const box = (await row.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
      expect(box.height).toBeGreaterThanOrEqual(44)
    }
  })
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
