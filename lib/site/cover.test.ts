import { describe, expect, it } from 'vitest'
import { coverSrc } from './cover'

describe('coverSrc', () => {
  it('keeps full URLs as written', () => {
    expect(coverSrc('https://example.com/a.png', { basePath: '/blog' })).toBe('https://example.com/a.png')
    expect(coverSrc('HTTP://example.com/a.png', { basePath: '/blog' })).toBe('HTTP://example.com/a.png')
  })

  it('puts site paths, with or without the leading slash, under the base path', () => {
    expect(coverSrc(' /assets/a.png ', { basePath: '/blog' })).toBe('/blog/assets/a.png')
    expect(coverSrc('assets/a.png', { basePath: '/blog' })).toBe('/blog/assets/a.png')
    expect(coverSrc('/assets/a.png', { basePath: '' })).toBe('/assets/a.png')
  })

  it('gives null when there is no cover', () => {
    expect(coverSrc(undefined)).toBeNull()
    expect(coverSrc('  ')).toBeNull()
  })
})
