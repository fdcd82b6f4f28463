import { describe, expect, it } from 'vitest'
import { fromHtml } from 'hast-util-from-html'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { rehypeImageZoom } from './image-zoom'

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true })
  rehypeImageZoom()(tree)
  return unified().use(rehypeStringify).stringify(tree)
}

describe('rehypeImageZoom', () => {
  it('links a picture wider than the column to itself', () => {
    expect(run('<p><img src="/a.png" alt="구성도" width="1600" height="900"></p>')).toBe(
      '<p><a href="/a.png" class="image-zoom" aria-label="구성도 (원본 크기로 보기)" title="구성도 (원본 크기로 보기)"><img src="/a.png" alt="구성도" width="1600" height="900"></a></p>',
    )
  })

  it('leaves small pictures, pictures of unknown size and pictures already in a link alone', () => {
    for (const html of [
      '<p><img src="/s.png" alt="" width="240" height="120"></p>',
      '<p><img src="https://x.example/a.png" alt="a"></p>',
      '<p><a href="/x/"><img src="/a.png" alt="a" width="2000"></a></p>',
    ]) {
      expect(run(html)).toBe(html)
    }
  })
})
