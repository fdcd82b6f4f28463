// Build step, right after Next's export: each page keeps Next's runtime only if its own RSC payload
// references a client component (lib/page-runtime.ts), and every page gets the plain-DOM behaviours
// (components/enhance/) as one small script bundled here. The RSC files of pages without the
// runtime go too: with no client router on any page that links to them, nothing fetches them.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { buildSync } from 'esbuild'
import { ENHANCE_SCRIPT_DIR, shipPage, type ClientModules } from '../lib/page-runtime'
import { site } from '../lib/site'

/** Bundles the behaviours' script into the export; returns its site path (content-hashed, cached forever). */
function bundleEnhancements(root: string): string {
  const result = buildSync({
    entryPoints: { enhance: 'components/enhance/entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    entryNames: '[name]-[hash]',
    outdir: path.join(root, ENHANCE_SCRIPT_DIR),
    metafile: true,
    logLevel: 'warning',
  })
  const [output] = Object.keys(result.metafile.outputs)
  if (!output) throw new Error('esbuild wrote no page script')
  return `${site.basePath}${ENHANCE_SCRIPT_DIR}${path.basename(output)}`
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
    const byRoute = (context as { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, { id: string | number }> }> }).__RSC_MANIFEST ?? {}
    for (const manifest of Object.values(byRoute)) {
      for (const [modulePath, { id }] of Object.entries(manifest.clientModules ?? {})) modules.set(String(id), modulePath)
    }
    manifests += 1
  }
  if (manifests === 0) throw new Error(`Next의 클라이언트 매니페스트가 ${appDir}에 없습니다`)
  return modules
}

/** Ships every page of the export in `root`; returns the pages that keep the runtime, with the components that need it. */
export function applyPageRuntime(root: string, buildDir = '.next'): { pages: number; runtime: Map<string, string[]> } {
  const enhanceScript = bundleEnhancements(root)
  const modules = readClientModules(buildDir)
  const runtime = new Map<string, string[]>()
  let pages = 0
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(root, file).split(path.sep).join('/')
    let shipped: ReturnType<typeof shipPage>
    try {
      shipped = shipPage(readFileSync(file, 'utf8'), modules, { basePath: site.basePath, enhanceScript })
    } catch (error) {
      throw new Error(`${relative}: ${(error as Error).message}`)
    }
    writeFileSync(file, shipped.html)
    pages += 1
    if (shipped.decision.clientComponents.length > 0) {
      runtime.set(relative, shipped.decision.clientComponents)
      continue
    }
    for (const sibling of readdirSync(entry.parentPath)) {
      if (sibling.endsWith('.txt') && !(entry.parentPath === root && sibling === 'robots.txt')) rmSync(path.join(entry.parentPath, sibling))
    }
  }
  return { pages, runtime }
}
