import { describe, expect, it } from 'vitest'
import { shareableUrl, shareLinks } from './share'
import { absoluteUrl, siteRoot } from '../config'

describe('shareableUrl', () => {
  it('is the absolute URL of the page, with Hangul and spaces percent-encoded', () => {
    expect(shareableUrl('/kubecon-1/')).toBe(absoluteUrl('/kubecon-1/'))
    const url = shareableUrl('/AWS-비용-최적화,-1편-(EC2)/')
    expect(url).toMatch(/^[\x21-\x7e]+$/)
    expect(url).toBe(absoluteUrl('/AWS-비용-최적화,-1편-(EC2)/'))
    expect(decodeURI(url)).toBe(`${siteRoot}/AWS-비용-최적화,-1편-(EC2)/`)
  })
})

describe('shareLinks', () => {
  const url = 'https://blog.example.com/%EA%B8%80-1/?a=1&b=2'
  const title = '</script> "따옴표" & 제목'

  it('offers X, Facebook and LinkedIn, each on the network’s own https page', () => {
    const links = shareLinks(url, title)
    expect(links.map((link) => link.network)).toEqual(['X', 'Facebook', 'LinkedIn'])
    for (const link of links) expect(new URL(link.href).protocol).toBe('https:')
  })

  it('carries the URL and title encoded, so they come back exactly as given', () => {
    const [x, facebook, linkedIn] = shareLinks(url, title).map((link) => new URL(link.href))
    expect(x?.searchParams.get('url')).toBe(url)
    expect(x?.searchParams.get('text')).toBe(title)
    expect(facebook?.searchParams.get('u')).toBe(url)
    expect(linkedIn?.searchParams.get('url')).toBe(url)
    // The post URL's own query must not leak into the share link's query.
    expect(x?.searchParams.get('b')).toBeNull()
    expect(x?.href).not.toContain('<')
  })
})
