import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheKey, KEPT_CACHES, switchTurbopackCache } from './turbopack-cache'

const fresh = () => mkdtempSync(path.join(tmpdir(), 'turbopack-cache-'))
const active = (root: string) => path.join(root, '.next', 'cache', 'turbopack')

/** What a build with one base path leaves in the active cache: a table and Turbopack's CURRENT. */
function compile(root: string, label: string): void {
  const dir = path.join(active(root), 'v16')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${label}.sst`), label)
  writeFileSync(path.join(dir, 'CURRENT'), label)
}

const tables = (root: string) => readdirSync(path.join(active(root), 'v16')).sort()

describe('cacheKey', () => {
  it('names a cache by the base path', () => {
    expect(cacheKey({ basePath: '' })).toBe(cacheKey({ basePath: '' }))
    expect(cacheKey({ basePath: '' })).not.toBe(cacheKey({ basePath: '/blog' }))
    expect(cacheKey({ basePath: '/blog' })).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('switchTurbopackCache', () => {
  const root = cacheKey({ basePath: '' })
  const blog = cacheKey({ basePath: '/blog' })

  it('gives each base path its own cache back, and starts a new one from a copy of the last', () => {
    const dir = fresh()
    expect(switchTurbopackCache(dir, root)).toBe('new')
    compile(dir, 'root')
    expect(switchTurbopackCache(dir, root)).toBe('same')

    expect(switchTurbopackCache(dir, blog)).toBe('seeded')
    // The copy starts with the last build's tables: linked (Turbopack never rewrites them), while
    // its own CURRENT is a file of its own, so writing one cache leaves the other as it was.
    expect(tables(dir)).toEqual(['CURRENT', 'root.sst'])
    const parked = path.join(dir, '.next', 'cache', 'turbopack-kept', root, 'v16')
    expect(statSync(path.join(active(dir), 'v16', 'root.sst')).ino).toBe(statSync(path.join(parked, 'root.sst')).ino)
    compile(dir, 'blog')
    expect(readFileSync(path.join(parked, 'CURRENT'), 'utf8')).toBe('root')

    expect(switchTurbopackCache(dir, root)).toBe('kept')
    expect(tables(dir)).toEqual(['CURRENT', 'root.sst'])
    expect(switchTurbopackCache(dir, blog)).toBe('kept')
    expect(tables(dir)).toEqual(['CURRENT', 'blog.sst', 'root.sst'])
    expect(readFileSync(path.join(active(dir), 'v16', 'CURRENT'), 'utf8')).toBe('blog')
  })

  it('starts from a cache it did not name (one from before), without keeping it under a name', () => {
    const dir = fresh()
    compile(dir, 'old')
    expect(switchTurbopackCache(dir, root)).toBe('seeded')
    expect(tables(dir)).toEqual(['CURRENT', 'old.sst'])
    expect(readdirSync(path.join(dir, '.next', 'cache', 'turbopack-kept'))).toEqual([])
  })

  it(`keeps at most ${KEPT_CACHES} other caches, dropping the one used longest ago`, () => {
    const dir = fresh()
    const keys = Array.from({ length: KEPT_CACHES + 2 }, (_, i) => cacheKey({ basePath: `/site-${i}` }))
    for (const key of keys) {
      switchTurbopackCache(dir, key)
      compile(dir, key)
    }
    const kept = readdirSync(path.join(dir, '.next', 'cache', 'turbopack-kept')).sort()
    expect(kept).toEqual(keys.slice(-1 - KEPT_CACHES, -1).sort())
    expect(existsSync(path.join(dir, '.next', 'cache', 'turbopack-kept', keys[0] ?? ''))).toBe(false)
  })
})

describe('switchTurbopackCache, with bookkeeping files it did not write', () => {
  it('never takes their text for a folder name', () => {
    const dir = fresh()
    compile(dir, 'old')
    writeFileSync(path.join(dir, '.next', 'cache', 'turbopack.key'), '../../../outside\n')
    writeFileSync(path.join(dir, '.next', 'cache', 'turbopack-kept.json'), '["../../..", 42]\n')
    expect(switchTurbopackCache(dir, cacheKey({ basePath: '' }))).toBe('seeded')
    expect(existsSync(path.join(dir, '..', 'outside'))).toBe(false)
    expect(readFileSync(path.join(dir, '.next', 'cache', 'turbopack-kept.json'), 'utf8')).toBe('[]\n')
  })
})
