import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../lib/markdown/pipeline'
import { convertKramdown, indentLazyListFences, openKramdownBlocks } from './kramdown'

const convert = (text: string) =>
  convertKramdown(text, { imageSize: (src) => (src === '/assets/wide.png' ? { width: 1200, height: 600 } : null) })

describe('convertKramdown', () => {
  it('leaves Markdown without kramdown syntax as it is', () => {
    const text = '# 제목\n\n문단 {중괄호}와 `{: 코드}`\n'
    expect(convert(text)).toEqual({ text, converted: [], problems: [] })
  })

  it('puts an attribute list after an image alone in its paragraph on the image, px dropped and centring left to the blog', () => {
    const result = convert('앞\n\n![구성도](/assets/a.png)\n{: width="750px" .center-image }\n\n뒤\n')
    expect(result.text).toBe('앞\n\n<img src="/assets/a.png" alt="구성도" width="750">\n\n뒤\n')
    expect(result.converted).toEqual([{ line: 3, message: '{: width="750px" .center-image } → 그림의 HTML 속성' }])
  })

  it('reads span attribute lists on images and links, saying what it left out', () => {
    const result = convert(
      '![작게](/assets/a.png "캡션"){: width="40%" .shadow}\n\n[새 창](https://example.com){:target="_blank"} 끝\n',
    )
    expect(result.text).toBe(
      '<figure><img src="/assets/a.png" alt="작게" class="width-40"><figcaption>캡션</figcaption></figure>\n\n[새 창](https://example.com) 끝\n',
    )
    expect(result.converted.map((note) => note.message)).toEqual([
      '{:width="40%" .shadow} → 그림의 HTML 속성 (뺀 것: .shadow)',
      '{:target="_blank"} → 지움 (뺀 것: target="_blank")',
    ])
  })

  it('keeps the shape of an image sized by height alone, from the file', () => {
    expect(convert('![넓은 그림](/assets/wide.png)\n{: height="300px"}\n').text).toBe(
      '<img src="/assets/wide.png" alt="넓은 그림" width="600" height="300">\n',
    )
    const remote = convert('![먼 그림](https://example.com/a.png)\n{: height="300px"}\n')
    expect(remote.text).toBe('<img src="https://example.com/a.png" alt="먼 그림">\n')
    expect(remote.converted[0]?.message).toContain('뺀 것: height="300"')
  })

  it('wraps a paragraph or a table in a div with the blog classes its styles and classes meant', () => {
    const result = convert(
      '그림 1. 설명\n{: style="text-align: center; font-style: italic; color: gray; font-size: 80%; line-height: 2"}\n\n|a|b|\n|-|-|\n|1|2|\n{: .center #costs}\n',
    )
    expect(result.text).toBe(
      '<div class="align-center text-italic text-muted text-small">\n\n그림 1. 설명\n\n</div>\n\n<div id="costs" class="align-center">\n\n|a|b|\n|-|-|\n|1|2|\n\n</div>\n',
    )
    expect(result.converted[0]?.message).toContain('(뺀 것: line-height: 2)')
  })

  it('expands ALD references, and applies a list standing before a block to that block', () => {
    const result = convert('{:caption: .center style="color: #999"}\n\n{: caption}\n설명 문단\n\n끝\n')
    expect(result.text).toBe('\n<div class="align-center text-muted">\n\n설명 문단\n\n</div>\n\n끝\n')
  })

  it('drops {:toc} with its placeholder list item, and .no_toc, because the blog shows its own table of contents', () => {
    const result = convert('* 목차\n{:toc}\n\n## 소개\n{:.no_toc}\n\n본문\n')
    expect(result.text).toBe('\n## 소개\n\n본문\n')
    expect(result.converted.map((note) => note.message)).toEqual([
      '{:toc} → 지움 (블로그가 제목으로 목차를 만들어 보여 줍니다)',
      '{:.no_toc} → 지움 (이 제목도 블로그 목차에 나옵니다)',
    ])
  })

  it('turns abbreviations into <abbr> in prose but not in code, link addresses or definitions', () => {
    const result = convert(
      'HTML과 [HTML 문서](https://e.com/HTML) `HTML` https://e.com/HTML/x\n\n*[HTML]: HyperText "Markup" Language\n',
    )
    expect(result.text).toBe(
      '<abbr title="HyperText &quot;Markup&quot; Language">HTML</abbr>과 [<abbr title="HyperText &quot;Markup&quot; Language">HTML</abbr> 문서](https://e.com/HTML) `HTML` https://e.com/HTML/x\n\n',
    )
  })

  it('keeps header ids as an element with that id, so #links to it still work, and ends the HTML before the next line', () => {
    expect(convert('## 부록 {#appendix}\n\n[부록](#appendix)\n').text).toBe(
      '<div id="appendix">\n\n## 부록\n\n</div>\n\n[부록](#appendix)\n',
    )
    expect(convert('# 부록 {#appendix}\n설명\n```kotlin\nMap<String, Long>\n```\n').text).toBe(
      '<div id="appendix">\n\n# 부록\n\n</div>\n\n설명\n```kotlin\nMap<String, Long>\n```\n',
    )
    expect(convert('문단\n{: .center}\n다음 문단\n').text).toBe(
      '<div class="align-center">\n\n문단\n\n</div>\n\n다음 문단\n',
    )
  })

  it('converts the comment, nomarkdown and options extensions', () => {
    const result = convert(
      '{::options parse_block_html="true" /}\n{::comment}\n메모\n{:/comment}\n{::nomarkdown}<b>굵게</b>{:/}\n',
    )
    expect(result.text).toBe('<!--메모-->\n<b>굵게</b>\n')
  })

  it('leaves code blocks alone, and reports lists it cannot move inside a list', () => {
    expect(convert('```\n![a](/a.png)\n{: width="1"}\n```\n').text).toBe('```\n![a](/a.png)\n{: width="1"}\n```\n')
    const result = convert('- 항목\n  둘째 줄\n  {: .center}\n')
    expect(result.text).toBe('- 항목\n  둘째 줄\n')
    expect(result.problems).toHaveLength(1)
  })

  it('escapes attribute values so an attribute list cannot open a tag', () => {
    const result = convert('![a" onerror="alert(1)](/a.png){: title="<script>"}\n')
    expect(result.text).toBe('<img src="/a.png" alt="a&quot; onerror=&quot;alert(1)" title="&lt;script>">\n')
  })
})

describe('convertKramdown and the images real posts wrote', () => {
  it('merges chained span lists, reads alt text holding a link, and encodes spaces in addresses', () => {
    const result = convertKramdown(
      '![출처 [AWS](https://aws.example/)](/assets/a b.png){: .center-image }{: height="500px"} <center>캡션</center>\n',
      {
        imageSize: (src) => (src === '/assets/a%20b.png' ? { width: 1000, height: 1000 } : null),
      },
    )
    expect(result.text).toBe(
      '<img src="/assets/a%20b.png" alt="출처 AWS" width="500" height="500"> <center>캡션</center>\n',
    )
  })
})

describe('convertKramdown and bare addresses', () => {
  it('ends a bare address where Korean starts, as kramdown never linked it and GFM would swallow the word', () => {
    const result = convertKramdown(
      '서버는 https://127.0.0.1:443으로 요청합니다. [링크](https://a.example)와 `https://b.example로`\n',
    )
    expect(result.text).toBe(
      '서버는 <https://127.0.0.1:443>으로 요청합니다. [링크](https://a.example)와 `https://b.example로`\n',
    )
    expect(result.converted).toHaveLength(1)
  })

  it('keeps an escaped autolink the text kramdown showed, its address ending before the >', async () => {
    const result = convertKramdown('\\<https://naver.com> : 자동링크가 아닌 글자, `\\<https://code.example>`\n')
    expect(result.text).toBe('\\<<https://naver.com>\\> : 자동링크가 아닌 글자, `\\<https://code.example>`\n')
    expect(result.converted).toEqual([{ line: 1, message: expect.stringContaining('주소는 > 앞에서 끝납니다') }])
    const html = await renderMarkdown(result.text)
    expect(html).toContain('&#x3C;<a href="https://naver.com"')
    expect(html).toContain('</a>> : 자동링크가')
  })

  it('splits a kramdown display formula written on its delimiters’ lines, and joins an inline one across lines', async () => {
    const text = [
      '앞 문단 $$\\rho$$를 넘지 못하면',
      '',
      '$$\\hat y = \\begin{cases}',
      '    \\bar{y}^*,& \\text{if } x < \\rho\\\\',
      '    z, & \\text{otherwise}',
      '  \\end{cases}$$',
      '',
      '## 실험',
      '',
      '문단 안의',
      '$$a',
      'b$$ 식과 이미 나뉜 블록:',
      '',
      '$$',
      'x^2',
      '$$',
      '',
    ].join('\n')
    const result = convert(text)
    expect(result.text).toBe(
      [
        '앞 문단 $$\\rho$$를 넘지 못하면',
        '',
        '$$',
        '\\hat y = \\begin{cases}',
        '\\bar{y}^*,& \\text{if } x < \\rho\\\\',
        'z, & \\text{otherwise}',
        '\\end{cases}',
        '$$',
        '',
        '## 실험',
        '',
        '문단 안의',
        '$$a b$$ 식과 이미 나뉜 블록:',
        '',
        '$$',
        'x^2',
        '$$',
        '',
      ].join('\n'),
    )
    expect(result.converted.map((note) => note.line)).toEqual([3, 13])
    // The heading after the formula is a heading again, and the formula typesets.
    const html = await renderMarkdown(result.text)
    expect(html).toContain('<h2 id="실험">')
    expect(html).not.toContain('katex-error')
    expect(html.match(/class="katex-display"/g)).toHaveLength(2)
  })
})

describe('openKramdownBlocks', () => {
  it('sets the content of a markdown="1" element apart so it is read as Markdown, as kramdown did', async () => {
    const result = openKramdownBlocks('<div class="note" markdown="1">\n**굵게** 쓴 글\n</div>\n')
    expect(result.text).toBe('<div class="note">\n\n**굵게** 쓴 글\n\n</div>\n')
    expect(result.converted).toEqual([{ line: 1, message: expect.stringContaining('markdown="1"') }])
    expect(await renderMarkdown(result.text)).toContain('<strong>굵게</strong>')
  })

  it('gives a table’s short delimiter row its missing cells, so it stays a table', async () => {
    const result = openKramdownBlocks('| 이름 | 값 | 비고 |\n|---|---|\n| a | 1 | - |\n')
    expect(result.text).toBe('| 이름 | 값 | 비고 |\n|---|---| --- |\n| a | 1 | - |\n')
    expect(await renderMarkdown(result.text)).toContain('<table>')
  })

  it('sets reference definitions right after a Liquid line left as written apart, so they stay definitions', async () => {
    const text = 'See the [topics index][].\n\n{% include references.md %}\n[topics index]: /topics/\n'
    const result = openKramdownBlocks(text)
    expect(result.text).toBe('See the [topics index][].\n\n{% include references.md %}\n\n[topics index]: /topics/\n')
    expect(result.converted).toEqual([{ line: 5, message: expect.stringContaining('참조 링크 정의') }])
    expect(await renderMarkdown(result.text)).toContain('<a href="/topics/">topics index</a>')
    // A tag written over two lines ends on the second.
    expect(openKramdownBlocks('{% include issues.md v=2\nissues="1,2" %}\n[a]: /a/\n').text).toBe(
      '{% include issues.md v=2\nissues="1,2" %}\n\n[a]: /a/\n',
    )
    // A definition after an ordinary paragraph line is left as it is.
    expect(openKramdownBlocks('text\n[a]: /a/\n').text).toBe('text\n[a]: /a/\n')
  })
})

describe('indentLazyListFences', () => {
  it('keeps code fenced in a list item and written at the margin inside the item, as kramdown showed it', async () => {
    const text = '* 목록\n* ~~~js\n$ git stash\n  // 주석\n~~~\n\n~~~js\nconst a = 1\n~~~\n'
    const result = indentLazyListFences(text)
    expect(result.text).toBe('* 목록\n* ~~~js\n  $ git stash\n  // 주석\n  ~~~\n\n~~~js\nconst a = 1\n~~~\n')
    expect(result.lines).toEqual([3, 5])
    const html = await renderMarkdown(result.text)
    // One code block inside the second item, one after the list: nothing shown as text.
    expect(html).toMatch(
      /<li>\s*<div class="code-block">[\s\S]*?\$ git stash\n<span class="hljs-comment">\/\/ 주석<\/span>\n<\/code><\/pre><\/div>\s*<\/li>/,
    )
    expect(html.match(/<pre /g)).toHaveLength(2)
  })

  it('leaves a fence that is already indented, or never closed, as it is', () => {
    const indented = '1. ~~~\n   code\n   ~~~\n'
    expect(indentLazyListFences(indented)).toEqual({ text: indented, lines: [] })
    const open = '* ~~~\ncode\n'
    expect(indentLazyListFences(open)).toEqual({ text: open, lines: [] })
  })
})
