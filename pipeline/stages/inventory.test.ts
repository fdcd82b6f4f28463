import { describe, expect, it } from 'vitest'
import { findMissingPosts, postsFromSources, toSitePath } from './inventory'

const options = { now: new Date('2024-01-01T00:00:00+09:00'), includeDrafts: false, includeFuture: false }
const post = (name: string, front = '') => ({
  path: `content/posts/${name}`,
  text: `---\ntitle: 글\n${front}---\n본문\n`,
})

describe('postsFromSources', () => {
  it('reads slug, date and draft from the files as Contentlayer does', () => {
    const posts = postsFromSources([
      post("2020-05-02-let's-go.md"),
      post('2020-01-01-a.md', 'slug: 다른 주소\ndraft: true\n'),
      post('notes.txt'),
    ])
    expect(posts).toEqual([
      {
        file: "content/posts/2020-05-02-let's-go.md",
        slug: "let's-go",
        url: "/let's-go/",
        publishedAt: '2020-05-02T00:00:00+09:00',
        isDraft: false,
        edition: '',
      },
      {
        file: 'content/posts/2020-01-01-a.md',
        slug: '다른-주소',
        url: '/다른-주소/',
        publishedAt: '2020-01-01T00:00:00+09:00',
        isDraft: true,
        edition: '',
      },
    ])
  })
})

describe('findMissingPosts', () => {
  const posts = postsFromSources([
    post('2020-01-01-old.md'),
    post('2020-01-02-new.md'),
    post('2020-01-03-draft.md', 'draft: true\n'),
    post('2030-01-01-future.md'),
  ])
  const everywhere = new Set(['/old/', '/new/'])

  it('finds nothing when every published post is everywhere', () => {
    expect(
      findMissingPosts(posts, options, { pages: everywhere, feed: everywhere, search: everywhere }, 20).missing,
    ).toEqual([])
  })

  it('names the file of a published post missing from any output, and only those', () => {
    const { published, missing } = findMissingPosts(
      posts,
      options,
      { pages: new Set(['/new/']), feed: new Set(['/new/']), search: everywhere },
      20,
    )
    expect(published.map((p) => p.slug)).toEqual(['new', 'old'])
    expect(missing).toEqual([
      { file: 'content/posts/2020-01-01-old.md', url: '/old/', missingFrom: ['페이지', '피드'] },
    ])
  })

  it('names a published post without its Markdown twin or missing from llms.txt', () => {
    const found = {
      pages: everywhere,
      feed: everywhere,
      search: everywhere,
      twins: new Set(['/new/']),
      llms: new Set(['/old/']),
    }
    expect(findMissingPosts(posts, options, found, 20).missing).toEqual([
      { file: 'content/posts/2020-01-02-new.md', url: '/new/', missingFrom: ['llms.txt'] },
      { file: 'content/posts/2020-01-01-old.md', url: '/old/', missingFrom: ['Markdown 사본'] },
    ])
  })

  it('expects only the newest posts in the feed', () => {
    expect(
      findMissingPosts(posts, options, { pages: everywhere, feed: new Set(['/new/']), search: everywhere }, 1).missing,
    ).toEqual([])
  })
})

describe('toSitePath', () => {
  it('decodes once and drops the origin and the base path', () => {
    expect(toSitePath('https://blog.example.com/blog/%ED%95%9C%EA%B8%80/', '/blog')).toBe('/한글/')
    expect(toSitePath("/blog/let's-go/", '/blog')).toBe("/let's-go/")
    expect(toSitePath('/100%25/', '')).toBe('/100%/')
  })
})
