import { expect, test } from '@playwright/test'
import { parseStrictFeed, readStrictSitemap } from './strict-feed'

const SITE = 'https://megazonedsg.github.io'
const titles = [3, 2, 1].map((n) => `${n}# KubeCon + CloudNativeCon North America 2019 참가기`)

test('a feed reader subscribes to /feed.xml (RSS 2.0, the old blog’s path) and gets full posts', async ({
  request,
}) => {
  const response = await request.get('/feed.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  expect(xml).toContain('<rss version="2.0"')
  const feed = parseStrictFeed(xml)
  expect(feed.title).toBe('메가존 웹서비스 부문 기술 블로그')
  expect(feed.items.map((item) => item.title)).toEqual(titles)
  const first = feed.items[2]!
  expect(first.url).toBe(`${SITE}/kubecon-1/`)
  expect(first.published?.toISOString()).toBe('2019-12-05T16:00:00.000Z')
  expect(first.authors.map((a) => a.name)).toEqual(['박승필'])
  expect(first.categories.map((c) => c.label ?? c.term)).toEqual(['news'])
  // Full content, with links made absolute (the old-domain link to part 2 now points at the new page).
  expect(first.content).toContain('컨테이너 오케스트레이션')
  expect(first.content).toContain(`href="${SITE}/kubecon-2/"`)
  expect(first.content).not.toMatch(/href="\/(?!\/)/)
})

test('Atom and JSON Feed carry the same posts', async ({ request }) => {
  const atom = parseStrictFeed(await (await request.get('/atom.xml')).text())
  expect(atom.items.map((item) => item.title)).toEqual(titles)
  expect(atom.items[0]?.url).toBe(`${SITE}/kubecon-3/`)
  const json = (await (await request.get('/feed.json')).json()) as {
    version: string
    items: { title: string; url: string; content_html: string }[]
  }
  expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//)
  expect(json.items.map((item) => item.title)).toEqual(titles)
  expect(json.items[0]?.content_html).toContain('San Diego')
})

test('tag, category, series and author pages have feeds of their own, linked from the page', async ({
  page,
  request,
}) => {
  for (const path of ['/tags/news/', '/categories/news/', '/series/kubecon-na-2019/', '/authors/seungpilpark/']) {
    await page.goto(path)
    const own = page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${SITE}${path}feed.xml"]`)
    await expect(own, path).toHaveCount(1)
    const feed = parseStrictFeed(await (await request.get(`${path}feed.xml`)).text())
    expect(feed.url).toBe(`${SITE}${path}`)
    expect(feed.items.length, path).toBeGreaterThan(0)
  }
})

test('every page links the blog’s three feeds', async ({ page }) => {
  for (const path of ['/', '/kubecon-1/', '/archive/', '/this-is-missing/']) {
    await page.goto(path)
    for (const [type, file] of [
      ['application/rss+xml', 'feed.xml'],
      ['application/atom+xml', 'atom.xml'],
      ['application/feed+json', 'feed.json'],
    ]) {
      await expect(
        page.locator(`link[rel="alternate"][type="${type}"][href="${SITE}/${file}"]`),
        `${path} ${type}`,
      ).toHaveCount(1)
    }
  }
})

test('the sitemap lists every post with its last modification, and robots.txt points to it', async ({ request }) => {
  const sitemap = readStrictSitemap(await (await request.get('/sitemap.xml')).text())
  for (const [slug, time] of [
    ['kubecon-1', '01'],
    ['kubecon-2', '02'],
    ['kubecon-3', '03'],
  ]) {
    expect(sitemap.get(`${SITE}/${slug}/`)).toBe(`2019-12-06T${time}:00:00+09:00`)
  }
  for (const path of [
    '/tags/news/',
    '/categories/news/',
    '/series/kubecon-na-2019/',
    '/authors/seungpilpark/',
    '/archive/',
  ]) {
    expect(sitemap.has(`${SITE}${path}`), path).toBe(true)
  }
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`)
})

test('a shared post link carries absolute OpenGraph, Twitter and JSON-LD metadata', async ({ page }) => {
  await page.goto('/kubecon-2/')
  const meta = (selector: string) => page.locator(selector).getAttribute('content')
  expect(await meta('meta[property="og:title"]')).toBe(titles[1])
  expect(await meta('meta[property="og:url"]')).toBe(`${SITE}/kubecon-2/`)
  expect(await meta('meta[property="og:locale"]')).toBe('ko_KR')
  expect(await meta('meta[property="og:type"]')).toBe('article')
  expect(await meta('meta[property="article:published_time"]')).toBe('2019-12-06T02:00:00+09:00')
  expect(await meta('meta[property="article:author"]')).toBe(`${SITE}/authors/seungpilpark/`)
  expect(await meta('meta[property="article:tag"]')).toBe('news')
  expect(await meta('meta[name="twitter:card"]')).toMatch(/^summary/)
  expect(await meta('meta[name="description"]')).toBe('KubeCon + CloudNativeCon North America 2019 참가기')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/kubecon-2/`)
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd).toMatchObject({
    '@type': 'BlogPosting',
    headline: titles[1],
    datePublished: '2019-12-06T02:00:00+09:00',
    author: { name: '박승필' },
  })
})
