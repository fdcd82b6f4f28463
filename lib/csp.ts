import { createHash } from 'node:crypto'

/** Hosts whose embeds posts may show in an `<iframe>` (the sanitiser keeps only these). */
export const EMBED_HOSTS = [
  'https://www.youtube.com',
  'https://www.youtube-nocookie.com',
  'https://www.slideshare.net',
  'https://speakerdeck.com',
  'https://codepen.io',
] as const

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module'])

/** The sha256 sources of every inline script a page runs (data blocks such as JSON-LD are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? ''
    if (/\ssrc\s*=/i.test(attributes)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? ''
    if (!EXECUTABLE_TYPES.has(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}'`)
  }
  return [...hashes].sort()
}

/**
 * The page's policy: scripts only from the site and the page's own (hashed) inline scripts, no
 * plugins, no foreign forms or base URLs, frames only from the embed allow-list. Images may come
 * from any https host because old posts hotlink them.
 */
export function buildPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${EMBED_HOSTS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** The page with its policy as the first element of `<head>`, before any script can run. */
export function injectPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`
  const head = /<head\b[^>]*>/i.exec(html)
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in')
  const at = head.index + head[0].length
  return `${html.slice(0, at)}${meta}${html.slice(at)}`
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
