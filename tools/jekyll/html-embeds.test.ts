import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../lib/markdown/pipeline'
import { convertEmbeds, escapeUnknownTags } from './html-embeds'

describe('convertEmbeds', () => {
  it('turns Gist and other embed scripts into links with a readable label, outside code blocks only', () => {
    const text = [
      '<script src="https://gist.github.com/octo/0a1b2c3d.js"></script>',
      '<script src="https://gist.github.com/octo/0a1b2c3d.js?file=main.go"></script>',
      '<script src="https://asciinema.org/a/12345.js" id="asciicast-12345" async></script>',
      '```html',
      '<script src="https://gist.github.com/octo/0a1b2c3d.js"></script>',
      '```',
    ].join('\n')
    const result = convertEmbeds(text, null)
    expect(result.text.split('\n').slice(0, 3)).toEqual([
      '[GitHub Gist 코드 보기: octo/0a1b2c3d](https://gist.github.com/octo/0a1b2c3d)',
      '[GitHub Gist 코드 보기: main.go](https://gist.github.com/octo/0a1b2c3d#file-main-go)',
      '[asciinema.org에 있는 삽입 콘텐츠 보기](https://asciinema.org/a/12345)',
    ])
    expect(result.text.split('\n')[4]).toBe('<script src="https://gist.github.com/octo/0a1b2c3d.js"></script>')
    expect(result.converted.map((note) => note.line)).toEqual([1, 2, 3])
  })

  it('replaces a form sent to an address with its text and a mail link, keeping the line count', () => {
    const form =
      '<form action="https://formspree.io/team@example.com" method="POST">\n<p class="lead">메시지를 남겨 주세요.</p>\n<input type="text" name="name">\n<textarea name="message"></textarea>\n</form>\n뒤'
    const result = convertEmbeds(form, null)
    expect(result.text).toBe(
      '<p class="lead">메시지를 남겨 주세요.</p>\n\n[team@example.com](mailto:team@example.com)로 메일을 보내 주세요.\n\n\n뒤',
    )
    expect(result.converted[0]?.message).toContain('team@example.com 메일 링크')
  })

  it('adds no second mail link when the page already has one', () => {
    const result = convertEmbeds(
      '<p><a href="mailto:team@example.com">메일</a></p>\n<form action="https://formspree.io/f/x">\n<input name="q">\n</form>',
      'team@example.com',
    )
    expect(result.text).toBe('<p><a href="mailto:team@example.com">메일</a></p>\n\n\n')
  })

  it('reports a form it has no address for, with the replacement to make', () => {
    const result = convertEmbeds('<form action="/search"><input name="q"></form>\n', null)
    expect(result.text).toBe('<form action="/search"><input name="q"></form>\n')
    expect(result.problems).toEqual([
      {
        line: 1,
        message: expect.stringContaining('메일 주소 링크(mailto:)나 Google Forms 같은 바깥 양식의 링크로 바꾸세요'),
      },
    ])
  })
})

describe('escapeUnknownTags', () => {
  it('shows type parameters and placeholders written in prose as text, leaving HTML and code alone', () => {
    const text =
      'Map<String, Long>과 List<User>, <b>굵게</b> <Font color="red">빨강</Font>\n`List<User>`\n```\nList<User>\n```\n'
    const result = escapeUnknownTags(text)
    expect(result.text).toBe(
      'Map&lt;String, Long>과 List&lt;User>, <b>굵게</b> <Font color="red">빨강</Font>\n`List<User>`\n```\nList<User>\n```\n',
    )
    expect(result.converted.map((note) => note.line)).toEqual([1, 1])
  })

  it('takes out head-only elements a post pasted into its body, which point at files and show nothing', () => {
    const result = escapeUnknownTags('앞\n<link rel="stylesheet" href="/css/print.css" media="print">\n뒤\n')
    expect(result.text).toBe('앞\n\n뒤\n')
    expect(result.converted).toEqual([{ line: 2, message: expect.stringContaining('<link rel="stylesheet"') }])
  })

  it('keeps a lone $ a dollar sign, as kramdown did, and leaves $$ math and code alone', () => {
    const text = '예산은 $10 million, 단가는 $1.5, 식은 $$a$$, 코드는 `$x`\n'
    expect(escapeUnknownTags(text).text).toBe('예산은 \\$10 million, 단가는 \\$1.5, 식은 $$a$$, 코드는 `$x`\n')
  })

  it('leaves `<` inside kramdown math alone: KaTeX reads `<w, x>` there, not `&lt;`', () => {
    const text = '내적 $$<w, F(x)>$$ 과 List<User>\n\n$$\n\\langle a, b \\rangle < <x,y>\n$$\n'
    expect(escapeUnknownTags(text).text).toBe(
      '내적 $$<w, F(x)>$$ 과 List&lt;User>\n\n$$\n\\langle a, b \\rangle < <x,y>\n$$\n',
    )
  })

  it('closes an <a name /> that HTML would leave open over the rest of the post, and leaves <br/> and <img/> alone', async () => {
    const text = '## 2. 필요성 <a name="2.-필요성" />\n\n줄<br/>바꿈 <img src="/a.png" />\n\n- 목록\n'
    const result = escapeUnknownTags(text)
    expect(result.text).toBe('## 2. 필요성 <a name="2.-필요성"></a>\n\n줄<br/>바꿈 <img src="/a.png" />\n\n- 목록\n')
    expect(result.converted).toEqual([
      {
        line: 1,
        message:
          '<a name="2.-필요성" /> → <a name="2.-필요성"></a> (HTML에서 />는 <a>를 닫지 않아 뒤의 글이 모두 그 안에 들어갔습니다)',
      },
    ])
    // The list after it is a list again, not links inside a list.
    expect(await renderMarkdown(result.text)).toMatch(/<ul>\n<li>목록<\/li>/)
  })
})
