import { describe, expect, it } from 'vitest'
import { computePostUrl, singleSegment, styleTemplate, urlToFile } from './permalink'

const post = {
  permalink: styleTemplate(null),
  // 2019-12-05 16:30:07 UTC is already 12-06 in Seoul: the date parts follow the old site's zone.
  date: new Date('2019-12-05T16:30:07Z'),
  timeZone: 'Asia/Seoul',
  slug: 'KubeCon 2019, 1편',
  categories: ['Cloud', 'k8s', 'cloud'],
}

describe('computePostUrl', () => {
  it('uses Jekyll’s default date style when nothing is set', () => {
    expect(computePostUrl(post)).toBe('/cloud/k8s/2019/12/06/KubeCon-2019,-1편.html')
  })
  it('knows every named style', () => {
    expect(computePostUrl({ ...post, permalink: styleTemplate('pretty') })).toBe(
      '/cloud/k8s/2019/12/06/KubeCon-2019,-1편/',
    )
    expect(computePostUrl({ ...post, permalink: styleTemplate('ordinal') })).toBe(
      '/cloud/k8s/2019/340/KubeCon-2019,-1편.html',
    )
    expect(computePostUrl({ ...post, permalink: styleTemplate('none') })).toBe('/cloud/k8s/KubeCon-2019,-1편.html')
    // In a post's front matter a style name is an address, as Jekyll reads it.
    expect(computePostUrl({ ...post, permalink: 'pretty' })).toBe('/pretty')
  })
  it('fills every placeholder of a custom pattern', () => {
    const pattern = '/:short_year/:i_month/:i_day/:hour:minute:second/:slug/:title:output_ext'
    expect(computePostUrl({ ...post, permalink: pattern, date: new Date('2021-03-02T00:05:09Z') })).toBe(
      '/21/3/2/090509/kubecon-2019-1편/KubeCon-2019,-1편.html',
    )
    expect(computePostUrl({ ...post, permalink: '/:year/:month/:day/:title/', timeZone: 'UTC' })).toBe(
      '/2019/12/05/KubeCon-2019,-1편/',
    )
  })
  it('squeezes the slash an empty :categories leaves', () => {
    expect(computePostUrl({ ...post, categories: [], permalink: '/:categories/:title/' })).toBe('/KubeCon-2019,-1편/')
  })
})

describe('urlToFile and singleSegment', () => {
  it('names the file a static host serves', () => {
    expect(urlToFile('/a/')).toBe('/a/index.html')
    expect(urlToFile('/a')).toBe('/a.html')
    expect(urlToFile('/2019/a.html')).toBe('/2019/a.html')
  })
  it('accepts only one segment the blog can render', () => {
    expect(singleSegment('/kubecon-1/')).toBe('kubecon-1')
    expect(singleSegment('/kubecon-1')).toBe('kubecon-1')
    expect(singleSegment('/2019/kubecon-1/')).toBeNull()
    expect(singleSegment('/a.html')).toBe(null)
  })
})
