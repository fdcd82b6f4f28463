import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteRoot } from '../../lib/config'
import {
  checkExportedLinks,
  fileFor,
  findBrokenLinks,
  pageUrlOf,
  scanPage,
  scanText,
  type PageScan,
} from './link-check'

function site(files: Record<string, string>, basePath = '') {
  const pages = new Map<string, PageScan>()
  for (const [file, html] of Object.entries(files)) if (file.endsWith('.html')) pages.set(file, scanPage(html))
  const exists = (file: string) => Object.hasOwn(files, file)
  return findBrokenLinks(pages, exists, {
    basePath,
    ownOrigins: [`https://blog.example.com${basePath}`, 'https://megazonedsg.github.io'],
  })
}

describe('scanPage', () => {
  it('collects ids, named anchors and links', () => {
    const scan = scanPage(
      '<h2 id="개요">개요</h2><a name="old"></a><a href="/x/#개요">x</a><img src="/a.png"><link rel="preconnect" href="https://x">',
    )
    expect([...scan.ids]).toEqual(['개요', 'old'])
    expect(scan.links).toEqual(['/x/#개요', '/a.png'])
  })
})

describe('paths', () => {
  it('maps pages to URLs and URLs to files as a static host does', () => {
    expect(pageUrlOf('kubecon-1/index.html', '/blog')).toBe('/blog/kubecon-1/')
    expect(pageUrlOf('index.html', '')).toBe('/')
    expect(pageUrlOf('tags.html', '')).toBe('/tags.html')
    const exists = (f: string) => ['index.html', 'a/index.html', 'feed.xml'].includes(f)
    expect(fileFor('/', exists)).toBe('index.html')
    expect(fileFor('/a/', exists)).toBe('a/index.html')
    expect(fileFor('/a', exists)).toBe('a/index.html')
    expect(fileFor('/feed.xml', exists)).toBe('feed.xml')
    expect(fileFor('/b/', exists)).toBeNull()
  })
})

describe('findBrokenLinks', () => {
  it('accepts links to existing pages, files and Hangul ids, and ignores external links', () => {
    expect(
      site({
        'index.html':
          '<a href="/k8s/#쿠버네티스란">x</a><a href="k8s/">rel</a><a href="https://example.com/nope">ext</a><a href="mailto:a@b.c">m</a><a href="#">top</a>',
        'k8s/index.html': '<h2 id="쿠버네티스란">t</h2><img src="/img/a.png"><a href="%EC%97%86%EC%9D%8C/">encoded</a>',
        'k8s/없음/index.html': '<a href="../#%EC%BF%A0%EB%B2%84%EB%84%A4%ED%8B%B0%EC%8A%A4%EB%9E%80">up</a>',
        'img/a.png': '',
      }),
    ).toEqual([])
  })

  it('reports a missing page, a missing file and a missing Hangul anchor with page and reason', () => {
    const broken = site({
      'index.html': '<a href="/gone/">g</a><img src="/img/missing.png"><a href="/k8s/#없는-제목">f</a>',
      'k8s/index.html': '<h2 id="있는-제목">t</h2>',
    })
    expect(broken).toEqual([
      { page: 'index.html', link: '/gone/', reason: '가리키는 페이지나 파일이 없습니다' },
      { page: 'index.html', link: '/img/missing.png', reason: '가리키는 페이지나 파일이 없습니다' },
      { page: 'index.html', link: '/k8s/#없는-제목', reason: '페이지 k8s/index.html에 id "없는-제목"가 없습니다' },
    ])
  })

  it('checks absolute links to the site itself and to the old blog as internal links', () => {
    const broken = site(
      {
        'index.html':
          '<link rel="canonical" href="https://blog.example.com/blog/"><a href="https://megazonedsg.github.io/nope/">old</a>',
      },
      '/blog',
    )
    expect(broken).toEqual([
      { page: 'index.html', link: 'https://megazonedsg.github.io/nope/', reason: '가리키는 페이지나 파일이 없습니다' },
    ])
  })

  it('reports internal links that forgot the base path', () => {
    const broken = site({ 'index.html': '<a href="/kubecon-1/">k</a>', 'kubecon-1/index.html': '' }, '/blog')
    expect(broken[0]?.reason).toContain('base path')
  })
})

describe('scanText', () => {
  it('reads the links of a Markdown twin or llms.txt: parentheses, <…>, references, attributes; not code', () => {
    const text =
      '[a](https://b.example/x-(EC2)/) ![g](<a b.png> "t")\n\n[r]: /ref/\n\n<img src="/i.png">\n\n`[c](/code/)`\n\n```\n[d](/block/)\n```\n'
    expect(scanText(text).links).toEqual(['https://b.example/x-(EC2)/', 'a%20b.png', '/ref/', '/i.png'])
  })

  it('skips addresses of other schemes, however they are disguised', () => {
    const text =
      '[a](javascript&#58;alert(1)) [b](&#14;javascript:x) [c](java&#x09;script:x) [d](javascript&colon;x) [e](mailto:a@b.c) [f](/ok/)'
    expect(scanText(text).links).toEqual(['/ok/'])
  })
})

describe('scanText', () => {
  it('reads reference definitions as links, and footnotes as text', () => {
    const text = 'See [the guide][g] and a note.[^cost]\n\n[g]: /guide/\n[^cost]: Prices as of 2021.\n'
    expect(scanText(text).links).toEqual(['/guide/'])
  })

  it('reads no link where CommonMark sees none: a destination with spaces is text (an old post wrote one)', () => {
    const text = '*출처: [Setup a Slim CI](Setup a Slim CI for dbt)* 그리고 [진짜](/real/)\n'
    expect(scanText(text).links).toEqual(['/real/'])
  })
})

describe('checkExportedLinks', () => {
  it('checks the pages and /llms.txt of an export folder, a fragment on another page after that page is read', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'link-check-out-'))
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), text)
    }
    // `a/` is read before `b/`: its link to `/b/#절` waits for b's ids.
    write(
      'a/index.html',
      '<a href="/b/#절">b</a><a href="/b/#없는-절">b</a><a href="#개요">위</a><h2 id="개요">개요</h2>',
    )
    write('b/index.html', '<h2 id="절">절</h2><a href="/a/#개요">a</a><a href="#nowhere">x</a>')
    write('index.html', '<a href="/a/">a</a>')
    write('llms.txt', `# Blog\n\n- [A](${siteRoot}/a/)\n- [C](${siteRoot}/c/)\n`)
    // A post's Markdown twin repeats its page's links: its page is checked instead.
    write('a/index.md', `[gone](${siteRoot}/gone/)\n`)
    // An old feed kept at a folder's index.html is a feed, not a page: its <link>s are entries.
    write(
      'feed/index.html',
      '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><link href="/gone/"/></feed>',
    )
    const { pages, broken } = checkExportedLinks(root)
    expect(pages).toBe(4)
    expect(broken).toEqual([
      { page: 'a/index.html', link: '/b/#없는-절', reason: '페이지 b/index.html에 id "없는-절"가 없습니다' },
      { page: 'b/index.html', link: '#nowhere', reason: '페이지 b/index.html에 id "nowhere"가 없습니다' },
      { page: 'llms.txt', link: `${siteRoot}/c/`, reason: '가리키는 페이지나 파일이 없습니다' },
    ])
  })
})
