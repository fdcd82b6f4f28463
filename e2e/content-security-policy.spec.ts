import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { scanHtml } from '../pipeline/stages/html-scripts'
import { blockExternalRequests } from './helpers'

/** Records every CSP violation the page reports, from before its first script. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleViolations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleViolations.push(message.text())
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] }
    w.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(
        `${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  return async () => [
    ...consoleViolations,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ]
}

const PAGES = [
  '/',
  '/kubecon-1/',
  '/kubecon-2/',
  '/series/kubecon-na-2019/',
  '/tags/news/',
  '/authors/seungpilpark/',
  '/archive/',
  '/search/?q=Istio',
  '/page/1/',
  '/no-such-page/',
]

test('every kind of page carries a Content-Security-Policy and breaks none of it', async ({ page }) => {
  // Ten pages, each until the network is idle: on a loaded machine that outlasted the default
  // timeout once (a timeout, not a wrong answer), so this journey gets the time of three tests.
  test.slow()
  await blockExternalRequests(page)
  const violations = await recordViolations(page)
  for (const path of PAGES) {
    await page.goto(path)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/)
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    await page.waitForLoadState('networkidle')
    expect(await violations(), path).toEqual([])
  }
})

test('every HTML file of the export carries the policy first in its head, redirect pages included', () => {
  const root = path.resolve('out')
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
  // The old list pages and the redirects for old .html addresses are files the build writes itself.
  expect(files).toEqual(
    expect.arrayContaining(['tags.html', 'categories.html', 'authors-list.html', '404.html', 'index.html']),
  )
  for (const file of files) {
    const html = readFileSync(path.join(root, file), 'utf8')
    const scan = scanHtml(html)
    expect(scan.policies, file).toHaveLength(1)
    expect(scan.policies[0], file).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/)
    expect(html.slice(scan.headStart ?? 0).startsWith('<meta http-equiv="Content-Security-Policy"'), file).toBe(true)
  }
})

test('the old list pages’ redirect script runs under their policy', async ({ page }) => {
  const violations = await recordViolations(page)
  await page.goto('/categories.html#news')
  await expect(page).toHaveURL(/\/categories\/news\/$/)
  expect(await violations()).toEqual([])
})

test('interactive parts work under the policy: search, links, copy link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await blockExternalRequests(page)
  const violations = await recordViolations(page)
  await page.goto('/kubecon-1/')
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '태그' }).click()
  await expect(page).toHaveURL(/\/tags\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('태그')
  await page.goto('/search/?q=%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88')
  await expect(page.locator('main mark').first()).toBeVisible()
  await page.goto('/kubecon-2/')
  await page.getByRole('button', { name: '링크 복사' }).click()
  await expect(page.getByText('링크를 복사했습니다')).toBeVisible()
  expect(await violations()).toEqual([])
})

test('a script the page did not ship is refused by the policy', async ({ page }) => {
  const violations = await recordViolations(page)
  await page.goto('/kubecon-1/')
  // An injected inline script (what an XSS would try) is blocked and reported.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
  })
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true)
})

test('_headers gives hosts that read it frame-ancestors and hardening headers', async ({ request }) => {
  const headers = await (await request.get('/_headers')).text()
  expect(headers).toContain("frame-ancestors 'none'")
  expect(headers).toContain('X-Content-Type-Options: nosniff')
})
