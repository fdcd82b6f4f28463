import { describe, expect, it } from 'vitest'
import { ELLIPSIS, keepDrawable, layoutTitle, splitWords, wrapWords, type Measure } from './title-lines'

/** Every grapheme is half the font size wide, so widths are easy to count in tests. */
const halfEm: Measure = (text, fontSize) =>
  Array.from(new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(text)).length * (fontSize / 2)

/** A line of at most `n` graphemes. */
const upTo = (n: number) => (text: string) => halfEm(text, 2) <= n

describe('splitWords', () => {
  it('splits on any run of white space and normalises to NFC', () => {
    const decomposed = '한국어'.normalize('NFD')
    expect(splitWords(`  ${decomposed}\t제목\n  두 줄 `)).toEqual(['한국어', '제목', '두', '줄'])
  })
})

describe('keepDrawable', () => {
  const hangulAndAscii = (codePoint: number) => codePoint < 0x80 || (codePoint >= 0xac00 && codePoint <= 0xd7a3)

  it('leaves out what the font cannot draw and tidies the spaces left behind', () => {
    expect(keepDrawable('🚀 출시 漢字 후기 👩‍💻', hangulAndAscii)).toBe('출시 후기')
    expect(keepDrawable('AWS 비용', hangulAndAscii)).toBe('AWS 비용')
  })

  it('keeps a title whole when nothing in it can be drawn', () => {
    expect(keepDrawable('🚀🚀', hangulAndAscii)).toBe('🚀🚀')
  })
})

describe('wrapWords', () => {
  it('breaks Korean text between words, never inside one', () => {
    const words = splitWords('쿠버네티스 클러스터에서 서비스 메시를 도입하며 겪은 시행착오')
    const lines = wrapWords(words, upTo(12))
    expect(lines).toEqual(['쿠버네티스 클러스터에서', '서비스 메시를 도입하며', '겪은 시행착오'])
    expect(lines.join(' ')).toBe(words.join(' '))
  })

  it('splits a word wider than a line between graphemes, as the site does', () => {
    const lines = wrapWords(['짧은', '아주아주아주아주긴낱말', '끝'], upTo(5))
    expect(lines).toEqual(['짧은', '아주아주아', '주아주긴낱', '말 끝'])
    expect(lines.every(upTo(5))).toBe(true)
  })

  it('keeps a grapheme cluster (an emoji sequence) whole when it must split a word', () => {
    const lines = wrapWords(['가👩‍💻나다라'], upTo(2))
    expect(lines).toEqual(['가👩‍💻', '나다', '라'])
  })
})

describe('layoutTitle', () => {
  const steps = [
    { fontSize: 10, maxLines: 2 },
    { fontSize: 8, maxLines: 3 },
  ]

  it('uses the largest size at which the whole title fits', () => {
    expect(layoutTitle('짧은 제목', steps, 50, halfEm)).toEqual({
      fontSize: 10,
      lines: ['짧은 제목'],
      truncated: false,
    })
  })

  it('shrinks a title that needs more lines than the large size allows', () => {
    // 10 graphemes per line at size 10, 12 at size 8.
    const layout = layoutTitle('하나둘셋다섯 여섯일곱여덟 아홉열열하나 열둘', steps, 50, halfEm)
    expect(layout).toEqual({
      fontSize: 8,
      lines: ['하나둘셋다섯', '여섯일곱여덟', '아홉열열하나 열둘'],
      truncated: false,
    })
  })

  it('ends a title too long for every size with an ellipsis after a whole word', () => {
    const title = '첫째 줄을 채우는 말 둘째 줄도 채우는 말 셋째 줄 역시 채우는 말 넷째 줄은 넘치는 말'
    const layout = layoutTitle(title, steps, 50, halfEm)
    expect(layout.fontSize).toBe(8)
    expect(layout.truncated).toBe(true)
    expect(layout.lines).toHaveLength(3)
    const lastLine = layout.lines.at(-1) ?? ''
    expect(lastLine.endsWith(ELLIPSIS)).toBe(true)
    expect(layout.lines.every((line) => halfEm(line, 8) <= 50)).toBe(true)
    // What is shown, minus the ellipsis, is the title's first words, none of them cut.
    const shown = layout.lines.join(' ').slice(0, -ELLIPSIS.length)
    expect(splitWords(title).join(' ').startsWith(`${shown} `)).toBe(true)
  })

  it('shows the characters of titles with markup and quotes as they are', () => {
    const title = '</script> "따옴표" & <b>굵게</b>'
    expect(layoutTitle(title, steps, 500, halfEm).lines).toEqual([title])
  })

  it('needs at least one step', () => {
    expect(() => layoutTitle('제목', [], 50, halfEm)).toThrow()
  })
})
