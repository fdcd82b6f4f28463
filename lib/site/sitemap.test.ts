import { describe, expect, it } from 'vitest'
import { xmllintErrors } from '../../scripts/test-support/strict-xml'
import { absoluteUrl } from '../config'
import { renderSitemap } from './sitemap'

const XSD = 'e2e/schemas/sitemap.xsd'

describe('renderSitemap', () => {
  it('is valid against the sitemaps.org schema with tags like R&D, C++, node.js, quotes, <b> and Hangul with spaces', () => {
    const paths = [
      '/tags/r&d/',
      '/tags/c++/',
      '/tags/node.js/',
      "/tags/it's/",
      '/tags/"따옴표"/',
      '/tags/<b>/',
      '/tags/데이터 엔지니어링 입문/',
      '/categories/android-viewmodel-&-livedata/',
    ]
    const xml = renderSitemap(
      paths.map((path) => ({ url: absoluteUrl(path), lastModified: '2021-03-02T09:00:00+09:00' })),
    )
    expect(xmllintErrors(xml, XSD)).toBe('')
    expect(xml).toContain(`<loc>${absoluteUrl('/tags/r&d/').replace('&', '&amp;')}</loc>`)
    expect(xml).toContain(
      '/tags/%EB%8D%B0%EC%9D%B4%ED%84%B0%20%EC%97%94%EC%A7%80%EB%8B%88%EC%96%B4%EB%A7%81%20%EC%9E%85%EB%AC%B8/</loc>',
    )
    expect(xml).toContain('/tags/%22%EB%94%B0%EC%98%B4%ED%91%9C%22/</loc>')
    expect(xml).toContain('/tags/%3Cb%3E/</loc>')
  })

  it('writes lastmod as a W3C datetime even when a date comes without its offset', () => {
    const xml = renderSitemap([
      { url: absoluteUrl('/'), lastModified: '2021-03-02T00:00:00.000Z' },
      { url: absoluteUrl('/a/') },
    ])
    expect(xmllintErrors(xml, XSD)).toBe('')
    expect(xml).toContain('<lastmod>2021-03-02T00:00:00.000Z</lastmod>')
  })

  it('the schema refuses what the old sitemap wrote: raw Hangul, a bare &', () => {
    const raw = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://blog.example.com/tags/비용-최적화/</loc></url></urlset>\n`
    expect(xmllintErrors(raw, XSD)).toContain("facet 'pattern'")
    expect(xmllintErrors(raw.replace('비용-최적화', 'r&d'), XSD)).toContain('EntityRef')
  })
})
