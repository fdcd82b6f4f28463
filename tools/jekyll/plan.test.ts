import { describe, expect, it } from 'vitest'
import { planImport, pluginWrittenFiles, type ImportOptions, type JekyllSite } from './plan'

const site: JekyllSite = {
  config:
    'url: https://team.example\ntimezone: UTC\npermalink: pretty\nauthors:\n  kim:\n    name: 김\n    avatar: /assets/kim.png\n    twitter: https://twitter.com/kim\n',
  posts: [
    {
      path: '_posts/2020-01-01-hello.md',
      text: '---\ntitle: 안녕 (1)\nauthor: kim\nseries: old-series\n---\n[둘째]({% post_url 2020-01-02-second %}) ![사진](/assets/a.png) [소개](https://team.example/about/)\n',
    },
    {
      path: '_posts/2020-01-02-second.markdown',
      text: '---\ntitle: 안녕 (2)\nauthor: 손님\n---\n[없는 글](/gone/) {% include x.html %}\n',
    },
    { path: '_posts/2020-01-02-second.md', text: '---\ntitle: 같은 이름\n---\n' },
    { path: '_posts/2020-01-03-third.md', text: '---\ntitle: 셋째\nseries: old-series\ntags: [AWS Lambda]\n---\n' },
    { path: '_posts/2020-01-04-fourth.md', text: '---\ntitle: 넷째\nseries: kept-series\n---\n' },
    { path: '_posts/notes.md', text: '---\ntitle: 날짜 없는 이름\n---\n' },
    { path: '_posts/photo.png', text: '' },
  ],
  pages: [
    { path: 'about.md', text: '---\ntitle: 소개\nlayout: page\n---\n소개 글\n' },
    { path: 'hello.md', text: '---\ntitle: 글과 같은 주소\npermalink: /hello/\n---\n' },
    { path: 'contact.html', text: '---\ntitle: 연락처\npermalink: /contact.html\n---\n<p>메일</p>\n' },
    { path: 'tags.html', text: '---\npermalink: /tags.html\n---\n{% for t in site.tags %}{% endfor %}\n' },
    { path: 'projects.html', text: '---\ntitle: 프로젝트\n---\n{% for p in site.data.projects %}{% endfor %}\n' },
  ],
  drafts: ['_drafts/2020-02-01-later.md'],
  folderPages: [{ path: 'tag/AWS Lambda.md', text: '---\nlayout: tagpage\ntag: AWS Lambda\n---\n' }],
  files: new Set(['/assets/a.png', '/assets/kim.png', '/assets/unused.png']),
  staticCandidates: [
    { path: '/assets/unused.png', head: 'PNG' },
    { path: '/emails.json', head: '["reader@example.com"]' },
    { path: '/about.md', head: '---\ntitle: 소개\n' },
  ],
}

const options: ImportOptions = {
  labels: { site: 'old', content: 'content', public: 'public' },
  series: [{ id: 'hello', title: '안녕', posts: ['2020-01-01-hello.md', '2020-01-02-second.markdown'] }],
  knownAuthors: new Set(),
  knownSeries: new Set(['kept-series']),
  blog: { legacyOrigins: ['https://blog.example'], timeZone: 'Asia/Seoul' },
}

/** A site holding only what a test names, planned without series. */
const planSite = (given: Partial<JekyllSite>) =>
  planImport({ config: '', posts: [], pages: [], drafts: [], files: new Set(), ...given }, { ...options, series: [] })

describe('planImport', () => {
  const plan = planImport(site, options)
  const file = (path: string) => plan.files.find((f) => f.path === path)?.text

  it('writes posts, pages, authors (one made for an author nobody describes) and series, in path order', () => {
    expect(plan.files.map((f) => f.path)).toEqual([
      'authors/author-3324c7e0.yml',
      'authors/kim.yml',
      'legacy-urls.yml',
      'pages/about.md',
      'pages/contact.md',
      'pages/hello.md',
      'posts/2020-01-01-hello.md',
      'posts/2020-01-02-second.md',
      'posts/2020-01-03-third.md',
      'posts/2020-01-04-fourth.md',
      'series/hello.yml',
      'series/old-series.yml',
    ])
    expect(file('posts/2020-01-01-hello.md')).toBe(
      '---\ntitle: 안녕 (1)\nauthor: kim\nseries: hello\ndate: 2020-01-01 00:00:00 +0000\nredirect_from: /2020/01/01/hello/\nslug: hello-2020-01-01\nseriesOrder: 1\n---\n[둘째](/second/) ![사진](/assets/a.png) [소개](/about/)\n',
    )
    expect(file('series/hello.yml')).toBe('title: 안녕\n')
    expect(file('pages/about.md')).toBe('---\ntitle: 소개\npermalink: /about/\n---\n소개 글\n')
    expect(file('authors/kim.yml')).toBe('name: 김\navatar: /assets/kim.png\n')
  })

  it('copies the assets posts and authors use, and every other file the old site served as it was', () => {
    expect(plan.assets).toEqual(['/assets/a.png', '/assets/kim.png', '/assets/unused.png'])
    expect(plan.report.assets).toEqual(['public/assets/a.png', 'public/assets/kim.png', 'public/assets/unused.png'])
  })

  it('keeps a page at the one-level URL Jekyll served it at; the post that would take it moves and keeps its old URL', () => {
    expect(plan.report.pages).toEqual([
      { file: 'content/pages/about.md', url: '/about/', legacyPath: null },
      { file: 'content/pages/contact.md', url: '/contact/', legacyPath: '/contact.html' },
      { file: 'content/pages/hello.md', url: '/hello/', legacyPath: null },
    ])
    const hello = file('posts/2020-01-01-hello.md') ?? ''
    expect(hello).toContain('slug: hello-2020-01-01\n')
    expect(hello).toContain('redirect_from: /2020/01/01/hello/\n')
    expect(plan.report.redirects).toEqual(
      expect.arrayContaining([{ from: '/2020/01/01/hello/', to: '/hello-2020-01-01/' }]),
    )
    expect(plan.report.needsHuman).toEqual(
      expect.arrayContaining([
        {
          file: 'old/_posts/2020-01-02-second.md',
          line: 1,
          message: expect.stringContaining('같은 파일 이름 2020-01-02-second.md'),
        },
      ]),
    )
  })

  it('lists what it skipped and why, and every old URL a template page leaves behind', () => {
    expect(plan.report.skipped.map((item) => item.file)).toEqual([
      'old/_posts/notes.md',
      'old/_posts/photo.png',
      'old/projects.html',
      'old/tags.html',
      'old/_drafts/2020-02-01-later.md',
      'old/emails.json',
    ])
    // A file the old site served as it was is copied even if no post names it; a list of addresses is not.
    expect(plan.assets).toContain('/assets/unused.png')
    expect(plan.report.skipped.at(-1)?.message).toContain('메일 주소가 들어 있어 공개하지 않습니다')
    const oldUrls = plan.report.needsHuman.filter((item) => item.message.startsWith('옛 주소 /'))
    // /tags.html is the blog's own route; /projects/ (pretty permalinks) has no answer.
    expect(oldUrls.map((item) => item.file)).toEqual(['old/projects.html'])
    expect(oldUrls[0]?.message).toContain('/projects/')
  })

  it('states the old site’s time zone and sends every old post URL to the new one', () => {
    expect(plan.report.timeZone).toEqual({ zone: 'UTC', fromConfig: true })
    expect(plan.report.redirects).toEqual(expect.arrayContaining([{ from: '/2020/01/03/third/', to: '/third/' }]))
    // A generated tag page's old URL goes to the blog's page of that tag.
    expect(plan.report.redirects).toEqual(
      expect.arrayContaining([{ from: '/tag/AWS Lambda/', to: '/tags/aws-lambda/' }]),
    )
  })

  it('makes a series file for a series a post names itself, and keeps one the blog already has', () => {
    expect(file('series/old-series.yml')).toBe('title: old-series\n')
    expect(file('posts/2020-01-03-third.md')).toContain('series: old-series\n')
    expect(file('posts/2020-01-03-third.md')).toContain('seriesOrder: 1\n')
    expect(file('posts/2020-01-04-fourth.md')).toContain('series: kept-series\n')
    expect(file('posts/2020-01-04-fourth.md')).not.toContain('seriesOrder')
    expect(plan.report.series.declared).toEqual([
      { id: 'old-series', title: 'old-series', posts: ['old/_posts/2020-01-03-third.md'] },
    ])
  })

  it('asks a person about unknown authors, dead links and Liquid', () => {
    const messages = plan.report.needsHuman.map((item) => `${item.file}:${item.line}: ${item.message}`)
    expect(messages).toHaveLength(5)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/posts\/2020-01-02-second\.md:1: 글쓴이 "손님"가 _config\.yml에도 content\/authors에도 없어 content\/authors\/author-3324c7e0\.yml을 만들었습니다/,
        ),
        // Line 9: the date, the old URL and the confirmed series added four lines to the front matter.
        expect.stringMatching(
          /^content\/posts\/2020-01-02-second\.md:9: \/gone\/: 옛 사이트에서도 깨진 링크라 링크를 풀고/,
        ),
        expect.stringMatching(
          /^content\/posts\/2020-01-02-second\.md:9: \{% include x\.html %\}: _includes\/x\.html이\(가\) 없습니다/,
        ),
      ]),
    )
  })

  it('reports renames, dropped fields and links, and lists series candidates only among unconfirmed posts', () => {
    expect(plan.report.renamed).toEqual([
      { from: 'old/_posts/2020-01-02-second.markdown', to: 'content/posts/2020-01-02-second.md' },
    ])
    expect(plan.report.droppedFields).toEqual([
      { file: 'old/about.md', line: 3, message: 'layout: 페이지에 쓰지 않는 항목이라 뺐습니다' },
      { file: 'old/_config.yml', line: 5, message: 'authors.kim.twitter: 글쓴이 파일에 둘 곳이 없어 뺐습니다' },
    ])
    expect(plan.report.links.map((item) => item.message)).toEqual([
      '{% post_url 2020-01-02-second %} → /second/',
      'https://team.example/about/ → /about/ (옛 도메인 주소: 사이트 안 주소로)',
    ])
    expect(plan.report.series.candidates).toEqual([])
  })

  it('gives the same plan for the same site, so a second import changes nothing', () => {
    const { fragmentFor: _again, ...again } = planImport(site, options)
    const { fragmentFor: _first, ...first } = plan
    expect(again).toEqual(first)
  })
})

describe('planImport feed ids', () => {
  it('keeps every old feed id byte for byte, also when Jekyll wrote the link in another form or at another URL', () => {
    const feed = [
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<entry><title>하나</title><link href="https://t.example/2020/01/01/one/index.html" rel="alternate"/><id>https://t.example/2020/01/01/one</id></entry>',
      '<entry><title type="html">“Quoted” &amp; more</title><link href="https://t.example/elsewhere/two.html" rel="alternate"/><id>tag:t.example,2020:two</id></entry>',
      '</feed>',
    ].join('')
    const plan = planImport(
      {
        config: 'url: https://t.example\npermalink: pretty\n',
        posts: [
          { path: '_posts/2020-01-01-one.md', text: '---\ntitle: 하나\n---\n' },
          { path: '_posts/2020-01-02-two.md', text: '---\ntitle: \'"Quoted" & more\'\n---\n' },
        ],
        pages: [],
        drafts: [],
        files: new Set(),
        built: { label: '_site', feeds: [{ path: 'feed.xml', text: feed }] },
      },
      { ...options, series: [] },
    )
    const text = (path: string) => plan.files.find((f) => f.path === path)?.text ?? ''
    expect(text('posts/2020-01-01-one.md')).toContain('feed_id: https://t.example/2020/01/01/one\n')
    expect(text('posts/2020-01-02-two.md')).toContain('feed_id: tag:t.example,2020:two\n')
    expect(plan.report.feedIds?.kept).toBe(2)
    // The old feed showed the title through smartify: the blog shows it as readers saw it.
    expect(text('posts/2020-01-02-two.md')).toContain('title: “Quoted” & more\n')
    expect(plan.report.frontMatter).toContainEqual({
      file: 'content/posts/2020-01-02-two.md',
      line: 2,
      message: expect.stringContaining('둥근 따옴표'),
    })
  })

  it('keeps each old feed’s own ids when two hand-written feeds named the same post differently', () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>하나</title><link href="http://t.example/2012/07/10/one"/><id>http://t.example/2012/07/10/one</id></entry></feed>'
    const rss =
      '<rss version="2.0"><channel><item><title>하나</title><link>/2012/07/10/one</link><guid>/2012/07/10/one</guid></item></channel></rss>'
    const plan = planSite({
      config: 'url: http://t.example\n',
      posts: [{ path: '_posts/2012-07-10-one.md', text: '---\ntitle: 하나\n---\n글\n' }],
      built: {
        label: '_site',
        feeds: [
          { path: 'atom.xml', text: atom },
          { path: 'rss.xml', text: rss },
        ],
      },
    })
    const text = (path: string) => plan.files.find((f) => f.path === path)?.text ?? ''
    expect(text('posts/2012-07-10-one.md')).toContain('feed_id: http://t.example/2012/07/10/one\n')
    expect(text('legacy-urls.yml')).toContain(
      'feed_ids:\n  /rss.xml:\n    http://t.example/2012/07/10/one: /2012/07/10/one\n',
    )
    expect(plan.report.feedIds).toEqual({ source: '_site/atom.xml, _site/rss.xml', kept: 1, otherFeeds: ['/rss.xml'] })
  })

  it('reads a feed written as a folder’s index (feed/index.xml at /feed/), and says when the build has no feed at all', () => {
    const feed =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>하나</title><link rel="alternate" href="https://t.example/blog/2020/01/01/"/><id>urn:uuid:0f8a</id></entry></feed>'
    const given = (feeds: { path: string; text: string }[]) =>
      planImport(
        {
          config: 'url: https://t.example\npermalink: /blog/:year/:month/:day/\n',
          posts: [{ path: '_posts/2020-01-01-one.html', text: '---\ntitle: 하나\nuuid: 0f8a\n---\n<p>글</p>\n' }],
          pages: [],
          drafts: [],
          files: new Set(),
          built: { label: '_site', feeds },
        },
        { ...options, series: [] },
      )
    const plan = given([{ path: 'feed/index.xml', text: feed }])
    const text = (path: string) => plan.files.find((f) => f.path === path)?.text ?? ''
    expect(text('posts/2020-01-01-one.md')).toContain('feed_id: urn:uuid:0f8a\n')
    expect(text('legacy-urls.yml')).toContain('/feed/index.xml: /atom.xml')
    expect(plan.report.feedIds).toEqual({ source: '_site/feed/index.xml', kept: 1 })
    const none = given([])
    expect(none.report.feedIds).toBeNull()
    expect(none.report.needsHuman).toContainEqual({
      file: '_site',
      line: 1,
      message: expect.stringContaining('피드 파일(feed.xml, atom.xml, rss.xml, index.xml, feed.json, feed/index.xml'),
    })
  })

  it('keeps a feed template the host served at /feed/ (feed/index.html) a feed, with no redirect over it', () => {
    const template =
      '---\nlayout: null\n---\n<feed xmlns="http://www.w3.org/2005/Atom">{% for post in site.posts %}<entry><id>{{ site.url }}{{ post.id }}</id></entry>{% endfor %}</feed>\n'
    const feed =
      '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>하나</title><link href="http://t.example/2020/01/01/one/"/><id>http://t.example/2020/01/01/one</id></entry></feed>'
    const plan = planSite({
      config: 'url: http://t.example\npermalink: pretty\n',
      posts: [{ path: '_posts/2020-01-01-one.md', text: '---\ntitle: 하나\n---\n글\n' }],
      // A top folder's index page, as the site reader gives it.
      pages: [{ path: 'feed/index.html', text: template }],
      built: {
        label: '_site',
        feeds: [{ path: 'feed/index.html', text: feed }],
        pageFile: (url) => (url === '/feed/' ? '/feed/index.html' : null),
      },
    })
    const text = (path: string) => plan.files.find((f) => f.path === path)?.text ?? ''
    expect(text('posts/2020-01-01-one.md')).toContain('feed_id: http://t.example/2020/01/01/one\n')
    expect(text('legacy-urls.yml')).toContain('/feed/index.html: /atom.xml')
    expect(text('legacy-urls.yml')).not.toMatch(/\/feed\/: /)
    // Not the old build's copy, which would never show a new post.
    expect(plan.builtPages).not.toContain('/feed/index.html')
    // The address is answered, so nobody is asked about it.
    expect(plan.report.needsHuman.filter((item) => item.message.includes('/feed/'))).toEqual([])
  })

  it('keeps a site-relative id as written, and tells a person how to get the deployed one', () => {
    const plan = planImport(
      {
        config: 'url: ""\n',
        posts: [{ path: '_posts/2020-01-01-one.md', text: '---\ntitle: 하나\n---\n' }],
        pages: [],
        drafts: [],
        files: new Set(),
        built: {
          label: '_site',
          feeds: [
            {
              path: 'feed.xml',
              text: '<feed><entry><link href="/2020/01/01/one.html"/><id>/2020/01/01/one</id></entry></feed>',
            },
          ],
        },
      },
      { ...options, series: [] },
    )
    expect(plan.files.find((f) => f.path === 'posts/2020-01-01-one.md')?.text).toContain('feed_id: /2020/01/01/one\n')
    expect(plan.report.needsHuman.map((item) => item.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('사이트 기준 주소')]),
    )
  })

  it('makes the documents of a collection of authors author files, and sends their old pages to the author pages', () => {
    const plan = planImport(
      {
        config: 'collections:\n  authors:\n    output: true\n    permalink: /people/:name/\n',
        posts: [{ path: '_posts/2020-01-01-one.md', text: '---\ntitle: 하나\nauthor: jiwoo\n---\n' }],
        pages: [],
        drafts: [],
        files: new Set(),
        collectionFiles: [
          { path: '_authors/jiwoo-park.md', text: '---\nshort_name: jiwoo\nname: 박지우\n---\n검색을 만듭니다.\n' },
        ],
      },
      { ...options, series: [] },
    )
    expect(plan.files.find((f) => f.path === 'authors/jiwoo.yml')?.text).toBe('name: 박지우\nbio: 검색을 만듭니다.\n')
    expect(plan.files.some((f) => f.path.startsWith('pages/'))).toBe(false)
    expect(plan.files.find((f) => f.path === 'legacy-urls.yml')?.text).toContain('/people/jiwoo-park/: /authors/jiwoo/')
    expect(plan.report.needsHuman.map((item) => item.message).join('\n')).not.toContain('jiwoo')
  })

  it('reads a collection called pages as its documents, each at its own address, and moves none it left out', () => {
    const plan = planImport(
      {
        config: 'url: https://team.example\ncollections:\n  pages:\n    output: true\n    permalink: /:name\n',
        posts: [
          { path: '_posts/2020-01-01-one.md', text: '---\ntitle: 하나\n---\n[설치](https://team.example/install)\n' },
        ],
        pages: [],
        drafts: [],
        files: new Set(),
        collectionFiles: [
          { path: '_pages/install.md', text: '---\ntitle: 설치\n---\n설치 방법\n' },
          // jekyll-redirect-from wrote a page sending readers on; nothing of the blog takes its address.
          { path: '_pages/core.md', text: '---\ntitle: 코어 팀\nredirect_to: /community/#core\n---\n' },
          // A profile its layout drew from the front matter: no list, so no redirect to the blog's lists.
          { path: '_pages/serpapi.md', text: '---\nlayout: company\nname: SerpApi\nfounded_date: 2017\n---\n' },
        ],
      },
      { ...options, series: [] },
    )
    expect(plan.files.filter((f) => f.path.startsWith('pages/')).map((f) => f.path)).toEqual(['pages/install.md'])
    expect(plan.files.find((f) => f.path === 'posts/2020-01-01-one.md')?.text).toContain('[설치](/install/)')
    const urls = plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).not.toContain('/core')
    expect(urls).not.toContain('serpapi')
    expect(plan.report.skipped.map((item) => item.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('front matter로 그린 컬렉션 문서')]),
    )
  })

  it('points links to a page kept as Jekyll wrote it at the file it wrote for an address without extension', () => {
    const plan = planImport(
      {
        config: 'collections:\n  companies:\n    output: true\n    permalink: /foundation/:path\n',
        posts: [{ path: '_posts/2020-01-01-one.md', text: '---\ntitle: 하나\n---\n[회원사](/foundation/serpapi)\n' }],
        pages: [],
        drafts: [],
        files: new Set(),
        collectionFiles: [{ path: '_companies/serpapi.md', text: '---\nlayout: company\nname: SerpApi\n---\n' }],
        built: {
          label: '_site',
          feeds: [],
          pageFile: (url) => (url === '/foundation/serpapi' ? '/foundation/serpapi.html' : null),
        },
      },
      { ...options, series: [] },
    )
    expect(plan.files.find((f) => f.path === 'posts/2020-01-01-one.md')?.text).toContain(
      '[회원사](/foundation/serpapi.html)',
    )
  })

  it('imports posts of the same file name in different folders of _posts, each at a slug of its own', () => {
    const plan = planImport(
      {
        config: 'url: https://team.example\n',
        posts: [
          { path: '_posts/en/2019-01-08-newsletter.md', text: '---\ntitle: News\ncategory: en\n---\n' },
          { path: '_posts/zh/2019-01-08-newsletter.md', text: '---\ntitle: 新闻\ncategory: zh\n---\n' },
        ],
        pages: [],
        drafts: [],
        files: new Set(),
      },
      { ...options, series: [] },
    )
    expect(
      plan.files
        .filter((f) => f.path.startsWith('posts/'))
        .map((f) => f.path)
        .sort(),
    ).toEqual(['posts/2019-01-08-newsletter-zh.md', 'posts/2019-01-08-newsletter.md'])
    const zh = plan.files.find((f) => f.path === 'posts/2019-01-08-newsletter-zh.md')?.text ?? ''
    expect(zh).toContain('slug: newsletter-zh\n')
    expect(zh).toContain('/zh/2019/01/08/newsletter.html')
  })

  it('lays defaults: under each post as Jekyll did, and leaves an address another post or the blog answers unredirected', () => {
    const plan = planSite({
      config: [
        'url: https://team.example',
        'permalink: /:title/',
        'defaults:',
        '  - scope: { path: "_posts/en/posts", type: posts }',
        '    values: { permalink: "/en/:year/:month/:day/:title/", author: kim }',
        '  - scope: { path: "" }',
        '    values: { lang: en, layout: post }',
      ].join('\n'),
      posts: [
        { path: '_posts/en/posts/2018-06-15-release.md', text: '---\ntitle: Released\n---\nNew.\n' },
        { path: '_posts/en/pages/2016-01-01-index.md', text: '---\ntitle: Home\npermalink: /\n---\nHi.\n' },
        {
          path: '_posts/2019-05-01-old.md',
          text: '---\ntitle: Old\npermalink: /archive/2019/05/01/old/\nredirect_from: /tags/\n---\nOld.\n',
        },
        {
          path: '_posts/ja/posts/2018-06-15-release.md',
          text: '---\ntitle: リリース\nlang: ja\npermalink: /ja/2018/06/15/release/\nredirect_from: [/en/2018/06/15/release/, /ja/old/]\n---\n新.\n',
        },
      ],
    })
    const text = (path: string) => plan.files.find((f) => f.path === path)?.text ?? ''
    const en = text('posts/2018-06-15-release.md')
    // The folder's defaults gave the URL and the author; the site-wide ones the language, not the layout.
    expect(en).toContain('redirect_from: /en/2018/06/15/release/\n')
    expect(en).toContain('author: kim\n')
    expect(en).toContain('lang: en\n')
    expect(en).not.toContain('layout:')
    // The post's own lang wins over the default; the English post answers its own old URL, not a redirect.
    const ja = text('posts/2018-06-15-release-ja.md')
    expect(ja).toContain('lang: ja\n')
    expect(ja).toContain('redirect_from: ["/ja/old/", "/ja/2018/06/15/release/"]\n')
    // Below one of the blog's pages (`/archive/`) an old address is the post's own; `/tags/` is the blog's.
    expect(text('posts/2019-05-01-old.md')).toContain('redirect_from: /archive/2019/05/01/old/\n')
    // The blog's home answers `/`: the post Jekyll wrote there moves without a redirect over the home.
    const home = text('posts/2016-01-01-index.md')
    expect(home).not.toContain('redirect_from')
    expect(plan.report.redirects.map((r) => r.from)).not.toContain('/')
    expect(plan.report.droppedFields.map((item) => item.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^redirect_from: \/는 블로그 자신의 페이지/),
        expect.stringMatching(
          /^redirect_from: \/en\/2018\/06\/15\/release\/는 _posts\/en\/posts\/2018-06-15-release.md가 답하는/,
        ),
      ]),
    )
    expect(plan.report.frontMatter.map((item) => item.message)).toContain(
      'author: kim (_config.yml의 defaults:가 이 글에 준 값이라 Jekyll이 읽은 대로 적었습니다)',
    )
  })

  it('imports a post whose padded file name another post has, with a number, when Jekyll wrote them at different URLs', () => {
    const plan = planImport(
      {
        config: 'url: https://team.example\n',
        posts: [
          { path: '_posts/2021-11-05-notes.md', text: '---\ntitle: 노트\ndate: 2021-11-05 09:00:00\n---\n' },
          { path: '_posts/2021-11-5-notes.md', text: '---\ntitle: 노트\ndate: 2021-11-01 09:00:00\n---\n' },
        ],
        pages: [],
        drafts: [],
        files: new Set(),
      },
      { ...options, series: [] },
    )
    const posts = plan.files.filter((f) => f.path.startsWith('posts/')).map((f) => f.path)
    expect(posts.sort()).toEqual(['posts/2021-11-05-notes-2.md', 'posts/2021-11-05-notes.md'])
    const second = plan.files.find((f) => f.path === 'posts/2021-11-05-notes-2.md')?.text ?? ''
    expect(second).toContain('/2021/11/01/notes.html')
    expect(plan.report.needsHuman.map((item) => item.message).join('\n')).not.toContain('같은 파일 이름')
  })

  it('answers the addresses jekyll-redirect-from wrote for a page with redirects to its new address', () => {
    const plan = planImport(
      {
        config: 'url: https://team.example\nplugins: [jekyll-redirect-from]\n',
        posts: [],
        pages: [],
        drafts: [],
        files: new Set(),
        folderPages: [
          {
            path: 'docs/guides/testing.md',
            text: '---\nredirect_from: guides/testing\ntitle: 테스트\n---\n테스트 안내\n',
          },
          {
            path: 'docs/guides/deploy.md',
            text: '---\nredirect_from: [/deploy-old/, /guides/ship, /tags/deploy-guide/, /tags/, /archive.html]\ntitle: 배포\n---\n배포 안내\n',
          },
        ],
      },
      { ...options, series: [] },
    )
    const urls = plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).toContain('/guides/testing.html: /testing/')
    expect(urls).toContain('/deploy-old/: /deploy/')
    expect(urls).toContain('/guides/ship.html: /deploy/')
    // An old page below one of the blog's lists keeps its redirect; the list itself is the blog's.
    expect(urls).toContain('/tags/deploy-guide/: /deploy/')
    // `/archive.html` is a file the blog does not write (its archive is `/archive/`): the redirect stays.
    expect(urls).toContain('/archive.html: /deploy/')
    expect(plan.report.droppedFields.map((item) => item.message)).toEqual([
      'redirect_from: /tags/는 블로그의 다른 페이지가 답하는 주소라 리다이렉트로 덮지 않았습니다',
    ])
  })

  it('answers a page’s redirect_from at /a.html beside its own /a/: a static host serves two files there', () => {
    const plan = planSite({
      config: 'url: https://team.example\n',
      pages: [
        {
          path: 'conduct.md',
          text: '---\ntitle: 행동 강령\npermalink: /conduct/\nredirect_from:\n  - /conduct.html\n---\n본문\n',
        },
      ],
    })
    expect(plan.files.find((f) => f.path === 'legacy-urls.yml')?.text).toContain('/conduct.html: /conduct/\n')
  })

  it('keeps the redirect_from addresses of pages it does not import: the home page, a template', () => {
    const plan = planSite({
      config: 'url: https://team.example\npermalink: pretty\nplugins: [jekyll-redirect-from]\n',
      posts: [{ path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\n---\n글\n' }],
      pages: [
        { path: 'index.html', text: '---\nlayout: home\nredirect_from: /2017/06/14/jobs/\n---\n' },
        {
          path: 'archive.html',
          text: '---\ntitle: Archive\nredirect_from:\n  - /list/\n  - /2020/01/01/a/\n---\n{% assign years = site.posts | group_by: "x" %}{{ years }}\n',
        },
      ],
    })
    const urls = plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).toContain('/2017/06/14/jobs/: /\n')
    expect(urls).toContain('/list/: /archive/\n')
    // An address a post of the blog answers is left to the post.
    expect(urls).not.toContain('/2020/01/01/a/: ')
  })

  it('sends the numbered pages a pagination plugin wrote under an old list where that list goes', () => {
    const built = ['/blog/index.html', '/blog/2/index.html', '/blog/page/3/index.html', '/2017/06/14/index.html']
    const plan = planSite({
      config: 'url: https://team.example\npermalink: pretty\n',
      posts: [{ path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\n---\n글\n' }],
      folderPages: [{ path: 'blog/index.html', text: '---\nlayout: blog\n---\n' }],
      built: {
        label: '_site',
        feeds: [],
        files: built,
        pageFile: (url) => (built.includes(`${url}index.html`) ? `${url}index.html` : null),
      },
    })
    const urls = plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).toContain('/blog/: /\n')
    expect(urls).toContain('/blog/2/: /\n')
    expect(urls).toContain('/blog/page/3/: /\n')
    // A day of a date archive is no page of its month.
    expect(urls).not.toContain('/2017/06/14/')
  })

  it('sends an old page the blog’s own page replaces there when its address was another (/authors.html)', () => {
    const plan = planSite({
      config: 'url: https://team.example\npermalink: /:title\n',
      posts: [{ path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\n---\n글\n' }],
      pages: [
        {
          path: 'authors.html',
          text: '---\nlayout: default\ntitle: Authors\n---\n<h3>Ann Lee</h3>\n',
        },
        { path: 'search.md', text: '---\ntitle: 검색\npermalink: /search/\n---\n검색\n' },
      ],
    })
    const urls = plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).toContain('/authors.html: /authors/\n')
    // The blog's page at the very address answers it itself.
    expect(urls).not.toContain('/search/:')
    expect(plan.report.skipped.map((item) => item.message)).toContain(
      '블로그의 /authors/ 페이지가 대신합니다 (옛 주소 /authors.html)',
    )
  })

  it('gives a post whose author differs from an author file only in case (Roger, roger) that author, never a second file', () => {
    const plan = planSite({
      config: 'url: https://team.example\n',
      dataAuthors: 'roger:\n  name: Roger Peng\n',
      posts: [
        { path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\nauthor: Roger\n---\n글\n' },
        { path: '_posts/2020-01-02-b.md', text: '---\ntitle: 나\nauthor: Roger\n---\n글\n' },
        { path: '_posts/2020-01-03-c.md', text: '---\ntitle: 다\nauthors: [roger, Roger]\n---\n글\n' },
      ],
    })
    const authorFiles = plan.files.filter((f) => f.path.startsWith('authors/')).map((f) => f.path)
    expect(authorFiles).toEqual(['authors/roger.yml'])
    const text = (name: string) => plan.files.find((f) => f.path === `posts/${name}`)?.text ?? ''
    expect(text('2020-01-01-a.md')).toContain('author: roger\n')
    expect(text('2020-01-02-b.md')).toContain('author: roger\n')
    expect(text('2020-01-03-c.md')).toContain('authors: [roger]\n')
    expect(plan.report.needsHuman.filter((item) => item.message.includes('대소문자만 다른'))).toHaveLength(1)
  })

  it('leaves a numbered folder the site itself had (a kept directory listing) to the copied file', () => {
    const listings = ['/uploads/2012/index.html', '/uploads/2012/11/index.html']
    const plan = planSite({
      config: 'url: https://team.example\npermalink: pretty\n',
      posts: [{ path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\n---\n글\n' }],
      files: new Set(listings),
      built: {
        label: '_site',
        feeds: [],
        files: listings,
        pageFile: (url) => (listings.includes(`${url}index.html`) ? `${url}index.html` : null),
      },
    })
    expect(plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? '').not.toContain('/uploads/2012/11/')
  })

  it('gives a post its own slug where the old site answered that address with something else', () => {
    const answered = new Set(['/assessment/', '/own/'])
    const plan = planSite({
      config: 'url: https://team.example\npermalink: /blog/:year/:month/:title\n',
      posts: [
        { path: '_posts/2016-11-04-assessment.md', text: '---\ntitle: 평가\n---\n글\n' },
        { path: '_posts/2016-11-05-own.md', text: '---\ntitle: 제 주소\npermalink: /own/\n---\n글\n' },
      ],
      built: { label: '_site', feeds: [], pageFile: (url) => (answered.has(url) ? `${url}index.html` : null) },
    })
    const post = (name: string) => plan.files.find((f) => f.path === `posts/${name}`)?.text ?? ''
    expect(post('2016-11-04-assessment.md')).toContain('slug: assessment-2016-11-04\n')
    // A post the old site had at that very address keeps it.
    expect(post('2016-11-05-own.md')).not.toContain('slug:')
  })

  it('moves a folder page to an address the old site did not answer with something else', () => {
    const plan = planSite({
      config: 'url: https://team.example\n',
      folderPages: [{ path: 'download/install.md', text: '---\ntitle: 설치\n---\n설치 안내\n' }],
      // The old site answered /install/ with another page's redirect_from page.
      built: { label: '_site', feeds: [], pageFile: (url) => (url === '/install/' ? '/install/index.html' : null) },
    })
    const urls = plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).toContain('/download/install.html: /download-install/')
    expect(plan.files.find((f) => f.path === 'pages/install.md')?.text).toContain('permalink: /download-install/\n')
  })

  it('writes no redirect for an old tag page at the very address of the blog’s page of that tag', () => {
    const tagged = planImport(
      {
        posts: [{ path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\ntags: [ai, 한글 태그]\n---\n' }],
        pages: [],
        drafts: [],
        // A collection of tag pages, as themes keep display names: /tags/ai/ is the blog's tag page too.
        config: 'permalink: pretty\ncollections:\n  tags:\n    output: true\n    permalink: /tags/:path/\n',
        collectionFiles: [{ path: '_tags/ai.md', text: '---\nname: ai\ntitle: 인공지능\n---\n' }],
        folderPages: [
          { path: 'tags/ai/index.html', text: '---\ntag: ai\nlayout: tag\n---\n' },
          { path: 'tags/ml.md', text: '---\ntag: ai\nlayout: tag\n---\n' },
        ],
        files: new Set(),
        staticCandidates: [],
      },
      { ...options, series: [] },
    )
    const urls = tagged.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).toContain('/tags/ml/: /tags/ai/')
    expect(urls).not.toContain('/tags/ai/: /tags/ai/')
    expect(urls).not.toMatch(/^ {2}\/tags\/ai\/:/m)
    expect(tagged.report.redirects).not.toContainEqual({ from: '/tags/ai/', to: '/tags/ai/' })
  })

  it('imports a collection document with a category as content, with no redirect of its own address to the category; an address without extension redirects from its .html file', () => {
    const plan = planImport(
      {
        config: 'permalink: pretty\ncollections:\n  press:\n    output: true\n',
        posts: [{ path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\ncategory: press\n---\n' }],
        pages: [],
        drafts: [],
        files: new Set(),
        collectionFiles: [
          {
            path: '_press/2018-09-27-출시.md',
            text: '---\nlayout: press\ntitle: 출시\ncategory: press\n---\n보도자료 본문\n',
          },
          // Jekyll wrote `permalink: /press/베르세르크` as press/베르세르크.html.
          { path: '_press/2016-07-01-만화.md', text: '---\ntitle: 만화\npermalink: /press/베르세르크\n---\n본문\n' },
          // Typed on a Mac: the permalink's Hangul is decomposed (NFD).
          {
            path: '_press/2016-07-02-맥.md',
            text: '---\ntitle: 맥\npermalink: /press/맥에서-쓴-주소\n---\n본문\n'.normalize('NFD'),
          },
        ],
      },
      { ...options, series: [] },
    )
    expect(plan.files.map((f) => f.path)).toContain('pages/press-2018-09-27-출시.md')
    const urls = plan.files.find((f) => f.path === 'legacy-urls.yml')?.text ?? ''
    expect(urls).toContain('/press/2018-09-27-출시/: /press-2018-09-27-출시/')
    expect(urls).not.toContain('/press-2018-09-27-출시/: /categories/press/')
    expect(urls).toContain('/press/베르세르크.html: /press-2016-07-01-만화/')
    expect(urls.normalize('NFC')).toBe(urls)
    expect(urls).toContain('/press/맥에서-쓴-주소.html:')
  })
})

describe('planImport of one name in two folders, and of ids a plugin wrote', () => {
  const oldPage = (id: string) =>
    `<ul><li id="${id}" class="anchor-list"><p><a href="#${id}">●</a> <strong>LND #10927</strong> tightens validation of final-hop CLTV expiry.</p></li></ul>`
  const site: JekyllSite = {
    config: 'timezone: UTC\n',
    posts: [
      {
        path: '_posts/2020-01-01-changes.md',
        text: '---\ntitle: 바뀐 것\n---\n## 바뀐 것\n\n<div class="callout" id="box">상자</div>\n\n- **LND #10927** tightens validation of final-hop CLTV\n  expiry.\n\n[위 항목](#lnd-10927)과 [없는 항목](#eclair-1)\n',
      },
      {
        path: '_posts/2020-01-02-later.md',
        text: '---\ntitle: 나중\n---\nSee [the change][cltv] and [nothing][gone] and [the box][box].\n\n[cltv]: /2020/01/01/changes.html#lnd-10927\n[gone]: /2020/01/01/changes.html#gone\n[box]: /2020/01/01/changes.html#box\n',
      },
    ],
    pages: [],
    drafts: [],
    folderPages: [
      { path: 'en/workshops.md', text: '---\ntitle: Workshops\n---\nEnglish\n' },
      { path: 'zh/workshops.md', text: '---\ntitle: 研讨会\n---\n中文\n' },
    ],
    files: new Set(),
    built: {
      label: 'old/_site',
      feeds: [],
      page: (url) => (url === '/2020/01/01/changes.html' ? oldPage('lnd-10927') : null),
    },
  }
  const plan = planImport(site, { ...options, series: [] })
  const file = (path: string) => plan.files.find((f) => f.path === path)?.text ?? ''

  it('imports both pages, the second under a file name with its folder, each at its own address', () => {
    const pages = plan.files.filter((f) => f.path.startsWith('pages/')).map((f) => f.path)
    expect(pages).toEqual(['pages/workshops-zh.md', 'pages/workshops.md'])
    expect(file('pages/workshops-zh.md')).toContain('中文')
    expect(plan.report.needsHuman.filter((item) => item.message.includes('겹쳐'))).toEqual([])
    expect(plan.report.frontMatter).toContainEqual(
      expect.objectContaining({ file: 'old/zh/workshops.md', message: expect.stringContaining('workshops-zh.md') }),
    )
  })

  it('puts the id the old page had on the post and keeps the link to it; an id the old page lacked is reported', () => {
    expect(file('posts/2020-01-01-changes.md')).toContain('- <a id="lnd-10927"></a>**LND #10927** tightens')
    expect(file('posts/2020-01-02-later.md')).toContain('[cltv]: /changes/#user-content-lnd-10927\n')
    expect(file('posts/2020-01-02-later.md')).toContain('[gone]: /changes/\n')
    // An id the post wrote in HTML is named as the blog's sanitiser names it.
    expect(file('posts/2020-01-02-later.md')).toContain('[box]: /changes/#user-content-box\n')
    // Within the post, the link stays as written; the blog points it at the id it gives author-written ids.
    expect(file('posts/2020-01-01-changes.md')).toContain('[위 항목](#lnd-10927)과 없는 항목')
    const lineOf = (path: string, text: string) =>
      file(path)
        .split('\n')
        .findIndex((l) => l.includes(text)) + 1
    expect(plan.report.repairedFiles).toContainEqual(
      expect.objectContaining({
        file: 'content/posts/2020-01-01-changes.md',
        line: lineOf('posts/2020-01-01-changes.md', 'id="lnd-10927"'),
      }),
    )
    expect(plan.report.links).toContainEqual(
      expect.objectContaining({
        file: 'content/posts/2020-01-02-later.md',
        line: lineOf('posts/2020-01-02-later.md', '[cltv]:'),
      }),
    )
    expect(plan.report.needsHuman).toContainEqual(
      expect.objectContaining({ file: 'content/posts/2020-01-02-later.md', message: expect.stringContaining('#gone') }),
    )
  })
})

describe('planImport and a post whose front matter no reader takes', () => {
  it('imports it and every other post, one at the URL another wanted too, and names its file in the report', () => {
    const plan = planImport(
      {
        config: 'timezone: UTC\n',
        posts: [
          { path: '_posts/2020-01-01-note.md', text: '---\ntitle: 첫 글\n---\n본문\n' },
          { path: '_posts/2021-01-01-note.md', text: '---\ntitle: [1/2] 둘째 글\n---\n둘째 본문\n' },
          { path: '_posts/2022-01-01-open.md', text: '---\ntitle: 닫지 않은 글\n본문\n' },
        ],
        pages: [],
        drafts: [],
        files: new Set(),
      },
      options,
    )
    expect(plan.files.filter((f) => f.path.startsWith('posts/')).map((f) => f.path)).toEqual([
      'posts/2020-01-01-note.md',
      'posts/2021-01-01-note.md',
      'posts/2022-01-01-open.md',
    ])
    const second = plan.files.find((f) => f.path === 'posts/2021-01-01-note.md')?.text ?? ''
    expect(second).toMatch(/^---\ntitle: note\ndate: .*\n(.*\n)?slug: note-2021-01-01\n---\n/)
    expect(second).toContain('title: [1/2] 둘째 글')
    expect(plan.files.find((f) => f.path === 'posts/2022-01-01-open.md')?.text).toContain('title: 닫지 않은 글\n본문')
    expect(plan.report.needsHuman.map((item) => item.file)).toEqual(
      expect.arrayContaining(['content/posts/2021-01-01-note.md', 'content/posts/2022-01-01-open.md']),
    )
  })
})

describe('planImport and a link to an id an HTML page wrote', () => {
  it('points the link at the name the blog gives that id', () => {
    const plan = planImport(
      {
        config: 'timezone: UTC\n',
        posts: [{ path: '_posts/2020-01-01-a.md', text: '---\ntitle: 가\n---\n[팀](/team.html#core)\n' }],
        pages: [{ path: 'team.html', text: '---\ntitle: 팀\n---\n<div id="core"><h3>코어 팀</h3></div>\n' }],
        drafts: [],
        files: new Set(),
      },
      options,
    )
    expect(plan.files.find((f) => f.path === 'posts/2020-01-01-a.md')?.text).toContain('[팀](/team/#user-content-core)')
  })
})

describe('planImport and a collection document whose Liquid only Jekyll computed', () => {
  it('takes the HTML Jekyll computed for it, found by the document’s own path', () => {
    const plan = planImport(
      {
        config: 'timezone: UTC\ncollections:\n  team:\n    output: true\n',
        posts: [],
        pages: [],
        drafts: [],
        files: new Set(),
        collectionFiles: [
          {
            path: '_team/members.html',
            text: '---\ntitle: 팀\n---\n<ul>{% for m in site.data.team %}<li>{{ m.name }}</li>{% endfor %}</ul>\n',
          },
        ],
        built: {
          label: 'old-site',
          feeds: [],
          liquid: new Map([['_team/members.html', '<ul>\n\n    <li>지우</li>\n\n    <li>민아</li>\n</ul>\n']]),
        },
      },
      options,
    )
    const page = plan.files.find((f) => f.path === 'pages/team-members.md')?.text
    // Kept HTML: no indented line to read as code, no blank line to end the HTML.
    expect(page).toContain('<ul>\n<li>지우</li>\n<li>민아</li>\n</ul>')
    expect(page).not.toContain('{%')
  })
})

describe('pluginWrittenFiles', () => {
  it('keeps what a plugin wrote or Jekyll rendered, and nothing the blog, a copied file or a feed answers', () => {
    const built = [
      '/redirects.json',
      '/data/packages.json',
      '/assets/css/style.css',
      '/assets/a.png',
      '/about/index.html',
      '/feed.xml',
      '/rss.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/.liquid-output.json',
    ]
    const sources = new Set(['/assets/css/style.scss', '/assets/a.png', '/about.md', '/rss.xml', '/search.json'])
    expect(pluginWrittenFiles(built, sources, new Set(), new Set(['/feed.xml', '/rss.xml']))).toEqual([
      '/redirects.json',
      '/data/packages.json',
    ])
    // Rendered by Jekyll from front matter: the build's file is what readers got.
    const rendered = new Set(['/assets/css/style.scss', '/search.json'])
    expect(pluginWrittenFiles([...built, '/search.json'], sources, rendered, new Set(['/feed.xml']))).toEqual([
      '/redirects.json',
      '/data/packages.json',
      '/assets/css/style.css',
      '/search.json',
    ])
  })
})

describe('planImport of a blog written in more than one language', () => {
  const multilingual = planSite({
    config:
      'url: https://team.example\nlang: ko\npermalink: /:year/:month/:day/:title/\ndefaults:\n  - scope: { path: "_posts/en" }\n    values: { lang: en, permalink: "/en/:title/" }\n',
    posts: [
      { path: '_posts/2021-01-01-hello.md', text: '---\ntitle: 안녕\nref: hi\n---\n[영어판](/en/hello-world/)\n' },
      {
        path: '_posts/en/2021-01-02-hello-world.md',
        text: '---\ntitle: Hello\nref: hi\n---\n[Korean](/2021/01/01/hello/)\n',
      },
      { path: '_posts/2021-02-01-notes.md', text: '---\ntitle: 노트\n---\n' },
      { path: '_posts/en/2021-02-01-notes.md', text: '---\ntitle: Notes\n---\n[hello](/en/hello-world/)\n' },
      { path: '_posts/2021-03-01-at-root.md', text: '---\ntitle: Root\nlang: en-US\npermalink: /at-root/\n---\n' },
      { path: '_posts/2021-04-01-variant.md', text: '---\ntitle: Variant\nlang: en_GB\n---\n' },
    ],
    pages: [{ path: 'en/index.html', text: '---\nlayout: home\n---\n{% for post in site.posts %}{% endfor %}\n' }],
  })
  const text = (path: string) => multilingual.files.find((f) => f.path === path)?.text ?? ''

  it('places each post in its language’s edition, keeping its address there and every old URL', () => {
    expect(multilingual.report.editions).toEqual({
      site: 'ko',
      from: 'config',
      editions: [{ locale: 'en', path: 'en', posts: 3 }],
    })
    // Served at /en/hello-world/ already: no redirect over its own page.
    expect(text('posts/2021-01-02-hello-world.md')).not.toContain('redirect_from')
    // Both `notes` posts keep their address, each in its edition.
    expect(text('posts/2021-02-01-notes-en.md')).toContain('slug: notes\n')
    expect(multilingual.report.redirects).toEqual(
      expect.arrayContaining([
        { from: '/at-root/', to: '/en/at-root/' },
        { from: '/2021/02/01/notes/', to: '/notes/' },
      ]),
    )
    // The old English home is the edition's home now, neither a page nor a redirect.
    expect(multilingual.report.redirects.some((redirect) => redirect.from.startsWith('/en/'))).toBe(false)
    expect(multilingual.report.skipped).toContainEqual(
      expect.objectContaining({ file: 'old/en/index.html', message: expect.stringContaining('/en/ 판 첫 페이지') }),
    )
  })

  it('pairs translations with their originals, by key and else by file name', () => {
    expect(text('posts/2021-01-02-hello-world.md')).toContain('translation_of: hello\n')
    expect(text('posts/2021-02-01-notes-en.md')).toContain('translation_of: notes\n')
    expect(text('posts/2021-03-01-at-root.md')).not.toContain('translation_of')
    expect(multilingual.report.translations.map((item) => item.file)).toEqual([
      'content/posts/2021-01-02-hello-world.md',
      'content/posts/2021-02-01-notes-en.md',
    ])
  })

  it('keeps links as Jekyll read them, from the site’s root, and reports a lang that is no language tag', () => {
    expect(text('posts/2021-01-01-hello.md')).toContain('[영어판](/en/hello-world/)')
    expect(text('posts/2021-01-02-hello-world.md')).toContain('[Korean](/hello/)')
    expect(text('posts/2021-02-01-notes-en.md')).toContain('[hello](/en/hello-world/)')
    expect(text('posts/2021-04-01-variant.md')).toContain('lang: en_GB')
    expect(multilingual.report.needsHuman).toContainEqual(
      expect.objectContaining({
        file: 'content/posts/2021-04-01-variant.md',
        message: expect.stringContaining('en_GB'),
      }),
    )
  })

  it('leaves a blog in one language as it was', () => {
    const single = planSite({
      config: 'lang: ko\n',
      posts: [{ path: '_posts/2021-01-01-a.md', text: '---\ntitle: 가\nlang: ko-KR\n---\n' }],
    })
    expect(single.report.editions).toBeNull()
    expect(single.report.translations).toEqual([])
  })
})
