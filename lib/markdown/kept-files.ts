/**
 * Files the build keeps between runs in the render store's folder (lib/markdown/render-store.ts),
 * beside the renders: the checks' body outlines (lib/markdown/outline-store.ts). Each is written
 * whole, then renamed, so a reader never sees half a file, and read back only under the fingerprint
 * it was written with: a changed parser makes a kept file unused, never wrong.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const OUTLINE_FILE = 'outlines.json'
/** The kept files, which pruning the renders leaves alone. */
export const KEPT_FILES: readonly string[] = [OUTLINE_FILE]

/** Writes a file whole, then renames it into place. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, text)
  renameSync(partial, file)
}

/** What `keepJson` wrote under this fingerprint, or null (none, unreadable, or another fingerprint). */
export function readKeptJson<T>(file: string, fingerprint: string): T | null {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: unknown; data?: T }
    return kept.fingerprint === fingerprint && kept.data !== undefined ? kept.data : null
  } catch {
    return null
  }
}

export function keepJson(file: string, fingerprint: string, data: unknown): void {
  writeWhole(file, JSON.stringify({ fingerprint, data }))
}
