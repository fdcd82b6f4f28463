import { describe, expect, it } from 'vitest'
import { renderSocialCard, renderSocialCardSvg } from './render'

const SITE_NAME = '메가존 웹서비스 부문 기술 블로그'
const DATE_LABEL = '2019년 12월 6일'
const card = (title: string) => ({ title, siteName: SITE_NAME, dateLabel: DATE_LABEL })

interface DrawnText {
  text: string
  x: number
  y: number
  width: number
  fontSize: number
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** The text runs satori placed, read back from an SVG rendered without embedded fonts. */
function drawnTexts(svg: string): DrawnText[] {
  return Array.from(svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g), ([, attributes = '', content = '']) => {
    const attr = (name: string) => Number(new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attributes)?.[1])
    return { text: unescapeXml(content), x: attr('x'), y: attr('y'), width: attr('width'), fontSize: attr('font-size') }
  })
}

/** The title's lines as drawn: runs larger than the footer's text, grouped by baseline. */
function titleLines(svg: string): string[] {
  const lines = new Map<number, string>()
  for (const run of drawnTexts(svg).filter((t) => t.fontSize > 40))
    lines.set(run.y, (lines.get(run.y) ?? '') + run.text)
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, text]) => text)
}

describe('renderSocialCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderSocialCard(card('1# KubeCon + CloudNativeCon North America 2019 참가기'))
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })

  it('draws markup, quotes and ampersands in a title as the characters they are', async () => {
    const title = `</script> "따옴표" & 'x' <b>굵게</b>`
    const svg = await renderSocialCardSvg(card(title), { embedFont: false })
    expect(
      titleLines(svg)
        .map((line) => line.trim())
        .join(' '),
    ).toBe(title)
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<b>')
    const footer = drawnTexts(svg)
      .filter((t) => t.fontSize <= 40)
      .map((t) => t.text)
      .join('')
    expect(footer).toBe(`${SITE_NAME}${DATE_LABEL}`)
  })

  it('leaves out characters Pretendard cannot draw instead of drawing empty boxes', async () => {
    const svg = await renderSocialCardSvg(card('🚀 배포 漢字 자동화'), { embedFont: false })
    expect(titleLines(svg)).toEqual(['배포 자동화'])
  })

  it('breaks a Korean title between words and keeps it inside the card', async () => {
    const title = '쿠버네티스 클러스터에서 서비스 메시를 도입하며 겪은 시행착오와 운영 노하우 정리'
    const svg = await renderSocialCardSvg(card(title), { embedFont: false })
    const lines = titleLines(svg)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.map((line) => line.trim()).join(' ')).toBe(title)
    const words = new Set(title.split(' '))
    for (const line of lines)
      expect(
        line
          .trim()
          .split(' ')
          .every((word) => words.has(word)),
        line,
      ).toBe(true)
  })

  it('shrinks and cuts a very long title with an ellipsis, never drawing past the margins', async () => {
    const title = Array.from({ length: 12 }, (_, i) => `아주 긴 제목의 ${i + 1}번째 토막`).join(' ')
    const svg = await renderSocialCardSvg(card(title), { embedFont: false })
    const runs = drawnTexts(svg)
    const lines = titleLines(svg)
    expect(lines.length).toBeLessThanOrEqual(5)
    expect(lines.at(-1)).toMatch(/…$/)
    for (const run of runs) {
      expect(run.x, run.text).toBeGreaterThanOrEqual(80)
      expect(run.x + run.width, run.text).toBeLessThanOrEqual(1120)
    }
  })
})
