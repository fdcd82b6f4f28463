import { describe, expect, it } from 'vitest'
import { CARD_PATTERNS, bodyPictureSrc, cardPattern, selectCardPicture } from './card-picture'

const BLOG = { basePath: '/blog', root: 'https://blog.example.com/blog' }
const post = { slug: 'kubecon-1', url: '/kubecon-1/' }

describe('selectCardPicture', () => {
  it('takes the cover first, even when the body has pictures', () => {
    expect(selectCardPicture({ ...post, image: '/assets/cover.png', firstPicture: '/assets/a.png' }, BLOG)).toEqual({
      kind: 'cover',
      src: '/blog/assets/cover.png',
      pattern: cardPattern('kubecon-1'),
    })
  })

  it("takes the body's first picture when there is no cover", () => {
    expect(selectCardPicture({ ...post, image: ' ', firstPicture: '/assets/a.png' }, BLOG)).toMatchObject({
      kind: 'body',
      src: '/blog/assets/a.png',
    })
    expect(selectCardPicture({ ...post, firstPicture: 'https://cdn.example.com/a.png' }, BLOG)).toMatchObject({
      kind: 'body',
      src: 'https://cdn.example.com/a.png',
    })
  })

  it('falls back to a brand pattern, never to the title, when the post has no picture', () => {
    const picture = selectCardPicture(post, BLOG)
    expect(picture).toEqual({ kind: 'pattern', pattern: cardPattern('kubecon-1') })
    expect(JSON.stringify(picture)).not.toContain('kubecon')
  })
})

describe('bodyPictureSrc', () => {
  it('puts site paths under the base path', () => {
    expect(bodyPictureSrc('/assets/a%20b.png', '/x/', BLOG)).toBe('/blog/assets/a%20b.png')
    expect(bodyPictureSrc('/assets/a.png', '/x/', { basePath: '', root: 'https://e.com' })).toBe('/assets/a.png')
  })

  it('resolves a relative address against the post, not the list page (Hangul slugs encoded once)', () => {
    expect(bodyPictureSrc('diagram.png', '/kubecon-1/', BLOG)).toBe('/blog/kubecon-1/diagram.png')
    expect(bodyPictureSrc('./img/a.png?v=2', '/쿠버네티스/', BLOG)).toBe(
      '/blog/%EC%BF%A0%EB%B2%84%EB%84%A4%ED%8B%B0%EC%8A%A4/img/a.png?v=2',
    )
    expect(bodyPictureSrc('../assets/a.png', '/kubecon-1/', BLOG)).toBe('/blog/assets/a.png')
  })

  it("makes a full address to this very site a site path, and leaves other sites' alone", () => {
    expect(bodyPictureSrc('https://blog.example.com/blog/assets/a.png', '/x/', BLOG)).toBe('/blog/assets/a.png')
    expect(bodyPictureSrc('https://blog.example.com/blogger/a.png', '/x/', BLOG)).toBe(
      'https://blog.example.com/blogger/a.png',
    )
    expect(bodyPictureSrc('https://img.example.com/a.png', '/x/', BLOG)).toBe('https://img.example.com/a.png')
  })
})

describe('cardPattern', () => {
  it('gives each post the same pattern every time, and spreads posts over every pattern', () => {
    expect(cardPattern('kubecon-1')).toBe(cardPattern('kubecon-1'))
    const seen = new Set(Array.from({ length: 40 }, (_, i) => cardPattern(`post-${i}`)))
    expect([...seen].sort()).toEqual(Array.from({ length: CARD_PATTERNS }, (_, i) => i))
  })
})
