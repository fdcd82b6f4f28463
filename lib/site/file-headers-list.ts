import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { publicDirs } from '../schema/content-sources'

export { FILE_POLICY, fileHeaderRules } from './file-headers.mjs'

/** Every file under a folder, relative to it with `/`, sorted. */
export function exportedFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
      return entry.isDirectory() ? exportedFiles(root, relative) : [relative]
    })
    .sort()
}

/**
 * The files `_headers` speaks for: those of the export folder and those of the public folders
 * (public/ and EXTRA_PUBLIC_DIR). A partial build writes `_headers` before the files it did not
 * build again come from the last export, so its folder alone would leave their rules out.
 */
export function servedFiles(root: string, publicFolders: readonly string[] = publicDirs()): string[] {
  const files = new Set(exportedFiles(root))
  for (const folder of publicFolders) if (existsSync(folder)) for (const file of exportedFiles(folder)) files.add(file)
  return [...files].sort()
}
