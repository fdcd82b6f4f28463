import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appRootNames, DEFAULT_RESERVED_NAMES, publicRootNames, reservedRootNames } from './reserved-names'

describe('reserved root names', () => {
  it("reads the routes of the site's app/ folder, not its dynamic segments", () => {
    const names = appRootNames(path.resolve('app'))
    expect(names).toEqual(
      expect.arrayContaining([
        'feed.xml',
        'atom.xml',
        'feed.json',
        'search-index.json',
        'tags',
        'categories',
        'authors',
        'series',
        'archive',
        'search',
        'page',
        'robots.txt',
        'sitemap.xml',
        'icon.svg',
      ]),
    )
    expect(names).not.toContain('[slug]')
    expect(names).not.toContain('layout.tsx')
  })

  it('knows every route of app/ without reading it, so the import never copies a file over one (llms.txt)', () => {
    const known = [...DEFAULT_RESERVED_NAMES.keys()]
    expect(known).toEqual(expect.arrayContaining(appRootNames(path.resolve('app'))))
  })

  it('reserves public files and public folders with a page, not folders that merge with a post', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'public-'))
    writeFileSync(path.join(dir, 'robots-extra.txt'), '')
    mkdirSync(path.join(dir, 'pictures-of-a-post'))
    mkdirSync(path.join(dir, 'docs'))
    writeFileSync(path.join(dir, 'docs', 'index.html'), '')
    expect(publicRootNames([dir]).sort()).toEqual(['docs', 'robots-extra.txt'])
  })

  it("names where each comes from, case-insensitively, with Next's and the build's own", () => {
    const names = reservedRootNames(path.resolve('app'), [path.resolve('public')])
    expect(names.get('_next')).toBe('Next.js가 쓰는 이름')
    expect(names.get('_headers')).toBe('빌드가 만드는 파일')
    expect(names.get('sitemap.xml')).toBe('app/의 라우트')
    expect(names.get('legacy-redirect.js')).toBe('public/의 파일')
  })
})
