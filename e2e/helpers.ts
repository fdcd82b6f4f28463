import { expect, type Page } from '@playwright/test'

/**
 * Collects console errors and page errors, ignoring failed loads of external images (posts
 * hotlink pictures the test machine cannot reach). Call `expectNoErrors()` at the end of a test.
 */
export function watchConsole(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    const location = message.location().url
    const isExternalLoad =
      /Failed to load resource/.test(text) && location !== '' && !location.startsWith('http://127.0.0.1')
    if (!isExternalLoad) errors.push(`console: ${text} (${location})`)
  })
  return {
    errors,
    expectNoErrors: () => expect(errors, errors.join('\n')).toEqual([]),
  }
}

/** Blocks every request that leaves this machine, so tests never need the internet. */
export async function blockExternalRequests(page: Page) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort())
}
