import { expect, test } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'

// Reading posts imported from e2e/fixtures/jekyll-site: converted Liquid, copied assets, raw HTML
// and links between posts (Liquid tags and absolute links to the old domain) all work.

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test('the home page lists the published posts, the two written at the same time in URL order', async ({ page }) => {
  await page.goto('/')
  const titles = page.locator('.post-card__title')
  await expect(titles).toHaveCount(10)
  await expect(titles).toContainText(['1# 쿠버네티스 시작하기', '2# 쿠버네티스 시작하기', '[공지] 블로그를 옮깁니다'])
  await expect(page.getByText('쓰다 만 글')).toHaveCount(0)
})

test('a Liquid highlight block reads as highlighted code, raw Liquid kept, and an unknown language stays plain', async ({
  page,
}) => {
  const console = watchConsole(page)
  await page.goto('/Kubernetes-Highlight/')
  await expect(page.locator('.post-byline__author')).toHaveText('이소라')
  const ruby = page.locator('pre[data-language="ruby"] code')
  await expect(ruby).toContainText('def create_pod(name)')
  await expect(ruby.locator('.hljs-keyword').first()).toHaveText('def')
  await expect(page.locator('pre[data-language="yaml"] code')).toHaveText('image: {{ .Values.image.repository }}')
  await expect(page.getByText('{% highlight')).toHaveCount(0)

  await page.getByRole('link', { name: '2편' }).click()
  await expect(page).toHaveURL(/\/kubernetes-part-2\/$/)
  const hcl = page.locator('pre[data-language="hcl2"] code')
  await expect(hcl).toContainText('resource "cluster" "main"')
  await expect(hcl.locator('[class^="hljs-"]')).toHaveCount(0)
  await page.getByRole('link', { name: '1편' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1# 쿠버네티스 시작하기')
  console.expectNoErrors()
})

test('images copied from the old assets load, sized raw HTML images keep their width', async ({ page }) => {
  const console = watchConsole(page)
  await page.goto('/%EA%B3%B5%EC%A7%80-%EB%B8%94%EB%A1%9C%EA%B7%B8%EB%A5%BC-%EC%98%AE%EA%B9%81%EB%8B%88%EB%8B%A4/')
  const diagram = page.getByRole('img', { name: '구성도', exact: true })
  const small = page.getByRole('img', { name: '작은 구성도' })
  for (const image of [diagram, small]) {
    await expect(image).toBeVisible()
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240)
  }
  await expect(small).toHaveAttribute('width', '120')
  const checklist = await page.request.get(
    (await page.getByRole('link', { name: '점검 목록' }).getAttribute('href')) ?? '',
  )
  expect(await checklist.text()).toContain('예약 인스턴스 확인')
  console.expectNoErrors()
})

test('links to the old domain and Liquid links lead to the imported posts and pages', async ({ page }) => {
  const notice = '/%EA%B3%B5%EC%A7%80-%EB%B8%94%EB%A1%9C%EA%B7%B8%EB%A5%BC-%EC%98%AE%EA%B9%81%EB%8B%88%EB%8B%A4/'
  await page.goto(notice)
  await page.getByRole('link', { name: 'AWS 비용 최적화 1편' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화 (1/2)')
  await page.getByRole('link', { name: '2편' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화 (2/2)')
  await page.getByRole('link', { name: '1편' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS 비용 최적화 (1/2)')

  for (const [name, url, title] of [
    ['블로그 소개', /\/about\/$/, '소개'],
    ['소개 페이지', /\/about\/$/, '소개'],
    ['연락처', /\/contact\/$/, '연락처'],
  ] as const) {
    await page.goto(notice)
    await page.getByRole('link', { name, exact: true }).click()
    await expect(page).toHaveURL(url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  }
  await expect(page.getByRole('link', { name: 'blog@example.com' })).toHaveAttribute('href', 'mailto:blog@example.com')
  await page.goto('/about/')
  await page.getByRole('link', { name: '블로그를 옮깁니다' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('[공지] 블로그를 옮깁니다')
})

test('kramdown attribute lists keep image sizes and centred captions; footnotes, abbreviations, site values and Gist links work', async ({
  page,
}) => {
  const console = watchConsole(page)
  await page.goto('/kramdown-syntax/')
  const article = page.locator('article.post')
  // An English post says so, so screen readers read it with an English voice.
  await expect(article).toHaveAttribute('lang', 'en')
  await expect(article).toContainText('This post was first published on 메가존 웹서비스 부문 기술 블로그.')
  // Written in prose, not as code: kramdown passed it to the browser as an unknown tag and readers lost it.
  await expect(article).toContainText('The cache keeps a Map<String, Long> of sizes.')
  for (const syntax of ['{:', '{{', '{%', '*[HTML]', 'TOC']) await expect(article).not.toContainText(syntax)

  const wide = page.getByRole('img', { name: 'Wide diagram' })
  await expect(wide).toBeVisible()
  const share = await wide.evaluate(
    (img) => img.getBoundingClientRect().width / (img.parentElement?.getBoundingClientRect().width ?? 1),
  )
  expect(share).toBeCloseTo(0.4, 2)
  // Sized by height alone on the old blog: the same height, the picture's shape kept.
  const short = page.getByRole('img', { name: 'Short diagram' })
  await expect
    .poll(() =>
      short.evaluate((img) => [
        Math.round(img.getBoundingClientRect().width),
        Math.round(img.getBoundingClientRect().height),
      ]),
    )
    .toEqual([120, 60])

  const caption = page.getByText('Figure 1. The diagram, explained')
  await expect(caption).toHaveCSS('text-align', 'center')
  await expect(caption).toHaveCSS('font-style', 'italic')
  await expect(page.getByRole('table')).toBeVisible()

  await expect(page.locator('abbr', { hasText: 'HTML' })).toHaveAttribute('title', 'HyperText Markup Language')
  await expect(page.locator('abbr', { hasText: 'CSS' })).toHaveAttribute('title', 'Cascading Style Sheets')
  await page.locator('a[data-footnote-ref]').click()
  await expect(page.locator(':target')).toContainText('Prices as of 2021.')

  await expect(page.getByText('Inlined from _includes (메가존 웹서비스 부문 기술 블로그)')).toBeVisible()
  for (const name of ['GitHub Gist 코드 보기: sora-example/0a1b2c3d4e', 'GitHub Gist 코드 보기: deploy.sh']) {
    await expect(page.getByRole('link', { name })).toHaveAttribute(
      'href',
      'https://gist.github.com/sora-example/0a1b2c3d4e',
    )
  }
  // kramdown's display formula, written on its delimiters' lines, is typeset, and the post goes on after it.
  await expect(page.locator('.katex-display')).toHaveCount(1)
  await expect(page.locator('.katex-display annotation')).toContainText('\\text{otherwise}')
  await expect(page.getByRole('heading', { name: 'A heading two levels down', level: 3 })).toBeVisible()
  await expect(page.getByText('Source: [the paper](the paper on noisy labels)')).toBeVisible()
  // `<a name="two-down" />` no longer swallows the list after it into a link.
  await expect(page.getByRole('listitem').filter({ hasText: 'still a list' })).toHaveCount(1)
  await expect(page.getByRole('link', { name: /still a list/ })).toHaveCount(0)
  await expect(page.getByRole('img', { name: 'Fixed diagram' })).toHaveAttribute('width', '120')
  // `tag:` and `cover_image:` read as the old theme read them.
  await expect(page.locator('.post .term-links--tags')).toContainText('#math')
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/assets\/images\/diagram\.png$/)
  await page.getByRole('link', { name: 'Back to the appendix' }).click()
  await expect(page.getByRole('heading', { name: 'Appendix' })).toBeInViewport()
  console.expectNoErrors()
})

test('pages show the old site’s values, and a form the blog cannot send is gone, the mail link kept', async ({
  page,
}) => {
  await page.goto('/privacy-policy/')
  await expect(page.locator('article')).toContainText(
    '메가존 웹서비스 부문 기술 블로그는 방문자의 개인정보를 모으지 않습니다.',
  )
  await expect(page.locator('article')).not.toContainText('{{')
  await page.goto('/contact/')
  await expect(page.getByRole('link', { name: 'blog@example.com' })).toHaveAttribute('href', 'mailto:blog@example.com')
  await expect(page.locator('article input, article form, article button')).toHaveCount(0)
})
