import { describe, expect, it } from 'vitest'
import { bodyOutline } from './body-tree'
import { findBodyImages } from './validate-body'

const BODY = [
  '# 제목', // 1
  '',
  '![도표](/images/a.png) 그리고 [글](/other/)', // 3
  '',
  '<p><img src="/images/b.png"><a href="/third/">셋째</a></p>', // 5
  '',
  '$$',
  'x^2',
  '$$', // 7-9
  '',
  '가격은 $a+b$ 입니다.', // 11
  '',
  '```mermaid',
  'graph TD; A-->B',
  '```', // 13-15
  '',
  '```ts',
  'const notADiagram = 1',
  '```',
  '',
  '[정의]: /defined/', // 21
].join('\n')

describe('bodyOutline', () => {
  it('finds what the checks read, each at its line, as the render pipeline parses it', () => {
    expect(bodyOutline(BODY)).toEqual({
      images: [{ src: '/images/a.png', alt: '도표', line: 3 }],
      links: [
        { url: '/other/', line: 3 },
        { url: '/defined/', line: 21 },
      ],
      html: [{ value: '<p><img src="/images/b.png"><a href="/third/">셋째</a></p>', line: 5 }],
      // Each formula's place in the body, its delimiters included.
      math: [
        {
          display: true,
          value: 'x^2',
          meta: null,
          line: 7,
          start: BODY.indexOf('$$\nx^2'),
          end: BODY.indexOf('$$\n\n') + 2,
        },
        {
          display: false,
          value: 'a+b',
          meta: null,
          line: 11,
          start: BODY.indexOf('$a+b$'),
          end: BODY.indexOf('$a+b$') + 5,
        },
      ],
      diagrams: [{ value: 'graph TD; A-->B', line: 13 }],
      unclosedFence: null,
    })
  })

  it('reads a link inside a formula as part of the formula, as the page shows it', () => {
    expect(bodyOutline('$[a](/b/)$').links).toEqual([])
  })

  it('parses a body once: the same text gives the same outline', () => {
    expect(bodyOutline(`${BODY}\n`)).toBe(bodyOutline(`${BODY}\n`))
    expect(bodyOutline(`${BODY}\n\n`)).not.toBe(bodyOutline(`${BODY}\n`))
  })

  it('gives each caller its own list, so one that sorts or trims it changes nothing for the next', () => {
    const first = findBodyImages(BODY)
    first.pop()
    expect(findBodyImages(BODY).map((image) => image.src)).toEqual(['/images/a.png', '/images/b.png'])
    const [image] = findBodyImages(BODY)
    if (image) image.src = '/changed.png'
    expect(findBodyImages(BODY)[0]?.src).toBe('/images/a.png')
  })
})
