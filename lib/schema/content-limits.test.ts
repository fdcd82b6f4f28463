import { describe, expect, it } from 'vitest'
import {
  findForbiddenCharacter,
  findForbiddenInValue,
  formatMegabytes,
  previewValue,
  utf8ByteLength,
} from './content-limits'

describe('findForbiddenCharacter', () => {
  it('finds NUL, ESC and other C0 controls with their line', () => {
    expect(findForbiddenCharacter('첫 줄\n둘째\u0000줄')).toEqual({ line: 2, codePoint: 'U+0000' })
    expect(findForbiddenCharacter('\u001b[31m빨강')).toEqual({ line: 1, codePoint: 'U+001B' })
    expect(findForbiddenCharacter('a\n\nb\u007f')).toEqual({ line: 3, codePoint: 'U+007F' })
  })

  it('finds lone surrogates and noncharacters, which UTF-8 and XML cannot carry', () => {
    expect(findForbiddenCharacter('ab\uD800')?.codePoint).toBe('U+D800')
    expect(findForbiddenCharacter('\uFFFF')?.codePoint).toBe('U+FFFF')
  })

  it('lets tabs, line ends, a BOM, emoji and Hangul through', () => {
    expect(findForbiddenCharacter('\uFEFF---\r\ntitle:\t"한글 😀"\r\n')).toBeNull()
  })
})

describe('findForbiddenInValue', () => {
  it('looks inside lists and maps', () => {
    expect(findForbiddenInValue(['a', { b: ['c\u0000'] }])).toBe('U+0000')
    expect(findForbiddenInValue({ 'key\u0001': 1 })).toBe('U+0001')
    expect(findForbiddenInValue([1, true, null, '정상'])).toBeNull()
  })
})

describe('message helpers', () => {
  it('measures UTF-8 bytes and shows megabytes', () => {
    expect(utf8ByteLength('가a')).toBe(4)
    expect(formatMegabytes(3 * 1024 * 1024 + 100_000)).toBe('3.1 MB')
  })

  it('cuts a huge value short', () => {
    expect(previewValue(['a'.repeat(1000)])).toHaveLength(61)
    expect(previewValue({ a: 1 })).toBe('{"a":1}')
  })
})
