import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CACHES, clearCaches } from './caches'

afterEach(() => vi.unstubAllEnvs())

/** Source files of the build and the library, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mjs)$/.test(file) && !/\.test\.ts$/.test(file))
    .map((file) => path.join(dir, file))
}

describe('the cache registry', () => {
  it('names every cache folder the code writes under .cache', () => {
    const root = process.cwd()
    const registered = new Set(CACHES.map((cache) => path.relative(root, cache.dir(root)).split(path.sep).join('/')))
    // The render store's folder is moved by the unit tests' environment: name it as the code does.
    registered.add('.cache/render')
    const named = new Set<string>()
    for (const file of [...sources('lib'), ...sources('pipeline')]) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/'\.cache', '([a-z-]+)'|(?<![\w/])\.cache\/([a-z-]+)/g))
        named.add(`.cache/${match[1] ?? match[2]}`)
    }
    // Not a cache: the last build's files on their way out, deleted by the build itself.
    named.delete('.cache/set-aside')
    expect([...named].filter((dir) => !registered.has(dir))).toEqual([])
  })

  it('npm run clean deletes every cache and leaves the site and the content alone', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'caches-'))
    vi.stubEnv('RENDER_CACHE_DIR', path.join(root, '.cache', 'render'))
    vi.stubEnv('SOCIAL_IMAGE_CACHE_DIR', path.join(root, '.cache', 'og'))
    vi.stubEnv('DIAGRAM_CACHE_DIR', path.join(root, 'node_modules', '.cache', 'blog-diagrams'))
    const kept = ['out', 'content', '.contentlayer/generated'].map((dir) => path.join(root, dir))
    for (const dir of [...CACHES.map((cache) => cache.dir(root)), ...kept]) mkdirSync(dir, { recursive: true })
    for (const cache of CACHES) expect(cache.dir(root).startsWith(root), cache.name).toBe(true)

    const removed = clearCaches(root)

    for (const cache of CACHES) expect(existsSync(cache.dir(root)), cache.name).toBe(false)
    expect(removed.length).toBeGreaterThanOrEqual(7)
    for (const dir of kept) expect(existsSync(dir), dir).toBe(true)
    expect(clearCaches(root)).toEqual([])
  })
})
