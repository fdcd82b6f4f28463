import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { FIXTURE_BASE_PATH } from '../playwright.config'
import { blockExternalRequests } from './helpers'

// What the site publishes besides its pages must run nothing either: an SVG opened on its own, and
// a post's Markdown twin (`/<slug>/index.md`) rendered by a reader that trusts it.

/** A drawing as an attacker would place it: a handler and a script, each marking the document. */
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="document.documentElement.setAttribute('data-ran', 'onload'); alert(1)">
<script>document.documentElement.setAttribute('data-ran', 'script')</script>
<rect width="10" height="10"/></svg>`

function recordDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

/** The Content-Security-Policy `_headers` gives a site path, or null when no rule names it. */
function policyFor(headers: string, sitePath: string): string | null {
  for (const block of headers.split(/\n(?=\S)/)) {
    const [rule = '', ...lines] = block.split('\n')
    const matches = rule.endsWith('/*') ? sitePath.startsWith(rule.slice(0, -1)) : rule === sitePath
    const policy = lines.map((line) => line.trim()).find((line) => line.startsWith('Content-Security-Policy:'))
    if (matches && policy && policy.includes("default-src 'none'"))
      return policy.slice('Content-Security-Policy:'.length).trim()
  }
  return null
}

test('a drawing in public/ is served with a policy under which a script in an SVG does not run', async ({
  page,
  request,
}) => {
  const drawing = await request.get('drawings/diagram.svg')
  expect(drawing.status()).toBe(200)
  expect(drawing.headers()['content-security-policy']).toContain("default-src 'none'")
  const policy = policyFor(await (await request.get('_headers')).text(), `${FIXTURE_BASE_PATH}/drawings/diagram.svg`)
  expect(policy).not.toBeNull()

  // The same place on the site, answering with a hostile drawing: first as a host without the
  // rule would send it (the script runs: the test can see it), then with the rule from _headers.
  const dialogs = recordDialogs(page)
  const answers: Record<string, string>[] = [{}, { 'content-security-policy': policy! }]
  for (const headers of answers) {
    await page.route('**/drawings/hostile.svg', (route) =>
      route.fulfill({ status: 200, contentType: 'image/svg+xml', headers, body: HOSTILE_SVG }),
    )
    await page.goto('drawings/hostile.svg')
    const ran = await page.evaluate(() => document.documentElement.getAttribute('data-ran'))
    if ('content-security-policy' in headers) expect(ran).toBeNull()
    else expect(ran).not.toBeNull()
    await page.unroute('**/drawings/hostile.svg')
  }
  expect(dialogs).toEqual(['1'])

  // The real drawing still shows under the policy.
  await page.goto('drawings/diagram.svg')
  await expect(page.locator('text')).toHaveText('브라우저 → CDN')
})

/** The HTML a Markdown reader that trusts raw HTML makes of a text (no sanitiser). */
function trustingRender(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(markdown),
  )
}

for (const slug of ['escaping', 'xss-corpus']) {
  test(`the Markdown twin of ${slug} carries nothing the page removed, and runs nothing when rendered as it is`, async ({
    page,
    request,
  }) => {
    const twin = await (await request.get(`${slug}/index.md`)).text()
    // No markup the page refused (escaped text such as `&#x3C;script>` is what the page shows too).
    expect(twin).not.toMatch(
      /(?<!\\)<(?:script|!--)|TWIN-SECRET-KEY|(?<!\\)<[a-z][^<>]*(?:\s(?:href|src)\s*=\s*["'`]?\s*javascript:|\son[a-z]+\s*=)/i,
    )
    const source = readFileSync(
      `e2e/fixtures/content/posts/${slug === 'escaping' ? '2021-02-01-escaping' : '2019-01-01-xss-corpus'}.md`,
      'utf8',
    )
    await blockExternalRequests(page)
    const dialogs = recordDialogs(page)
    // On the site's own origin, as the worst reader would show it (front matter read as Markdown
    // too): the author's text runs a script there (so the test can see one run), the twin does not.
    for (const [markdown, runs] of [
      [source, true],
      [twin, false],
    ] as const) {
      dialogs.length = 0
      await page.route('**/twin-view.html', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: `<!DOCTYPE html><html><body>${trustingRender(markdown)}</body></html>`,
        }),
      )
      await page.goto('twin-view.html')
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('body *'))
          for (const type of ['mouseover', 'focus', 'error', 'load']) element.dispatchEvent(new Event(type))
      })
      const ran = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
      if (runs) expect(ran).toBeDefined()
      else {
        expect(ran).toBeUndefined()
        expect(dialogs).toEqual([])
        expect(await page.locator('body').innerText()).toContain(
          slug === 'escaping' ? '스크립트는 페이지에서도' : '벡터',
        )
      }
      await page.unroute('**/twin-view.html')
    }
  })
}
