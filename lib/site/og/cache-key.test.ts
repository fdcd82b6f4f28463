import { describe, expect, it } from 'vitest'
import { socialCardKey } from './cache-key'

const card = { title: '1# KubeCon 참가기', siteName: '기술 블로그', dateLabel: '2019년 12월 6일' }

describe('socialCardKey', () => {
  it('is the same for the same card, whatever the Unicode form of the title', () => {
    const decomposed = { ...card, title: card.title.normalize('NFD') }
    expect(socialCardKey(decomposed, 'r1')).toBe(socialCardKey(card, 'r1'))
    expect(socialCardKey(card, 'r1')).toMatch(/^[0-9a-f]{40}$/)
  })

  it('changes with anything drawn on the card or with the renderer', () => {
    const base = socialCardKey(card, 'r1')
    const variants = [
      socialCardKey({ ...card, title: '2# KubeCon 참가기' }, 'r1'),
      socialCardKey({ ...card, siteName: '다른 블로그' }, 'r1'),
      socialCardKey({ ...card, dateLabel: '2019년 12월 7일' }, 'r1'),
      socialCardKey(card, 'r2'),
    ]
    expect(new Set([base, ...variants]).size).toBe(5)
  })

  it('cannot be fooled by moving text from one field to another', () => {
    expect(socialCardKey({ ...card, title: 'a', siteName: 'b c' }, 'r1')).not.toBe(
      socialCardKey({ ...card, title: 'a b', siteName: 'c' }, 'r1'),
    )
  })
})
