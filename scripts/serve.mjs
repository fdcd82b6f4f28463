#!/usr/bin/env node
// Serves out/ the way GitHub Pages and other plain static hosts do: folders answer with their
// index.html, `/post` redirects to `/post/`, `.html` URLs stay as they are, unknown paths get
// 404.html with status 404, the site lives under BASE_PATH when one is set, and text is sent
// gzip-compressed to browsers that ask for it, as GitHub Pages does (page weights and Lighthouse
// measured through this server match what readers download).
import { readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import compression from 'compression'
import handler from 'serve-handler'
import { FILE_POLICY, SCRIPTABLE_FILE } from '../lib/site/file-headers.mjs'
import { resolveSiteLocation } from '../lib/site-location.mjs'
import siteConfig from '../site.config.mjs'

const root = path.resolve(process.env.OUT_DIR ?? 'out')
const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? '127.0.0.1'
// The base path as the build read it (lib/site-location.mjs): '' or '/blog'.
const prefix = basePathOrExit()

/** The base path, or a Korean message and exit 1 when SITE_URL, BASE_PATH or site.config.mjs's url cannot be used. */
function basePathOrExit() {
  try {
    return resolveSiteLocation(process.env, siteConfig).basePath
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

const options = {
  public: root,
  cleanUrls: false,
  directoryListing: false,
  etag: true,
}

/** Compresses what is compressible (HTML, CSS, JS, JSON, XML, SVG) above 1 KB. */
const compress = compression()

const server = http.createServer((request, response) => {
  compress(request, response, () => serve(request, response))
})

/** Said instead of a bare 404 when there is no site to serve (no build yet, or the last one failed). */
function noBuildPage() {
  const where = path.relative(process.cwd(), root) || '.'
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>빌드된 사이트가 없습니다</title></head><body>
<h1>빌드된 사이트가 없습니다</h1>
<p>${where}/index.html이 없습니다. <code>npm run build</code>로 사이트를 만든 뒤 이 페이지를 다시 여세요
(<code>npm run preview</code>는 빌드와 이 서버를 함께 실행합니다).</p>
<p>빌드가 실패하면 배포할 것이 남지 않도록 ${where}/를 지웁니다: 빌드 출력의 ✗ 줄이 고칠 파일과 줄을 알려 줍니다.</p>
</body></html>`
}

function serve(request, response) {
  const url = request.url ?? '/'
  if (!isFile(path.join(root, 'index.html'))) {
    response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '10' }).end(noBuildPage())
    return
  }
  if (prefix !== '') {
    if (url === prefix) {
      response.writeHead(301, { Location: `${prefix}/` }).end()
      return
    }
    if (!url.startsWith(`${prefix}/`)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not under the base path')
      return
    }
  }
  const [rawPath = '/', ...rest] = url.slice(prefix.length).split('?')
  const query = rest.length > 0 ? `?${rest.join('?')}` : ''
  const segments = siteSegments(rawPath)
  if (segments === null) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request path')
    return
  }
  // No file system holds a name over 255 bytes: such a path names nothing (asking the disk would fail
  // with ENAMETOOLONG, a 500).
  if (segments.some((segment) => Buffer.byteLength(segment) > 255)) {
    notFound(response)
    return
  }
  // As _headers tells hosts that read it: a drawing opened on its own runs no script.
  if (SCRIPTABLE_FILE.test(segments.at(-1) ?? '')) response.setHeader('Content-Security-Policy', FILE_POLICY)
  // Every path below is rebuilt from checked segments: it starts with one slash and a segment, so
  // a redirect can never read as another host (`//evil.example/`) and no file outside root is named.
  // encodeURI's form, as links are written (`,` `(` `)` stay), plus the characters that would end a segment.
  const clean = segments.map((segment) => encodeURI(segment).replace(/[/?#]/g, encodeURIComponent)).join('/')
  const folder = clean === '' ? '/' : `/${clean}/`
  const isFolderUrl = rawPath.endsWith('/')
  // Like GitHub Pages: a folder requested without its slash is redirected to it.
  if (!isFolderUrl && !path.extname(segments.at(-1) ?? '') && isFile(path.join(root, ...segments, 'index.html'))) {
    response.writeHead(301, { Location: `${prefix}${folder}${query}` }).end()
    return
  }
  // A folder answers with its index.html (serve-handler ties that to directory listings).
  if (isFolderUrl && isFile(path.join(root, ...segments, 'index.html'))) {
    request.url = `${folder}index.html${query}`
  } else {
    request.url = `/${clean}${isFolderUrl && clean !== '' ? '/' : ''}${query}`
  }
  handler(request, response, options).catch((error) => {
    response.writeHead(500).end(String(error))
  })
}

/**
 * The decoded path segments of a request inside root, or null for a path no link of the site
 * produces: a malformed `%` escape, a NUL, a backslash, or a `.`/`..` segment (browsers resolve
 * those before asking, so one that arrives is an attempt to leave the folder).
 */
function siteSegments(rawPath) {
  let decoded
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return null
  const segments = decoded.split('/').filter((segment) => segment !== '')
  return segments.some((segment) => segment === '.' || segment === '..') ? null : segments
}

/** The site's 404 page with status 404, as for any path that names no file. */
function notFound(response) {
  let page = null
  try {
    page = readFileSync(path.join(root, '404.html'))
  } catch {
    page = null
  }
  if (page === null) response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
  else response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page)
}

function isFile(file) {
  // Segment by segment, not by string prefix: `/x/out-old` starts with `/x/out` but is not inside it.
  if (path.relative(root, file).split(path.sep).includes('..')) return false
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

server.listen(port, host, () => {
  // The port actually bound: PORT=0 lets the system pick a free one (tests).
  console.log(`Serving ${root} at http://${host}:${server.address().port}${prefix}/`)
  if (!isFile(path.join(root, 'index.html')))
    console.warn(
      `✗ ${root}/index.html이 없습니다: npm run build로 사이트를 만드세요 (그때까지 모든 요청에 그 안내를 보여 줍니다)`,
    )
})
