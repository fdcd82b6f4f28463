import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  bundleExports,
  bundleFileUrl,
  bundleSitePaths,
  isBundleIndex,
  isRelativeReference,
  postBundle,
  resolveBundleReference,
} from './bundles'
import { postFileName } from './slug'

const content = mkdtempSync(path.join(tmpdir(), 'bundle-content-'))
const dir = path.join(content, 'posts', '2026-12-01-폴더 글')
mkdirSync(path.join(dir, '그림'), { recursive: true })
for (const name of ['index.md', 'shot.png', '그림/구성 도.png', 'index.html']) writeFileSync(path.join(dir, name), 'x')
const bundle = { dir, slug: '폴더-글' }

describe('posts kept as a folder', () => {
  it('take their slug and date from the folder name, as a file name gives them', () => {
    expect(postFileName('content/posts/2026-12-01-폴더 글/index.md')).toBe('2026-12-01-폴더 글.md')
    expect(postFileName('content/posts/2026-12-01-plain.md')).toBe('2026-12-01-plain.md')
    expect(postBundle(path.join(dir, 'index.md'), '---\ntitle: t\n---\n', content)).toEqual(bundle)
    expect(postBundle(path.join(dir, 'index.md'), '---\ntitle: t\nslug: 다른 주소\n---\n', content)?.slug).toBe(
      '다른-주소',
    )
  })

  it('are only index.md files in a folder of their own under posts/', () => {
    expect(isBundleIndex(path.join(dir, 'index.md'), content)).toBe(true)
    expect(isBundleIndex(path.join(content, 'posts', 'index.md'), content)).toBe(false)
    expect(isBundleIndex(path.join(content, 'pages', 'x', 'index.md'), content)).toBe(false)
    expect(postBundle(path.join(content, 'posts', '2026-12-01-plain.md'), '', content)).toBeNull()
  })

  it('resolve ./x, x and sub/x against the folder, to the address under the post, percent-encoded once', () => {
    for (const written of ['./shot.png', 'shot.png', 'shot.png?v=2#top'])
      expect(resolveBundleReference(written, bundle)).toMatchObject({
        kind: 'file',
        name: 'shot.png',
        file: path.join(dir, 'shot.png'),
      })
    expect(resolveBundleReference('shot.png?v=2#top', bundle)).toMatchObject({
      url: `/${encodeURIComponent('폴더-글')}/shot.png?v=2#top`,
    })
    expect(resolveBundleReference('그림/구성%20도.png', bundle)).toMatchObject({
      kind: 'file',
      url: bundleFileUrl('폴더-글', '그림/구성 도.png'),
    })
    expect(resolveBundleReference('그림/../shot.png', bundle)).toMatchObject({ kind: 'file', name: 'shot.png' })
  })

  it('refuse an address that leaves the folder, and name one that is missing', () => {
    expect(resolveBundleReference('../other/shot.png', bundle)).toEqual({ kind: 'outside', name: '../other/shot.png' })
    expect(resolveBundleReference('./그림/../../x.png', bundle)?.kind).toBe('outside')
    expect(resolveBundleReference('Shot.PNG', bundle)).toEqual({ kind: 'missing', name: 'Shot.PNG' })
    // The page the build writes there is no file of the post.
    expect(resolveBundleReference('index.html', bundle)?.kind).toBe('missing')
  })

  it('leave alone what is not relative: site paths, other sites, in-page links, mail', () => {
    for (const url of [
      '/assets/a.png',
      'https://example.com/a.png',
      '//cdn.example.com/a.png',
      '#제목',
      '?q',
      'mailto:a@b.c',
    ])
      expect(isRelativeReference(url), url).toBe(false)
    expect(resolveBundleReference('/assets/a.png', bundle)).toBeNull()
  })

  it('publish every file of the folder under the slug, but the post and the names the build writes', () => {
    expect(bundleExports(path.join(dir, 'index.md'), '폴더-글', content)).toEqual([
      { from: path.join(dir, 'shot.png'), to: path.join('폴더-글', 'shot.png') },
      { from: path.join(dir, '그림', '구성 도.png'), to: path.join('폴더-글', '그림', '구성 도.png') },
    ])
    expect(bundleExports(path.join(content, 'posts', '2026-12-01-plain.md'), 'plain', content)).toEqual([])
  })

  it('tell the check which site paths they publish, so another post may link to them', () => {
    const paths = bundleSitePaths(
      [
        { path: path.join(dir, 'index.md'), text: '---\ntitle: t\n---\n' },
        { path: path.join(content, 'posts', '2026-12-01-plain.md'), text: '---\ntitle: t\n---\n' },
      ],
      content,
    )
    expect([...paths].sort()).toEqual(['/폴더-글/shot.png', '/폴더-글/그림/구성 도.png'].sort())
  })
})
