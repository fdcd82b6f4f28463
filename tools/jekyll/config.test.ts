import { describe, expect, it } from 'vitest'
import {
  formatAuthorFile,
  gemfilePlugins,
  jekyllExclude,
  jekyllInclude,
  jekyllSourceDir,
  readJekyllConfig,
} from './config'

const MUNDANA = `title: 옛 블로그
url: "https://team.github.io/"
baseurl: "/blog"
permalink: /:title/
timezone: Asia/Seoul
authors:
  sal:
    name: Sal
    display_name: 살
    avatar: assets/images/avatar1.jpg
    bio: "클라우드를 합니다: 주로 AWS"
    email: sal@example.com
    twitter: https://twitter.com/sal
    site: https://example.com
    github: https://github.com/sal-dev/
  kim:
    display_name: 김
    role: 팀장
  nobody:
`

describe('readJekyllConfig', () => {
  it('reads the old address, the time zone and every author, sorted by id', () => {
    const result = readJekyllConfig(MUNDANA)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.config.origin).toBe('https://team.github.io/blog')
    expect(result.config.timeZone).toBe('Asia/Seoul')
    expect(result.config.prettyPages).toBe(true)
    expect(result.config.authors.map((a) => a.id)).toEqual(['kim', 'nobody', 'sal'])
  })

  it('keeps schema fields, drops and lists the rest, fixes avatar paths and GitHub URLs', () => {
    const result = readJekyllConfig(MUNDANA)
    const sal = result.ok ? result.config.authors.find((a) => a.id === 'sal') : undefined
    expect(sal).toEqual({
      id: 'sal',
      fields: {
        name: 'Sal',
        avatar: '/assets/images/avatar1.jpg',
        bio: '클라우드를 합니다: 주로 AWS',
        email: 'sal@example.com',
        github: 'sal-dev',
      },
      dropped: ['twitter', 'site'],
      changes: [
        'avatar: assets/images/avatar1.jpg → /assets/images/avatar1.jpg',
        'github: https://github.com/sal-dev/ → sal-dev',
      ],
      nameMissing: false,
    })
    expect(formatAuthorFile(sal!)).toBe(
      'name: Sal\nbio: "클라우드를 합니다: 주로 AWS"\navatar: /assets/images/avatar1.jpg\nemail: sal@example.com\ngithub: sal-dev\n',
    )
  })

  it('falls back to display_name, then the id, and says when a name is missing', () => {
    const result = readJekyllConfig(MUNDANA)
    const [kim, nobody] = result.ok ? result.config.authors : []
    expect(kim).toMatchObject({ fields: { name: '김', role: '팀장' }, nameMissing: false })
    expect(nobody).toMatchObject({ fields: { name: 'nobody' }, nameMissing: true })
  })

  it('copes with a config without url or authors, and a repeated key (the last one wins, as in Jekyll)', () => {
    expect(readJekyllConfig('title: a\ntitle: b\n')).toEqual({
      ok: true,
      config: {
        origin: null,
        timeZone: null,
        prettyPages: false,
        postPermalink: null,
        defaults: [],
        paginate: null,
        repository: null,
        plugins: [],
        authors: [],
        kramdownIds: { input: 'GFM', prefix: '' },
      },
    })
    expect(readJekyllConfig('permalink: pretty\n')).toMatchObject({ config: { prettyPages: true } })
  })

  it('takes the posts collection’s own permalink over the site’s style, as Jekyll does', () => {
    const text =
      'permalink: pretty\ncollections:\n  posts:\n    permalink: "/news/:year/:month/:day/:title/"\n    output: true\n'
    expect(readJekyllConfig(text)).toMatchObject({
      config: { postPermalink: '/news/:year/:month/:day/:title/', prettyPages: true },
    })
    expect(readJekyllConfig('collections:\n  posts:\n    output: true\n')).toMatchObject({
      config: { postPermalink: null },
    })
  })

  it('reads the posts’ permalink, the defaults: laid under each file, the paginator and the site’s own repository', () => {
    const text =
      'url: https://team.github.io\nbaseurl: /blog\npermalink: /:title/\npaginate: 5\ndefaults:\n  - scope: { path: "", type: posts }\n    values: { permalink: "/:year/:title.html" }\n'
    expect(readJekyllConfig(text)).toMatchObject({
      config: {
        postPermalink: '/:title/',
        defaults: [{ scope: { path: '', type: 'posts' }, values: { permalink: '/:year/:title.html' } }],
        paginate: { perPage: 5, path: '/page:num/' },
        repository: 'team/blog',
      },
    })
    expect(readJekyllConfig('url: https://team.github.io\n')).toMatchObject({
      config: { postPermalink: null, paginate: null, repository: 'team/team.github.io' },
    })
    expect(readJekyllConfig('permalink: date\n')).toMatchObject({ config: { prettyPages: false } })
    expect(
      readJekyllConfig('url: http://x.io\nurl: https://y.io\n').ok &&
        readJekyllConfig('url: http://x.io\nurl: https://y.io\n'),
    ).toMatchObject({ config: { origin: 'https://y.io' } })
  })

  it('refuses a config it cannot read, and author ids that cannot be file names', () => {
    expect(readJekyllConfig('title: [\n').ok).toBe(false)
    expect(readJekyllConfig('authors:\n  "../x":\n    name: X\n')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('../x'),
    })
    expect(readJekyllConfig('authors: [a, b]\n').ok).toBe(false)
  })
})

describe('jekyllSourceDir', () => {
  const folders = new Set(['/site/src'])
  const isDir = (dir: string) => folders.has(dir)

  it('reads the site from `source:` when that folder is in the site, as `jekyll build` run in it does', () => {
    expect(jekyllSourceDir('/site', 'title: Blog\nsource: src\n', isDir)).toBe('/site/src')
    expect(jekyllSourceDir('/site/', 'source: ./src/\n', isDir)).toBe('/site/src')
  })

  it('stays in the folder given without a usable `source:`', () => {
    expect(jekyllSourceDir('/site', null, isDir)).toBe('/site')
    expect(jekyllSourceDir('/site', 'title: Blog\n', isDir)).toBe('/site')
    expect(jekyllSourceDir('/site', 'source: missing\n', isDir)).toBe('/site')
    expect(jekyllSourceDir('/site', 'source: ../elsewhere\n', isDir)).toBe('/site')
    expect(jekyllSourceDir('/site', 'source: [a\n', isDir)).toBe('/site')
  })
})

describe('gemfilePlugins', () => {
  it('reads the gems of the jekyll_plugins group, which Bundler loads as plugins', () => {
    const gemfile = [
      "source 'https://rubygems.org'",
      "gem 'jekyll', '~> 4.3'",
      'gem "jekyll-sitemap", group: :jekyll_plugins',
      '',
      'group :jekyll_plugins do',
      "  gem 'jekyll-archives' # tag pages",
      '  platforms :jruby do',
      "    gem 'jekyll-seo-tag'",
      '  end',
      '  gem("jekyll-redirect-from")',
      'end',
      'group :development, :test do',
      "  gem 'html-proofer'",
      'end',
      "gem 'webrick', '~> 1.7'",
    ].join('\n')
    expect(gemfilePlugins(gemfile)).toEqual([
      'jekyll-sitemap',
      'jekyll-archives',
      'jekyll-seo-tag',
      'jekyll-redirect-from',
    ])
    expect(gemfilePlugins(null)).toEqual([])
  })
})

describe('jekyllInclude', () => {
  it('names what include: adds back, less what exclude: takes out, as exclude: is less include:', () => {
    const config = 'include: [_pages, .well-known, "/api/"]\nexclude: [api, vendor]\n'
    expect(jekyllInclude(config)).toEqual(['_pages', '.well-known'])
    expect(jekyllExclude(config)).toEqual(['vendor'])
  })
})
