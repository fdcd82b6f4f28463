import { describe, expect, it } from 'vitest'
import { finishPage, flattenHtml, indexPage, type IndexedPage } from './convert-page'

const asPage = (result: ReturnType<typeof indexPage>): IndexedPage => {
  if ('skip' in result) throw new Error(result.skip)
  return result
}

describe('indexPage', () => {
  it('keeps title, permalink and description, and lists the fields it leaves out', () => {
    const page = asPage(
      indexPage(
        {
          path: 'contact.html',
          text: '---\nlayout: page\ntitle: 연락처\npermalink: /contact.html\ndescription: 연락 방법\n---\n<p>메일</p>\n',
        },
        false,
      ),
    )
    expect(page).toMatchObject({
      fileName: 'contact.md',
      permalink: '/contact.html',
      route: { slug: 'contact', url: '/contact/', legacyPath: '/contact.html' },
      frontMatter: '---\ntitle: 연락처\npermalink: /contact.html\ndescription: 연락 방법\n---\n',
      dropped: [{ line: 2, message: 'layout: 페이지에 쓰지 않는 항목이라 뺐습니다' }],
    })
  })

  it('answers a permalink without extension or slash at the file Jekyll wrote for it too', () => {
    const doctrine = asPage(
      indexPage(
        { path: 'doctrine/index.html', text: '---\ntitle: 원칙\npermalink: /doctrine\n---\n<p>본문</p>\n' },
        false,
      ),
    )
    expect(doctrine.route).toEqual({ slug: 'doctrine', url: '/doctrine/', legacyPath: '/doctrine.html' })
    expect(doctrine.frontMatter).toContain('permalink: /doctrine.html\n')
  })

  it('leaves a collection document its layout drew from the front matter at its address, as no list', () => {
    const profile = indexPage(
      { path: '_companies/serpapi.md', text: '---\nlayout: company\nname: SerpApi\n---\n' },
      false,
      true,
    )
    expect(profile).toMatchObject({
      skip: expect.stringContaining('front matter로 그린'),
      oldUrl: '/_companies/serpapi.html',
    })
    expect('answered' in profile).toBe(false)
  })

  it('skips a page with published: false, which Jekyll never wrote, leaving no old address', () => {
    expect(indexPage({ path: 'draft.md', text: '---\ntitle: 준비 중\npublished: false\n---\n비밀\n' }, true)).toEqual({
      skip: expect.stringContaining('published: false'),
      oldUrl: null,
    })
  })

  it('leaves a page with redirect_to at its old address, where Jekyll wrote a redirect page', () => {
    const moved = {
      path: 'documentation/index.md',
      text: '---\ntitle: Documentation\npermalink: /documentation/\nredirect_to:\n  - https://docs.example.org\n---\n본문\n',
    }
    expect(indexPage(moved, false)).toEqual({
      skip: expect.stringContaining('https://docs.example.org'),
      oldUrl: '/documentation/',
    })
    const single = { path: 'old.md', text: '---\ntitle: 옛\nredirect_to: /new/\n---\n' }
    expect(indexPage(single, true)).toMatchObject({ oldUrl: '/old/' })
  })

  it('gives a page without permalink the URL Jekyll gave it, by the site’s permalink style', () => {
    const about = { path: 'about.md', text: '---\ntitle: 소개\n---\n' }
    expect(asPage(indexPage(about, true)).permalink).toBe('/about/')
    expect(asPage(indexPage(about, false)).permalink).toBe('/about.html')
  })

  it('skips templates with the old URL they leave, and pages the blog replaces', () => {
    expect(
      indexPage(
        {
          path: 'tags.html',
          text: '---\npermalink: /tags.html\n---\n{% for t in site.tags %}{{ t[0] }}{% endfor %}\n',
        },
        false,
      ),
    ).toEqual({
      skip: expect.stringContaining('템플릿'),
      oldUrl: '/tags.html',
    })
    expect(indexPage({ path: 'index.html', text: '---\nlayout: home\n---\n' }, false)).toMatchObject({ oldUrl: null })
    expect(indexPage({ path: '404.html', text: '---\npermalink: /404.html\n---\n' }, false)).toMatchObject({
      oldUrl: null,
    })
    expect(indexPage({ path: 'README.md', text: '# 읽어 보기\n' }, false)).toMatchObject({
      skip: expect.stringContaining('front matter'),
      oldUrl: null,
    })
    expect(
      indexPage({ path: 'docs.md', text: '---\ntitle: 문서\npermalink: /docs/guide/\n---\n' }, false),
    ).toMatchObject({ oldUrl: '/docs/guide/' })
  })

  it('imports a page computed from the site’s data when the old build left Jekyll’s Liquid output, but no list of posts', () => {
    const people = {
      path: 'community/index.md',
      text: '---\ntitle: 커뮤니티\n---\n{% for person in site.data.team %}* {{ person.name }}\n{% endfor %}\n',
    }
    expect(indexPage(people, true)).toMatchObject({ skip: expect.stringContaining('템플릿') })
    expect(asPage(indexPage(people, true, false, true)).permalink).toBe('/community/')
    const archive = {
      path: 'archive.md',
      text: '---\ntitle: 글\n---\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n',
    }
    expect(indexPage(archive, true, false, true)).toMatchObject({ skip: expect.stringContaining('템플릿') })
  })

  it('reads a folder’s index page as the page Jekyll served at /<folder>/, and leaves a layout-drawn list to the blog', () => {
    const about = asPage(
      indexPage({ path: 'about/index.md', text: '---\ntitle: 소개\nlayout: page\n---\n안녕하세요\n' }, false),
    )
    expect(about.permalink).toBe('/about/')
    expect(about.fileName).toBe('about.md')
    // A deeper folder's index is that folder's page, never the site's home page.
    const lab = asPage(
      indexPage(
        { path: 'esigelec/lab/index.html', text: '---\ntitle: Lab\npermalink: /esigelec-lab/\n---\n<p>실습</p>\n' },
        false,
      ),
    )
    expect(lab).toMatchObject({ fileName: 'lab.md', permalink: '/esigelec-lab/' })
    const list = indexPage({ path: 'category/index.html', text: '---\nlayout: category\n---\n' }, false)
    expect(list).toEqual({ skip: expect.stringContaining('layout(category)'), oldUrl: '/category/', answered: true })
  })

  it('uses the file name for a missing title and asks a person to check it', () => {
    const page = asPage(indexPage({ path: 'faq.md', text: '---\npermalink: /faq/\n---\n\n\n질문\n' }, false))
    expect(page.frontMatter).toBe('---\ntitle: faq\npermalink: /faq/\n---\n')
    expect(page.body).toBe('\n질문\n')
    expect(page.problems).toEqual([{ line: 2, message: expect.stringContaining('"faq"') }])
  })
})

describe('flattenHtml', () => {
  it('keeps an HTML page one HTML block: no indentation read as code, no blank line ending it, <pre> as shown', () => {
    // The blank lines inside <pre> become &#10; on the next line: the same line breaks, and no blank line.
    expect(flattenHtml('<div>\n    <p>a</p>\n\n    <pre>\n  x\n\n  \n  y</pre>\n</div>\n')).toBe(
      '<div>\n<p>a</p>\n<pre>\n  x\n&#10;  &#10;  y</pre>\n</div>\n',
    )
    expect(flattenHtml('\n \n')).toBe('')
  })
})

describe('finishPage', () => {
  it('converts Liquid and reports on the written file’s lines', () => {
    const page = asPage(
      indexPage(
        {
          path: 'contact.html',
          text: '---\ntitle: 연락처\npermalink: /contact.html\n---\n<div>\n  <a href="{{ site.baseurl }}/">처음</a>\n  <iframe src="https://x.example/"></iframe>\n</div>\n',
        },
        false,
      ),
    )
    const site = {
      origins: [],
      posts: new Map(),
      pages: new Set<string>(),
      routes: new Set(['/']),
      hasFile: () => false,
    }
    const outcome = finishPage(page, { postUrl: () => null, linkUrl: () => null }, site)
    expect(outcome.text).toBe(
      '---\ntitle: 연락처\npermalink: /contact.html\n---\n<div>\n<a href="/">처음</a>\n<iframe src="https://x.example/"></iframe>\n</div>\n',
    )
    expect(outcome.problems).toEqual([{ line: 7, message: expect.stringContaining('<iframe>') }])
  })

  it('resolves a relative address against the old URL of the page, as the browser did', () => {
    const page = asPage(
      indexPage(
        {
          path: 'projects/index.html',
          text: '---\ntitle: 프로젝트\n---\n<figure><img src="spectre.jpg" alt="스펙터"></figure>\n<a href="gone.zip">받기</a>\n',
        },
        true,
      ),
    )
    const site = {
      origins: [],
      posts: new Map(),
      pages: new Set<string>(),
      routes: new Set(['/']),
      hasFile: (path: string) => path === '/projects/spectre.jpg',
      links: { repository: null, moved: new Map() },
    }
    const outcome = finishPage(page, { postUrl: () => null, linkUrl: () => null }, site)
    expect(outcome.text).toContain('<img src="/projects/spectre.jpg" alt="스펙터">')
    expect(outcome.text).toContain('\n받기\n')
    expect(outcome.problems).toEqual([{ line: 6, message: expect.stringContaining('/projects/gone.zip') }])
  })
})
