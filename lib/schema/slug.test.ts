import { describe, expect, it } from 'vitest'
import { derivePostSlug, parsePostFileName, portableSegment, slugifyPretty } from './slug'

describe('slugifyPretty (Jekyll pretty mode, cased)', () => {
  it('keeps capitals, Hangul, commas and parentheses', () => {
    expect(slugifyPretty('AWS Lambda, 그리고 (서버리스)')).toBe('AWS-Lambda,-그리고-(서버리스)')
  })

  it('turns every run of spaces or path-unsafe characters into one hyphen', () => {
    expect(slugifyPretty('Next.js   13 [1/6] 정리? #2')).toBe('Next.js-13-1-6-정리-2')
  })

  it('drops hyphens at the ends', () => {
    expect(slugifyPretty('  [공지] 블로그 오픈  ')).toBe('공지-블로그-오픈')
  })

  it('normalises decomposed Hangul (as macOS writes file names) to composed form', () => {
    const decomposed = '쿠버네티스'.normalize('NFD')
    expect(slugifyPretty(decomposed)).toBe('쿠버네티스')
  })
})

describe('post file names', () => {
  it('splits the date from the title part', () => {
    expect(parsePostFileName('2019-12-06-kubecon-1.md')).toEqual({ day: '2019-12-06', title: 'kubecon-1' })
    expect(parsePostFileName('2020-01-05-AWS 소개.markdown')).toEqual({ day: '2020-01-05', title: 'AWS 소개' })
    expect(parsePostFileName('kubecon.md')).toBeNull()
  })

  it('derives the old permalink slug from the file name', () => {
    expect(derivePostSlug('2019-12-06-kubecon-1.md')).toBe('kubecon-1')
    expect(derivePostSlug('2021-03-02-AWS 비용 최적화, 1편 (EC2).md')).toBe('AWS-비용-최적화,-1편-(EC2)')
  })

  it('lets the slug field override the file name', () => {
    expect(derivePostSlug('2019-12-06-kubecon-1.md', 'my custom slug')).toBe('my-custom-slug')
    expect(derivePostSlug('2019-12-06-kubecon-1.md', '  ')).toBe('kubecon-1')
  })
})

describe('portableSegment', () => {
  it('gives names Windows checkouts and some hosts cannot hold a safe form, and leaves the rest', () => {
    expect(portableSegment('CON')).toBe('CON-')
    expect(portableSegment('nul')).toBe('nul-')
    expect(portableSegment('com1.txt')).toBe('com1.txt-')
    expect(portableSegment('end.')).toBe('end')
    expect(portableSegment('console')).toBe('console')
    expect(portableSegment('kubecon-1')).toBe('kubecon-1')
    expect(derivePostSlug('2020-01-01-CON.md')).toBe('CON-')
    expect(derivePostSlug('2020-01-01-x.md', 'end.')).toBe('end')
  })
})
