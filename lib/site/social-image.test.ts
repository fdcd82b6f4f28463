import { describe, expect, it } from 'vitest'
import { absoluteUrl, site } from '../config'
import { coverImageUrl, generatedImageUrl, socialImageFile, socialImageFor } from './social-image'

const HANGUL_SLUG = 'AWS-비용-최적화,-1편-(EC2)'

describe('generated social image paths', () => {
  it('writes the file under og/ with the slug as it is', () => {
    expect(socialImageFile('kubecon-1')).toBe('og/kubecon-1.png')
    expect(socialImageFile(HANGUL_SLUG)).toBe(`og/${HANGUL_SLUG}.png`)
  })

  it('gives an absolute URL on the site, with the slug percent-encoded', () => {
    expect(generatedImageUrl('kubecon-1')).toBe(absoluteUrl('/og/kubecon-1.png'))
    expect(generatedImageUrl('kubecon-1').startsWith(`${site.url}/`)).toBe(true)
    const url = generatedImageUrl(HANGUL_SLUG)
    expect(url).toMatch(/^[\x21-\x7e]+$/)
    expect(url).toContain('/og/AWS-%EB%B9%84%EC%9A%A9-')
    expect(decodeURIComponent(new URL(url).pathname.split('/').at(-1) ?? '')).toBe(`${HANGUL_SLUG}.png`)
  })
})

describe('coverImageUrl', () => {
  it('makes a site path absolute and leaves a full URL on its host, encoded', () => {
    expect(coverImageUrl('/assets/kubecon/cover.png')).toBe(absoluteUrl('/assets/kubecon/cover.png'))
    expect(coverImageUrl('assets/cover.png')).toBe(absoluteUrl('/assets/cover.png'))
    expect(coverImageUrl(' https://images.example.org/표지 1.png ')).toBe(
      'https://images.example.org/%ED%91%9C%EC%A7%80%201.png',
    )
  })
})

describe('socialImageFor', () => {
  const post = { slug: 'kubecon-1', title: '1# KubeCon 참가기' }

  it('uses the generated 1200×630 card when the post has no cover', () => {
    expect(socialImageFor(post)).toEqual({
      url: generatedImageUrl('kubecon-1'),
      width: 1200,
      height: 630,
      alt: post.title,
    })
    expect(socialImageFor({ ...post, image: '   ' }).url).toBe(generatedImageUrl('kubecon-1'))
  })

  it('uses the cover when the post has one, without claiming a size it does not know', () => {
    expect(socialImageFor({ ...post, image: '/assets/cover.jpg' })).toEqual({
      url: absoluteUrl('/assets/cover.jpg'),
      alt: post.title,
    })
  })
})
