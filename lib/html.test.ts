import { describe, expect, it } from 'vitest'
import { prefixBasePath } from './html'

describe('prefixBasePath', () => {
  const html = '<a href="/kubecon-2/">2편</a><img src="/assets/a.png"><a href="//cdn.example.com/x">x</a><a href="#top">t</a><a href="https://e.com/">e</a>'

  it('puts the base path before root-relative links and images only', () => {
    expect(prefixBasePath(html, '/blog')).toBe(
      '<a href="/blog/kubecon-2/">2편</a><img src="/blog/assets/a.png"><a href="//cdn.example.com/x">x</a><a href="#top">t</a><a href="https://e.com/">e</a>',
    )
  })

  it('changes nothing at a domain root', () => {
    expect(prefixBasePath(html, '')).toBe(html)
  })
})
