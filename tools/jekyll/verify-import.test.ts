import { describe, expect, it } from 'vitest'
import { sameAuthors } from './verify-import'

describe('sameAuthors', () => {
  it('compares a co-authored post by its first author, the one jekyll-feed named', () => {
    const mine = { authors: ['Rails Foundation', 'Robby Russell'], authorIds: ['rails-foundation', 'robby-russell'] }
    expect(sameAuthors(mine, { authors: ['Rails Foundation'] })).toBe(true)
    expect(sameAuthors(mine, { authors: ['Robby Russell'] })).toBe(false)
    expect(sameAuthors(mine, { authors: ['Rails Foundation', 'Robby Russell'] })).toBe(true)
    expect(sameAuthors(mine, { authors: ['Rails Foundation', 'Someone Else'] })).toBe(false)
  })

  it('still tells a missing author and a different one apart', () => {
    expect(sameAuthors({ authors: [], authorIds: [] }, { authors: ['Ann Lee'] })).toBe(false)
    expect(sameAuthors({ authors: ['Bo Kim'], authorIds: ['ann-lee'] }, { authors: ['ann-lee'] })).toBe(true)
    expect(sameAuthors({ authors: ['Bo Kim'], authorIds: ['bo'] }, { authors: ['Ann Lee'] })).toBe(false)
  })
})
