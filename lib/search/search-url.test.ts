import { describe, expect, it } from 'vitest'
import { describeResults, searchUrl } from './search-url'

describe('searchUrl', () => {
  it('puts the trimmed query, percent-encoded, after ?q=', () => {
    expect(searchUrl(' Istio 인증 ')).toBe('/search/?q=Istio%20%EC%9D%B8%EC%A6%9D')
    expect(decodeURIComponent(searchUrl('a&b=c#d').split('?q=')[1] ?? '')).toBe('a&b=c#d')
  })

  it('leads to the bare search page without a query', () => {
    expect(searchUrl('   ')).toBe('/search/')
  })
})

describe('describeResults', () => {
  it('says how many posts matched, none, or asks for a query', () => {
    expect(describeResults('컨테이너', 3)).toBe('‘컨테이너’ 검색 결과 3건')
    expect(describeResults('뷁', 0)).toBe('검색 결과가 없습니다')
    expect(describeResults(' ', 0)).toBe('찾을 낱말을 입력하세요.')
  })
})
