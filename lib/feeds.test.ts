import { describe, expect, it } from 'vitest'
import { feedSummary, renderFeed, type FeedPost } from './feeds'

const post = (overrides: Partial<FeedPost> = {}): FeedPost => ({
  title: '쿠버네티스 도입기',
  url: '/k8s/',
  publishedAt: '2024-03-02T10:00:00+09:00',
  html: () => '<p>본문 전체</p>',
  plainText: () => '본문 전체',
  terms: ['kubernetes'],
  authors: [],
  ...overrides,
})
const scope = { title: '#kubernetes', description: '태그 kubernetes의 새 글', path: '/tags/kubernetes/' }

describe('renderFeed', () => {
  it('carries each post in full in the blog’s own feeds', () => {
    expect(renderFeed(scope, [post()], 'rss')).toContain('본문 전체</p>')
  })

  it('carries a summary and never reads the body in a tag, series or author feed', () => {
    const body = () => {
      throw new Error('the body was read')
    }
    const rss = renderFeed(scope, [post({ description: '한 줄 요약', html: body })], 'rss', 'summary')
    expect(rss).toContain('<description><![CDATA[한 줄 요약]]></description>')
    expect(rss).not.toContain('content:encoded')
  })

  it('names every author of a post written by several, in byline order, with their pages', () => {
    const authors = [{ name: '박승필', url: 'https://blog.example/authors/seungpilpark/' }, { name: '손다연' }]
    const atom = renderFeed(scope, [post({ authors })], 'atom')
    expect(atom).toMatch(/<author>\s*<name>박승필<\/name>\s*<uri>https:\/\/blog\.example\/authors\/seungpilpark\/<\/uri>\s*<\/author>\s*<author>\s*<name>손다연<\/name>\s*<\/author>/)
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
