import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './pipeline'
import { extractHeadings, hasToc, nestHeadings } from './toc'

describe('extractHeadings', () => {
  it('lists h2 and h3 with the ids the pipeline gave them, without the # anchor', async () => {
    const html = await renderMarkdown(
      '# Kubernetes와 Cloud Native 란?\n\n## Docker 란?\n\n### 너무 깊은 제목\n\n# `kubectl` & 도구\n',
    )
    expect(extractHeadings(html)).toEqual([
      { id: 'kubernetes와-cloud-native-란', text: 'Kubernetes와 Cloud Native 란?', level: 2 },
      { id: 'docker-란', text: 'Docker 란?', level: 3 },
      { id: 'kubectl--도구', text: 'kubectl & 도구', level: 2 },
    ])
  })

  it('gives every id that exists in the body, so the table of contents never links to nothing', async () => {
    const html = await renderMarkdown('## 같은 제목\n\n## 같은 제목\n\n## 세 번째\n')
    for (const heading of extractHeadings(html)) expect(html).toContain(`id="${heading.id}"`)
    expect(extractHeadings(html).map((h) => h.id)).toEqual(['같은-제목', '같은-제목-1', '세-번째'])
  })

  it('finds nothing in a body without sections', () => {
    expect(extractHeadings('<p>짧은 글</p>')).toEqual([])
  })
})

describe('hasToc and nestHeadings', () => {
  const h = (id: string, level: 2 | 3) => ({ id, text: id, level })
  it('asks for three headings or more', () => {
    expect(hasToc([h('a', 2), h('b', 3)])).toBe(false)
    expect(hasToc([h('a', 2), h('b', 3), h('c', 2)])).toBe(true)
  })

  it('puts h3 under the h2 before it and keeps a leading h3 at the top', () => {
    expect(nestHeadings([h('x', 3), h('a', 2), h('b', 3), h('c', 3), h('d', 2)])).toEqual([
      { ...h('x', 3), children: [] },
      { ...h('a', 2), children: [h('b', 3), h('c', 3)] },
      { ...h('d', 2), children: [] },
    ])
  })
})
