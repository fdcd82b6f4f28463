import { describe, expect, it } from 'vitest'
import { highlight, makeExcerpt, type Segment } from './excerpt'

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text)
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('')

describe('highlight', () => {
  it('marks every occurrence of the terms, whatever the case, and keeps the rest as is', () => {
    const segments = highlight('Istio와 istio, 그리고 Envoy', ['istio'])
    expect(segments).toEqual([
      { text: 'Istio', mark: true },
      { text: '와 ', mark: false },
      { text: 'istio', mark: true },
      { text: ', 그리고 Envoy', mark: false },
    ])
  })

  it('marks the stem inside the inflected word a reader wrote', () => {
    expect(marked(highlight('쿠버네티스를 씁니다', ['쿠버네티스']))).toEqual(['쿠버네티스'])
  })

  it('prefers the longer of two overlapping terms and treats terms as text, not patterns', () => {
    expect(marked(highlight('Next.js와 Nextra', ['next', 'next.js']))).toEqual(['Next.js', 'Next'])
    expect(highlight('a+b', [])).toEqual([{ text: 'a+b', mark: false }])
  })
})

describe('makeExcerpt', () => {
  const text = `${'앞의 이야기입니다. '.repeat(20)}여기서 컨테이너를 처음 다룹니다. ${'뒤의 이야기입니다. '.repeat(20)}`

  it('shows the text around the first match, cut at spaces, with ellipses', () => {
    const segments = makeExcerpt(text, ['컨테이너'], { before: 20, length: 60 })
    expect(marked(segments)).toEqual(['컨테이너'])
    const shown = joined(segments)
    expect(shown.startsWith('… ')).toBe(true)
    expect(shown.endsWith(' …')).toBe(true)
    expect(shown).toContain('여기서 컨테이너를 처음')
    // Cut at spaces: no word is split at either end.
    const words = new Set(text.split(' '))
    expect(
      shown
        .replace(/^… | …$/g, '')
        .split(' ')
        .filter((word) => !words.has(word)),
    ).toEqual([])
  })

  it('prefers a passage where several query words meet over the first match alone', () => {
    const mixed = `Istio를 소개합니다. ${'다른 이야기입니다. '.repeat(30)}Istio의 인증 기능을 봅니다. ${'끝 '.repeat(30)}`
    const shown = makeExcerpt(mixed, ['istio', '인증'], { before: 20, length: 80 })
    expect(marked(shown)).toEqual(['Istio', '인증'])
    expect(joined(shown)).toContain('Istio의 인증 기능')
  })

  it('starts at the beginning, without an ellipsis, when the match is near the start or only in the title', () => {
    const short = '컨테이너를 다룹니다.'
    expect(joined(makeExcerpt(short, ['컨테이너']))).toBe(short)
    const untouched = makeExcerpt(text, ['없는말'], { before: 20, length: 60 })
    expect(marked(untouched)).toEqual([])
    expect(joined(untouched).startsWith('앞의 이야기입니다.')).toBe(true)
  })
})
