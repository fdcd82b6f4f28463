import { expect, test } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test('a code block names its language and copies its code from the keyboard, saying so to screen readers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const console = watchConsole(page)
  await page.goto('/kubecon-2/')
  const block = page.locator('.code-block').filter({ has: page.locator('pre[data-language="protobuf"]') })
  await expect(block.locator('.code-block__language')).toHaveText('protobuf')
  const button = block.getByRole('button', { name: '코드 복사' })
  await button.focus()
  await page.keyboard.press('Enter')
  const status = page.locator('.code-copy-status')
  await expect(status).toHaveRole('status')
  await expect(status).toHaveText('코드를 복사했습니다')
  await expect(block.getByRole('button', { name: '코드 복사됨' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await block.locator('pre').innerText())
  expect(copied).toContain('service PetGreeter {')
  console.expectNoErrors()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('long lines scroll inside the code block instead of widening the page', async ({ page }) => {
    await page.goto('/kubecon-2/')
    const pre = page.locator('pre[data-language="bash"]').first()
    const sizes = await pre.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }))
    expect(sizes.scroll).toBeGreaterThan(sizes.client)
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390)
  })
})
