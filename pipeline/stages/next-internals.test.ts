import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientReferenceIds, isFrameworkModule, readClientModules } from './next-internals'

const modules = new Map([
  ['39756', '[project]/node_modules/next/dist/esm/client/components/layout-router.js'],
  ['97367', '[project]/node_modules/next/dist/esm/lib/framework/boundary-components.js'],
  ['22016', '[project]/node_modules/next/dist/client/app-dir/link.js'],
  ['54516', '[project]/components/search/search-results.tsx'],
])
const FRAMEWORK_ROWS =
  '1:"$Sreact.fragment"\n4:I[39756,["$2"],"default"]\n6:I[22016,["$2"],""]\n10:I[97367,["$2"],"OutletBoundary"]\n'

describe('clientReferenceIds', () => {
  it('lists the modules of I rows and skips text rows by their byte length, whatever they hold', () => {
    const text = '한글 본문\n3:I[54516,[],"SearchResults"]\n'
    const payload = `${FRAMEWORK_ROWS}7:T${Buffer.byteLength(text).toString(16)},${text}:HL["/a.css","style"]\n`
    expect(clientReferenceIds(payload).sort()).toEqual(['22016', '39756', '97367'])
  })

  it('refuses a payload it cannot read', () => {
    expect(() => clientReferenceIds('not a payload')).toThrow(/RSC 페이로드/)
  })
})

describe('isFrameworkModule', () => {
  it('counts Next’s router, boundaries and next/link as framework, and a project or library component as the page’s own', () => {
    expect([...modules.values()].map(isFrameworkModule)).toEqual([true, true, true, false])
    expect(isFrameworkModule('[project]/node_modules/next/dist/client/script.js')).toBe(false)
    expect(isFrameworkModule('[project]/node_modules/some-widget/dist/index.js')).toBe(false)
  })
})

describe('the installed Next, against what this module expects of it', () => {
  const nextDir = path.dirname(createRequire(import.meta.url).resolve('next/package.json'))

  it('still has the framework folders and next/link where isFrameworkModule looks for them', () => {
    for (const folder of ['client/components', 'lib/framework', 'lib/metadata', 'esm/client/components'])
      expect(existsSync(path.join(nextDir, 'dist', folder)), folder).toBe(true)
    for (const link of ['dist/client/app-dir/link.js', 'dist/esm/client/app-dir/link.js'])
      expect(isFrameworkModule(`[project]/node_modules/next/${link}`) && existsSync(path.join(nextDir, link))).toBe(
        true,
      )
  })

  it('still names and loads client reference manifests as readClientModules reads them', () => {
    const constants = createRequire(import.meta.url)('next/dist/shared/lib/constants') as Record<string, unknown>
    expect(constants.CLIENT_REFERENCE_MANIFEST).toBe('client-reference-manifest')
    const loader = readFileSync(path.join(nextDir, 'dist', 'server', 'load-components.js'), 'utf8')
    expect(loader).toContain("'server', 'app', entryName + '_' + _constants.CLIENT_REFERENCE_MANIFEST + '.js'")
    expect(loader).toContain('context.__RSC_MANIFEST[entryName]')
  })

  it('reads a manifest of the shape Next writes, and refuses a build without any', () => {
    const build = mkdtempSync(path.join(tmpdir(), 'next-internals-'))
    const folder = path.join(build, 'server', 'app', 'kubecon-1')
    mkdirSync(folder, { recursive: true })
    const manifest = {
      '/[slug]/page': {
        clientModules: {
          '[project]/components/search/search-results.tsx <module evaluation>': { id: 54516, name: '*', chunks: [] },
        },
      },
    }
    writeFileSync(
      path.join(folder, 'page_client-reference-manifest.js'),
      `globalThis.__RSC_MANIFEST = (globalThis.__RSC_MANIFEST || {});\nglobalThis.__RSC_MANIFEST["/[slug]/page"] = ${JSON.stringify(manifest['/[slug]/page'])};\n`,
    )
    expect(readClientModules(build)).toEqual(
      new Map([['54516', '[project]/components/search/search-results.tsx <module evaluation>']]),
    )
    const empty = mkdtempSync(path.join(tmpdir(), 'next-internals-'))
    mkdirSync(path.join(empty, 'server', 'app'), { recursive: true })
    expect(() => readClientModules(empty)).toThrow(/클라이언트 매니페스트/)
  })
})
