import { describe, expect, it } from 'vitest'
import { estimateReadingMinutes } from './reading-time'

describe('estimateReadingMinutes', () => {
  it('counts Korean by characters, not by spaces', () => {
    // 1,000 syllables with no spaces at all is two minutes, not "one word".
    expect(estimateReadingMinutes('가'.repeat(1000))).toBe(2)
  })

  it('counts Latin-script text by words', () => {
    expect(estimateReadingMinutes(Array.from({ length: 400 }, () => 'kubernetes').join(' '))).toBe(2)
  })

  it('adds both in mixed text and rounds up', () => {
    const text = `${'쿠버네티스 '.repeat(100)}${'Istio '.repeat(100)}` // 500 syllables + 100 words
    expect(estimateReadingMinutes(text)).toBe(2)
  })

  it('never says zero minutes', () => {
    expect(estimateReadingMinutes('')).toBe(1)
    expect(estimateReadingMinutes('짧은 글')).toBe(1)
  })
})
