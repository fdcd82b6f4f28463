/**
 * The checks' outlines of post bodies (lib/schema/body-tree.ts), kept between runs beside the
 * render store: parsing every body is most of what `npm run check` does once the renders are
 * stored, and a build after one edited post should parse one body, not all of them.
 *
 * One file (`OUTLINE_FILE`, lib/markdown/kept-files.ts) holding the outlines the last run used, by
 * the hash of each body's text, under the pipeline's fingerprint (the parser's code and the locked
 * package versions).
 */
import path from 'node:path'
import { takeStoredOutlines, usedOutlines, type BodyOutline } from '../schema/body-tree'
import { keepJson, OUTLINE_FILE, readKeptJson } from './kept-files'
import { pipelineFingerprint, renderStoreDir } from './render-store'

/** Hands the outlines of the last run to the checks; returns how many there were (0 when none is usable). */
export function loadOutlines(dir = renderStoreDir()): number {
  const stored = readKeptJson<Record<string, BodyOutline>>(path.join(dir, OUTLINE_FILE), pipelineFingerprint())
  if (stored === null) return 0
  const byKey = new Map(Object.entries(stored))
  takeStoredOutlines(byKey)
  return byKey.size
}

/** Keeps the outlines this run used, and only those. */
export function saveOutlines(dir = renderStoreDir()): void {
  keepJson(path.join(dir, OUTLINE_FILE), pipelineFingerprint(), Object.fromEntries(usedOutlines()))
}
