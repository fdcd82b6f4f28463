import { describe, expect, it } from 'vitest'
import { coverSrc } from './cover'
import { site } from '../config'

describe('coverSrc', () => {
  it('keeps full URLs and puts site paths under the base path', () => {
    expect(coverSrc('https://example.com/a.png')).toBe('https://example.com/a.png')
    expect(coverSrc(' /assets/a.png ')).toBe(`${site.basePath}/assets/a.png`)
    expect(coverSrc('assets/a.png')).toBe(`${site.basePath}/assets/a.png`)
  })

  it('gives null when there is no cover', () => {
    expect(coverSrc(undefined)).toBeNull()
    expect(coverSrc('  ')).toBeNull()
  })
})
