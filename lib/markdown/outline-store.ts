/**
 * The checks' outlines of post bodies (lib/schema/body-tree.ts), kept between runs beside the
 * render store: parsing every body is most of what `npm run check` does once the renders are
 * stored, and a build after one edited post should parse one body, not all of them.
 *
 * One file, `outlines.json` in the render store's folder, holding the outlines the last run used,
 * by the hash of each body's text, under the pipeline's fingerprint (the parser's code and the
 * locked package versions): a changed parser makes it unused, never wrong.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { takeStoredOutlines, usedOutlines, type BodyOutline } from '../schema/body-tree'
import { pipelineFingerprint, renderStoreDir } from './render-store'

/** The store's file name, which pruning the render store leaves alone. */
export const OUTLINE_FILE = 'outlines.json'

interface OutlineFile {
  fingerprint: string
  outlines: Record<string, BodyOutline>
}

/** Hands the outlines of the last run to the checks; returns how many there were (0 when none is usable). */
export function loadOutlines(dir = renderStoreDir()): number {
  let stored: OutlineFile
  try {
    stored = JSON.parse(readFileSync(path.join(dir, OUTLINE_FILE), 'utf8')) as OutlineFile
  } catch {
    return 0
  }
  if (stored.fingerprint !== pipelineFingerprint()) return 0
  const byKey = new Map(Object.entries(stored.outlines))
  takeStoredOutlines(byKey)
  return byKey.size
}

/** Keeps the outlines this run used, and only those (written whole, then renamed). */
export function saveOutlines(dir = renderStoreDir()): void {
  const file = path.join(dir, OUTLINE_FILE)
  const partial = `${file}.${process.pid}.tmp`
  const content: OutlineFile = { fingerprint: pipelineFingerprint(), outlines: Object.fromEntries(usedOutlines()) }
  mkdirSync(dir, { recursive: true })
  writeFileSync(partial, JSON.stringify(content))
  renameSync(partial, file)
}
