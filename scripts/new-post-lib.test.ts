import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from '../lib/schema/front-matter'
import { buildNewPost, suggestAsciiSlug } from './new-post-lib'
import { validateContent } from '../lib/schema/validate-content'

const now = new Date('2026-11-24T16:30:00Z') // 2026-11-25 01:30 in Seoul

describe('buildNewPost', () => {
  it('names the file after today in Korea and the slug', () => {
    const post = buildNewPost({ title: 'Istio Ambient Mesh 후기', slug: 'istio-ambient', now, timeZone: 'Asia/Seoul' })
    expect(post.fileName).toBe('2026-11-25-istio-ambient.md')
    expect(post.slug).toBe('istio-ambient')
    expect(post.asciiSuggestion).toBeNull()
  })

  it('writes complete front matter that passes the content check, as a draft', () => {
    const post = buildNewPost({ title: '"따옴표"와 콜론: 제목', author: 'seungpilpark', series: 'kubecon-na-2019', now, timeZone: 'Asia/Seoul' })
    const parsed = parseFrontMatter(post.text)
    expect(parsed.ok && parsed.value.data).toMatchObject({
      title: '"따옴표"와 콜론: 제목',
      date: '2026-11-25 01:30:00',
      author: 'seungpilpark',
      series: 'kubecon-na-2019',
      draft: true,
    })
    const diagnostics = validateContent({
      posts: [{ path: `content/posts/${post.fileName}`, text: post.text }],
      authors: [{ path: 'content/authors/seungpilpark.yml', text: 'name: 박승필\n' }],
      series: [{ path: 'content/series/kubecon-na-2019.yml', text: 'title: KubeCon\n' }],
    })
    expect(diagnostics).toEqual([])
  })

  it('suggests an ASCII address when the title is Korean', () => {
    const post = buildNewPost({ title: '쿠버네티스 도입기', now, timeZone: 'Asia/Seoul' })
    expect(post.fileName).toBe('2026-11-25-쿠버네티스-도입기.md')
    expect(post.asciiSuggestion).toBe('kubeonetiseu-doipgi')
  })
})

describe('suggestAsciiSlug', () => {
  it('romanises Hangul and keeps Latin words', () => {
    expect(suggestAsciiSlug('AWS 비용 최적화, 1편')).toBe('aws-biyong-choejeokwa-1pyeon')
  })
})
