import { describe, expect, it } from 'vitest'
import { toEmbedSource, toGistPage } from './embeds'

describe('toEmbedSource', () => {
  it('accepts the players of YouTube, SlideShare, Speaker Deck, CodePen and GitHub Gist, naming which', () => {
    const cases: Record<string, string> = {
      'https://www.youtube.com/embed/dQw4w9WgXcQ?start=30': 'youtube',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ': 'youtube',
      'https://www.slideshare.net/slideshow/embed_code/key/AbCdEf12345': 'slideshare',
      'https://www.slideshare.net/slideshow/embed_code/42715316': 'slideshare',
      'https://speakerdeck.com/player/0123abcd': 'speakerdeck',
      'https://codepen.io/someone/embed/preview/AbCdEf?default-tab=result': 'codepen',
      'https://gist.github.com/someone/0123abcd.pibb': 'gist',
    }
    for (const [src, title] of Object.entries(cases)) {
      expect(toEmbedSource(src), src).toEqual({ src, title })
    }
  })

  it('upgrades the protocol-relative and http sources of old embed codes to https', () => {
    expect(toEmbedSource('//www.slideshare.net/slideshow/embed_code/key/AbC')?.src).toBe(
      'https://www.slideshare.net/slideshow/embed_code/key/AbC',
    )
    expect(toEmbedSource('http://www.youtube.com/embed/abc')?.src).toBe('https://www.youtube.com/embed/abc')
  })

  it('refuses other hosts, look-alike hosts, other paths on allowed hosts and odd URLs', () => {
    for (const src of [
      'https://xss.example/embed/abc',
      'https://www.youtube.com.xss.example/embed/abc',
      'https://xss.example/?u=https://www.youtube.com/embed/abc',
      'https://www.youtube.com/watch?v=abc',
      'https://www.youtube.com/embed/../redirect',
      'https://user:pass@www.youtube.com/embed/abc',
      'https://www.youtube.com:8443/embed/abc',
      'javascript:alert(1)//www.youtube.com/embed/abc',
      'data:text/html,<script>alert(1)</script>',
      '/embed/abc',
      '',
    ]) {
      expect(toEmbedSource(src), src).toBeNull()
    }
  })
})

describe('toGistPage', () => {
  it('turns a Gist embed script into the Gist page', () => {
    expect(toGistPage('https://gist.github.com/someone/0123abcd.js')).toBe('https://gist.github.com/someone/0123abcd')
    expect(toGistPage('//gist.github.com/someone/0123abcd.js?file=main.go')).toBe(
      'https://gist.github.com/someone/0123abcd',
    )
  })

  it('ignores every other script', () => {
    expect(toGistPage('https://xss.example/someone/0123abcd.js')).toBeNull()
    expect(toGistPage('https://gist.github.com/someone/0123abcd')).toBeNull()
    expect(toGistPage('javascript:alert(1)')).toBeNull()
  })
})
