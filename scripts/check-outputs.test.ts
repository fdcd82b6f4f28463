import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { renderFeed, type FeedPost } from '../lib/site/feeds'
import { blogPostingJsonLd, serializeJsonLd } from '../lib/site/json-ld'
import { absoluteUrl } from '../lib/config'
import { renderSitemap } from '../lib/site/sitemap'
import { fileHeaderRules } from '../lib/site/file-headers.mjs'
import { checkExport } from './check-outputs'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function page(title: string, head = ''): string {
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main><h1>${title}</h1></main></body></html>`
}

const POST_PATH = '/tags/r&d 연구/'
const post: FeedPost = {
  title: 'R&D ]]> <b>',
  url: POST_PATH,
  publishedAt: '2021-03-02T09:00:00+09:00',
  description: '첫 ]]> 둘째 ]]>',
  html: () => '<p>]]> ]]></p>',
  plainText: () => ']]> ]]>',
  authors: [{ name: '글쓴이' }],
  terms: ['<b>', 'R&D'],
}

/** A small export as the build writes it (robots.txt, a post page with JSON-LD, sitemap, feeds), then `change` applied. */
function writeExport(change: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-outputs-'))
  dirs.push(dir)
  const url = absoluteUrl(POST_PATH)
  const jsonLd = blogPostingJsonLd({
    title: post.title,
    url,
    publishedAt: post.publishedAt,
    authors: [{ name: '글쓴이' }],
    tags: [],
    image: absoluteUrl('/og/a.png'),
    publisher: { name: '블로그', url: absoluteUrl('/') },
    language: 'ko-KR',
  })
  const scope = { title: '블로그', description: '새 글', path: '/' }
  const files: Record<string, string> = {
    'robots.txt': `User-Agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`,
    'index.html': page('블로그'),
    'og/a.png': 'png',
    [`${POST_PATH.slice(1)}index.html`]: page(
      '글',
      `<meta property="og:type" content="article"><link rel="canonical" href="${url.replace('&', '&amp;')}"><script type="application/ld+json">${serializeJsonLd(jsonLd)}</script>`,
    ),
    'sitemap.xml': renderSitemap([{ url: absoluteUrl('/') }, { url, lastModified: post.publishedAt }]),
    'feed.xml': renderFeed(scope, [post], 'rss'),
    'atom.xml': renderFeed(scope, [post], 'atom'),
    'feed.json': renderFeed(scope, [post], 'json'),
    ...change,
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

async function problemsOf(change: Record<string, string> = {}): Promise<string[]> {
  const { problems } = await checkExport(writeExport(change))
  return problems.map((p) => `${p.file}: ${p.message}`)
}

describe('checkExport', () => {
  it('passes an export written by the site’s own writers, & ]]> <b> and Hangul with spaces included', async () => {
    expect(await problemsOf()).toEqual([])
  })

  it('fails a sitemap with a bare & or a URL that is not percent-encoded, or encoded twice', async () => {
    const url = absoluteUrl(POST_PATH)
    const raw = `${new URL(url).origin}${decodeURIComponent(new URL(url).pathname)}`.replace(/&/g, '&amp;')
    expect((await problemsOf({ 'sitemap.xml': renderSitemap([{ url }]).replace('&amp;', '&') })).join('\n')).toMatch(
      /sitemap\.xml: xmllint .*EntityRef/,
    )
    expect(
      (await problemsOf({ 'sitemap.xml': renderSitemap([{ url }]).replace(/<loc>[^<]*</, `<loc>${raw}<`) })).join('\n'),
    ).toMatch(/sitemap\.xml: xmllint --schema: .*pattern/)
    expect(
      (await problemsOf({ 'sitemap.xml': renderSitemap([{ url: url.replace(/%/g, '%25') }]) })).join('\n'),
    ).toMatch(/sitemap\.xml: loc: .*한 번 디코드한 경로가 내보낸 사이트에 없습니다/)
  })

  it('fails feeds the old writer produced: ]]> twice in CDATA, < in a category label', async () => {
    const rss = renderFeed({ title: 'b', description: 'd', path: '/' }, [post], 'rss').replace(
      '<description>',
      '<description><![CDATA[첫 ]]]]><![CDATA[> 둘째 ]]> 끝]]>',
    )
    const problems = (
      await problemsOf({
        'feed.xml': rss,
        'atom.xml': renderFeed({ title: 'b', description: 'd', path: '/' }, [post], 'atom').replace(
          'term="&lt;b&gt;"',
          'term="<b>"',
        ),
      })
    ).join('\n')
    expect(problems).toMatch(/feed\.xml: xmllint/)
    expect(problems).toMatch(/feed\.xml: xml\.etree/)
    expect(problems).toMatch(/feed\.xml: feedparser/)
    expect(problems).toMatch(/atom\.xml: xmllint .*Unescaped '<' not allowed in attributes values/)
  })

  it('fails the feed validator’s rules: dates, unique ids, self link', async () => {
    const rss = renderFeed({ title: 'b', description: 'd', path: '/' }, [post, post], 'rss')
      .replace(/<pubDate>[^<]*</, '<pubDate>2021-03-02T09:00:00+09:00<')
      .replace(/rel="self"/, 'rel="alternate"')
    const problems = (await problemsOf({ 'feed.xml': rss })).join('\n')
    expect(problems).toContain('RFC 822 형식이 아닙니다')
    expect(problems).toContain('가 겹칩니다')
    expect(problems).toContain('rel="self" 링크가 이 파일의 주소')
  })

  it('fails a JSON Feed that is not 1.1 and JSON-LD without an offset or author', async () => {
    const json = renderFeed({ title: 'b', description: 'd', path: '/' }, [post], 'json')
      .replace('version/1.1', 'version/1')
      .replace('"content_html"', '"content"')
    const problems = (await problemsOf({ 'feed.json': json })).join('\n')
    expect(problems).toContain('feed.json: JSON Feed 1.1: /version')
    expect(problems).toContain('feed.json: JSON Feed 1.1: /items/0 must match a schema in anyOf')
    const ld = `<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"글","datePublished":"2021-03-02T09:00:00"}</script>`
    const ldProblems = (await problemsOf({ 'index.html': page('블로그', ld) })).join('\n')
    expect(ldProblems).toContain('datePublished "2021-03-02T09:00:00"가 오프셋 있는')
    expect(ldProblems).toContain('author가 없습니다')
  })

  it('reads a feed kept under an .html name (an old blog’s /feed/) as XML, not as a page', async () => {
    const atom = renderFeed({ title: '블로그', description: '새 글', path: '/' }, [post], 'atom')
    expect(await problemsOf({ 'feed/index.html': atom })).toEqual([])
    const broken = await problemsOf({ 'feed/index.html': atom.replace('</feed>', '') })
    expect(broken.join('\n')).toContain('feed/index.html: xmllint')
    expect(broken.join('\n')).not.toContain('html-validate')
  })

  it('fails HTML with real errors (a stray </p>, an image without src), not style', async () => {
    const problems = (
      await problemsOf({
        'index.html': page('블로그').replace(
          '</h1>',
          '</h1><p><table></table></p><img alt="x"><p style="color:red" class=a>스타일</p>',
        ),
      })
    ).join('\n')
    expect(problems).toContain('close-order')
    expect(problems).toContain('element-required-attributes')
    expect(problems).not.toContain('no-inline-style')
  })

  it('fails a served SVG that would run a script, and one that _headers does not cover', async () => {
    const drawing = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
    const basePath = new URL(absoluteUrl('/')).pathname.replace(/\/$/, '')
    const covered = fileHeaderRules(['assets/a.svg', 'index.html'], basePath)
    expect(await problemsOf({ 'assets/a.svg': drawing, _headers: covered })).toEqual([])
    const problems = await problemsOf({
      'assets/a.svg': '<svg>\n<script>alert(1)</script></svg>',
      'logo.svg': drawing,
      _headers: covered,
    })
    expect(problems).toEqual([
      'assets/a.svg:2: SVG에 실행될 수 있는 내용이 있습니다: <script> 요소가 있습니다',
      `_headers: ${basePath}/logo.svg에 스크립트를 막는 Content-Security-Policy 규칙이 없습니다`,
    ])
  })
})
