import { describe, expect, it } from 'vitest'
import { markdownToPlainText } from '../markdown/pipeline'
import { buildSearchIndexFile, SEARCH_TEXT_BUDGET } from './build-index'
import { isSearchIndexFile } from './index-file'

const post = (raw: string) => ({
  url: '/kubecon-1/',
  title: 'KubeCon 참가기'.normalize('NFD'),
  publishedAt: '2019-12-05T16:30:00Z',
  tagList: ['news'],
  plainText: markdownToPlainText(raw),
})

describe('buildSearchIndexFile', () => {
  it('keeps readable text only, in NFC, with the Korean date of the blog time zone', () => {
    const file = buildSearchIndexFile([
      post('---\ntitle: x\n---\n\n# 제목\n\n쿠버네티스를 씁니다.\n\n```yaml\nkind: Pod\n```\n\n<div>html</div>\n'),
    ])
    expect(isSearchIndexFile(file)).toBe(true)
    const [doc] = file.documents
    expect(doc?.title).toBe('KubeCon 참가기')
    expect(doc?.text).toBe('제목 쿠버네티스를 씁니다.')
    expect(doc?.dateLabel).toBe('2019년 12월 6일')
    expect(doc?.tags).toEqual(['news'])
  })

  it('cuts a very long post at a space within the budget', () => {
    const [doc] = buildSearchIndexFile([post('낱말 '.repeat(SEARCH_TEXT_BUDGET))]).documents
    expect(doc?.text.length).toBeLessThanOrEqual(SEARCH_TEXT_BUDGET)
    expect(doc?.text.endsWith('낱말')).toBe(true)
  })

  it('refuses a file of another version', () => {
    expect(isSearchIndexFile({ version: 0, documents: [] })).toBe(false)
    expect(isSearchIndexFile(null)).toBe(false)
  })
})
