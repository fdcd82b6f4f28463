import { describe, expect, it } from 'vitest'
import { xmllintErrors } from '../../scripts/test-support/strict-xml'
import { renderFeed, type FeedPost } from './feeds'
import { readLegacyFeedIds, renameFeedIds } from './legacy-feed-ids'
import { absoluteUrl } from '../config'

const post = (url: string, guid: string): FeedPost => ({
  title: `글 ${url}`,
  url,
  guid,
  publishedAt: '2012-07-10T09:00:00+09:00',
  html: () => '<p>본문</p>',
  plainText: () => '본문',
  authors: [],
  terms: [],
})
const scope = { title: '블로그', description: '새 글', path: '/' }
// The first old feed (atom.xml) named the posts by absolute ids; rss.xml by `{{ post.id }}`.
const posts = [post('/2012/07/10/ejm/', 'http://old.example/2012/07/10/ejm'), post('/r&d/', 'http://old.example/r&d')]
const ids = new Map([
  ['http://old.example/2012/07/10/ejm', '/2012/07/10/ejm'],
  ['http://old.example/r&d', '/r&d?x=<1>'],
])

describe('renameFeedIds', () => {
  it('gives the blog’s RSS the ids the old feed at that address used, and nothing else changes', () => {
    const rss = renderFeed(scope, posts, 'rss')
    const renamed = renameFeedIds(rss, '/rss.xml', ids)
    expect(renamed).toContain('<guid isPermaLink="false">/2012/07/10/ejm</guid>')
    expect(renamed).toContain('<guid isPermaLink="false">/r&amp;d?x=&lt;1&gt;</guid>')
    expect(renamed).not.toContain('http://old.example/')
    expect(renamed.replace(/<guid[^>]*>[^<]*<\/guid>/g, '')).toBe(rss.replace(/<guid[^>]*>[^<]*<\/guid>/g, ''))
    expect(xmllintErrors(renamed)).toBe('')
  })

  it('renames Atom entry ids and JSON Feed item ids, but never the feed’s own id', () => {
    const atom = renameFeedIds(renderFeed(scope, posts, 'atom'), '/atom.xml', ids)
    expect(atom).toContain('<id>/2012/07/10/ejm</id>')
    expect(atom).toContain(`<id>${absoluteUrl('/')}</id>`)
    expect(xmllintErrors(atom)).toBe('')
    const json = JSON.parse(renameFeedIds(renderFeed(scope, posts, 'json'), '/feed.json', ids)) as {
      items: { id: string }[]
    }
    expect(json.items.map((item) => item.id)).toEqual(['/2012/07/10/ejm', '/r&d?x=<1>'])
  })

  it('reads feed_ids: from content/legacy-urls.yml, leaving out what is not a map of ids', () => {
    const read = readLegacyFeedIds({ '/rss.xml': { a: 'b', c: 3 }, '/atom.xml': 'x', '/x.xml': null })
    expect([...read]).toEqual([['/rss.xml', new Map([['a', 'b']])]])
    expect(readLegacyFeedIds(undefined).size).toBe(0)
  })
})
