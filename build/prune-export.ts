// Build step: delete what Next's static export writes but no browser ever asks for. Each page gets
// `__next._full.txt`, a copy of its whole RSC payload (post body included) that only a Next server
// reads; the client router of Next 16.4 fetches `index.txt` and the per-segment files instead.
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const UNREAD_FILES = new Set(['__next._full.txt'])

/** Deletes the unread files under `root`; returns how many went. */
export function pruneExport(root: string): number {
  let removed = 0
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !UNREAD_FILES.has(entry.name)) continue
    rmSync(path.join(entry.parentPath, entry.name))
    removed += 1
  }
  return removed
}
