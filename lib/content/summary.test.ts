import { describe, expect, it } from 'vitest'
import { clip, openingText, postSummary, restatesTitle } from './summary'

const title = '1# KubeCon + CloudNativeCon North America 2019 참가기'

describe('postSummary', () => {
  it('keeps a description that says more than the title', () => {
    expect(postSummary({ title, description: '샌디에이고에서 열린 행사 첫날 이야기', body: { html: '<p>본문</p>' } })).toBe('샌디에이고에서 열린 행사 첫날 이야기')
  })

  it('falls back to the opening text when the description only repeats the title', () => {
    const html = '<h2>KubeCon + CloudNativeCon North America 2019 참가기</h2><p>2019년 11월, <a href="/x/">San Diego</a>에서 열린 행사에 다녀왔습니다.</p>'
    expect(restatesTitle('KubeCon + CloudNativeCon North America 2019 참가기', title)).toBe(true)
    expect(postSummary({ title, description: 'KubeCon + CloudNativeCon North America 2019 참가기', body: { html } })).toBe('2019년 11월, San Diego에서 열린 행사에 다녀왔습니다.')
  })

  it('skips paragraphs that are only a link, a picture or the title, and keeps no markup', () => {
    const html = `<p><a href="/kubecon-1/">${title}</a></p><p><img src="/a.png" alt="사진"></p><p>KubeCon + CloudNativeCon North America 2019 참가기</p><p>1편에서 <strong>기본 개념</strong>을 짚어 &amp; 보았습니다.</p>`
    expect(openingText(html, '2# KubeCon + CloudNativeCon North America 2019 참가기')).toBe('1편에서 기본 개념을 짚어 & 보았습니다.')
  })

  it('cuts long openings at a space near the limit and marks the cut', () => {
    const long = '가나다 '.repeat(60).trim()
    const text = openingText(`<p>${long}</p>`, title, 40)
    expect(text.length).toBeLessThanOrEqual(41)
    expect(text.endsWith('가나다…')).toBe(true)
    expect(clip('짧은 글', 40)).toBe('짧은 글')
  })
})
