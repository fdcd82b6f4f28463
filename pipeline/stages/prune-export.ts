// Build step: delete what Next's static export writes but no browser ever asks for.
// - Each page gets `__next._full.txt`, a copy of its whole RSC payload (post body included) that
//   only a Next server reads; the client router of Next 16.4 fetches `index.txt` and the
//   per-segment files instead.
// - A blog with no tags, categories, series or authors still needs one route for each dynamic
//   segment (`EMPTY_LIST_PLACEHOLDER`): that route's folder, a redirect page and a feed of nothing,
//   is removed, so no reader, crawler or feed reader ever meets a list that does not exist.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { EMPTY_LIST_MARKER, EMPTY_LIST_PLACEHOLDER, PLACEHOLDER_SECTIONS } from '../../lib/site/urls'

const UNREAD_FILES = new Set(['__next._full.txt'])

/** Deletes the unread files and placeholder routes under `root`; returns how many files and folders went. */
export function pruneExport(root: string): number {
  let removed = 0
  for (const section of PLACEHOLDER_SECTIONS) {
    const folder = path.join(root, section, EMPTY_LIST_PLACEHOLDER)
    const page = path.join(folder, 'index.html')
    // Only the placeholder: a real tag named `_` is a page of its own and carries no marker.
    if (!existsSync(page) || !readFileSync(page, 'utf8').includes(EMPTY_LIST_MARKER)) continue
    rmSync(folder, { recursive: true })
    removed += 1
  }
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !UNREAD_FILES.has(entry.name)) continue
    rmSync(path.join(entry.parentPath, entry.name))
    removed += 1
  }
  return removed
}
