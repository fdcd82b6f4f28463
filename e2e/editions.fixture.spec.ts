import { expect, test, type Page } from '@playwright/test'
import { parseStrictFeed, readStrictSitemap } from './strict-feed'

// The fixture site in two languages (build:fixtures sets SITE_EDITIONS: English under /blog/en/).
// e2e/fixtures/content has Korean posts, two English translations (aws-cost-ec2 of the Korean
// part 1, aws-cost-s3 of the Korean post at the same address) and one post only in English
// (terraform-drift).
const SITE = 'https://blog.example.com/blog'
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/

/** The page's visible text outside elements that say they are in another language (a language's own name). */
async function textInPageLanguage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang
    const clone = document.body.cloneNode(true) as HTMLElement
    for (const other of clone.querySelectorAll('[lang]'))
      if (other.getAttribute('lang') !== pageLanguage) other.remove()
    for (const hidden of clone.querySelectorAll('script, style, template')) hidden.remove()
    const labels = [...document.querySelectorAll('[aria-label], [title], [alt]')]
      .filter((element) => element.closest('[lang]')?.getAttribute('lang') === pageLanguage)
      .map(
        (element) =>
          `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''} ${element.getAttribute('alt') ?? ''}`,
      )
    return `${clone.textContent ?? ''} ${labels.join(' ')} ${document.title}`
  })
}

test('a reader goes from a Korean post to its English translation and back', async ({ page }) => {
  await page.goto('aws-cost-s3/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화, 2편 (S3)')
  await page.getByRole('link', { name: 'Read this post in English' }).click()

  await expect(page).toHaveURL(/\/blog\/en\/aws-cost-s3\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS cost optimization, part 2 (S3)')
  await expect(page.getByText('March 10, 2021')).toBeVisible()
  await page.getByRole('link', { name: '이 글을 한국어로 읽기' }).click()

  await expect(page).toHaveURL(/\/blog\/aws-cost-s3\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')

  // The header's switch leads to the same post too, once the page's script has run.
  await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/blog\/en\/aws-cost-s3\/$/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header’s switch leads to the other edition’s home, and the post’s own link to its translation', async ({
    page,
  }) => {
    await page.goto('aws-cost-s3/')
    const header = page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' })
    await expect(header).toHaveAttribute('href', '/blog/en/')
    await page.getByRole('link', { name: 'Read this post in English' }).click()
    await expect(page).toHaveURL(/\/blog\/en\/aws-cost-s3\/$/)
  })
})

test('each post and its translation name each other as alternates, with the Korean one as the default', async ({
  page,
}) => {
  const alternates = async (path: string) => {
    await page.goto(path)
    return page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`))
  }
  const expected = [`ko ${SITE}/aws-cost-s3/`, `en ${SITE}/en/aws-cost-s3/`, `x-default ${SITE}/aws-cost-s3/`].sort()
  expect((await alternates('aws-cost-s3/')).sort()).toEqual(expected)
  expect((await alternates('en/aws-cost-s3/')).sort()).toEqual(expected)
  // A post in one language has none; the homes name each other.
  expect(await alternates('en/terraform-drift/')).toEqual([])
  expect((await alternates('en/')).sort()).toEqual([`en ${SITE}/en/`, `ko ${SITE}/`, `x-default ${SITE}/`])
})

test('the language switch leads to the other edition’s home from a post that has no translation', async ({ page }) => {
  await page.goto('en/terraform-drift/')
  await expect(page.getByRole('link', { name: '이 글을 한국어로 읽기' })).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '한국어' }).click()
  await expect(page).toHaveURL(/\/blog\/$/)
  await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/blog\/en\/$/)
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Catching Terraform drift before it reaches production',
    'AWS cost optimization, part 2 (S3)',
    'AWS cost optimization, part 1 (EC2)',
  ])
})

test('English pages show no Korean interface text, and Korean pages none of the English interface', async ({
  page,
}) => {
  for (const path of [
    'en/',
    'en/aws-cost-ec2/',
    'en/terraform-drift/',
    'en/tags/',
    'en/tags/terraform/',
    'en/categories/cloud/',
    'en/authors/',
    'en/authors/jane/',
    'en/archive/',
    'en/series/',
    'en/search/?q=drift',
    'en/subscribe/',
    'en/404.html',
  ]) {
    await page.goto(path)
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en')
    const text = await textInPageLanguage(page)
    expect(
      text.match(HANGUL)?.index === undefined ? '' : text.slice(text.search(HANGUL) - 30, text.search(HANGUL) + 30),
      path,
    ).toBe('')
  }
  for (const path of ['', 'aws-cost-s3/', 'tags/', 'search/?q=aws']) {
    await page.goto(path)
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'ko')
    const text = await textInPageLanguage(page)
    for (const english of ['Skip to content', 'Main menu', 'min read', 'Share this post', 'Search'])
      expect(text, `${path}: ${english}`).not.toContain(english)
  }
})

test('searching in English finds the English posts only, by any form of a word', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('drifting')}`)
  const hits = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })
  await expect(hits).toHaveText(['Catching Terraform drift before it reaches production'])
  await page.goto(`en/search/?q=${encodeURIComponent('instances')}`)
  await expect(hits).toHaveText(['AWS cost optimization, part 1 (EC2)', 'AWS cost optimization, part 2 (S3)'])
  // The Korean edition's index holds no English post, and the reverse.
  await page.goto(`search/?q=${encodeURIComponent('terraform drift')}`)
  await expect(page.getByRole('main').getByRole('status')).toHaveText('검색 결과가 없습니다')
  await page.goto(`en/search/?q=${encodeURIComponent('쿠버네티스')}`)
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0)
})

test('each edition’s feeds hold its own posts, and its sitemap names the other language of each page', async ({
  request,
}) => {
  for (const file of ['feed.xml', 'atom.xml']) {
    const english = parseStrictFeed(await (await request.get(`en/${file}`)).text())
    expect(english.language ?? 'en').toMatch(/^en/)
    expect(english.items.map((item) => item.url).sort()).toEqual(
      [`${SITE}/en/aws-cost-ec2/`, `${SITE}/en/aws-cost-s3/`, `${SITE}/en/terraform-drift/`].sort(),
    )
    const korean = parseStrictFeed(await (await request.get(file)).text())
    expect(korean.items.length).toBeGreaterThan(0)
    for (const item of korean.items) expect(item.url?.startsWith(`${SITE}/en/`), item.url ?? '').toBe(false)
  }
  const json = (await (await request.get('en/feed.json')).json()) as { language?: string; items: { url: string }[] }
  expect(json.language).toBe('en-US')
  expect(json.items).toHaveLength(3)

  // Valid against the protocol's and the alternates' schemas (e2e/schemas), in both editions' sitemaps.
  const robots = await (await request.get('robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`)
  expect(robots).toContain(`Sitemap: ${SITE}/en/sitemap.xml`)
  const korean = readStrictSitemap(await (await request.get('sitemap.xml')).text())
  const english = readStrictSitemap(await (await request.get('en/sitemap.xml')).text())
  expect(korean.has(`${SITE}/aws-cost-s3/`)).toBe(true)
  expect(english.has(`${SITE}/en/aws-cost-s3/`)).toBe(true)
  expect([...english.keys()].every((url) => url.startsWith(`${SITE}/en/`))).toBe(true)
  const sitemap = await (await request.get('en/sitemap.xml')).text()
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="ko" href="${SITE}/aws-cost-s3/"/>`)
})

test('English posts have their Markdown twins and their own llms.txt', async ({ request }) => {
  const twin = await (await request.get('en/terraform-drift/index.md')).text()
  expect(twin).toContain('Catching Terraform drift before it reaches production')
  expect(twin).toContain(`${SITE}/en/terraform-drift/`)
  const llms = await (await request.get('en/llms.txt')).text()
  expect(llms).toContain('# Example Engineering Blog')
  expect(llms).toContain(`${SITE}/en/terraform-drift/index.md`)
  expect(llms).not.toMatch(HANGUL)
})

test('a missing address under /en/ gets the site’s 404, which leads English readers to their edition', async ({
  page,
}) => {
  // A static host answers every missing address with the site's one 404.html, as this server does.
  const response = await page.goto('en/no-such-post/')
  expect(response?.status()).toBe(404)
  await page.getByRole('link', { name: 'Looking for a page of the English edition? Try its home page.' }).click()
  await expect(page).toHaveURL(/\/blog\/en\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
