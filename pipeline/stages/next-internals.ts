// What the build knows of Next's private output, in one place: which client modules are Next's own
// framework parts (paths inside node_modules/next/dist), how client references are written in an RSC
// payload, and where the client reference manifests are and what global they set. None of this is a
// documented surface of Next, so it is kept here, small, and next-internals.test.ts checks it against
// the installed Next (its files, and a payload and manifest of the shape it writes); the export
// integration test checks it on a real build. After upgrading Next, run both.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

/** A client module of the build (from Next's client reference manifests): id -> source path. */
export type ClientModules = ReadonlyMap<string, string>

/** Next's parts that every App Router page references and that need nothing in the browser once exported. */
export const NEXT_FRAMEWORK =
  /\/node_modules\/next\/dist\/(?:esm\/)?(?:client\/components|lib\/framework|lib\/metadata)\//
/** `next/link` server-renders a real `<a href>` (base path included): without the router it is a page load. */
export const NEXT_LINK = /\/node_modules\/next\/dist\/(?:esm\/)?client\/app-dir\/link\.js$/

/** Whether a client module is one of Next's framework parts rather than a component the page chose. */
export function isFrameworkModule(modulePath: string): boolean {
  return NEXT_FRAMEWORK.test(modulePath) || NEXT_LINK.test(modulePath)
}

const LENGTH_PREFIXED = /^[TABCDEFGLMOSUVglmos]$/

/**
 * The module ids of the client references (`I` rows) in an RSC payload. Rows are read one by one,
 * skipping length-prefixed text rows by their byte length, so a post body that merely contains
 * text like `3:I[…]` is not taken for a reference.
 */
export function clientReferenceIds(payload: string): string[] {
  const bytes = Buffer.from(payload, 'utf8')
  const ids = new Set<string>()
  let at = 0
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at)
    if (colon === -1 || !/^[0-9a-f]*$/.test(bytes.toString('latin1', at, colon)))
      throw new Error(`RSC 페이로드를 읽을 수 없습니다 (${at}번째 바이트)`)
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0)
    const comma = bytes.indexOf(0x2c, colon + 2)
    const lengthText = comma === -1 ? '' : bytes.toString('latin1', colon + 2, comma)
    if (LENGTH_PREFIXED.test(tag) && /^[0-9a-f]+$/.test(lengthText)) {
      at = comma + 1 + Number.parseInt(lengthText, 16)
      continue
    }
    const newline = bytes.indexOf(0x0a, colon)
    const end = newline === -1 ? bytes.length : newline
    if (tag === 'I') {
      const row = JSON.parse(bytes.toString('utf8', colon + 2, end)) as unknown
      if (!Array.isArray(row) || (typeof row[0] !== 'string' && typeof row[0] !== 'number'))
        throw new Error('RSC 페이로드의 클라이언트 참조(I 행)를 읽을 수 없습니다')
      ids.add(String(row[0]))
    }
    at = end + 1
  }
  return [...ids]
}

/** Every client module of the build, id -> source path, from Next's client reference manifests. */
export function readClientModules(buildDir: string): ClientModules {
  const modules = new Map<string, string>()
  const appDir = path.join(buildDir, 'server', 'app')
  let manifests = 0
  for (const entry of readdirSync(appDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('_client-reference-manifest.js')) continue
    const context = vm.createContext({})
    vm.runInContext(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'), context)
    const byRoute =
      (context as { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, { id: string | number }> }> })
        .__RSC_MANIFEST ?? {}
    for (const manifest of Object.values(byRoute)) {
      for (const [modulePath, { id }] of Object.entries(manifest.clientModules ?? {}))
        modules.set(String(id), modulePath)
    }
    manifests += 1
  }
  if (manifests === 0) throw new Error(`Next의 클라이언트 매니페스트가 ${appDir}에 없습니다`)
  return modules
}
