import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bodyOutline, outlineKey, takeStoredOutlines } from '../schema/body-tree'
import { OUTLINE_FILE } from './kept-files'
import { loadOutlines, saveOutlines } from './outline-store'
import { pruneRenderStore } from './render-store'

afterEach(() => takeStoredOutlines(new Map()))

/** A body no other test outlines (outlines are remembered for the life of the process). */
const body = (label: string) => `${label} ${Math.random()}\n\n![그림](/assets/${label}.png)\n`

describe('the outline store', () => {
  it('keeps the outlines a run used, and hands them to the next run instead of parsing again', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outline-store-'))
    const kept = body('kept')
    expect(bodyOutline(kept).images).toEqual([{ src: '/assets/kept.png', alt: '그림', line: 3 }])
    saveOutlines(dir)
    // What the next run reads is the stored outline: doctor it, and a body this process has not
    // outlined yet gets the doctored one.
    const next = body('next')
    const file = path.join(dir, OUTLINE_FILE)
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { data: Record<string, unknown> }
    expect(stored.data[outlineKey(kept)]).toEqual(bodyOutline(kept))
    stored.data[outlineKey(next)] = {
      images: [],
      links: [{ url: '/from-the-store/', line: 9 }],
      html: [],
      math: [],
      diagrams: [],
    }
    writeFileSync(file, JSON.stringify(stored))
    expect(loadOutlines(dir)).toBeGreaterThan(1)
    expect(bodyOutline(next).links).toEqual([{ url: '/from-the-store/', line: 9 }])
    // Pruning the renders leaves the outlines alone.
    pruneRenderStore([], dir)
    expect(loadOutlines(dir)).toBeGreaterThan(1)
  })

  it('uses nothing written by another version of the parser, or nothing at all', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outline-store-'))
    expect(loadOutlines(dir)).toBe(0)
    writeFileSync(path.join(dir, OUTLINE_FILE), JSON.stringify({ fingerprint: 'an older parser', data: { x: {} } }))
    expect(loadOutlines(dir)).toBe(0)
    const fresh = body('fresh')
    expect(bodyOutline(fresh).images).toEqual([{ src: '/assets/fresh.png', alt: '그림', line: 3 }])
  })
})
