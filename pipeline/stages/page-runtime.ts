/**
 * One rendering model, decided per exported page by the page itself. A page whose RSC payload
 * references a client component (a `'use client'` module of ours or of a library) keeps Next's
 * runtime, exactly as Next wrote it. A page that references only Next's own framework parts
 * (its router, boundaries, metadata, and `next/link`, which renders a plain `<a>`) loses every
 * Next script: its HTML is already complete. Every page gets the plain-DOM behaviours
 * (components/enhance/registry.ts) as one deferred script. Whatever cannot be decided or made safe
 * throws, and the build names the page.
 */
// Build step, right after Next's export: each page keeps Next's runtime only if its own RSC payload
// references a client component (pipeline/stages/page-runtime.ts), and every page gets the plain-DOM behaviours
// (components/enhance/) as one small script bundled here. The RSC files of pages without the
// runtime go too: with no client router on any page that links to them, nothing fetches them.
import {
  describeScript,
  flightPayload,
  isDataBlock,
  isNextInlineScript,
  isNextScriptFile,
  isThemeScript,
  scanHtml,
  type HtmlScan,
} from './html-scripts'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { clientReferenceIds, isFrameworkModule, readClientModules, type ClientModules } from './next-internals'
import { site } from '../../lib/config'
import { analyticsScriptTag, integrations } from '../../lib/site/integrations'

/** The export's folder for the behaviours' bundle (site path, base path excluded). */
export const ENHANCE_SCRIPT_DIR = '/_enhance/'

export interface RuntimeDecision {
  /** The client components that make the page keep the runtime (source paths); empty: it goes. */
  clientComponents: string[]
  /** Whether the page was rendered by Next at all (it carries a flight payload). */
  isNextPage: boolean
}

/** Reads a scanned page's payload and tells whether it renders a client component. */
export function decideRuntime(scan: HtmlScan, modules: ClientModules): RuntimeDecision {
  const payload = flightPayload(scan.scripts)
  if (payload === '')
    return { clientComponents: [], isNextPage: scan.scripts.some((script) => isNextInlineScript(script)) }
  const clientComponents = new Set<string>()
  for (const id of clientReferenceIds(payload)) {
    const modulePath = modules.get(id)
    if (modulePath === undefined)
      throw new Error(`RSC 페이로드가 빌드의 클라이언트 매니페스트에 없는 모듈 ${id}을(를) 참조합니다`)
    if (!isFrameworkModule(modulePath))
      clientComponents.add(modulePath.replace(/^\[project\]\//, '').replace(/ <.*>$/, ''))
  }
  return { clientComponents: [...clientComponents].sort(), isNextPage: true }
}

/** Inserts the behaviours' script at the end of `<head>`. */
function withEnhanceScript(html: string, scan: HtmlScan, enhanceScript: string): string {
  if (scan.headEnd === null) throw new Error('</head>가 없어 페이지 스크립트를 넣을 수 없습니다')
  return `${html.slice(0, scan.headEnd)}<script src="${enhanceScript}" defer=""></script>${html.slice(scan.headEnd)}`
}

/**
 * The exported page as it ships: with the runtime when it renders a client component, without any
 * Next script when it does not, and with the behaviours' script either way. Throws when a script
 * on the page is none of Next's, the theme script or a data block, or when the page leaves work
 * for React in the browser without rendering a client component.
 */
export function shipPage(
  html: string,
  modules: ClientModules,
  options: { basePath: string; enhanceScript: string },
): { html: string; decision: RuntimeDecision } {
  const scan = scanHtml(html)
  for (const script of scan.scripts) {
    const known =
      isDataBlock(script) ||
      isThemeScript(script) ||
      isNextInlineScript(script) ||
      isNextScriptFile(script, options.basePath)
    if (!known) throw new Error(`빌드가 만들지 않은 스크립트가 있습니다: ${describeScript(script)}`)
  }
  const decision = decideRuntime(scan, modules)
  if (decision.clientComponents.length > 0 || !decision.isNextPage)
    return { html: withEnhanceScript(html, scan, options.enhanceScript), decision }
  if (scan.browserBoundaries > 0)
    throw new Error(
      '클라이언트 컴포넌트가 없는데 브라우저가 채워야 할 Suspense 경계가 남아 있어 Next 런타임을 뺄 수 없습니다',
    )
  const cuts = [
    ...scan.scripts.filter((script) => !isDataBlock(script) && !isThemeScript(script)),
    ...scan.scriptPreloads,
    ...scan.sizeAdjustMarkers,
  ].sort((a, b) => b.start - a.start)
  let light = html
  for (const cut of cuts) light = `${light.slice(0, cut.start)}${light.slice(cut.end)}`
  // Checked again on the result: what the browser will parse must hold no Next script.
  const rescan = scanHtml(light)
  const left = rescan.scripts.find((script) => !isDataBlock(script) && !isThemeScript(script))
  if (left !== undefined || rescan.scriptPreloads.length > 0)
    throw new Error(
      `Next 런타임을 뺀 뒤에도 스크립트가 남았습니다: ${left ? describeScript(left) : '<link rel="preload" as="script">'}`,
    )
  return { html: withEnhanceScript(light, rescan, options.enhanceScript), decision }
}

/** Bundles the behaviours' script into the export; returns its site path (content-hashed, cached forever). */
function bundleEnhancements(root: string, basePath: string): string {
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
  return `${basePath}${ENHANCE_SCRIPT_DIR}${path.basename(output)}`
}

/** The analytics script the site chose (lib/site/integrations.ts), at the end of the page's head. */
function withHeadTag(html: string, tag: string): string {
  const headEnd = scanHtml(html).headEnd
  if (headEnd === null) throw new Error('</head>가 없어 분석 스크립트를 넣을 수 없습니다')
  return `${html.slice(0, headEnd)}${tag}${html.slice(headEnd)}`
}

/** Ships every page of the export in `root`; returns the pages that keep the runtime, with the components that need it. */
/** Text files of the site's own at the root, which are no RSC payloads (app/robots.ts, app/llms.txt/). */
const SITE_TEXT_FILES = new Set(['robots.txt', 'llms.txt'])

export function applyPageRuntime(
  root: string,
  modules: ClientModules = readClientModules('.next'),
  basePath = site.basePath,
  /** Folders under `root` that another edition's build wrote (`en`): their pages are shipped with their own build's modules. */
  others: readonly string[] = [],
): { pages: number; runtime: Map<string, string[]> } {
  const enhanceScript = bundleEnhancements(root, basePath)
  const runtime = new Map<string, string[]>()
  let pages = 0
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(root, file).split(path.sep).join('/')
    if (others.includes(relative.split('/')[0]!)) continue
    let shipped: ReturnType<typeof shipPage>
    try {
      shipped = shipPage(readFileSync(file, 'utf8'), modules, { basePath, enhanceScript })
    } catch (error) {
      throw new Error(`${relative}: ${(error as Error).message}`)
    }
    writeFileSync(
      file,
      integrations.analytics ? withHeadTag(shipped.html, analyticsScriptTag(integrations.analytics)) : shipped.html,
    )
    pages += 1
    if (shipped.decision.clientComponents.length > 0) {
      runtime.set(relative, shipped.decision.clientComponents)
      continue
    }
    for (const sibling of readdirSync(entry.parentPath)) {
      if (sibling.endsWith('.txt') && !(entry.parentPath === root && SITE_TEXT_FILES.has(sibling)))
        rmSync(path.join(entry.parentPath, sibling))
    }
  }
  return { pages, runtime }
}
