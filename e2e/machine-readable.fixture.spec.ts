import { expect, test } from '@playwright/test'
import { parseStrictFeed, readStrictSitemap } from './strict-feed'

// Fixture site (SITE_URL=https://blog.example.com, BASE_PATH=/blog). The post
// e2e/fixtures/content/posts/2018-06-01-strict-xml.md puts R&D, <b>, quotes, ]]> (twice, in the
// description and the body), C++, node.js and Hangul with spaces into its tags, category, series
// and author. npm run test:outputs checks every file with the validators' full rules; this spec
// follows what a crawler and a feed reader do with them.
const SITE = 'https://blog.example.com/blog'
const TITLE = `기계가 읽는 파일 ]]> 검사: R&D <b>굵게</b> "따옴표" 'it's'`
const DESCRIPTION = '설명의 첫 ]]> 와 둘째 ]]> 사이에 R&D, <b>태그</b>, "따옴표", C++, node.js'
const TERM_PAGES = [
  'tags/r&d/',
  'tags/b/',
  'tags/c++/',
  'tags/node.js/',
  "tags/it's/",
  'tags/%EB%8D%B0%EC%9D%B4%ED%84%B0-%EC%97%94%EC%A7%80%EB%8B%88%EC%96%B4%EB%A7%81-%EC%9E%85%EB%AC%B8/',
  'categories/r&d-b-%EC%97%B0%EA%B5%AC-b/',
  'series/c++-node.js/',
  'authors/r&d-lab/',
]

test('the sitemap is valid for its schema and every URL in it, percent-encoded once, opens its page', async ({
  request,
}) => {
  const sitemap = readStrictSitemap(await (await request.get('sitemap.xml')).text())
  for (const page of TERM_PAGES) expect(sitemap.has(`${SITE}/${page}`), page).toBe(true)
  expect(sitemap.get(`${SITE}/strict-xml/`)).toBe('2018-06-01T09:00:00+09:00')
  for (const url of sitemap.keys()) {
    expect(url.startsWith(`${SITE}/`), url).toBe(true)
    const response = await request.get(url.slice(`${SITE}/`.length))
    expect(response.status(), url).toBe(200)
  }
})

test('RSS and Atom keep ]]>, <b>, & and quotes as text, for a strict feed reader', async ({ request }) => {
  for (const file of ['feed.xml', 'atom.xml']) {
    const feed = parseStrictFeed(await (await request.get(file)).text())
    const item = feed.items.find((entry) => entry.url === `${SITE}/strict-xml/`)
    expect(item?.title, file).toBe(TITLE)
    expect(item?.description, file).toBe(DESCRIPTION)
    expect(item?.content, file).toContain('CDATA를 끝내는 ]]> 가 한 번, 그리고 ]]> 가 또 한 번')
    expect(
      item?.categories.map((c) => c.label ?? c.term),
      file,
    ).toEqual(['R&D <b>"연구"</b>', 'R&D', '<b>', 'C++', 'node.js', '데이터 엔지니어링 입문', '"따옴표" 태그', "it's"])
    expect(
      item?.authors.map((a) => a.name),
      file,
    ).toEqual(['R&D <b>"연구"</b> 팀'])
  }
})

test('the feed of every tag, category, series and author of the post is read strictly and names itself', async ({
  request,
}) => {
  for (const page of TERM_PAGES) {
    const feed = parseStrictFeed(await (await request.get(`${page}feed.xml`)).text())
    expect(feed.url, page).toBe(`${SITE}/${page}`)
    expect(
      feed.items.map((item) => item.title),
      page,
    ).toContain(TITLE)
    expect(feed.self, page).toBe(`${SITE}/${page}feed.xml`)
  }
})

test('JSON Feed and JSON-LD carry the same text', async ({ request, page }) => {
  const json = (await (await request.get('feed.json')).json()) as {
    version: string
    items: { id: string; title: string; summary: string; authors: { name: string; url: string }[]; tags: string[] }[]
  }
  expect(json.version).toBe('https://jsonfeed.org/version/1.1')
  const item = json.items.find((i) => i.id === `${SITE}/strict-xml/`)
  expect(item?.title).toBe(TITLE)
  expect(item?.summary).toBe(DESCRIPTION)
  expect(item?.authors).toEqual([{ name: 'R&D <b>"연구"</b> 팀', url: `${SITE}/authors/r&d-lab/` }])
  await page.goto('strict-xml/')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd).toMatchObject({
    '@type': 'BlogPosting',
    headline: TITLE,
    description: DESCRIPTION,
    url: `${SITE}/strict-xml/`,
    datePublished: '2018-06-01T09:00:00+09:00',
    author: { name: 'R&D <b>"연구"</b> 팀', url: `${SITE}/authors/r&d-lab/` },
  })
})
