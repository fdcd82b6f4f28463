import { describe, expect, it } from 'vitest'
import { markdownToPlainText } from '../markdown/pipeline'
import { buildSearchIndexFile, SEARCH_LEAD_LENGTH, SEARCH_WORDS_BUDGET } from './build-index'
import { createSearchEngine } from './engine'
import { isSearchIndexFile } from './index-file'

const post = (raw: string, url = '/kubecon-1/') => ({
  url,
  title: 'KubeCon 참가기'.normalize('NFD'),
  publishedAt: '2019-12-05T16:30:00Z',
  tagList: ['news'],
  plainText: markdownToPlainText(raw),
})

/** A paragraph of filler words long enough to push what follows past the lead. */
const filler = '서론을 길게 씁니다. '.repeat(Math.ceil(SEARCH_LEAD_LENGTH / 10) + 5)

describe('buildSearchIndexFile', () => {
  it('keeps readable text only, in NFC, with the Korean date of the blog time zone', () => {
    const file = buildSearchIndexFile([
      post('---\ntitle: x\n---\n\n# 제목\n\n쿠버네티스를 씁니다.\n\n```yaml\nkind: Pod\n```\n\n<div>html</div>\n'),
    ])
    expect(isSearchIndexFile(file)).toBe(true)
    const [doc] = file.documents
    expect(doc?.title).toBe('KubeCon 참가기')
    expect(doc?.text).toBe('제목 쿠버네티스를 씁니다.')
    expect(doc?.words).toBe('')
    expect(doc?.dateLabel).toBe('2019년 12월 6일')
    expect(doc?.tags).toEqual(['news'])
  })

  it('keeps the opening as written and each later word once, without its particle', () => {
    const [doc] = buildSearchIndexFile([
      post(`${filler}\n\n아이디어가 좋습니다. 아이디어를 모읍니다. 서론을 다시 씁니다. Envoy의 필터`),
    ]).documents
    expect(doc?.text.length).toBeLessThanOrEqual(SEARCH_LEAD_LENGTH)
    expect(doc?.text.startsWith('서론을 길게 씁니다.')).toBe(true)
    // 서론, 길게 and 씁니다 are in the opening already; 아이디어 comes once.
    expect(doc?.words).toBe('아이디어 좋습니다 모읍니다 다시 envoy 필터')
  })

  it('finds a word that only appears past the opening, and shows it marked after the opening', () => {
    const file = buildSearchIndexFile([
      post(`${filler}\n\n마지막에 사이드카를 씁니다.`, '/deep/'),
      post('사이드카 없이 씁니다.', '/short/'),
    ])
    const hits = createSearchEngine(file).search('사이드카')
    expect(hits.map((hit) => hit.url).sort()).toEqual(['/deep/', '/short/'])
    // The deep hit shows its opening, where 사이드카 is not, then the word it was found by, marked.
    const deep = hits.find((hit) => hit.url === '/deep/')?.excerpt ?? []
    expect(deep[0]?.text.startsWith('서론을 길게 씁니다.')).toBe(true)
    expect(deep.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['사이드카'])
    expect(deep.at(-2)).toEqual({ text: ' … ', mark: false })
    // The opening was cut, and one `…` says so before the words.
    expect(deep.filter((segment) => segment.text.includes('…'))).toHaveLength(1)
  })

  it('stops the words of a very long post within the budget', () => {
    const many = Array.from({ length: SEARCH_WORDS_BUDGET / 4 }, (_, i) => `w${i.toString(36)}x`).join(' ')
    const [doc] = buildSearchIndexFile([post(`${filler}\n\n${many}`)]).documents
    expect(doc?.words.length).toBeLessThanOrEqual(SEARCH_WORDS_BUDGET)
    expect(doc?.words.split(' ').every((word) => /^w[0-9a-z]+x$/.test(word))).toBe(true)
  })

  it('refuses a file of another version', () => {
    expect(isSearchIndexFile({ version: 1, documents: [] })).toBe(false)
    expect(isSearchIndexFile(null)).toBe(false)
  })
})
