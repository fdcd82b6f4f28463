import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

// Fixture site (under /blog): e2e/fixtures/content/posts/2018-06-01-co-authored.md has two authors,
// an inline and a display formula, two Mermaid diagrams with accessible titles (the second, seven
// boxes in a row, wider than any column), a picture wider
// than the column (/zoom/wide.png, 1600 px) and a small one. 채우기 글 01 has none of these.

const SITE = 'https://blog.example.com/blog'
const RICH = 'co-authored/'
const PLAIN = 'filler-01/'
const DIAGRAM_TITLE = '요청이 캐시를 거쳐 원본 서버로 가는 흐름'
const WIDE_DIAGRAM_TITLE = '코드가 운영 서버에 닿기까지의 배포 단계'

/** Every script and stylesheet address the page loads or names. */
async function assetsOf(page: Page): Promise<{ scripts: string[]; styles: string[] }> {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script[src]')]
      .map((s) => new URL((s as HTMLScriptElement).src).pathname)
      .sort(),
    styles: [...document.querySelectorAll('link[rel="stylesheet"]')]
      .map((l) => new URL((l as HTMLLinkElement).href).pathname)
      .sort(),
  }))
}

test('formulas are typeset at build time as KaTeX HTML and MathML, with KaTeX’s own fonts', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  await page.goto(RICH)
  const inline = page.locator('.prose p .katex').first()
  await expect(inline).toBeVisible()
  // MathML for screen readers, with the TeX kept as its annotation.
  await expect(inline.locator('math annotation')).toHaveText('h = \\frac{hit}{hit + miss}')
  const display = page.locator('.prose .katex-display')
  await expect(display).toHaveCount(1)
  await expect(display.locator('math')).toHaveAttribute('display', 'block')
  // The stylesheet is the site's own, and the fraction is drawn by it (a real fraction bar).
  await expect(page.locator('head link[rel="stylesheet"][href="/blog/katex/katex.css"]')).toHaveCount(1)
  await expect(inline.locator('.frac-line').first()).toBeVisible()
  const fontsReady = await page.evaluate(async () => {
    await document.fonts.ready
    return document.fonts.check('16px KaTeX_Main') && document.fonts.check('italic 16px KaTeX_Math')
  })
  expect(fontsReady).toBe(true)
  expect(requests.some((path) => /^\/blog\/katex\/fonts\/KaTeX_.+\.woff2$/.test(path))).toBe(true)
})

test('a Mermaid block is an inline SVG with an accessible title, and no diagram script', async ({ page }) => {
  await page.goto(RICH)
  const diagram = page.getByRole('img', { name: DIAGRAM_TITLE })
  await expect(diagram).toBeVisible()
  await expect(diagram).toHaveJSProperty('tagName', 'svg')
  await expect(diagram.locator('text')).toContainText(['브라우저', '캐시에 있나?', '캐시 응답', '원본 서버'])
  const box = await diagram.boundingBox()
  expect(box?.width ?? 0).toBeGreaterThan(200)
  // Arrow markers are referenced by ids that only this diagram uses.
  const markers = await diagram.evaluate((svg) =>
    [...svg.querySelectorAll('[marker-end]')].map((edge) => edge.getAttribute('marker-end')),
  )
  expect(markers.length).toBeGreaterThan(0)
  for (const marker of markers) expect(await page.locator(`[id="${marker?.slice(5, -1)}"]`).count()).toBe(1)
  const html = await page.content()
  expect(html).not.toMatch(/mermaid/i)
  expect(html).not.toContain('fonts.googleapis')
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`diagram in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })
    test('its text is the page’s text colour and its boxes stand apart from the background', async ({ page }) => {
      await page.goto(RICH)
      const diagram = page.getByRole('img', { name: DIAGRAM_TITLE })
      await expect(diagram).toBeVisible()
      const colours = await diagram.evaluate((svg) => {
        const text = svg.querySelector('g.node text') as SVGTextElement
        const rect = svg.querySelector('g.node rect') as SVGRectElement
        return {
          text: getComputedStyle(text).fill,
          page: getComputedStyle(document.body).color,
          background: getComputedStyle(document.body).backgroundColor,
          boxStroke: getComputedStyle(rect).stroke,
        }
      })
      expect(colours.text).toBe(colours.page)
      expect(colours.boxStroke).not.toBe(colours.background)
      const luminance = (rgb: string) => {
        const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      // Light text on dark ground in dark mode, and the other way round.
      if (scheme === 'dark') expect(luminance(colours.text)).toBeGreaterThan(luminance(colours.background) + 100)
      else expect(luminance(colours.text)).toBeLessThan(luminance(colours.background) - 100)
    })
  })
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('diagram labels stay 12 px or larger; a wide diagram scrolls in its own box, by keyboard too, and the page does not', async ({
    page,
  }) => {
    await page.goto(RICH)
    for (const title of [DIAGRAM_TITLE, WIDE_DIAGRAM_TITLE]) {
      const diagram = page.getByRole('img', { name: title })
      await expect(diagram).toBeVisible()
      // Every label as drawn on screen: its font size times the drawing's scale, and its box.
      const labels = await diagram.evaluate((svg: SVGSVGElement) =>
        [...svg.querySelectorAll('text')].map((text) => ({
          text: text.textContent,
          size: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
          height: text.getBoundingClientRect().height,
        })),
      )
      expect(labels.length).toBeGreaterThan(3)
      for (const label of labels) {
        expect(label.size, `${title}: ${label.text}`).toBeGreaterThanOrEqual(12)
        expect(label.height, `${title}: ${label.text}`).toBeGreaterThanOrEqual(12)
      }
    }
    // The edge labels ("승인", "통과" …) are the smallest text: they are on the wide diagram.
    await expect(page.getByRole('img', { name: WIDE_DIAGRAM_TITLE }).locator('text', { hasText: '승인' })).toHaveCount(
      1,
    )

    // The page itself does not scroll sideways.
    const widths = await page.evaluate(() => ({
      scroll: document.scrollingElement?.scrollWidth ?? 0,
      inner: window.innerWidth,
    }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner)

    // The wide diagram's box scrolls sideways, is named by the diagram's title, and takes the focus.
    const box = page.getByRole('figure', { name: WIDE_DIAGRAM_TITLE })
    const sizes = await box.evaluate((figure) => ({ scroll: figure.scrollWidth, client: figure.clientWidth }))
    expect(sizes.scroll).toBeGreaterThan(sizes.client)
    expect(sizes.client).toBeLessThanOrEqual(390)
    await page.getByRole('figure', { name: DIAGRAM_TITLE }).focus()
    await page.keyboard.press('Tab')
    await expect(box).toBeFocused()
    await expect(box).toHaveCSS('outline-style', 'solid')
    await expect(box).toHaveJSProperty('scrollLeft', 0)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => box.evaluate((figure) => figure.scrollLeft)).toBeGreaterThan(0)
    // The arrow keys go all the way to the end of the flow.
    for (let press = 0; press < 40; press += 1) await page.keyboard.press('ArrowRight')
    await expect
      .poll(() => box.evaluate((figure) => figure.scrollWidth - figure.clientWidth - figure.scrollLeft))
      .toBeLessThanOrEqual(1)
    // The last box of the flow is now in view.
    await expect(box.locator('g.node', { hasText: '운영 채널' })).toBeInViewport()
    // Scrolling boxes that take the focus and are named: nothing for axe to find.
    await expectNoAxeViolations(page)
  })
})

test('a post without formulas or diagrams ships nothing more than before', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  await page.goto(PLAIN)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('채우기 글 01')
  const plain = await assetsOf(page)
  expect(plain.styles.some((href) => href.includes('katex'))).toBe(false)
  expect(requests.some((path) => path.includes('/katex/'))).toBe(false)
  expect(await page.locator('.katex, figure.diagram').count()).toBe(0)
  // The rich post has exactly the same scripts (no math or diagram script), and one more stylesheet.
  await page.goto(RICH)
  const rich = await assetsOf(page)
  expect(rich.scripts).toEqual(plain.scripts)
  expect(rich.styles).toEqual([...plain.styles, '/blog/katex/katex.css'].sort())
})

test('a large picture opens full size in a dialog; a small one is no link', async ({ page }) => {
  await page.goto(RICH)
  const link = page.getByRole('link', { name: '파란 넓은 그림 (원본 크기로 보기)' })
  await expect(link).toHaveAttribute('href', '/blog/zoom/wide.png')
  await expect(page.getByRole('img', { name: '주황 작은 그림' }).locator('xpath=ancestor::a')).toHaveCount(0)
  await link.click()
  const dialog = page.getByRole('dialog', { name: '그림 원본 크기' })
  await expect(dialog).toBeVisible()
  const full = dialog.getByRole('img', { name: '파란 넓은 그림' })
  await expect(full).toBeVisible()
  await expect.poll(() => full.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1600)
  expect(page.url()).toMatch(/\/co-authored\/$/)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(link).toBeFocused()
  await link.click()
  await dialog.getByRole('button', { name: '닫기' }).click()
  await expect(dialog).toBeHidden()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('a large picture is a plain link to the picture', async ({ page }) => {
    await page.goto(RICH)
    const link = page.getByRole('link', { name: '파란 넓은 그림 (원본 크기로 보기)' })
    await link.click()
    await expect(page).toHaveURL(/\/blog\/zoom\/wide\.png$/)
  })
})

test('the post announces its Markdown twin, which holds the text and a short front matter', async ({
  page,
  request,
}) => {
  await page.goto(RICH)
  const alternate = page.locator('head link[rel="alternate"][type="text/markdown"]')
  await expect(alternate).toHaveAttribute('href', `${SITE}/co-authored/index.md`)
  const response = await request.get('co-authored/index.md')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^text\/markdown/)
  const text = await response.text()
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? []
  expect(
    frontMatter
      .split('\n')
      .filter((line) => /^\w/.test(line))
      .map((line) => line.split(':')[0]),
  ).toEqual(['title', 'date', 'authors', 'canonical_url'])
  expect(frontMatter).toContain('title: 두 사람이 함께 쓴 글')
  expect(frontMatter).toContain('  - 테스트 작성자\n  - 공동 작성자')
  expect(frontMatter).toContain(`canonical_url: ${SITE}/co-authored/`)
  expect(frontMatter).not.toContain('description')
  expect(body).toContain('# 두 사람이 함께 쓴 글')
  expect(body).toContain('$$\nT = h')
  expect(body).toContain('```mermaid')
  // The site's own pictures are absolute: the text is read away from the site.
  expect(body).toContain(`![파란 넓은 그림](${SITE}/zoom/wide.png)`)
})

test('/llms.txt names the blog, sums it up and links every post’s twin, and every link works', async ({ request }) => {
  const response = await request.get('llms.txt')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^text\/plain/)
  const text = await response.text()
  const lines = text.split('\n')
  expect(lines[0]).toMatch(/^# \S/)
  expect(lines.find((line) => line.startsWith('> '))).toBeTruthy()
  expect(lines).toContain('## 글')
  expect(text).toContain(`- [두 사람이 함께 쓴 글](${SITE}/co-authored/index.md): 2018-06-01`)
  // Parentheses in addresses are percent-encoded, so every reader finds where a link ends.
  const links = [...text.matchAll(/\]\((https:[^)\s]+)\)/g)].map((match) => match[1] ?? '')
  expect(text).toContain(`${SITE}/AWS-%EB%B9%84%EC%9A%A9-%EC%B5%9C%EC%A0%81%ED%99%94,-1%ED%8E%B8-%28EC2%29/index.md`)
  // Published posts only: no draft or scheduled post is listed.
  expect(text).not.toMatch(/DRAFT-MARKER|FUTURE-MARKER|UNPUBLISHED-MARKER/)
  expect(links.length).toBeGreaterThan(15)
  for (const link of links) {
    const local = link.slice(`${SITE}/`.length)
    expect((await request.get(local)).status(), link).toBe(200)
  }
})
