import { describe, expect, it } from 'vitest'
import { pageUrl } from './permalink'
import { planImport, type ImportOptions, type JekyllSite } from './plan'

const options: ImportOptions = {
  labels: { site: 'old', content: 'content', public: 'public' },
  series: [],
  knownAuthors: new Set(),
  knownSeries: new Set(),
  blog: { legacyOrigins: [], timeZone: 'Asia/Seoul' },
}

const site = (folderPages: JekyllSite['folderPages'], config = 'timezone: UTC\n'): JekyllSite => ({
  config,
  posts: [{ path: '_posts/2020-01-01-hello.md', text: '---\ntitle: 안녕\n---\n본문\n' }],
  pages: [{ path: 'contact.md', text: '---\ntitle: 루트의 연락처\n---\n## form\n' }],
  drafts: [],
  files: new Set(),
  folderPages,
})

describe('pages of a folder (pages/contact.md)', () => {
  it('computes the URL Jekyll 4 wrote: permalink, else the path with .html or a slash', () => {
    expect(pageUrl('pages/team.md', {}, false)).toBe('/pages/team.html')
    expect(pageUrl('pages/team.md', {}, true)).toBe('/pages/team/')
    expect(pageUrl('esigelec/lab/index.md', {}, true)).toBe('/esigelec/lab/')
    expect(pageUrl('esigelec/lab/index.html', {}, false)).toBe('/esigelec/lab/')
    expect(pageUrl('pages/team.md', { permalink: 'company/team/' }, false)).toBe('/company/team/')
    // Jekyll's page placeholders in a permalink: the folder, the file's name, the output's extension.
    expect(pageUrl('docs/setup.md', { permalink: '/guide:path/:basename:output_ext' }, false)).toBe(
      '/guide/docs/setup.html',
    )
    expect(pageUrl('faq.md', { permalink: '/:path/:basename/' }, false)).toBe('/faq/')
  })

  it('imports a folder page whose file name another folder has under a name with its folder, and links to it follow', () => {
    const plan = planImport(
      {
        ...site([
          { path: 'en/workshops.md', text: '---\ntitle: Workshops\npermalink: /en/workshops/\n---\nEnglish\n' },
          { path: 'zh/workshops.md', text: '---\ntitle: Workshops\npermalink: /zh/workshops/\n---\n中文\n' },
        ]),
        posts: [
          {
            path: '_posts/2020-01-01-hello.md',
            text: '---\ntitle: 안녕\n---\n[研讨会][zh] 참고\n\n[zh]: /zh/workshops/\n',
          },
        ],
      },
      options,
    )
    const text = (path: string) => plan.files.find((file) => file.path === path)?.text ?? ''
    expect(text('pages/workshops.md')).toContain('English')
    expect(text('pages/workshops-zh.md')).toContain('中文')
    expect(text('pages/workshops-zh.md')).toContain('permalink: /zh-workshops/')
    expect(text('legacy-urls.yml')).toContain('/zh/workshops/: /zh-workshops/')
    expect(text('posts/2020-01-01-hello.md')).toContain('[zh]: /zh-workshops/')
    expect(plan.report.needsHuman).toEqual([])
  })

  it('keeps the HTML Jekyll wrote for a page the blog cannot have, and links to it stay', () => {
    const template =
      '---\ntitle: 문서\n---\n{% for d in site.data.docs %}<a href="{{ d.url }}">{{ d.title }}</a>{% endfor %}\n'
    const given = (pageFile: ((url: string) => string | null) | undefined) =>
      planImport(
        {
          ...site([]),
          posts: [{ path: '_posts/2020-01-01-hello.md', text: '---\ntitle: 안녕\n---\n[문서](/docs.html)를 보세요\n' }],
          pages: [{ path: 'docs.md', text: template }],
          built: { label: '_site', feeds: [], ...(pageFile ? { pageFile } : {}) },
        },
        options,
      )
    const kept = given((url) => (url === '/docs.html' ? '/docs.html' : null))
    expect(kept.builtPages).toEqual(['/docs.html'])
    expect(kept.files.find((file) => file.path === 'posts/2020-01-01-hello.md')?.text).toContain('[문서](/docs.html)')
    const about = kept.report.needsHuman.filter((item) => item.file === 'old/docs.md')
    expect(about).toEqual([
      {
        file: 'old/docs.md',
        line: 1,
        message: expect.stringContaining('Jekyll이 쓴 HTML을 public/docs.html에 그대로 두었습니다'),
      },
    ])
    // Without the build there is nothing to keep: the link loses its address, and the report says so.
    const lost = given(undefined)
    expect(lost.builtPages).toEqual([])
    expect(lost.files.find((file) => file.path === 'posts/2020-01-01-hello.md')?.text).not.toContain('(/docs.html)')
  })

  it('leaves out a file named as a page’s folder but for letter case, and says why', () => {
    const plan = planImport(
      {
        ...site([]),
        pages: [{ path: 'license.md', text: '---\ntitle: 라이선스\npermalink: /license/\n---\nMIT\n' }],
        files: new Set(['/LICENSE', '/logo.png']),
        staticCandidates: [
          { path: '/LICENSE', head: 'MIT License' },
          { path: '/logo.png', head: 'PNG' },
        ],
      },
      options,
    )
    expect(plan.assets).toEqual(['/logo.png'])
    expect(plan.report.skipped).toContainEqual({
      file: 'old/LICENSE',
      line: 1,
      message: expect.stringContaining('/license/와 대소문자만 다른 이름'),
    })
  })

  it('treats an SVG the blog refuses as a file the old site lacked: not copied, and no link leads to it', () => {
    const unsafe = '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>'
    const plan = planImport(
      {
        ...site([]),
        posts: [{ path: '_posts/2020-01-01-hello.md', text: '---\ntitle: 안녕\n---\n![기여자](/assets/people.svg)\n' }],
        files: new Set(['/assets/people.svg']),
        staticCandidates: [{ path: '/assets/people.svg', head: unsafe }],
      },
      options,
    )
    expect(plan.assets).toEqual([])
    expect(plan.files.find((file) => file.path === 'posts/2020-01-01-hello.md')?.text).not.toContain(
      '/assets/people.svg)',
    )
  })

  it('sends the old addresses a page’s redirect_from named to the page', () => {
    const plan = planImport(
      {
        ...site([]),
        pages: [
          {
            path: 'contact.md',
            text: '---\ntitle: 연락처\nredirect_from:\n  - /2016/11/09/contact-old/\n  - /contact-us.html\n  - /tags/\n  - /contact/\n---\n본문\n',
          },
        ],
      },
      options,
    )
    const text = (path: string) => plan.files.find((file) => file.path === path)?.text ?? ''
    expect(text('legacy-urls.yml')).toContain('/2016/11/09/contact-old/: /contact/')
    expect(text('legacy-urls.yml')).toContain('/contact-us.html: /contact/')
    // Addresses the blog answers itself (its tag list, the page's own address) keep their pages.
    expect(text('legacy-urls.yml')).not.toMatch(/^\s*\/tags\/:|^\s*\/contact\/:/m)
    expect(plan.report.droppedFields.map((item) => item.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('redirect_from: /tags/는'),
        expect.stringContaining('redirect_from: /contact/는'),
      ]),
    )
  })

  it('keeps a root page at its address when a folder has a page of the same name', () => {
    const plan = planImport(
      {
        ...site([
          { path: 'en/settings.html', text: '---\ntitle: Settings\npermalink: /en/settings/\n---\n<p>English</p>\n' },
        ]),
        pages: [{ path: 'settings.html', text: '---\ntitle: 설정\npermalink: /settings/\n---\n<p>한국어</p>\n' }],
      },
      options,
    )
    const text = (path: string) => plan.files.find((file) => file.path === path)?.text ?? ''
    expect(text('pages/settings.md')).toContain('permalink: /settings/')
    expect(text('pages/settings.md')).toContain('한국어')
    expect(text('pages/settings-en.md')).toContain('permalink: /en-settings/')
    expect(text('legacy-urls.yml')).toContain('/en/settings/: /en-settings/')
    expect(plan.report.needsHuman).toEqual([])
  })

  it('imports the index page of a folder two levels deep at its folder’s name, not as the home page', () => {
    const plan = planImport(
      site([
        { path: 'docs/guides/index.md', text: '---\ntitle: 안내서\n---\n안내서 목록\n' },
        { path: 'install/linux/ubuntu/index.md', text: '---\ntitle: 우분투\n---\n설치\n' },
      ]),
      options,
    )
    const text = (path: string) => plan.files.find((file) => file.path === path)?.text ?? ''
    expect(text('pages/guides.md')).toContain('permalink: /guides/')
    expect(text('pages/ubuntu.md')).toContain('permalink: /ubuntu/')
    expect(text('legacy-urls.yml')).toContain('/docs/guides/: /guides/')
    expect(text('legacy-urls.yml')).toContain('/install/linux/ubuntu/: /ubuntu/')
  })

  it('imports each page at a one-level URL and sends its old URL there', () => {
    const plan = planImport(
      site([
        { path: 'pages/team.md', text: '---\ntitle: 팀 소개\nlayout: page\n---\n우리 팀은 다섯 명입니다.\n' },
        { path: 'pages/join.html', text: '---\ntitle: 채용\npermalink: /join/\n---\n<p>채용 중</p>\n' },
        { path: 'company/culture.md', text: '---\ntitle: 문화\npermalink: /company/culture/\n---\n회고\n' },
      ]),
      options,
    )
    const text = (path: string) => plan.files.find((file) => file.path === path)?.text ?? ''
    expect(text('pages/team.md')).toContain('permalink: /team/')
    expect(text('pages/team.md')).toContain('우리 팀은 다섯 명입니다.')
    expect(text('pages/join.md')).toContain('permalink: /join/')
    expect(text('pages/culture.md')).toContain('permalink: /culture/')
    expect(text('legacy-urls.yml')).toContain('/pages/team.html: /team/')
    expect(text('legacy-urls.yml')).toContain('/company/culture/: /culture/')
    expect(plan.report.redirects).toContainEqual({ from: '/pages/team.html', to: '/team/' })
  })

  it('gives a page whose name a root page owns the folder in its URL', () => {
    const plan = planImport(
      site([{ path: 'pages/contact.html', text: '---\ntitle: 연락처\n---\n<p>메일</p>\n' }]),
      options,
    )
    expect(plan.report.redirects).toContainEqual({ from: '/pages/contact.html', to: '/pages-contact/' })
  })

  it('points a link to an old list page at the blog list that replaces it', () => {
    const plan = planImport(
      {
        ...site([{ path: 'en/newsletters.md', text: '---\nlayout: newsletters\npermalink: /en/newsletters/\n---\n' }]),
        posts: [{ path: '_posts/2020-01-01-hello.md', text: '---\ntitle: 안녕\n---\n[지난 호](/en/newsletters/)\n' }],
      },
      options,
    )
    expect(plan.files.find((f) => f.path === 'posts/2020-01-01-hello.md')?.text).toContain('[지난 호](/)')
  })

  it('imports a page whose Liquid is only includes as content', () => {
    const plan = planImport(
      site([
        {
          path: 'pages/workshops.md',
          text: '---\ntitle: 워크숍\n---\n워크숍 안내입니다.\n\n{% include form.html %}\n',
        },
      ]),
      options,
    )
    expect(plan.files.find((f) => f.path === 'pages/workshops.md')?.text).toContain('워크숍 안내입니다.')
  })

  it('reports a page it cannot import with its file and old URL, never dropping it silently', () => {
    const plan = planImport(
      site([
        {
          path: 'pages/list.html',
          text: '---\ntitle: 목록\n---\n{% for item in site.data.items %}{{ item.name }}{% endfor %}\n',
        },
      ]),
      options,
    )
    expect(plan.report.needsHuman).toContainEqual(
      expect.objectContaining({
        file: 'old/pages/list.html',
        line: 1,
        message: expect.stringContaining('/pages/list.html'),
      }),
    )
  })
})

describe('tag pages written with spaces (/tags/how we work/)', () => {
  it('sends the address Jekyll wrote, spaces and all, to the blog page of that tag', () => {
    const plan = planImport(
      {
        ...site([
          { path: 'tags/how we work.md', text: '---\nlayout: tagpage\ntag: how we work\n---\n' },
          { path: 'tags/ops-team.md', text: '---\nlayout: tagpage\ntag: ops team\npermalink: /tags/ops team/\n---\n' },
          {
            path: 'tags/interview.md',
            text: '---\nlayout: tagpage\ntag: interview\npermalink: /tags/interview/\nredirect_from: [/tags/job-interview/, /tags/, /]\n---\n',
          },
        ]),
        pages: [
          {
            path: '_pages/category-algorithm.md',
            text: '---\ntitle: 알고리즘\nlayout: archive\npermalink: categories/algorithm\n---\n{% assign posts = site.categories.Algorithm %}\n{% for post in posts %}{% include card.html %}{% endfor %}\n',
          },
        ],
        posts: [
          { path: '_posts/2020-01-01-hello.md', text: '---\ntitle: 안녕\ntag: how we work\n---\n본문\n' },
          {
            path: '_posts/2020-01-02-bye.md',
            text: '---\ntitle: 잘 가\ntags: [ops team]\ncategories: [Algorithm]\n---\n본문\n',
          },
        ],
      },
      options,
    )
    expect(plan.report.redirects).toContainEqual({ from: '/tags/how we work.html', to: '/tags/how-we-work/' })
    expect(plan.report.redirects).toContainEqual({ from: '/tags/ops team/', to: '/tags/ops-team/' })
    // A page that lists one category's posts from the site leads to the blog's page of that category
    // (its permalink read from the site's root, as Jekyll read it; Jekyll wrote it as a .html file).
    expect(plan.report.redirects).toContainEqual({ from: '/categories/algorithm.html', to: '/categories/algorithm/' })
    // A tag no post has gets no page in the blog: its old page leads to the list of tags.
    expect(plan.report.redirects).toContainEqual({ from: '/tags/interview/', to: '/tags/' })
    // The list page's redirect_from addresses lead where it does.
    expect(plan.report.redirects).toContainEqual({ from: '/tags/job-interview/', to: '/tags/' })
    // Never over the blog's home or its own list of tags.
    expect(plan.report.redirects.map((redirect) => redirect.from)).not.toEqual(expect.arrayContaining(['/tags/']))
    expect(plan.report.redirects.map((redirect) => redirect.from)).not.toEqual(expect.arrayContaining(['/']))
    // A tag page is a list, never imported as a page of its own.
    expect(plan.files.map((file) => file.path)).not.toContain('pages/how we work.md')
  })
})

describe('links with a #fragment to an old page URL that now redirects', () => {
  it('points them at the page’s new URL, fragment kept, and says so in the report', () => {
    const plan = planImport(
      {
        ...site([{ path: 'pages/team.md', text: '---\ntitle: 팀 소개\n---\n## 근무 시간\n' }]),
        posts: [
          {
            path: '_posts/2020-01-01-hello.md',
            text: '---\ntitle: 안녕\n---\n[근무 시간](/pages/team.html#근무-시간)과 [연락처 양식](/contact.html#form)\n',
          },
        ],
      },
      options,
    )
    const post = plan.files.find((file) => file.path === 'posts/2020-01-01-hello.md')?.text ?? ''
    expect(post).toContain('[근무 시간](/team/#근무-시간)')
    expect(post).toContain('[연락처 양식](/contact/#form)')
    expect(plan.report.needsHuman).toEqual([])
    expect(plan.report.links.map((item) => item.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('/pages/team.html#근무-시간 → /team/#근무-시간')]),
    )
  })
})

describe('a #fragment that the moved page has no heading for', () => {
  it('is taken off and reported, so the build does not fail on it', () => {
    const plan = planImport(
      {
        ...site([{ path: 'pages/team.md', text: '---\ntitle: 팀 소개\n---\n## 근무 시간\n' }]),
        posts: [{ path: '_posts/2020-01-01-hello.md', text: '---\ntitle: 안녕\n---\n[역할](/pages/team.html#role)\n' }],
      },
      options,
    )
    const post = plan.files.find((file) => file.path === 'posts/2020-01-01-hello.md')?.text ?? ''
    expect(post).toContain('[역할](/team/)')
    expect(plan.report.needsHuman).toContainEqual(
      expect.objectContaining({ file: 'content/posts/2020-01-01-hello.md', message: expect.stringContaining('#role') }),
    )
  })
})
