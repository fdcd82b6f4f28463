import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportedParams, readExportOnly } from './export-scope'

const posts = [{ slug: 'kubecon-1' }, { slug: '쿠버네티스-2' }, { slug: 'kubecon-3' }]

describe('exportedParams', () => {
  it('keeps every param in a full build', () => {
    expect(exportedParams(posts, (post) => post.slug, null)).toEqual(posts)
  })

  it('keeps only the named documents in a partial build, Hangul slugs compared in NFC', () => {
    const only = new Set(['쿠버네티스-2'])
    const decomposed = [{ slug: '쿠버네티스-2'.normalize('NFD') }, { slug: 'kubecon-3' }]
    expect(exportedParams(posts, (post) => post.slug, only)).toEqual([{ slug: '쿠버네티스-2' }])
    expect(exportedParams(decomposed, (post) => post.slug, only)).toEqual([decomposed[0]])
  })

  it('keeps the first param of a route whose pages name no document, or when none of its documents changed', () => {
    const tags = [{ tag: 'kubernetes' }, { tag: 'cloud' }]
    expect(exportedParams(tags, undefined, new Set(['kubecon-1']))).toEqual([{ tag: 'kubernetes' }])
    expect(exportedParams(posts, (post) => post.slug, new Set())).toEqual([{ slug: 'kubecon-1' }])
  })
})

describe('readExportOnly', () => {
  it('reads the partial build list, and refuses a value that is not a list of slugs', () => {
    expect(readExportOnly(JSON.stringify(['kubecon-2']))).toEqual(new Set(['kubecon-2']))
    expect(() => readExportOnly(JSON.stringify({ slug: 'kubecon-2' }))).toThrow(/slug 목록/)
    expect(readExportOnly(undefined)).toBeNull()
    expect(readExportOnly('')).toBeNull()
  })
})

describe('the routes of app/', () => {
  // A route that returned its params past exportedParams would render everything in a partial
  // build (slow, still correct) or, worse, be left out of the rule when someone filters by hand.
  it('return every generateStaticParams through exportedParams', () => {
    const routes = readdirSync('app', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(tsx?)$/.test(file))
      .map((file) => ({ file, text: readFileSync(path.join('app', file), 'utf8') }))
      .filter(({ text }) => text.includes('generateStaticParams'))
    expect(routes.length).toBeGreaterThanOrEqual(11)
    for (const { file, text } of routes) {
      const body = text.slice(text.indexOf('function generateStaticParams'))
      const end = body.indexOf('\n}')
      expect(body.slice(0, end), file).toMatch(/return exportedParams\(/)
    }
  })
})
