import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** Width and height of a PNG, read from its IHDR chunk after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('ascii'), 'IHDR chunk').toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** The page's canonical URL: the address readers share. */
export async function canonicalUrl(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute('href')
  expect(href, 'canonical link').not.toBeNull()
  return href ?? ''
}

/**
 * The page's og:image, fetched from the local server: the tag holds the production URL, and the
 * same path is served here. Checks the tag is absolute, on the site's own origin.
 */
export async function fetchSocialImage(page: Page, request: APIRequestContext): Promise<{ url: URL; body: Buffer }> {
  const content = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(content, 'og:image').not.toBeNull()
  const url = new URL(content ?? '')
  expect(url.origin).toBe(new URL(await canonicalUrl(page)).origin)
  const response = await request.get(url.pathname)
  expect(response.status(), url.pathname).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  return { url, body: await response.body() }
}
