import { describe, expect, it } from 'vitest'
import { xmllintErrors } from '../../scripts/test-support/strict-xml'
import { feedSummary, renderFeed, type FeedPost } from './feeds'
import { absoluteUrl } from '../config'

const post = (overrides: Partial<FeedPost> = {}): FeedPost => ({
  title: '쿠버네티스 도입기',
  url: '/k8s/',
  publishedAt: '2024-03-02T10:00:00+09:00',
  html: () => '<p>본문 전체</p>',
  plainText: () => '본문 전체',
  authors: [{ name: '박승필', url: absoluteUrl('/authors/seungpilpark/') }],
  terms: ['kubernetes'],
  ...overrides,
})
const scope = { title: '#kubernetes', description: '태그 kubernetes의 새 글', path: '/tags/kubernetes/' }

/** A post with everything that broke the old writer (xml-js under `feed`). */
const hostile = post({
  title: 'R&D <b>"따옴표"</b> ]]> 제목',
  url: '/tags/데이터 엔지니어링 입문/',
  description: '첫 ]]> 와 둘째 ]]> 사이',
  html: () => '<p>본문의 ]]> 하나, ]]> 둘, <code>&lt;b&gt;</code></p>',
  authors: [{ name: 'R&D <b>"연구"</b> 팀', url: absoluteUrl('/authors/r&d-lab/') }, { name: '공동 저자' }],
  terms: ['R&D', '<b>', '"따옴표"', 'C++', 'node.js', '데이터 엔지니어링 입문', ']]>'],
})

describe('renderFeed', () => {
  it('carries each post in full in the blog’s own feeds', () => {
    expect(renderFeed(scope, [post()], 'rss')).toContain('본문 전체&lt;/p&gt;')
  })

  it('carries a summary and never reads the body in a tag, series or author feed', () => {
    const body = () => {
      throw new Error('the body was read')
    }
    const rss = renderFeed(scope, [post({ description: '한 줄 요약', html: body })], 'rss', 'summary')
    expect(rss).toContain('<description>한 줄 요약</description>')
    expect(rss).not.toContain('content:encoded')
  })

  it('writes well-formed RSS and Atom whatever the text holds: ]]> twice, < in a category, & and quotes', () => {
    for (const format of ['rss', 'atom'] as const) {
      for (const content of ['full', 'summary'] as const) {
        const xml = renderFeed(scope, [hostile, post()], format, content)
        expect(xmllintErrors(xml), `${format} ${content}`).toBe('')
        expect(xml).not.toContain('CDATA')
      }
    }
    const atom = renderFeed(scope, [hostile], 'atom')
    expect(atom).toContain('<category term="&lt;b&gt;"/>')
    expect(atom).toContain('<title type="text">R&amp;D &lt;b&gt;"따옴표"&lt;/b&gt; ]]&gt; 제목</title>')
  })

  it('drops characters XML cannot hold at all instead of writing an unreadable file', () => {
    const xml = renderFeed(scope, [post({ title: 'a\u0000b\u0008c\uFFFEd\uD800e' })], 'rss')
    expect(xmllintErrors(xml)).toBe('')
    expect(xml).toContain('<title>abcde</title>')
  })

  it('writes RFC 822 dates in RSS, RFC 3339 with the post’s offset in Atom and JSON Feed', () => {
    const rss = renderFeed(scope, [post({ updatedAt: '2024-03-05T09:00:00+09:00' })], 'rss')
    expect(rss).toContain('<pubDate>Sat, 02 Mar 2024 01:00:00 GMT</pubDate>')
    expect(rss).toContain('<lastBuildDate>Tue, 05 Mar 2024 00:00:00 GMT</lastBuildDate>')
    const atom = renderFeed(scope, [post({ updatedAt: '2024-03-05T09:00:00+09:00' })], 'atom')
    expect(atom).toContain('<published>2024-03-02T10:00:00+09:00</published>')
    expect(atom).toContain('<updated>2024-03-05T09:00:00+09:00</updated>')
  })

  it('links each feed to itself with absolute, percent-encoded URLs', () => {
    const hangul = { ...scope, path: '/tags/비용 최적화/' }
    const rss = renderFeed(hangul, [hostile], 'rss')
    expect(rss).toContain(
      `<atom:link href="${absoluteUrl('/tags/비용 최적화/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    )
    expect(absoluteUrl('/tags/비용 최적화/feed.xml')).toMatch(
      /\/tags\/%EB%B9%84%EC%9A%A9%20%EC%B5%9C%EC%A0%81%ED%99%94\/feed\.xml$/,
    )
    expect(rss).not.toMatch(/<link>[^<]*[가-힣 ]/)
    const atom = renderFeed(hangul, [hostile], 'atom')
    expect(atom).toContain(
      `<link rel="self" type="application/atom+xml" href="${absoluteUrl('/tags/비용 최적화/atom.xml')}"/>`,
    )
  })

  it('names every author: dc:creator in RSS, author with uri in Atom, authors in JSON Feed', () => {
    const rss = renderFeed(scope, [hostile], 'rss')
    expect(rss).toContain('<dc:creator>R&amp;D &lt;b&gt;"연구"&lt;/b&gt; 팀</dc:creator>')
    expect(rss).toContain('<dc:creator>공동 저자</dc:creator>')
    const atom = renderFeed(scope, [hostile], 'atom')
    expect(atom).toContain(`<uri>${absoluteUrl('/authors/r&d-lab/').replace('&', '&amp;')}</uri>`)
    const json = JSON.parse(renderFeed(scope, [hostile], 'json'))
    expect(json.items[0].authors).toEqual([
      { name: 'R&D <b>"연구"</b> 팀', url: absoluteUrl('/authors/r&d-lab/') },
      { name: '공동 저자' },
    ])
  })

  it('keeps an imported guid byte for byte as the RSS guid, Atom id and JSON Feed id', () => {
    const guid = 'tag:old.example.com,2019:/kubecon-1 &amp; "x"'
    const rss = renderFeed(scope, [post({ guid })], 'rss')
    expect(rss).toContain('<guid isPermaLink="false">tag:old.example.com,2019:/kubecon-1 &amp;amp; "x"</guid>')
    expect(renderFeed(scope, [post()], 'rss')).toContain(`<guid isPermaLink="true">${absoluteUrl('/k8s/')}</guid>`)
    expect(renderFeed(scope, [post({ guid: absoluteUrl('/k8s/') })], 'rss')).toContain('isPermaLink="true"')
    expect(renderFeed(scope, [post({ guid })], 'atom')).toContain(
      '<id>tag:old.example.com,2019:/kubecon-1 &amp;amp; "x"</id>',
    )
    expect(JSON.parse(renderFeed(scope, [post({ guid })], 'json')).items[0].id).toBe(guid)
  })

  it('gives the same bytes for the same posts', () => {
    for (const format of ['rss', 'atom', 'json'] as const)
      expect(renderFeed(scope, [hostile, post()], format)).toBe(renderFeed(scope, [hostile, post()], format))
  })

  it('names the site as author in Atom when an entry names none (Atom requires one)', () => {
    expect(renderFeed(scope, [post({ authors: [] })], 'atom')).toMatch(/<\/rights>\n  <author>/)
    expect(renderFeed(scope, [post()], 'atom')).not.toMatch(/<\/rights>\n  <author>/)
  })

  it('names every author of a post written by several, in byline order, with their pages', () => {
    const authors = [{ name: '박승필', url: 'https://blog.example/authors/seungpilpark/' }, { name: '손다연' }]
    const atom = renderFeed(scope, [post({ authors })], 'atom')
    expect(atom).toMatch(
      /<author>\s*<name>박승필<\/name>\s*<uri>https:\/\/blog\.example\/authors\/seungpilpark\/<\/uri>\s*<\/author>\s*<author>\s*<name>손다연<\/name>\s*<\/author>/,
    )
    const rss = renderFeed(scope, [post({ authors })], 'rss')
    expect(rss.indexOf('박승필')).toBeGreaterThan(-1)
    expect(rss.indexOf('손다연')).toBeGreaterThan(rss.indexOf('박승필'))
  })
})

describe('feedSummary', () => {
  it('prefers the description, else cuts the text at a space with an ellipsis', () => {
    expect(feedSummary(post({ description: '요약' }))).toBe('요약')
    const summary = feedSummary(post({ plainText: () => '낱말 '.repeat(100) }))
    expect(summary.length).toBeLessThanOrEqual(161)
    expect(summary.endsWith('낱말…')).toBe(true)
  })
})
