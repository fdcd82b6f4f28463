// Build step for light pages (lib/site.ts `lightPages`, on unless LIGHT_PAGES=0): every exported page but the search page
// loses Next's runtime (lib/light-pages.ts) and gets one small script for its interactive parts,
// bundled here from components/layout/light-page-entry.ts. The RSC files of those pages go too: with no client
// router on them, and plain links on the search page (components/layout/site-link.tsx), nothing fetches them.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { toLightPage } from '../lib/light-pages'
import { SEARCH_PAGE_PATH } from '../lib/search/search-url'
import { site } from '../lib/site'

/** Pages that keep the runtime: the search page's results are a React component. */
const RUNTIME_PAGES = new Set([`${SEARCH_PAGE_PATH.slice(1)}index.html`])
const LEAF_DIR = '_light'

/** Bundles the page script into the export; returns its site path (with a content hash, cached forever). */
function bundleLeaves(root: string): string {
  const result = buildSync({
    entryPoints: { enhance: 'components/layout/light-page-entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    entryNames: '[name]-[hash]',
    outdir: path.join(root, LEAF_DIR),
    metafile: true,
    logLevel: 'warning',
  })
  const [output] = Object.keys(result.metafile.outputs)
  if (!output) throw new Error('esbuild wrote no page script')
  return `${site.basePath}/${LEAF_DIR}/${path.basename(output)}`
}

/** Turns the export in `root` into light pages; returns how many pages changed. */
export function applyLightPages(root: string): number {
  const leafScript = bundleLeaves(root)
  let pages = 0
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(root, file).split(path.sep).join('/')
    if (RUNTIME_PAGES.has(relative)) continue
    try {
      writeFileSync(file, toLightPage(readFileSync(file, 'utf8'), leafScript))
    } catch (error) {
      throw new Error(`${relative}: ${(error as Error).message}`)
    }
    for (const sibling of readdirSync(entry.parentPath)) {
      if (sibling.endsWith('.txt') && !(entry.parentPath === root && sibling === 'robots.txt')) rmSync(path.join(entry.parentPath, sibling))
    }
    pages += 1
  }
  return pages
}
