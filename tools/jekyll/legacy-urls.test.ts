import { describe, expect, it } from 'vitest'
import { builtFeedFiles, formatLegacyUrls, planLegacyUrls, readFeedIds } from './legacy-urls'

describe('readFeedIds', () => {
  it('takes each post’s id from the old feeds as written, by the path of its link', () => {
    const rss =
      '<rss><channel><item><link>https://team.github.io/blog/a-%26-b/</link><guid isPermaLink="true">https://team.github.io/blog/a-&amp;-b/</guid></item><item><link>/only-link/</link></item></channel></rss>'
    const atom =
      '<feed><entry><title>x</title><link href="https://team.github.io/blog/2020/01/01/%ED%95%9C.html" rel="alternate" type="text/html" /><id>https://team.github.io/blog/2020/01/01/한</id></entry></feed>'
    const ids = readFeedIds(
      [
        { path: 'rss.xml', text: rss },
        { path: 'feed.xml', text: atom },
      ],
      '/blog',
    )
    expect(Object.fromEntries(ids)).toEqual({
      '/a-&-b/': 'https://team.github.io/blog/a-&-b/',
      '/only-link/': '/only-link/',
      '/2020/01/01/한.html': 'https://team.github.io/blog/2020/01/01/한',
    })
  })
})

describe('planLegacyUrls', () => {
  it('lists the old paginator pages and the old feeds with the blog’s page or feed that answers each', () => {
    const urls = planLegacyUrls({
      paginate: { perPage: 2, path: '/blog/page:num/' },
      postCount: 5,
      feeds: [
        { path: 'rss.xml', text: '<rss></rss>' },
        { path: 'feed.xml', text: '<feed xmlns="http://www.w3.org/2005/Atom"></feed>' },
        { path: 'feed.json', text: null },
      ],
    })
    expect(urls).toEqual({
      redirects: { '/blog/page2/': '/page/2/', '/blog/page3/': '/page/3/' },
      feeds: { '/rss.xml': '/feed.xml', '/feed.xml': '/atom.xml', '/feed.json': '/feed.json' },
    })
    expect(formatLegacyUrls({ redirects: {}, feeds: {} })).toBeNull()
    expect(formatLegacyUrls(urls)).toContain('redirects:\n  /blog/page2/: /page/2/')
  })
})

describe('builtFeedFiles', () => {
  const build = (files: Record<string, string>) => (file: string) => files[file] ?? null

  it('finds the feed the home page advertised wherever the site kept it, beside the usual names', () => {
    const read = build({
      'index.html':
        '<head><link href="/blog/atom.xml" rel="alternate" title="블로그" type="application/atom+xml" /></head>',
      'blog/atom.xml': '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
      'feed.xml': '<?xml version="1.0"?><rss version="2.0"></rss>',
      'sitemap.xml': '<?xml version="1.0"?><urlset></urlset>',
    })
    expect(builtFeedFiles(read)).toEqual(['feed.xml', 'blog/atom.xml'])
  })

  it('reads an advertised address under a base path or another origin as the build’s file', () => {
    const read = build({
      'index.html': '<link rel="alternate" type="application/rss+xml" href="https://old.example/base/rss/posts.xml">',
      'rss/posts.xml': '<rss version="2.0"></rss>',
    })
    expect(builtFeedFiles(read)).toEqual(['rss/posts.xml'])
  })

  it('reads an advertised folder address as the index.html the host answered it with', () => {
    const read = build({
      'index.html': '<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">',
      'feed/index.html': '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>',
    })
    expect(builtFeedFiles(read)).toEqual(['feed/index.html'])
    // A folder whose index.html is a page is no feed.
    expect(
      builtFeedFiles(build({ ...{ 'index.html': read('index.html') ?? '' }, 'feed/index.html': '<html></html>' })),
    ).toEqual([])
  })

  it('leaves out a file of a feed’s name that is not a feed', () => {
    expect(builtFeedFiles(build({ 'index.xml': '<urlset></urlset>' }))).toEqual([])
  })
})
