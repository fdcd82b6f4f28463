import { describe, expect, it } from 'vitest'
import { joinLineBrokenUrls } from './line-broken-urls'

describe('joinLineBrokenUrls', () => {
  it('joins a picture or link address broken over two lines, as browsers read it, and says where', () => {
    const text =
      '글\n![그림 1. 구조](/blog/img/2017-10-30/\nbinlog01.png){: data-action="zoom" }\n\n[문서](https://x.example/a/\n  b.html "제목") 끝\n'
    expect(joinLineBrokenUrls(text)).toEqual({
      text: '글\n![그림 1. 구조](/blog/img/2017-10-30/binlog01.png){: data-action="zoom" }\n\n[문서](https://x.example/a/b.html "제목") 끝\n',
      lines: [2, 5],
    })
  })

  it('leaves complete links and prose with brackets alone', () => {
    const text = '[a](/b/) 다음 줄\n(괄호) 글\n함수 f(x)\ny)\n'
    expect(joinLineBrokenUrls(text)).toEqual({ text, lines: [] })
  })
})
