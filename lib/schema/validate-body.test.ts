import { describe, expect, it } from 'vitest'
import { findBodyImages, isLocalImage } from './validate-body'

describe('findBodyImages', () => {
  it('finds Markdown and HTML images with their lines and alt text', () => {
    const body = [
      '첫 줄',
      '',
      '![행사장](/assets/a.png)',
      '',
      '![](https://example.com/b.png)',
      '',
      '<img src="/assets/c.png" width="300">',
      '',
    ].join('\n')
    expect(findBodyImages(body)).toEqual([
      { src: '/assets/a.png', alt: '행사장', line: 3 },
      { src: 'https://example.com/b.png', alt: '', line: 5 },
      { src: '/assets/c.png', alt: null, line: 7, html: true },
    ])
  })

  it('ignores images inside code blocks', () => {
    expect(findBodyImages('```md\n![x](/nope.png)\n```\n')).toEqual([])
  })
})

describe('isLocalImage', () => {
  it('tells site images from external ones', () => {
    expect(isLocalImage('/assets/a.png')).toBe(true)
    expect(isLocalImage('img/a.png')).toBe(true)
    expect(isLocalImage('https://example.com/a.png')).toBe(false)
    expect(isLocalImage('//cdn.example.com/a.png')).toBe(false)
    expect(isLocalImage('data:image/png;base64,xx')).toBe(false)
  })
})
