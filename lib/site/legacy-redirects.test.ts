import { describe, expect, it } from 'vitest'
import {
  checkRedirects,
  listLegacyRedirects,
  redirectFilePath,
  renderRedirectHtml,
  settleLegacyRedirects,
} from './legacy-redirects'

const SITE = { url: 'https://blog.example.com', basePath: '' }

describe('listLegacyRedirects', () => {
  it('redirects the .html permalinks of pages, and only those', () => {
    const pages = [
      { permalink: '/privacy-policy.html' },
      { permalink: '/about/' },
      { permalink: '/contact.html' },
      { permalink: '/docs/x/' },
    ]
    expect(listLegacyRedirects({ pages })).toEqual([
      { from: '/contact.html', to: '/contact/' },
      { from: '/privacy-policy.html', to: '/privacy-policy/' },
    ])
  })

  it('sends every old URL of an imported post and of the old paginator to its new page', () => {
    const posts = [
      { url: '/kubecon-1/', redirectFrom: ['/2019/12/06/kubecon-1.html', '/cloud/kubecon-1/', '/kubecon-1'] },
    ]
    expect(listLegacyRedirects({ pages: [], posts, others: [{ from: '/page2/', to: '/page/2/' }] })).toEqual([
      { from: '/2019/12/06/kubecon-1.html', to: '/kubecon-1/' },
      { from: '/cloud/kubecon-1/', to: '/kubecon-1/' },
      { from: '/kubecon-1.html', to: '/kubecon-1/' },
      { from: '/page2/', to: '/page/2/' },
    ])
  })
})

describe('checkRedirects', () => {
  it('refuses paths that a redirect page cannot answer, external targets and duplicates', () => {
    expect(() => checkRedirects([{ from: '/feed.xml', to: '/feed/' }])).toThrow(/only \.html/)
    expect(() => checkRedirects([{ from: '/a.html', to: 'https://elsewhere.example/' }])).toThrow(/site-internal/)
    expect(() => checkRedirects([{ from: '/a.html', to: '/a/', fragments: { x: '//evil.example/' } }])).toThrow(
      /site-internal/,
    )
    expect(() =>
      checkRedirects([
        { from: '/a.html', to: '/a/' },
        { from: '/a.html', to: '/b/' },
      ]),
    ).toThrow(/twice/)
  })
})

describe('redirectFilePath', () => {
  it('is the old path inside the export folder, decoded', () => {
    expect(redirectFilePath('/contact.html')).toBe('contact.html')
    expect(redirectFilePath('/%EC%97%B0%EB%9D%BD.html')).toBe('연락.html')
    expect(redirectFilePath('/2019/12/06/한글/')).toBe('2019/12/06/한글/index.html')
  })
})

describe('renderRedirectHtml', () => {
  it('sends readers on with a meta refresh, a plain link and an absolute canonical, in Korean, not indexed', () => {
    const html = renderRedirectHtml({ from: '/contact.html', to: '/contact/' }, SITE)
    expect(html).toContain('<html lang="ko">')
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/contact/">')
    expect(html).toContain('<link rel="canonical" href="https://blog.example.com/contact/">')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<a href="/contact/">')
    // No fragments, no script: nothing to run.
    expect(html).not.toContain('<script')
  })

  it('puts the base path in every link, percent-encodes Hangul and escapes markup', () => {
    const html = renderRedirectHtml(
      { from: '/a.html', to: '/소개/' },
      { url: 'https://x.github.io', basePath: '/blog' },
    )
    expect(html).toContain('url=/blog/%EC%86%8C%EA%B0%9C/"')
    expect(html).toContain('href="https://x.github.io/blog/%EC%86%8C%EA%B0%9C/"')
    const tricky = renderRedirectHtml({ from: '/t.html', to: '/tags/', fragments: { '"><b>': '/tags/x/' } }, SITE)
    expect(tricky).toContain('data-fragment="&#34;&#62;&#60;b&#62;"')
    expect(tricky).not.toContain('"><b>')
  })

  it('lists one link per fragment and loads the external fragment script, never an inline one', () => {
    const html = renderRedirectHtml(
      { from: '/tags.html', to: '/tags/', fragments: { 비용: '/tags/비용/', aws: '/tags/aws/' } },
      SITE,
    )
    expect(html).toContain('<li><a data-fragment="aws" href="/tags/aws/">aws</a></li>')
    expect(html).toContain(`<li><a data-fragment="비용" href="/tags/%EB%B9%84%EC%9A%A9/">비용</a></li>`)
    expect(html.indexOf('data-fragment="aws"')).toBeLessThan(html.indexOf('data-fragment="비용"'))
    expect(html).toMatch(/<script src="\/legacy-redirect\.js"><\/script>\n<\/body>/)
    expect(html.match(/<script/g)).toHaveLength(1)
  })
})

describe('settleLegacyRedirects', () => {
  const exported = new Set(['/page/2/', '/page/3/', '/about/'])
  const answers = (path: string) => exported.has(path.endsWith('/') ? path : `${path}/`)

  it('writes no redirect where the blog’s own page answers the old paginator’s address, and sends the rest home', () => {
    const settled = settleLegacyRedirects(
      [
        { from: '/page/2/', to: '/page/2/' },
        { from: '/page/3', to: '/page/3/' },
        { from: '/page/9/', to: '/page/9/' },
        { from: '/page4/', to: '/page/4/' },
        { from: '/contact.html', to: '/about/' },
        { from: '/away.html', to: 'https://elsewhere.example/' },
      ],
      answers,
    )
    expect(settled).toEqual([
      { from: '/page/9/', to: '/' },
      { from: '/page4/', to: '/' },
      { from: '/contact.html', to: '/about/' },
      { from: '/away.html', to: 'https://elsewhere.example/' },
    ])
  })
})
