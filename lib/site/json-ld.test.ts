import { describe, expect, it } from 'vitest'
import { blogPostingJsonLd, serializeJsonLd } from './json-ld'

describe('serializeJsonLd', () => {
  it('cannot be broken out of by a title with </script> or an HTML comment', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> <!-- & "q"' })
    expect(json).not.toMatch(/[<>&]/)
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> <!-- & "q"' })
  })

  it('escapes line separators', () => {
    expect(serializeJsonLd({ a: 'x\u2028y' })).toBe('{"a":"x\\u2028y"}')
  })
})

describe('blogPostingJsonLd', () => {
  it('describes a post with author, dates in +09:00 and tags', () => {
    const data = blogPostingJsonLd({
      title: '1# KubeCon',
      url: 'https://blog.example/kubecon-1/',
      publishedAt: '2019-12-06T01:00:00+09:00',
      authors: [{ name: '박승필', url: 'https://blog.example/authors/seungpilpark/' }],
      tags: ['news'],
      publisher: { name: '블로그', url: 'https://blog.example/' },
      language: 'ko-KR',
    })
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: '1# KubeCon',
      datePublished: '2019-12-06T01:00:00+09:00',
      dateModified: '2019-12-06T01:00:00+09:00',
      author: { '@type': 'Person', name: '박승필', url: 'https://blog.example/authors/seungpilpark/' },
      keywords: 'news',
    })
  })

  const base = {
    title: '함께 쓴 글',
    url: 'https://blog.example/pair/',
    publishedAt: '2024-03-02T10:00:00+09:00',
    tags: [],
    publisher: { name: '블로그', url: 'https://blog.example/' },
    language: 'ko-KR',
  }

  it('names every author of a post written by several, as an array of people in byline order', () => {
    const data = blogPostingJsonLd({
      ...base,
      authors: [
        { name: '박승필', url: 'https://blog.example/authors/seungpilpark/' },
        { name: '손다연', url: 'https://blog.example/authors/dayeon/' },
        { name: '외부 필자' },
      ],
    })
    expect(data.author).toEqual([
      { '@type': 'Person', name: '박승필', url: 'https://blog.example/authors/seungpilpark/' },
      { '@type': 'Person', name: '손다연', url: 'https://blog.example/authors/dayeon/' },
      { '@type': 'Person', name: '외부 필자' },
    ])
  })

  it('names the publisher as the author when the post names nobody (search engines want one)', () => {
    expect(blogPostingJsonLd({ ...base, authors: [] }).author).toEqual({
      '@type': 'Organization',
      name: '블로그',
      url: 'https://blog.example/',
    })
  })
})
