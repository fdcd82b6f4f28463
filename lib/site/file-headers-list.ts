import { readdirSync } from 'node:fs'
import path from 'node:path'

export { FILE_POLICY, fileHeaderRules } from './file-headers.mjs'

/** Every file of an exported folder, relative to it with `/`, sorted. */
export function exportedFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
      return entry.isDirectory() ? exportedFiles(root, relative) : [relative]
    })
    .sort()
}
