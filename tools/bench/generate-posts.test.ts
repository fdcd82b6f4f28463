import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readContentSources } from '../../lib/schema/content-sources'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { formatDiagnostic, validateContent } from '../../lib/schema/validate-content'
import { corpusShape, generateBlog, writeBlog } from './generate-posts'

const blog = generateBlog(120)
const dir = mkdtempSync(path.join(tmpdir(), 'bench-generate-'))
writeBlog(blog, path.join(dir, 'content'), path.join(dir, 'public'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const posts = [...blog.content].filter(([file]) => file.startsWith('posts/'))
const frontMatter = posts.map(([, text]) => {
  const parsed = parseFrontMatter(text)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  return parsed.value
})

describe('generateBlog', () => {
  it('writes the same files for the same number of posts, and other files for another number', () => {
    const again = generateBlog(120)
    expect([...again.content]).toEqual([...blog.content])
    expect([...again.publicFiles]).toEqual([...blog.publicFiles])
    expect([...generateBlog(121).content.values()].slice(-1)).not.toEqual([...blog.content.values()].slice(-1))
  })

  it('writes exactly the posts it reports, each with its own address', () => {
    expect(readdirSync(path.join(dir, 'content/posts'))).toHaveLength(120)
    expect(new Set(blog.posts.map((post) => post.slug.toLowerCase())).size).toBe(120)
  })

  it('passes the content check without an error or a warning, local images included', () => {
    const previous = process.env.EXTRA_PUBLIC_DIR
    process.env.EXTRA_PUBLIC_DIR = path.join(dir, 'public')
    try {
      const diagnostics = validateContent(readContentSources(path.join(dir, 'content')))
      expect(diagnostics.map(formatDiagnostic)).toEqual([])
    } finally {
      if (previous === undefined) delete process.env.EXTRA_PUBLIC_DIR
      else process.env.EXTRA_PUBLIC_DIR = previous
    }
  })

  it('varies post length from short notes to long articles', () => {
    const lengths = blog.posts.map((post) => post.bodyChars).sort((a, b) => a - b)
    expect(lengths[0]).toBeLessThan(2500)
    expect(lengths[lengths.length - 1]).toBeGreaterThan(12_000)
  })

  it('uses code in several languages, tables, local and external images and Korean prose', () => {
    const bodies = posts.map(([, text]) => text).join('\n')
    for (const fence of ['```go', '```python', '```typescript', '```yaml', '```bash', '```hcl'])
      expect(bodies).toContain(fence)
    expect(bodies).toMatch(/^\| --- \| ---: \| ---: \|$/m)
    expect(bodies).toMatch(/!\[[^\]]+\]\(\/assets\/bench\/diagram-\d\d\.png\)/)
    expect(bodies).toMatch(/!\[[^\]]+\]\(https:\/\/images\.example\.com\//)
    expect(bodies).toMatch(/[가-힣]{2,}(을|를) 한 번에 바꾸기보다/)
    expect(readFileSync(path.join(dir, 'public/assets/bench/diagram-01.png')).subarray(1, 4).toString()).toBe('PNG')
  })

  it('draws tags Zipf-like, Hangul and mixed case among them, and spreads posts over ten authors', () => {
    const counts = new Map<string, number>()
    for (const fm of frontMatter) {
      const tags = typeof fm.data.tags === 'string' ? fm.data.tags.split(' ') : (fm.data.tags as string[])
      for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    }
    const ranked = [...counts.values()].sort((a, b) => b - a)
    expect(ranked[0]).toBeGreaterThan(5 * (ranked[20] ?? 0))
    expect([...counts.keys()].some((tag) => /[가-힣]/.test(tag))).toBe(true)
    expect([...counts.keys()].some((tag) => /[A-Z]/.test(tag) && /[a-z]/.test(tag))).toBe(true)
    const authors = new Set(frontMatter.map((fm) => fm.data.author))
    expect(authors.size).toBeGreaterThanOrEqual(8)
  })

  it('groups some posts into series of two to six parts', () => {
    const parts = new Map<string, number>()
    for (const fm of frontMatter)
      if (typeof fm.data.series === 'string') parts.set(fm.data.series, (parts.get(fm.data.series) ?? 0) + 1)
    expect(parts.size).toBeGreaterThan(0)
    for (const count of parts.values()) expect(count).toBeGreaterThanOrEqual(2)
    for (const count of parts.values()) expect(count).toBeLessThanOrEqual(6)
  })

  it('is shaped like the real blogs it was calibrated on: code, pictures, raw HTML, long posts', () => {
    const texts = [...generateBlog(400).content].filter(([file]) => file.startsWith('posts/')).map(([, text]) => text)
    const shape = corpusShape(texts)
    expect(shape.meanChars).toBeGreaterThan(7000)
    expect(shape.codeBlocks).toBeGreaterThan(4)
    expect(shape.codeBlocks).toBeLessThan(7)
    expect(shape.images).toBeGreaterThan(4)
    expect(shape.images).toBeLessThan(8)
    expect(shape.externalImages).toBeGreaterThan(1)
    expect(shape.tables).toBeLessThan(1)
    expect(shape.rawHtmlBlocks).toBeGreaterThan(0.5)
    expect(shape.longShare).toBeGreaterThan(0.5)
  })
})
