import { expect, test } from '@playwright/test'

test('an unknown URL answers 404 with the blog’s own not-found page', async ({ page }) => {
  const response = await page.goto('/this-post-does-not-exist/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다')
  await page.getByRole('link', { name: '첫 페이지로 가기' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('.post-card').first()).toBeVisible()
})

test('a post URL without its trailing slash is redirected to the post', async ({ page }) => {
  const response = await page.goto('/kubecon-1')
  expect(response?.status()).toBe(200)
  await expect(page).toHaveURL(/\/kubecon-1\/$/)
})
