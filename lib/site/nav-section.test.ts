import { describe, expect, it } from 'vitest'
import { sectionMatch } from './nav-section'

describe('sectionMatch', () => {
  it('marks the section page itself as the page and what lies below it as the section', () => {
    expect(sectionMatch('/series/', undefined, '/series/')).toBe('page')
    expect(sectionMatch('/series/', undefined, '/series/kubecon-na-2019/')).toBe('true')
    expect(sectionMatch('/tags/', '/categories/', '/categories/dev/')).toBe('true')
  })

  it('keeps home to itself and its own pages, not every path under the root', () => {
    expect(sectionMatch('/', '/page/', '/')).toBe('page')
    expect(sectionMatch('/', '/page/', '/page/2/')).toBe('true')
    expect(sectionMatch('/', '/page/', '/kubecon-1/')).toBeNull()
    expect(sectionMatch('/archive/', undefined, '/kubecon-1/')).toBeNull()
  })
})
