import { describe, expect, it } from 'vitest'
import { absolutizeFragments, localizeBody, prefixRootRelative } from './html'

describe('prefixRootRelative', () => {
  const html =
    '<a href="/kubecon-2/">2편</a><img src="/assets/a.png"><a href="//cdn.example.com/x">x</a><a href="#top">t</a><a href="https://e.com/">e</a>'

  it('puts the prefix before root-relative links and images only', () => {
    expect(prefixRootRelative(html, '/blog')).toBe(
      '<a href="/blog/kubecon-2/">2편</a><img src="/blog/assets/a.png"><a href="//cdn.example.com/x">x</a><a href="#top">t</a><a href="https://e.com/">e</a>',
    )
    expect(prefixRootRelative('<a href="/x/">x</a>', 'https://blog.example.com/blog')).toBe(
      '<a href="https://blog.example.com/blog/x/">x</a>',
    )
  })

  it('changes nothing without a prefix', () => {
    expect(prefixRootRelative(html, '')).toBe(html)
  })
})

describe('absolutizeFragments', () => {
  it('points in-page links at the page they belong to', () => {
    expect(absolutizeFragments('<a href="#개요">개요</a><a href="/x/#y">y</a>', 'https://b.example/p/')).toBe(
      '<a href="https://b.example/p/#개요">개요</a><a href="/x/#y">y</a>',
    )
  })
})

describe('localizeBody', () => {
  it('turns absolute links to the site into internal ones under the base path', () => {
    const html =
      '<a href="https://blog.example.com/blog/x/">x</a><a href="https://blog.example.com/blog">home</a><a href="https://blog.example.com/blogger/">other</a><img src="/a.png">'
    expect(localizeBody(html, 'https://blog.example.com/blog', '/blog')).toBe(
      '<a href="/blog/x/">x</a><a href="/blog/">home</a><a href="https://blog.example.com/blogger/">other</a><img src="/blog/a.png">',
    )
  })
})
