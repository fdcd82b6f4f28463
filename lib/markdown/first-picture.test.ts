import { describe, expect, it } from 'vitest'
import { findFirstPicture } from './first-picture'
import { renderMarkdown } from './pipeline'

describe('findFirstPicture', () => {
  it('gives the first picture of the rendered body, as the page shows it', async () => {
    const html = await renderMarkdown(
      '---\ntitle: a\n---\n\n글머리\n\n![](https://img.example.com/a%20b.png "캡션")\n\n![둘째](/assets/b.png)\n',
    )
    expect(findFirstPicture(html)).toBe('https://img.example.com/a%20b.png')
  })

  it('takes the address the pipeline rewrote: a link to the old blog becomes a site path', async () => {
    const html = await renderMarkdown('![그림](https://megazonedsg.github.io/assets/a.png)\n')
    expect(findFirstPicture(html)).toBe('/assets/a.png')
  })

  it('keeps a path relative to the post as written (the card resolves it against the post)', () => {
    expect(findFirstPicture('<p><img src="diagram.png" alt=""></p>')).toBe('diagram.png')
  })

  it('reads raw HTML pictures and decodes their entities', () => {
    expect(findFirstPicture('<p><img src="/a.png?x=1&amp;y=2" alt="a"></p>')).toBe('/a.png?x=1&y=2')
  })

  it('skips badges and icons marked small, and addresses a card cannot load', () => {
    const html = [
      '<img src="https://img.shields.io/badge/a-b-green.svg" width="20" height="20">',
      '<img src="data:image/png;base64,AAAA">',
      '<img src="//cdn.example.com/a.png">',
      '<img alt="no address">',
      '<img src="/assets/real.png" width="800">',
    ].join('')
    expect(findFirstPicture(html)).toBe('/assets/real.png')
  })

  it('gives undefined for a body without pictures (a diagram drawn as inline SVG is not one)', () => {
    expect(findFirstPicture('<p>글만 있습니다</p><svg><image href="/a.png"/></svg>')).toBeUndefined()
  })
})
