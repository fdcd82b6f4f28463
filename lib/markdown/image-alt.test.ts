import { describe, expect, it } from 'vitest'
import { describeFromCaption } from './image-alt'
import { renderMarkdown } from './pipeline'

/** The alt attributes of a rendered body's pictures, in order. */
async function alts(markdown: string): Promise<string[]> {
  const html = await renderMarkdown(markdown)
  return [...html.matchAll(/<img\b[^>]*?\salt="([^"]*)"/g)].map((match) => match[1]!)
}

describe('describeFromCaption', () => {
  it("keeps what the caption says, without the figure's number", () => {
    expect(describeFromCaption('그림 1. 배포   파이프라인')).toBe('배포 파이프라인')
    expect(describeFromCaption('[그림 2] 노드 구성')).toBe('노드 구성')
    expect(describeFromCaption('Figure 3: Pod lifecycle')).toBe('Pod lifecycle')
    expect(describeFromCaption('쿠버네티스 아키텍처')).toBe('쿠버네티스 아키텍처')
  })

  it('gives null for a caption that describes nothing: a number, a credit, an address or a file name', () => {
    for (const caption of [
      '그림 1',
      'Figure 2.',
      '  ',
      '출처: 쿠버네티스 문서',
      'Source: CNCF',
      'https://e.com/a.png',
      'IMG_2031.png',
      '그림 4 - ***',
    ])
      expect(describeFromCaption(caption), caption).toBeNull()
  })
})

describe('rehypeImageAlt', () => {
  it("gives a picture without alt its figure's caption (the Markdown title), which stays under it", async () => {
    const html = await renderMarkdown('![](/a.png "그림 1. 배포 파이프라인")\n')
    expect(html).toContain('alt="배포 파이프라인"')
    expect(html).toContain('<figcaption>그림 1. 배포 파이프라인</figcaption>')
  })

  it('takes the caption of a figure written in HTML, and the title of a picture inside a sentence', async () => {
    expect(await alts('<figure><img src="/a.png"><figcaption>노드 세 대의 구성</figcaption></figure>\n')).toEqual([
      '노드 세 대의 구성',
    ])
    expect(await alts('문장 속 ![](/a.png "작은 아이콘 설명") 그림\n')).toEqual(['작은 아이콘 설명'])
  })

  it('takes the emphasised line right under a picture, as Jekyll posts set captions', async () => {
    expect(await alts('![](/a.png)\n*그림 2. 클러스터 구성도*\n')).toEqual(['클러스터 구성도'])
    expect(await alts('![](/a.png)\n\n*KubeCon 기조연설 무대*\n\n다음 문단\n')).toEqual(['KubeCon 기조연설 무대'])
  })

  it('leaves alt empty where nothing useful can be said: no caption, a bare number, a credit, a prose paragraph', async () => {
    expect(
      await alts(
        [
          '![](/assets/IMG_2031.png)',
          '![](/b.png)\n*그림 3*',
          '![](/c.png)\n*출처: CNCF*',
          '![](/d.png)\n\n이 그림은 Pivotal의 글에 있는 그림입니다.',
        ].join('\n\n'),
      ),
    ).toEqual(['', '', '', ''])
  })

  it('never replaces alt text the author wrote', async () => {
    expect(await alts('![도표](/a.png "그림 1. 다른 캡션")\n')).toEqual(['도표'])
  })
})
