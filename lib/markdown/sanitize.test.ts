import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EMBED_SANDBOX } from './embeds'
import { findUnsafeHtml, readXssVectors } from '../fixtures/find-unsafe-html'
import { renderMarkdown } from './pipeline'

const vectors = readXssVectors()
const CORPUS_POST = new URL('../../e2e/fixtures/content/posts/2019-01-01-xss-corpus.md', import.meta.url)

describe('the XSS corpus (lib/fixtures/xss-vectors.txt)', () => {
  it.each(vectors)('renders %s without anything that could run script', async (vector) => {
    expect(findUnsafeHtml(await renderMarkdown(`${vector}\n`))).toEqual([])
  })

  it('stays safe with raw control characters inside the scheme', async () => {
    for (const vector of [
      '<IMG SRC="jav\tascript:alert(1)">',
      '<a href="java\nscript:alert(1)">x</a>',
      '<a href="\u0001javascript:alert(1)">x</a>',
      '<img src="java\0script:alert(1)">',
    ]) {
      expect(findUnsafeHtml(await renderMarkdown(`${vector}\n`)), JSON.stringify(vector)).toEqual([])
    }
  })

  it('is in the browser-tested fixture post in full, which renders safely as a whole', async () => {
    const post = readFileSync(CORPUS_POST, 'utf8')
    expect(vectors.filter((vector) => !post.includes(vector))).toEqual([])
    expect(findUnsafeHtml(await renderMarkdown(post))).toEqual([])
  })

  it('is checked by a checker that does notice unsafe HTML', () => {
    expect(findUnsafeHtml('<img src=x onerror=alert(1)>')).toEqual(['<img> onError handler'])
    expect(findUnsafeHtml('<a href=" java&#9;script:alert(1)">x</a>')).toHaveLength(1)
    expect(findUnsafeHtml('<iframe src="https://xss.example/"></iframe>')).toHaveLength(2)
    expect(findUnsafeHtml('<svg><style>x</style></svg>')).toEqual(['<svg> element', '<style> element'])
  })
})

describe('the old posts’ HTML after sanitising', () => {
  it('keeps sized images, line breaks, centring and tables', async () => {
    const html = await renderMarkdown(
      '<center><b>제목</b></center>\n\n<div align="center"><img src="https://img.example.com/a.png" width="600" height="400"></div>\n\n첫 줄<br>둘째 줄<br/>셋째 줄\n',
    )
    expect(html).toContain('<div align="center"><b>제목</b></div>')
    expect(html).toContain('<div align="center"><img src="https://img.example.com/a.png" width="600" height="400"')
    expect(html).toContain('첫 줄<br>둘째 줄<br>셋째 줄')
  })

  it('keeps a SlideShare iframe, sandboxed, lazy, over https, with a title', async () => {
    const html = await renderMarkdown(
      '<iframe src="//www.slideshare.net/slideshow/embed_code/key/AbCdEf" width="595" height="485" frameborder="0" scrolling="no" style="border:1px solid #CCC" allowfullscreen> </iframe>\n',
    )
    expect(html).toBe(
      `<iframe src="https://www.slideshare.net/slideshow/embed_code/key/AbCdEf" title="SlideShare 슬라이드" width="595" height="485" allowfullscreen sandbox="${EMBED_SANDBOX}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    )
  })

  it('turns a refused iframe and a Gist script into links instead of losing them', async () => {
    const html = await renderMarkdown(
      '<iframe src="https://dashboard.example.com/chart"></iframe>\n\n<script src="https://gist.github.com/someone/0123abcd.js"></script>\n',
    )
    expect(html).toContain(
      '<a href="https://dashboard.example.com/chart" rel="noopener noreferrer">삽입된 콘텐츠 보기 (dashboard.example.com)</a>',
    )
    expect(html).toContain(
      '<a href="https://gist.github.com/someone/0123abcd" rel="noopener noreferrer">GitHub Gist에서 코드 보기</a>',
    )
    expect(html).not.toContain('<script')
  })

  it('keeps in-page links working: Hangul heading ids unprefixed, author anchors followed', async () => {
    const html = await renderMarkdown(
      '[처음으로](#한글-제목) <a href="#old">옛 앵커</a>\n\n## 한글 제목\n\n<a name="old"></a><h3 id="직접">직접</h3>\n\n[직접 쓴 id](#직접)\n',
    )
    expect(html).toContain('<h2 id="한글-제목">')
    expect(html).toContain('<a href="#user-content-old">옛 앵커</a>')
    expect(html).toContain('<a name="user-content-old"></a>')
    expect(html).toContain('<a href="#user-content-직접">직접 쓴 id</a>')
  })
})

describe('what imported kramdown posts write', () => {
  it('keeps the prose classes, figures, abbreviations and small print, and drops any other class', async () => {
    const html = await renderMarkdown(
      [
        '<div class="align-center text-muted sidebar">\n\n그림 설명\n\n</div>',
        '<img src="/a.png" alt="작게" width="40%" class="align-right hidden">',
        '<figure><img src="/b.png" alt="그림"><figcaption>캡션</figcaption></figure>',
        '<abbr title="HyperText Markup Language">HTML</abbr>과 <small>작은 글씨</small>',
      ].join('\n\n'),
    )
    expect(html).toContain('<div class="align-center text-muted">\n<p>그림 설명</p>\n</div>')
    // A share of the column as HTML cannot write it: a width class (lib/markdown/rehype-valid-html.ts).
    expect(html).toMatch(/<img src="\/a.png" alt="작게" class="align-right width-40"/)
    expect(html).toContain('<figcaption>캡션</figcaption></figure>')
    expect(html).toContain('<abbr title="HyperText Markup Language">HTML</abbr>과 <small>작은 글씨</small>')
    expect(html).not.toContain('sidebar')
    expect(html).not.toContain('hidden')
  })

  it('lets no script through the new tags and attributes', async () => {
    const html = await renderMarkdown(
      [
        '<abbr title="x" onmouseover="alert(1)">A</abbr>',
        '<figure onclick="alert(1)"><img src="javascript:alert(1)" class="align-center"><figcaption style="x" onfocus="alert(1)">c</figcaption></figure>',
        '<small><script>alert(1)</script></small>',
        '<div class="align-center" style="position:fixed;inset:0" onload="alert(1)">x</div>',
      ].join('\n\n'),
    )
    expect(findUnsafeHtml(html)).toEqual([])
    expect(html).not.toMatch(/alert|style=|<script/)
  })
})
