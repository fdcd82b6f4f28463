import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { unified, type Processor } from 'unified'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { pngHeader } from '../../scripts/test-support/png-header'
import { configureStoredMarkdown, renderAndStore, takeRendered } from './pipeline'
import { checkRendering } from './render-check'
import { pruneRenderStore, readStoredRender, renderKey, storeRender, type StoredRender } from './render-store'

const saved = { ...process.env }
afterEach(() => {
  for (const key of ['RENDER_CACHE_DIR', 'EXTRA_PUBLIC_DIR']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

/** A store of its own and a public folder holding `/assets/shot.png` at the given size. */
function setUp(width: number, height: number) {
  const store = mkdtempSync(path.join(tmpdir(), 'render-store-'))
  const publicDir = mkdtempSync(path.join(tmpdir(), 'render-public-'))
  mkdirSync(path.join(publicDir, 'assets'))
  writeFileSync(path.join(publicDir, 'assets/shot.png'), pngHeader(width, height))
  process.env.RENDER_CACHE_DIR = store
  process.env.EXTRA_PUBLIC_DIR = publicDir
  return { store, picture: path.join(publicDir, 'assets/shot.png') }
}

const POST = '---\ntitle: 글\n---\n\n## 처음\n\n본문 ![화면](/assets/shot.png)\n'

describe('the render store', () => {
  it('gives back the render of the same text, and nothing for a text that changed', async () => {
    setUp(640, 360)
    const rendered = await renderAndStore(POST)
    expect(rendered.html).toContain('width="640" height="360"')
    expect(rendered.ids).toContain('처음')
    expect(rendered.plainText).toContain('본문')
    expect(readStoredRender(POST)).toEqual(rendered)
    expect(readStoredRender(`${POST}\n한 줄 더\n`)).toBeNull()
  })

  it('renders again when a picture the post shows is resized or appears, so its size is right', async () => {
    const { picture } = setUp(640, 360)
    await renderAndStore(POST)
    writeFileSync(picture, Buffer.concat([pngHeader(800, 450), Buffer.from('more bytes')]))
    expect(readStoredRender(POST)).toBeNull()
    expect((await renderAndStore(POST)).html).toContain('width="800" height="450"')

    const later = `${POST}\n![나중](/assets/later.png)\n`
    await renderAndStore(later)
    expect(readStoredRender(later)).not.toBeNull()
    writeFileSync(path.join(path.dirname(picture), 'later.png'), pngHeader(10, 10))
    expect(readStoredRender(later)).toBeNull()
  })

  it('lets the check skip posts whose render is stored, and Contentlayer take the stored HTML', async () => {
    const { store } = setUp(640, 360)
    // A stored entry that no render would write: if it comes back, nothing rendered the post.
    const marked: StoredRender = { html: '<p>저장된 것</p>', plainText: '저장된 것', ids: ['표시'], dependencies: [] }
    storeRender(POST, marked)
    const ids = new Map<string, ReadonlySet<string>>()
    expect(await checkRendering([{ path: 'posts/2020-01-01-a.md', text: POST }], undefined, ids)).toEqual([])
    expect([...(ids.get('posts/2020-01-01-a.md') ?? [])]).toEqual(['표시'])

    const processor = unified()
    configureStoredMarkdown(processor as unknown as Processor)
    const file = await processor.process({
      value: POST,
      data: { rawDocumentData: { sourceFilePath: 'posts/2020-01-01-a.md' } },
    })
    // Contentlayer keeps no HTML: its computed fields take the stored render, and its key, once.
    expect(String(file)).toBe('')
    expect(takeRendered('posts/2020-01-01-a.md')).toEqual({
      key: renderKey(POST),
      html: '<p>저장된 것</p>',
      plainText: '저장된 것',
    })
    expect(takeRendered('posts/2020-01-01-a.md')).toBeUndefined()

    // A text with no entry is rendered once, by the check, and stored for Contentlayer.
    const other = '---\ntitle: 둘\n---\n\n다른 글\n'
    expect(await checkRendering([{ path: 'posts/2020-01-02-b.md', text: other }])).toEqual([])
    expect(readStoredRender(other)?.html).toBe('<p>다른 글</p>')
    expect(readdirSync(store).sort()).toEqual([`${renderKey(POST)}.json`, `${renderKey(other)}.json`].sort())
  })

  it('prunes the entries of texts no post has any more', async () => {
    const { store } = setUp(640, 360)
    await renderAndStore(POST)
    await renderAndStore('옛 글\n')
    expect(pruneRenderStore([renderKey(POST)])).toBe(1)
    expect(readdirSync(store)).toEqual([`${renderKey(POST)}.json`])
  })
})

describe('a render and where the site is deployed', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('keeps the same name at the domain root and under a base path, so moving the site renders nothing again', async () => {
    const keys: string[] = []
    for (const [url, base] of [
      ['https://blog.example.com', ''],
      ['https://example.org', '/blog'],
    ] as const) {
      vi.resetModules()
      vi.stubEnv('SITE_URL', url)
      vi.stubEnv('BASE_PATH', base)
      const store = await import('./render-store')
      keys.push(store.renderKey('# 제목\n\n[링크](/kubecon-1/)'))
    }
    expect(keys[0]).toBe(keys[1])
  })
})
