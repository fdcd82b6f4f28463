import { describe, expect, it } from 'vitest'
import type { IndexedPage } from './convert-page'
import type { IndexedPost } from './convert-post'
import { buildResolver, buildSiteIndex } from './site-index'

const post = (source: string, url: string, draft = false) => ({ source, url, draft }) as IndexedPost
const page = (source: string, permalink: string, url: string) => ({ source, permalink, route: { url } }) as IndexedPage
const posts = [
  post('_posts/2021/2021-03-02-AWS 비용 최적화, 1편 (EC2).md', '/AWS-비용-최적화,-1편-(EC2)/'),
  post('_posts/2019-01-01-draft.markdown', '/draft/', true),
]
const pages = [page('_pages/about.md', '/about/', '/about/'), page('contact.html', '/contact.html', '/contact/')]
const files = new Set(['/assets/files/my list.txt'])

describe('buildResolver', () => {
  const resolver = buildResolver(posts, pages, files)

  it('finds posts for post_url by file name, whatever folder or extension', () => {
    expect(resolver.postUrl('2021-03-02-AWS 비용 최적화, 1편 (EC2)')).toBe('/AWS-비용-최적화,-1편-(EC2)/')
    expect(resolver.postUrl('  2019-01-01-draft ')).toBe('/draft/')
    expect(resolver.postUrl('2019-01-01-nope')).toBeNull()
  })

  it('finds posts, pages and plain files for link by their path in the site', () => {
    expect(resolver.linkUrl('_posts/2019-01-01-draft.markdown')).toBe('/draft/')
    expect(resolver.linkUrl('contact.html')).toBe('/contact/')
    expect(resolver.linkUrl('/_pages/about.md')).toBe('/about/')
    expect(resolver.linkUrl('assets/files/my list.txt')).toBe('/assets/files/my%20list.txt')
    expect(resolver.linkUrl('missing.md')).toBeNull()
  })
})

describe('buildSiteIndex', () => {
  it('knows the old post URLs, both addresses of each page, and the blog’s own routes', () => {
    const index = buildSiteIndex(posts, pages, files, ['https://old.example'])
    expect([...index.posts.entries()]).toEqual([
      ['/AWS-비용-최적화,-1편-(EC2)/', { draft: false }],
      ['/draft/', { draft: true }],
    ])
    expect([...index.pages]).toEqual(['/about/', '/contact.html', '/contact/'])
    expect(index.routes.has('/tags.html')).toBe(true)
    expect(index.hasFile('/assets/files/my list.txt')).toBe(true)
  })
})
