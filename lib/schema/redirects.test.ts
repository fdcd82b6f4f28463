import { describe, expect, it } from 'vitest'
import { readLegacyUrlEntries, redirectFromProblem, redirectTargetProblem, toRedirectPath } from './redirects'

describe('old URLs', () => {
  const free = () => null
  it('serves an old URL without an extension from its .html file, and keeps folders and .html', () => {
    expect(toRedirectPath('/2019/12/06/a')).toBe('/2019/12/06/a.html')
    expect(toRedirectPath('/page2/')).toBe('/page2/')
    expect(toRedirectPath('/contact.html')).toBe('/contact.html')
  })

  it('refuses an old URL outside the export, off the site, or over a page', () => {
    expect(redirectFromProblem('/2019/a.html', free)).toBeNull()
    expect(redirectFromProblem('/../x.html', free)).toContain('내보낸 폴더 밖')
    expect(redirectFromProblem('https://a.example/x.html', free)).toContain('사이트 경로가 아닙니다')
    expect(redirectFromProblem('/a/', (page) => (page === '/a/' ? '글 a의 페이지' : null))).toContain(
      '이미 글 a의 페이지가 있어',
    )
  })

  it('accepts only paths of this site as targets', () => {
    expect(redirectTargetProblem('/kubecon-1/')).toBeNull()
    expect(redirectTargetProblem('//evil.example/')).toContain('사이트 밖')
    expect(redirectTargetProblem('java\tscript:alert(1)')).toContain('javascript:')
  })

  it('reads legacy-urls.yml with the line of each entry', () => {
    expect(readLegacyUrlEntries('redirects:\n  /page2/: /\nfeeds:\n  /rss.xml: /feed.xml\n').entries).toEqual([
      { map: 'redirects', from: '/page2/', to: '/', line: 2 },
      { map: 'feeds', from: '/rss.xml', to: '/feed.xml', line: 4 },
    ])
    expect(readLegacyUrlEntries('redirects:\n  /a/: [\n').error?.line).toBeGreaterThan(1)
  })
})
