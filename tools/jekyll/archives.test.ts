import { describe, expect, it } from 'vitest'
import { archiveRedirects, archiveSettings } from './archives'
import { readJekyllConfig } from './config'
import type { IndexedPost } from './convert-post'

/** The settings of a whole `_config.yml`, its plugins read as the import reads them. */
const settingsOf = (config: string) => {
  const read = readJekyllConfig(config)
  return archiveSettings(config, read.ok ? read.config.plugins : [])
}

const post = (fields: {
  text: string
  publishedAt: string
  tags: string[]
  categories?: string[]
  draft?: boolean
}): IndexedPost => ({
  source: '_posts/x.md',
  fileName: 'x.md',
  frontMatterEnd: 0,
  slug: 'x',
  url: '/x/',
  edition: '',
  lang: null,
  title: 'x',
  oldUrl: '/x/',
  author: null,
  authors: { refs: [], details: {}, edits: {}, notes: [] },
  series: null,
  fixes: [],
  unknown: [],
  dropped: [],
  problems: [],
  draft: false,
  categories: [],
  ...fields,
})

describe('archiveSettings', () => {
  it('reads the plugin’s kinds and permalinks over its defaults, and nothing when the site does not load it', () => {
    expect(settingsOf('plugins: [jekyll-archives]\njekyll-archives:\n  enabled: all\n')).toMatchObject({
      permalinks: { year: '/:year/', tag: '/tag/:name/', category: '/category/:name/' },
    })
    expect([...(settingsOf('gems: [jekyll-archives]\njekyll-archives:\n  enabled: [tags]\n')?.enabled ?? [])]).toEqual([
      'tags',
    ])
    expect(settingsOf('jekyll-archives:\n  enabled: all\n')).toBeNull()
    expect(settingsOf('plugins: [jekyll-archives]\n')?.enabled.size).toBe(0)
  })
})

describe('archiveRedirects', () => {
  const posts = [
    post({
      text: '---\ntitle: a\ncategories: ["Dev Ops"]\n---\n',
      publishedAt: '2020-12-31T20:00:00Z',
      tags: ['Open Build Service', '쿠버네티스'],
      categories: ['Dev Ops'],
    }),
    post({ text: '---\ntitle: b\n---\n', publishedAt: '2020-11-02T00:00:00Z', tags: ['zypper'] }),
    post({ text: '---\ntitle: c\n---\n', publishedAt: '2020-10-01T00:00:00Z', tags: ['hidden'], draft: true }),
  ]
  it('sends each archive the plugin wrote to the blog’s page of the same posts, dated as the old site dated them', () => {
    const config =
      'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: all\n  permalinks:\n    tag: /tags/:name.html\n'
    expect(archiveRedirects(settingsOf(config), posts, 'UTC', 'Asia/Seoul')).toEqual({
      // 31 December 20:00 in UTC is 1 January in Seoul: the old archive of that day leads to the blog’s
      // January 2021; the one of 2020 to the blog’s 2020, where its other post is.
      '/2020/': '/archive/#y2020',
      '/2020/12/': '/archive/#y2021-01',
      '/2020/12/31/': '/archive/#y2021-01',
      '/2020/11/': '/archive/#y2020-11',
      '/2020/11/02/': '/archive/#y2020-11',
      '/tags/open-build-service.html': '/tags/open-build-service/',
      '/tags/쿠버네티스.html': '/tags/쿠버네티스/',
      '/tags/zypper.html': '/tags/zypper/',
      '/category/dev-ops/': '/categories/dev-ops/',
    })
  })

  it('sends an archive of another edition’s posts alone to that edition’s page, and a shared one to the first edition’s', () => {
    const config = 'plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tags, month]\n'
    const english = (fields: Parameters<typeof post>[0]) => ({ ...post(fields), edition: 'en' })
    const redirects = archiveRedirects(
      settingsOf(config),
      [
        english({ text: '---\ntitle: e\n---\n', publishedAt: '2021-03-05T00:00:00Z', tags: ['greeting', 'aws'] }),
        post({ text: '---\ntitle: k\n---\n', publishedAt: '2021-03-02T00:00:00Z', tags: ['aws'] }),
        english({ text: '---\ntitle: f\n---\n', publishedAt: '2021-05-01T00:00:00Z', tags: [] }),
      ],
      'UTC',
      'UTC',
    )
    expect(redirects).toEqual({
      '/2021/03/': '/archive/#y2021-03',
      '/2021/05/': '/en/archive/#y2021-05',
      '/tag/aws/': '/tags/aws/',
      '/tag/greeting/': '/en/tags/greeting/',
    })
  })
})
