import { describe, expect, it } from 'vitest'
import { buildTerms, tagsBesideCategories, termSlug } from './taxonomy'

describe('termSlug', () => {
  it('keeps Hangul, & and . and turns spaces and / into hyphens', () => {
    expect(termSlug('쿠버네티스')).toBe('쿠버네티스')
    expect(termSlug('비용 최적화')).toBe('비용-최적화')
    expect(termSlug('R&D')).toBe('r&d')
    expect(termSlug('Node.js')).toBe('node.js')
    expect(termSlug('CI/CD')).toBe('ci-cd')
    expect(termSlug('.NET')).toBe('net')
    expect(termSlug('C#')).toBe('c')
  })
})

describe('buildTerms', () => {
  const posts = [
    { id: 1, tags: ['AWS', 'news'] },
    { id: 2, tags: ['aws'] },
    { id: 3, tags: ['AWS', 'C#'] },
    { id: 4, tags: ['C', '쿠버네티스'] },
  ]
  const terms = buildTerms(posts, (p) => p.tags)

  it('merges spellings that differ only in case, shown in the most used one', () => {
    const aws = terms.find((t) => t.key === 'aws')
    expect(aws?.name).toBe('AWS')
    expect(aws?.posts.map((p) => p.id)).toEqual([1, 2, 3])
  })

  it('orders by post count, then by name', () => {
    expect(terms.map((t) => t.name)).toEqual(['AWS', 'C', 'C#', 'news', '쿠버네티스'])
  })

  it('gives terms that slug alike distinct, stable slugs', () => {
    expect(terms.find((t) => t.name === 'C')?.slug).toBe('c')
    expect(terms.find((t) => t.name === 'C#')?.slug).toBe('c-2')
  })

  it('lists a post once even if it repeats a term', () => {
    const [term] = buildTerms([{ tags: ['a', 'A'] }], (p) => p.tags)
    expect(term?.posts).toHaveLength(1)
  })
})

describe('tagsBesideCategories', () => {
  it('leaves out a tag that repeats a category, whatever its case or spacing', () => {
    expect(tagsBesideCategories({ categoryList: ['news'], tagList: ['News', 'kubernetes'] })).toEqual(['kubernetes'])
    expect(tagsBesideCategories({ categoryList: [], tagList: ['news'] })).toEqual(['news'])
    expect(tagsBesideCategories({ categoryList: ['Cloud Native'], tagList: ['cloud-native', 'cloud native'] })).not.toContain(
      'cloud native',
    )
  })
})
