import { describe, expect, it } from 'vitest'
import { findAuthor } from './authors'

const authors = [
  { id: 'seungpilpark', name: '박승필' },
  { id: 'mskim', name: '김민수' },
]

describe('findAuthor', () => {
  it('finds an author by id or by display name', () => {
    expect(findAuthor(authors, 'seungpilpark')?.id).toBe('seungpilpark')
    expect(findAuthor(authors, '박승필')?.id).toBe('seungpilpark')
    expect(findAuthor(authors, ' 김민수 ')?.id).toBe('mskim')
  })

  it('returns null for unknown or missing authors', () => {
    expect(findAuthor(authors, '홍길동')).toBeNull()
    expect(findAuthor(authors, undefined)).toBeNull()
    expect(findAuthor(authors, '')).toBeNull()
  })
})
