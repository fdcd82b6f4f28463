// Build step: give every exported HTML file (Next's pages, redirect pages, extra public files) a
// Content-Security-Policy <meta> that allows exactly the site's own scripts, and write _headers for
// hosts that read one. A script the build did not write fails the build, naming the file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildPolicy, headersFile, injectPolicy, knownScriptHashes, type KnownScripts } from '../lib/csp'
import { FRAGMENT_SCRIPT_PATH } from '../lib/legacy-redirects'
import { ENHANCE_SCRIPT_DIR } from '../lib/page-runtime'
import { site } from '../lib/site'

function htmlFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(root, relative)
    return entry.name.endsWith('.html') ? [relative] : []
  })
}

/** The script files the build writes besides Next's: the behaviours' bundle (scripts/page-runtime.ts) and the redirect pages' script. */
export const KNOWN_SCRIPTS: KnownScripts = { basePath: site.basePath, files: [`${site.basePath}${ENHANCE_SCRIPT_DIR}`, `${site.basePath}${FRAGMENT_SCRIPT_PATH}`] }

/** Adds the policy to every HTML file of an exported folder; returns how many it secured. */
export function applyContentSecurityPolicy(root: string, known: KnownScripts = KNOWN_SCRIPTS): number {
  const files = htmlFiles(root)
  for (const file of files) {
    const full = path.join(root, file)
    const html = readFileSync(full, 'utf8')
    try {
      writeFileSync(full, injectPolicy(html, buildPolicy(knownScriptHashes(html, known))))
    } catch (error) {
      throw new Error(`${file.split(path.sep).join('/')}: ${(error as Error).message}`)
    }
  }
  writeFileSync(path.join(root, '_headers'), headersFile())
  return files.length
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`CSP: ${applyContentSecurityPolicy(path.resolve(process.argv[2] ?? 'out'))} pages`)
}
