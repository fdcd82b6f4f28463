import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** What xmllint says about a document (`--schema` to validate too): '' when it is well-formed (and valid). */
export function xmllintErrors(xml: string, schema?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'strict-xml-'))
  try {
    const file = path.join(dir, 'doc.xml')
    writeFileSync(file, xml)
    const result = spawnSync('xmllint', ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), file], {
      encoding: 'utf8',
    })
    if (result.error) throw result.error
    return result.status === 0 ? '' : result.stderr
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
