import { describe, expect, it } from 'vitest'
import { parsePermalink } from './pages'

describe('parsePermalink', () => {
  it('renders folder-style permalinks at the same URL, with no redirect needed', () => {
    expect(parsePermalink('/about/')).toEqual({ slug: 'about', url: '/about/', legacyPath: null })
    expect(parsePermalink('/about')).toEqual({ slug: 'about', url: '/about/', legacyPath: null })
    expect(parsePermalink('/about/index.html')).toEqual({ slug: 'about', url: '/about/', legacyPath: null })
  })

  it('moves .html permalinks into a folder and keeps the old URL for a redirect', () => {
    expect(parsePermalink('/contact.html')).toEqual({ slug: 'contact', url: '/contact/', legacyPath: '/contact.html' })
    expect(parsePermalink(' /privacy-policy.html ')).toEqual({
      slug: 'privacy-policy',
      url: '/privacy-policy/',
      legacyPath: '/privacy-policy.html',
    })
  })

  it('keeps Hangul, written raw or percent-encoded', () => {
    expect(parsePermalink('/소개/')?.slug).toBe('소개')
    expect(parsePermalink('/%EC%86%8C%EA%B0%9C/')?.url).toBe('/소개/')
  })

  it('refuses what is not one page-sized segment', () => {
    for (const permalink of ['', '/', 'about/', '/docs/guide/', '/a b/', '/feed.xml', '/%E0%A4%A/', '/about/?x=1']) {
      expect(parsePermalink(permalink), permalink).toBeNull()
    }
  })
})
