import { describe, expect, it } from 'vitest'
import { keepHtmlBlocksWhole } from './html-blocks'

describe('keepHtmlBlocksWhole', () => {
  it('moves the blank lines of a markup-only element after its closing tag, keeping the line count', () => {
    const body = [
      '소개 문단',
      '',
      '<div class="cards">',
      '  <div class="card">',
      '',
      '      <strong>이름:</strong> 하나<br>',
      '    ',
      '  </div>',
      '</div>',
      '다음 줄',
    ].join('\n')
    const out = keepHtmlBlocksWhole(body)
    expect(out.text.split('\n')).toEqual([
      '소개 문단',
      '',
      '<div class="cards">',
      '  <div class="card">',
      '      <strong>이름:</strong> 하나<br>',
      '  </div>',
      '</div>',
      '',
      '',
      '다음 줄',
    ])
    expect(out.lines).toEqual([3])
  })

  it('leaves an element holding Markdown text, one with markdown="1", <pre> and code fences as written', () => {
    const bodies = [
      '<div>\n\n**굵게** 쓴 글\n\n</div>',
      '<div markdown="1">\n\n<b>x</b>\n\n</div>',
      '<div>\n<pre>\n\n  x\n</pre>\n\n</div>',
      '```html\n<div>\n\n<b>x</b>\n</div>\n```',
      '<div><b>x</b></div>\n\n<p>y</p>',
    ]
    for (const body of bodies) expect(keepHtmlBlocksWhole(body)).toEqual({ text: body, lines: [] })
  })
})
