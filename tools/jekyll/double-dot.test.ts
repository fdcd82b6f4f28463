import { describe, expect, it } from 'vitest'
import { planImport, type ImportOptions, type JekyllSite } from './plan'
import { publishedReference, publishedStaticPath } from './static-files'

describe('file names with dots before the extension (chart..png)', () => {
  it('follows the paths Jekyll 4 wrote', () => {
    expect(publishedStaticPath('/images/chart..png')).toBe('/images/chart.png')
    expect(publishedStaticPath('/images/x...png')).toBe('/images/x.png')
    expect(publishedStaticPath('/images/v1..2-diagram..png')).toBe('/images/v1..2-diagram.png')
    expect(publishedStaticPath('/images/a..b.png')).toBe('/images/a..b.png')
    expect(publishedStaticPath('/files/two..dots.tar.gz')).toBe('/files/two..dots.tar.gz')
    expect(publishedStaticPath('/sub..dir/p.png')).toBe('/sub..dir/p.png')
    expect(publishedReference('/images/chart..png?v=2')).toBe('/images/chart.png?v=2')
  })

  const options: ImportOptions = {
    labels: { site: 'old', content: 'content', public: 'public' },
    series: [],
    knownAuthors: new Set(),
    knownSeries: new Set(),
    blog: { legacyOrigins: [], timeZone: 'Asia/Seoul' },
  }
  const site: JekyllSite = {
    config: 'timezone: UTC\n',
    posts: [
      {
        path: '_posts/2020-01-01-chart.md',
        text: '---\ntitle: 차트\n---\n![차트](/images/chart..png)\n\n![같은 차트](/images/chart.png)\n',
      },
    ],
    pages: [],
    drafts: [],
    files: new Set(['/images/chart..png']),
    staticCandidates: [{ path: '/images/chart..png', head: 'PNG' }],
  }

  it('copies the file to the path Jekyll published and points the post’s picture there', () => {
    const plan = planImport(site, options)
    expect(plan.assets).toEqual(['/images/chart.png'])
    expect(plan.assetSources).toEqual({ '/images/chart.png': '/images/chart..png' })
    const post = plan.files.find((file) => file.path === 'posts/2020-01-01-chart.md')?.text ?? ''
    expect(post).toContain('![차트](/images/chart.png)')
    expect(post).not.toContain('chart..png')
    expect(plan.report.needsHuman).toEqual([])
    expect(plan.report.links).toContainEqual(
      expect.objectContaining({
        file: 'content/posts/2020-01-01-chart.md',
        message: expect.stringContaining('/images/chart.png'),
      }),
    )
  })
})
