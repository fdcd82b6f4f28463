import { describe, expect, it } from 'vitest'
import { termKey, toTermList } from './terms'

describe('toTermList', () => {
  it('accepts a YAML list', () => {
    expect(toTermList(['news', 'Kubernetes'])).toEqual(['news', 'Kubernetes'])
  })

  it('splits a string at spaces, as Jekyll does', () => {
    expect(toTermList('aws  lambda\tserverless')).toEqual(['aws', 'lambda', 'serverless'])
  })

  it('treats missing and empty values as no terms', () => {
    expect(toTermList(undefined)).toEqual([])
    expect(toTermList(null)).toEqual([])
    expect(toTermList('')).toEqual([])
    expect(toTermList([])).toEqual([])
  })

  it('keeps one spelling when a post repeats a term in another case', () => {
    expect(toTermList(['AWS', 'aws', '쿠버네티스', 'Aws'])).toEqual(['AWS', '쿠버네티스'])
  })

  it('turns numbers into strings and drops empty items', () => {
    expect(toTermList([2019, null, '  ', 'CI/CD'])).toEqual(['2019', 'CI/CD'])
  })
})

describe('termKey', () => {
  it('ignores case and Unicode normalisation form', () => {
    expect(termKey('AWS')).toBe(termKey('aws'))
    expect(termKey('한글'.normalize('NFD'))).toBe(termKey('한글'))
  })
})
