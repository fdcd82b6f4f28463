import { describe, expect, it } from 'vitest'
import { closestName, editDistance } from './suggest'

const FIELDS = [
  'title',
  'date',
  'updated',
  'description',
  'tags',
  'categories',
  'author',
  'authors',
  'image',
  'slug',
  'series',
  'seriesOrder',
  'draft',
  'lang',
  'layout',
]

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one step', () => {
    expect(editDistance('titel', 'title')).toBe(1)
    expect(editDistance('tag', 'tags')).toBe(1)
    expect(editDistance('catagories', 'categories')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('same', 'same')).toBe(0)
  })
})

describe('closestName', () => {
  it('names the field a typo was meant to be', () => {
    expect(closestName('tag', FIELDS)).toBe('tags')
    expect(closestName('titel', FIELDS)).toBe('title')
    expect(closestName('catagories', FIELDS)).toBe('categories')
    expect(closestName('Title', FIELDS)).toBe('title')
    expect(closestName('descripton', FIELDS)).toBe('description')
    expect(closestName('serie', FIELDS)).toBe('series')
  })

  it('suggests nothing for names far from every field, or equally close to two', () => {
    expect(closestName('excerpt', FIELDS)).toBeNull()
    expect(closestName('toc', FIELDS)).toBeNull()
    expect(closestName('permalink', FIELDS)).toBeNull()
    expect(closestName('ab', ['ac', 'ad'])).toBeNull()
  })
})
