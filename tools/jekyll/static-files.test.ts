import { describe, expect, it } from 'vitest'
import { isExcluded, relinkKeptHtml, repairStaticHtml, repairStaticSvg, selectStaticFiles } from './static-files'

const file = (path: string, head = '') => ({ path, head })

describe('repairStaticSvg', () => {
  it('takes out scripts and event attributes, keeping the drawing, and leaves a safe SVG byte for byte', () => {
    const chart = [
      '<svg xmlns="http://www.w3.org/2000/svg" onload="init(evt)" width="10">',
      '<script type="text/ecmascript"><![CDATA[ if (a < b) { zoom() } ]]></script>',
      '<g onmouseover=\'s(this)\' ONCLICK=zoom(this) class="f"><rect width="1" height="1"/></g>',
      '</svg>',
    ].join('\n')
    const repaired = repairStaticSvg(chart)
    expect(repaired.text).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10">\n\n<g class="f"><rect width="1" height="1"/></g>\n</svg>',
    )
    expect(repaired.notes).toEqual([expect.stringContaining('스크립트 1개와 이벤트 처리기(on… 속성) 3개')])
    expect(repaired.remaining).toEqual([])
    const plain = '<svg data-on="1"><text>onload=x</text></svg>'
    expect(repairStaticSvg(plain)).toEqual({ text: plain, notes: [], remaining: [] })
  })
})

describe('selectStaticFiles', () => {
  it('copies every file Jekyll copied as it was, and nothing it rendered or ignored', () => {
    const selection = selectStaticFiles(
      [
        file('/assets/icon/blog.png', '\u0089PNG'),
        file('/google0123abcd.html', 'google-site-verification: google0123abcd.html'),
        file('/about.md', '---\ntitle: 소개\n---\n'),
        file('/assets/css/main.scss', '---\n---\n@import "x";'),
        file('/_drafts/a.md'),
        file('/.github/workflow.yml'),
        file('/assets/.hidden/a.png'),
        file('/Gemfile', 'source "https://rubygems.org"'),
        file('/docs/private/notes.txt', '메모'),
      ],
      { exclude: ['docs/private'], reserved: new Set() },
    )
    expect(selection).toEqual({ copy: ['/assets/icon/blog.png', '/google0123abcd.html'], skipped: [] })
  })

  it('leaves behind the blog’s own names, the domain file and data files holding e-mail addresses, saying why', () => {
    const selection = selectStaticFiles(
      [
        file('/robots.txt', 'User-agent: *'),
        file('/CNAME', 'blog.example.com'),
        file('/emails.json', '["kim@example.com"]'),
        file('/data/list.json', '[1, 2]'),
      ],
      { exclude: [], reserved: new Set(['robots.txt']) },
    )
    expect(selection.copy).toEqual(['/data/list.json'])
    expect(selection.skipped.map((item) => [item.path, item.reason])).toEqual([
      ['/robots.txt', expect.stringContaining('블로그가 같은 주소')],
      ['/CNAME', expect.stringContaining('도메인 설정')],
      ['/emails.json', expect.stringContaining('메일 주소')],
    ])
  })

  it('copies an SVG whose scripts can be taken out, leaves behind one that would still run code, naming the line', () => {
    const selection = selectStaticFiles(
      [
        file('/assets/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'),
        file('/assets/chart.svg', '<svg onload="init(evt)">\n<script>alert(document.domain)</script></svg>'),
        file('/assets/x.svg', '<svg>\n<foreignObject><p>hi</p></foreignObject></svg>'),
        file('/assets/y.svgz', '\u001f\u008b'),
      ],
      { exclude: [], reserved: new Set() },
    )
    expect(selection.copy).toEqual(['/assets/chart.svg', '/assets/logo.svg'])
    expect(selection.skipped.map((item) => [item.path, item.reason])).toEqual([
      ['/assets/x.svg', expect.stringContaining('2번째 줄: <foreignObject>')],
      ['/assets/y.svgz', expect.stringContaining('.svgz')],
    ])
  })

  it('reads Jekyll exclude patterns with a star', () => {
    expect(
      selectStaticFiles([file('/tmp-1/a.png'), file('/tmp/a.png')], { exclude: ['tmp-*'], reserved: new Set() }).copy,
    ).toEqual(['/tmp/a.png'])
  })
})

describe('repairStaticHtml', () => {
  it('takes out scripts the blog would not run and gives a head to markup that has none, leaving plain tokens alone', () => {
    const page = '<html><head><title>t</title></head><body><canvas></canvas><script>draw()</script></body></html>'
    const repaired = repairStaticHtml(page)
    expect(repaired.text).toBe('<html><head><title>t</title></head><body><canvas></canvas></body></html>')
    expect(repaired.notes).toEqual([expect.stringContaining('<script>draw()</script>')])
    const verification = '<meta name="naver-site-verification" content="abc"/>\n'
    expect(repairStaticHtml(verification).text).toBe(`<head></head>${verification}`)
    expect(repairStaticHtml('google-site-verification: google0123.html')).toEqual({
      text: 'google-site-verification: google0123.html',
      notes: [],
    })
    const data = '<html><head><script type="application/ld+json">{}</script></head></html>'
    expect(repairStaticHtml(data)).toEqual({ text: data, notes: [] })
  })
})

describe('relinkKeptHtml', () => {
  const answered = (path: string) => ['/', '/toys/triples.png', '/blog/', '/toys.css'].includes(path)
  const html =
    '<a href="/triples"><img src="/toys/triples.png"></a> <a href=\'/scratch/knights/#start\'>기사</a> <a href="/">처음</a> <a href="//cdn.example/x">x</a> <a href="toys.css">상대</a>'

  it('points the addresses the old build did not answer at the old domain, and says which', () => {
    const out = relinkKeptHtml(html, { answered, origin: 'https://nullprogram.com' })
    expect(out.text).toBe(
      '<a href="//nullprogram.com/triples"><img src="/toys/triples.png"></a> <a href=\'//nullprogram.com/scratch/knights/#start\'>기사</a> <a href="/">처음</a> <a href="//cdn.example/x">x</a> <a href="toys.css">상대</a>',
    )
    expect(out.notes).toEqual([
      expect.stringContaining('/triples: 옛 빌드가 쓰지 않은 주소라'),
      expect.stringContaining('//nullprogram.com/scratch/knights/#start로 바꿨습니다'),
    ])
    expect(out.unresolved).toEqual([])
  })

  it('names the id a fragment meets on the blog’s page now, and drops one the page does not have', () => {
    const out = relinkKeptHtml(
      '<a href="/community/#events">행사</a> <a href="/community/#gone">없음</a> <a href="/community/#intro">소개</a> <a href="/other/#x">x</a>',
      {
        answered: (path) => path === '/community/' || path === '/other/',
        origin: 'https://crystal.example',
        filePath: '/blog/index.html',
        fragmentFor: (path, id) =>
          path !== '/community/' ? undefined : id === 'events' ? 'user-content-events' : id === 'intro' ? id : null,
      },
    )
    expect(out.text).toBe(
      '<a href="/community/#user-content-events">행사</a> <a href="/community/">없음</a> <a href="/community/#intro">소개</a> <a href="/other/#x">x</a>',
    )
    expect(out.notes).toEqual([expect.stringContaining('user-content-events'), expect.stringContaining('#gone를 빼고')])
  })

  it('names the .html file the old host answered an address without extension with', () => {
    const out = relinkKeptHtml(
      '<a href="/docs">문서</a> <a href="/docs#install">설치</a> <a href="/blog/">블로그</a>',
      {
        answered: (path) => path === '/docs' || path === '/blog/',
        origin: 'https://elixir.example',
        filePath: '/install.html',
        servedHtml: (path) => (path === '/docs' ? '/docs.html' : null),
      },
    )
    expect(out.text).toBe(
      '<a href="/docs.html">문서</a> <a href="/docs.html#install">설치</a> <a href="/blog/">블로그</a>',
    )
    expect(out.notes).toEqual([expect.stringContaining('/docs.html'), expect.stringContaining('/docs.html#install')])
  })

  it('without the old site’s url, unlinks them and drops pictures it never had, as dead on the old site as here', () => {
    const out = relinkKeptHtml(`${html} <img alt="로고" src="/logo-company.svg">`, { answered, origin: null })
    expect(out.text).toBe(
      '<img src="/toys/triples.png"> 기사 <a href="/">처음</a> <a href="//cdn.example/x">x</a> <a href="toys.css">상대</a> 로고',
    )
    expect(out.notes).toEqual([
      expect.stringMatching(/^\/triples: 옛 사이트에서도 깨진 링크/),
      expect.stringMatching(/^\/scratch\/knights\/#start: 옛 사이트에서도 깨진 링크/),
      expect.stringMatching(/^\/logo-company.svg: 옛 사이트에도 없던 그림/),
    ])
    expect(out.unresolved).toEqual([])
  })

  it('unlinks a link to a page Jekyll wrote that the import did not bring over, keeping its text, for a person', () => {
    const out = relinkKeptHtml('<a class="menu" href="/talks/">발표 <b>목록</b></a> <a href="/blog/">글</a>', {
      answered: (path) => path === '/talks/' || path === '/blog/',
      origin: 'https://tonsky.me',
      unimported: (path) => (path === '/talks/' ? 'talks/index.html' : undefined),
    })
    expect(out.text).toBe('발표 <b>목록</b> <a href="/blog/">글</a>')
    expect(out.unresolved).toEqual([expect.stringContaining('/talks/: Jekyll은 이 페이지를 썼지만(talks/index.html)')])
  })
})

describe('isExcluded', () => {
  it('reads exclude: as real Jekyll 4 does: an entry names every path starting with it, and its defaults', () => {
    // Checked against jekyll build: `exclude: [ab, doc]` left out about.md, abx.md and the folder docs/.
    expect(
      ['/about.md', '/abx.md', '/docs/x.md', '/x/about.md'].map((path) => isExcluded(path, ['ab', 'doc'])),
    ).toEqual([true, true, true, false])
    // Jekyll 4's own defaults leave out vendor/bundle/, not a site's vendor/ scripts.
    expect(isExcluded('/vendor/bundle/ruby/x.rb', [])).toBe(true)
    expect(isExcluded('/vendor/jquery.js', [])).toBe(false)
    expect(isExcluded('/.jekyll-cache/x', [])).toBe(true)
  })
})
