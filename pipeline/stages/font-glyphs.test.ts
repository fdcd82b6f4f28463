import { describe, expect, it } from 'vitest'
import { collectGlyphs } from './font-glyphs'

describe('collectGlyphs', () => {
  it('keeps each character once, in code point order, with ASCII always there', () => {
    const glyphs = collectGlyphs(['쿠버네티스를 씁니다', '쿠버네티스'])
    expect(glyphs.startsWith(' !"#')).toBe(true)
    expect(glyphs).toContain('abcdefghijklmnopqrstuvwxyz{|}~')
    const hangul = [...glyphs].filter((c) => /\p{Script=Hangul}/u.test(c))
    expect(hangul).toEqual(['니', '다', '버', '스', '쿠', '씁', '티', '를', '네'].sort())
  })

  it('gives the same string whatever the order of the texts, and composes decomposed Hangul', () => {
    expect(collectGlyphs(['가나', '다'])).toBe(collectGlyphs(['다', '나가']))
    expect(collectGlyphs(['\u1100\u1161'])).toBe(collectGlyphs(['가']))
  })

  it('drops line breaks and control characters', () => {
    const glyphs = collectGlyphs(['줄\n바꿈\t\u0000'])
    expect(glyphs).not.toMatch(/[\n\t\u0000]/)
    expect(glyphs).toContain('줄')
  })
})

describe('the site font', () => {
  it('holds every character of the name, description and brand set in site.config.mjs', async () => {
    const { default: siteConfig } = await import('../../site.config.mjs')
    const { planFont } = await import('./font')
    // No posts: the characters must come from the configuration itself, not happen to be in a post.
    const { mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { glyphs } = planFont(mkdtempSync(`${tmpdir()}/no-content-`))
    const shown = [siteConfig.name, siteConfig.description, siteConfig.brand.company, siteConfig.brand.careersText]
    const missing = [...new Set([...shown.join('')])].filter((char) => char.trim() !== '' && !glyphs.includes(char))
    expect(missing).toEqual([])
  })
})
