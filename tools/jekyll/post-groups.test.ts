import { describe, expect, it } from 'vitest'
import type { IndexedPost } from './convert-post'
import { groupSameTime, groupTagVariants } from './post-groups'

const post = (fileName: string, publishedAt: string | null, tags: string[], draft = false) =>
  ({ fileName, publishedAt, tags, draft }) as IndexedPost

const posts = [
  post('2020-06-01-b.md', '2020-06-01T10:00:00+09:00', ['AWS', 'Kubernetes']),
  post('2020-06-01-a.md', '2020-06-01T10:00:00+09:00', ['aws']),
  post('2020-06-01-draft.md', '2020-06-01T10:00:00+09:00', ['Aws', 'KUBERNETES'], true),
  post('2020-07-01-c.md', '2020-07-01T10:00:00+09:00', ['kubernetes']),
  post('2020-08-01-bad-date.md', null, []),
]

describe('groupSameTime', () => {
  it('lists published posts sharing a time, drafts left out', () => {
    expect(groupSameTime(posts, 'content')).toEqual([
      ['2020-06-01T10:00:00+09:00', 'content/posts/2020-06-01-b.md', 'content/posts/2020-06-01-a.md'],
    ])
  })
})

describe('groupTagVariants', () => {
  it('lists tags spelled in more than one case across published posts', () => {
    expect(groupTagVariants(posts)).toEqual([
      ['AWS', 'aws'],
      ['Kubernetes', 'kubernetes'],
    ])
  })
})
