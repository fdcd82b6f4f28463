import { describe, expect, it } from 'vitest'
import { comparePublished, sitemapUrls } from './published-changed'

const sitemap = (...urls: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls
    .map((url) => `<url><loc>${url}</loc><lastmod>2026-12-01T09:00:00+09:00</lastmod></url>`)
    .join('')}</urlset>`

describe('published-changed', () => {
  it('reads the addresses of a sitemap, escaped characters included', () => {
    expect(sitemapUrls(sitemap('https://blog.example.com/', 'https://blog.example.com/tags/R&amp;D/'))).toEqual(
      new Set(['https://blog.example.com/', 'https://blog.example.com/tags/R&D/']),
    )
  })

  it('finds the post whose scheduled time has come, and nothing when only dates changed', () => {
    const before = sitemap('https://blog.example.com/', 'https://blog.example.com/kubecon-1/')
    const after = sitemap(
      'https://blog.example.com/',
      'https://blog.example.com/kubecon-1/',
      'https://blog.example.com/kubecon-2/',
    )
    expect(comparePublished(before, after)).toEqual({ added: ['https://blog.example.com/kubecon-2/'], removed: [] })
    expect(comparePublished(before, before.replaceAll('2026-12-01', '2026-12-02'))).toEqual({ added: [], removed: [] })
    expect(comparePublished(after, before).removed).toEqual(['https://blog.example.com/kubecon-2/'])
  })
})
