import { describe, expect, it } from 'vitest'
import { findAuthor, listAuthorRefs, resolveAuthors } from './authors'

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

const registered = (ref: string) => findAuthor(authors, ref) !== null

describe('listAuthorRefs', () => {
  it('reads Jekyll’s authors list in the order written, and a single string as one person', () => {
    expect(listAuthorRefs(undefined, ['seungpilpark', '손다연'], registered)).toEqual(['seungpilpark', '손다연'])
    expect(listAuthorRefs(undefined, 'Seungpil Park', registered)).toEqual(['Seungpil Park'])
    expect(listAuthorRefs('홍길동', undefined, registered)).toEqual(['홍길동'])
  })

  it('puts a registered author first when both are given, and names each reference once', () => {
    expect(listAuthorRefs('mskim', ['seungpilpark', ' mskim ', '손다연'], registered)).toEqual(['mskim', 'seungpilpark', '손다연'])
  })

  it('leaves out an author beside the list that is only a label for the group, as Jekyll themes did', () => {
    expect(listAuthorRefs('tay, mason', ['seungpilpark', 'mskim'], registered)).toEqual(['seungpilpark', 'mskim'])
    expect(listAuthorRefs('Machine Learning Team', '손다연', registered)).toEqual(['손다연'])
  })

  it('skips blanks and values that are not text (the check reports those)', () => {
    expect(listAuthorRefs('  ', ['', null, 3, 'mskim'], registered)).toEqual(['mskim'])
    expect(listAuthorRefs(undefined, undefined, registered)).toEqual([])
  })
})

describe('resolveAuthors', () => {
  it('links registered authors and keeps unregistered names, in byline order', () => {
    expect(resolveAuthors(authors, undefined, ['mskim', '손다연', '박승필'])).toEqual([
      { name: '김민수', author: authors[1] },
      { name: '손다연', author: null },
      { name: '박승필', author: authors[0] },
    ])
  })

  it('counts an id and the display name of the same author once, where first named', () => {
    expect(resolveAuthors(authors, '박승필', ['mskim', 'seungpilpark']).map((a) => a.name)).toEqual(['박승필', '김민수'])
  })
})
