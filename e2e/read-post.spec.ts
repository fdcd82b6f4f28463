import { expect, test } from '@playwright/test'
import { blockExternalRequests, watchConsole } from './helpers'

const KUBECON = [
  {
    url: '/kubecon-3/',
    title: '3# KubeCon + CloudNativeCon North America 2019 참가기',
    time: '2019-12-06T03:00:00+09:00',
  },
  {
    url: '/kubecon-2/',
    title: '2# KubeCon + CloudNativeCon North America 2019 참가기',
    time: '2019-12-06T02:00:00+09:00',
  },
  {
    url: '/kubecon-1/',
    title: '1# KubeCon + CloudNativeCon North America 2019 참가기',
    time: '2019-12-06T01:00:00+09:00',
  },
]

test.beforeEach(async ({ page }) => {
  await blockExternalRequests(page)
})

test('the home page lists the three KubeCon posts, newest first', async ({ page }) => {
  const console = watchConsole(page)
  await page.goto('/')
  await expect(page).toHaveTitle(/메가존 웹서비스 부문 기술 블로그/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  const titles = page.locator('.post-card__title')
  await expect(titles).toHaveText(KUBECON.map((p) => p.title))
  await expect(page.locator('.post-card time').first()).toHaveText('2019년 12월 6일')
  console.expectNoErrors()
})

for (const post of KUBECON) {
  test(`${post.url} shows its title, Korean date, author and tags`, async ({ page }) => {
    const console = watchConsole(page)
    const response = await page.goto(post.url)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title)
    await expect(page).toHaveTitle(new RegExp(post.title.replace(/[+#]/g, '\\$&')))
    const time = page.locator('.post__header time')
    await expect(time).toHaveText('2019년 12월 6일')
    await expect(time).toHaveAttribute('datetime', post.time)
    await expect(page.locator('.post__header .post-byline__author')).toHaveText('박승필')
    // `news` once: as the tag, or as the category when the post has both (the header leaves the repeat out).
    const news = page.locator('.post__header').getByRole('link', { name: /^#?news$/ })
    await expect(news).toHaveCount(1)
    await expect(news).toHaveAttribute('href', /^\/(tags|categories)\/news\/$/)
    await expect(page.locator('.post__header')).toContainText(/\d+분 읽기/)
    console.expectNoErrors()
  })
}

test('a post reached from the home page renders its Markdown faithfully', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: KUBECON[2]!.title }).click()
  await expect(page).toHaveURL(/\/kubecon-1\/$/)
  const body = page.locator('.prose')
  // The author's `#` sections become h2 under the page's single h1, with Hangul ids kept.
  await expect(page.locator('h1')).toHaveCount(1)
  const section = body.locator('h2#kubernetes와-cloud-native-란')
  await expect(section).toHaveText(/Kubernetes와 Cloud Native 란\?/)
  await expect(section.locator('a.heading-anchor')).toHaveAttribute('href', '#kubernetes와-cloud-native-란')
  await expect(body.locator('ol > li')).toHaveCount(10)
  await expect(body.locator('blockquote')).toContainText('명확한 결론')
  const image = body.locator('img').first()
  await expect(image).toHaveAttribute('loading', 'lazy')
  await expect(image).toHaveAttribute('alt', '')
  const external = body.locator('a[href^="https://www.cncf.io"]')
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer')
})

test('links to the old blog domain inside posts lead to the new pages', async ({ page }) => {
  await page.goto('/kubecon-1/')
  await page
    .locator('.prose')
    .getByRole('link', { name: '2# KubeCon + CloudNativeCon North America 2019 참가기' })
    .click()
  await expect(page).toHaveURL(/\/kubecon-2\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KUBECON[1]!.title)
})

test('code blocks are highlighted where the language is known', async ({ page }) => {
  await page.goto('/kubecon-2/')
  const proto = page.locator('pre[data-language="protobuf"] code')
  await expect(proto).toContainText('HelloRequest')
  await expect(proto.locator('.hljs-keyword').first()).toBeVisible()
})

test('a post whose tag repeats its category shows that word once in its header', async ({ page }) => {
  await page.goto('/kubecon-2/')
  const header = page.locator('.post__header')
  await expect(header.getByRole('link', { name: 'news', exact: true })).toHaveCount(1)
  await expect(header.getByRole('link', { name: '#news' })).toHaveCount(0)
  // The tag page still lists it: the tag is only left out of the header.
  await page.goto('/tags/news/')
  await expect(page.getByRole('link', { name: /2# KubeCon/ }).first()).toBeVisible()
})
