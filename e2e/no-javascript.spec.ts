import { expect, test } from '@playwright/test'
import { blockExternalRequests } from './helpers'

test.use({ javaScriptEnabled: false })

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test('without JavaScript a post is whole: title, sections, code, and a working table of contents', async ({ page }) => {
  await page.goto('/kubecon-2/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '2# KubeCon + CloudNativeCon North America 2019 참가기',
  )
  await expect(page.locator('.prose h2')).toHaveCount(4)
  await expect(page.locator('.prose')).toContainText('Yahoo는 2017년부터 Kubernetes로의 전환을')
  await expect(page.locator('pre[data-language="protobuf"]')).toContainText('service PetGreeter')
  // The copy button needs JavaScript, so it is not offered; the language label is plain HTML.
  await expect(page.locator('.code-copy')).toHaveCount(0)
  await expect(page.locator('.code-block__language').first()).toBeVisible()

  const toc = page.getByRole('navigation', { name: '목차' })
  await toc.getByRole('link', { name: 'Phase 2: Envoy' }).click()
  await expect(page).toHaveURL(/#phase-2-envoy$/)
  await expect(page.locator('#phase-2-envoy')).toBeInViewport()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('without JavaScript the phone’s table of contents still opens', async ({ page }) => {
    await page.goto('/kubecon-1/')
    const toc = page.getByRole('navigation', { name: '목차' })
    await toc.getByText('목차').click()
    await toc.getByRole('link', { name: 'Docker 란?' }).click()
    await expect(page.locator('h3#docker-란')).toBeInViewport()
  })
})
