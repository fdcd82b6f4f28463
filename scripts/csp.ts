// Build step: give every exported page a Content-Security-Policy <meta> that allows exactly its
// own inline scripts (by hash), and write _headers for hosts that read one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildPolicy, headersFile, injectPolicy, inlineScriptHashes } from '../lib/csp'

function htmlFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(root, relative)
    return entry.name.endsWith('.html') ? [relative] : []
  })
}

/** Adds the policy to every page of an exported folder; returns how many pages it secured. */
export function applyContentSecurityPolicy(root: string): number {
  const files = htmlFiles(root)
  for (const file of files) {
    const full = path.join(root, file)
    const html = readFileSync(full, 'utf8')
    if (html.includes('http-equiv="Content-Security-Policy"')) continue
    writeFileSync(full, injectPolicy(html, buildPolicy(inlineScriptHashes(html))))
  }
  writeFileSync(path.join(root, '_headers'), headersFile())
  return files.length
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`CSP: ${applyContentSecurityPolicy(path.resolve(process.argv[2] ?? 'out'))} pages`)
}
