import { describe, expect, it } from 'vitest'
import { folderPageUrl } from './folder-pages'
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
    expect(folderPageUrl('pages/team.md', {}, false)).toBe('/pages/team.html')
    expect(folderPageUrl('pages/team.md', {}, true)).toBe('/pages/team/')
    expect(folderPageUrl('pages/team.md', { permalink: 'company/team/' }, false)).toBe('/company/team/')
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
    expect(text('legacy-urls.yml')).toContain('/docs/guides/index.html: /guides/')
    expect(text('legacy-urls.yml')).toContain('/install/linux/ubuntu/index.html: /ubuntu/')
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
      site([
        { path: 'tags/how we work.md', text: '---\nlayout: tagpage\ntag: how we work\n---\n' },
        { path: 'tags/ops-team.md', text: '---\nlayout: tagpage\ntag: ops team\npermalink: /tags/ops team/\n---\n' },
      ]),
      options,
    )
    expect(plan.report.redirects).toContainEqual({ from: '/tags/how we work.html', to: '/tags/how-we-work/' })
    expect(plan.report.redirects).toContainEqual({ from: '/tags/ops team/', to: '/tags/ops-team/' })
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
