// Build step: give every exported HTML file (Next's pages, redirect pages, extra public files) a
// Content-Security-Policy <meta> that allows exactly the site's own scripts, and write _headers for
// hosts that read one. A script the build did not write fails the build, naming the file.
import { createHash } from 'node:crypto'
import {
  describeScript,
  isDataBlock,
  isNextInlineScript,
  isNextScriptFile,
  isThemeScript,
  scanHtml,
  type ScriptElement,
} from './html-scripts'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FRAGMENT_SCRIPT_PATH } from '../../lib/site/legacy-redirects'
import { ENHANCE_SCRIPT_DIR } from './page-runtime'
import { site } from '../../lib/config'
import { integrations, policyAdditions } from '../../lib/site/integrations'
import { fileHeaderRules, servedFiles } from '../../lib/site/file-headers-list'
import { isFeedDocument } from '../../lib/site/xml'

/** Hosts whose embeds posts may show in an `<iframe>` (the sanitiser keeps only these). */
export const EMBED_HOSTS = [
  'https://www.youtube.com',
  'https://www.youtube-nocookie.com',
  'https://www.slideshare.net',
  'https://speakerdeck.com',
  'https://codepen.io',
] as const

/** Scripts the build itself puts on pages, besides Next's: the behaviours' bundle and the redirect pages' script. */
export interface KnownScripts {
  /** '' or '/blog', and each other edition's (`/blog/en`): where Next's scripts are. */
  basePaths: readonly string[]
  /** Site paths of script files the build wrote (base path included), or folders ending in '/'. */
  files: readonly string[]
}

function isKnownFile(script: ScriptElement, known: KnownScripts): boolean {
  const src = script.src ?? ''
  return (
    known.basePaths.some((basePath) => isNextScriptFile(script, basePath)) ||
    known.files.some((file) => (file.endsWith('/') ? src.startsWith(file) && !src.includes('..') : src === file))
  )
}

/**
 * The sha256 sources of the page's inline scripts, which must all be the site's own: the theme
 * script and Next's flight data and chunk lists (recognised by their whole text). Data blocks such
 * as JSON-LD run nothing and need no hash. Any other script, inline or a file the build did not
 * write, throws: something got past the sanitiser or into a layout, and the build must say so
 * rather than allow it (a hash) or ship it to be blocked in the reader's browser.
 */
export function knownScriptHashes(html: string, known: KnownScripts): string[] {
  const scan = scanHtml(html)
  const hashes = new Set<string>()
  for (const script of scan.scripts) {
    if (isDataBlock(script)) continue
    if (script.src !== null) {
      if (!isKnownFile(script, known))
        throw new Error(`빌드가 만들지 않은 스크립트 파일입니다: ${describeScript(script)}`)
      continue
    }
    if (!isThemeScript(script) && !isNextInlineScript(script))
      throw new Error(`빌드가 만들지 않은 인라인 스크립트입니다: ${describeScript(script)}`)
    hashes.add(`'sha256-${createHash('sha256').update(script.text, 'utf8').digest('base64')}'`)
  }
  return [...hashes].sort()
}

/** Origins a configured reader service adds (lib/site/integrations.ts policyAdditions); none by default. */
export interface PolicyExtras {
  script?: readonly string[]
  frame?: readonly string[]
  style?: readonly string[]
  connect?: readonly string[]
  form?: readonly string[]
}

function sources(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part !== '').join(' ')
}

/**
 * The page's policy: scripts only from the site and the page's own (hashed) inline scripts, no
 * plugins, no foreign forms or base URLs, frames only from the embed allow-list. Images may come
 * from any https host because old posts hotlink them. A reader service the site switched on adds
 * its own origins (`extras`), and only those.
 */
export function buildPolicy(scriptHashes: readonly string[], extras: PolicyExtras = {}): string {
  return [
    "default-src 'self'",
    `script-src ${sources("'self'", ...scriptHashes, ...(extras.script ?? []))}`,
    `style-src ${sources("'self'", "'unsafe-inline'", ...(extras.style ?? []))}`,
    "img-src 'self' https: data:",
    "font-src 'self'",
    `connect-src ${sources("'self'", ...(extras.connect ?? []))}`,
    `frame-src ${sources(...EMBED_HOSTS, ...(extras.frame ?? []))}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${sources("'self'", ...(extras.form ?? []))}`,
  ].join('; ')
}

/**
 * The page with its policy as the first element of `<head>`, before any script can run. A page that
 * already has this very policy is returned as it is; one with another policy of its own throws (the
 * build owns the policy). Found by parsing: a post that shows a policy `<meta>` in a code block has
 * text, not an element, and gets its policy like any page.
 */
export function injectPolicy(html: string, policy: string): string {
  // An old feed the blog keeps at a folder's index.html (/feed/) is a feed, not a page: no element
  // of it runs, and its readers expect the feed's bytes.
  if (isFeedDocument(html)) return html
  const scan = scanHtml(html)
  if (scan.policies.length > 0) {
    if (scan.policies.every((existing) => existing === policy)) return html
    throw new Error('페이지에 이미 다른 Content-Security-Policy <meta>가 있습니다')
  }
  if (scan.headStart === null) {
    // A text file with an .html name (a search engine's verification file) holds no markup: nothing
    // in it can run, and the engine expects its bytes unchanged.
    if (!html.includes('<')) return html
    throw new Error('Content-Security-Policy를 넣을 <head>가 없습니다')
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`
  return `${html.slice(0, scan.headStart)}${meta}${html.slice(scan.headStart)}`
}

/**
 * `_headers` for hosts that read one (Netlify, Cloudflare Pages): what a `<meta>` policy cannot
 * say (frame-ancestors) and the usual hardening headers. Pages keep their stricter meta policy;
 * browsers enforce both.
 */
export function headersFile(): string {
  return [
    '/*',
    "  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n')
}

function htmlFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(root, relative)
    return entry.name.endsWith('.html') ? [relative] : []
  })
}

/**
 * The script files the build writes besides Next's: each edition's behaviours bundle (pipeline/stages/page-runtime.ts),
 * the redirect pages' script and, when the site chose analytics, its script (lib/site/integrations.ts).
 */
export function knownScripts(basePaths: readonly string[] = [site.basePath]): KnownScripts {
  return {
    basePaths,
    files: [
      ...basePaths.map((basePath) => `${basePath}${ENHANCE_SCRIPT_DIR}`),
      `${site.basePath}${FRAGMENT_SCRIPT_PATH}`,
      ...(integrations.analytics ? [integrations.analytics.scriptUrl] : []),
    ],
  }
}

/** Adds the policy to every HTML file of an exported folder; returns how many it secured. */
export function applyContentSecurityPolicy(root: string, known: KnownScripts = knownScripts()): number {
  const files = htmlFiles(root)
  for (const file of files) {
    const full = path.join(root, file)
    const html = readFileSync(full, 'utf8')
    try {
      writeFileSync(
        full,
        injectPolicy(html, buildPolicy(knownScriptHashes(html, known), policyAdditions(integrations))),
      )
    } catch (error) {
      throw new Error(`${file.split(path.sep).join('/')}: ${(error as Error).message}`)
    }
  }
  writeFileSync(path.join(root, '_headers'), headersFile() + fileHeaderRules(servedFiles(root), site.basePath))
  return files.length
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`CSP: ${applyContentSecurityPolicy(path.resolve(process.argv[2] ?? 'out'))} pages`)
}
