import { describe, expect, it } from 'vitest'
import { llmsTxt } from './llms-txt'

describe('llmsTxt', () => {
  it('follows the proposal: H1, blockquote, then H2 sections of links', () => {
    const text = llmsTxt({
      name: '기술 블로그',
      description: '엔지니어들이\n쓰는 블로그',
      home: 'https://b.example/',
      posts: [
        { title: '[속보] 새 글', twinUrl: 'https://b.example/a/index.md', description: '요약', date: '2024-01-02' },
        { title: '옛 글', twinUrl: 'https://b.example/b-(c)/index.md', date: '2020-01-01' },
      ],
      feed: 'https://b.example/feed.xml',
      sitemap: 'https://b.example/sitemap.xml',
    })
    const lines = text.split('\n')
    expect(lines[0]).toBe('# 기술 블로그')
    expect(lines[2]).toBe('> 엔지니어들이 쓰는 블로그')
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## 글', '## Optional'])
    expect(lines).toContain('- [\\[속보\\] 새 글](https://b.example/a/index.md): 2024-01-02 — 요약')
    expect(lines).toContain('- [옛 글](https://b.example/b-%28c%29/index.md): 2020-01-01')
    expect(lines).toContain('- [전체 글 피드 (RSS)](https://b.example/feed.xml): 최신 글 전문')
  })
})
