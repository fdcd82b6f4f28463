#!/usr/bin/env node
// Serves out/ the way GitHub Pages and other plain static hosts do: folders answer with their
// index.html, `/post` redirects to `/post/`, `.html` URLs stay as they are, unknown paths get
// 404.html with status 404, the site lives under BASE_PATH when one is set, and text is sent
// gzip-compressed to browsers that ask for it, as GitHub Pages does (page weights and Lighthouse
// measured through this server match what readers download).
import { existsSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import compression from 'compression'
import handler from 'serve-handler'

const root = path.resolve(process.env.OUT_DIR ?? 'out')
const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? '127.0.0.1'
const basePath = (process.env.BASE_PATH ?? '').replace(/^\/*|\/*$/g, '')
const prefix = basePath === '' ? '' : `/${basePath}`

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

function serve(request, response) {
  const url = request.url ?? '/'
  if (prefix !== '') {
    if (url === prefix) {
      response.writeHead(301, { Location: `${prefix}/` }).end()
      return
    }
    if (!url.startsWith(`${prefix}/`)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not under the base path')
      return
    }
    request.url = url.slice(prefix.length)
  }
  // Like GitHub Pages: a folder requested without its slash is redirected to it.
  const pathname = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')
  if (!pathname.endsWith('/') && !path.extname(pathname)) {
    const candidate = path.join(root, pathname, 'index.html')
    if (candidate.startsWith(root) && existsSyncSafe(candidate)) {
      const query = (request.url ?? '').includes('?') ? `?${(request.url ?? '').split('?')[1]}` : ''
      response.writeHead(301, { Location: `${prefix}${encodeURI(pathname)}/${query}` }).end()
      return
    }
  }
  // A folder answers with its index.html (serve-handler ties that to directory listings).
  if (pathname.endsWith('/')) {
    const index = path.join(root, pathname, 'index.html')
    if (index.startsWith(root) && existsSyncSafe(index)) {
      const query = (request.url ?? '').includes('?') ? `?${(request.url ?? '').split('?')[1]}` : ''
      request.url = `${encodeURI(pathname)}index.html${query}`
    }
  }
  handler(request, response, options).catch((error) => {
    response.writeHead(500).end(String(error))
  })
}

function existsSyncSafe(file) {
  try {
    return existsSync(file)
  } catch {
    return false
  }
}

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${prefix}/`)
})
