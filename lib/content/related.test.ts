import { describe, expect, it } from 'vitest'
import { selectRelated } from './related'

const post = (slug: string, tagList: string[], series?: string) => ({ slug, tagList, series })

describe('selectRelated', () => {
  const published = [
    post('newest-shares-one', ['aws']),
    post('shares-two', ['AWS', 'lambda']),
    post('series-part', ['news'], 'kubecon'),
    post('unrelated', ['css']),
    post('older-shares-one', ['lambda']),
  ]
  const current = post('current', ['aws', 'lambda'], 'kubecon')

  it('puts the same series first, then most shared tags, then newest', () => {
    expect(selectRelated(published, current).map((p) => p.slug)).toEqual(['series-part', 'shares-two', 'newest-shares-one'])
  })

  it('never includes the post itself or unrelated posts, and may return fewer', () => {
    const list = [...published, current]
    const related = selectRelated(list, current, 10).map((p) => p.slug)
    expect(related).not.toContain('current')
    expect(related).not.toContain('unrelated')
    expect(related).toHaveLength(4)
  })

  it('keeps the newest among equally related posts when there are more than the limit', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((slug) => post(slug, ['aws']))
    expect(selectRelated([...many, post('two-tags', ['aws', 'lambda'])], current, 3).map((p) => p.slug)).toEqual(['two-tags', 'a', 'b'])
  })
})
