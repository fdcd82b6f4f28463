import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** An export with a tag page, and beside it a sibling folder whose name starts with the export's. */
function exportWithSibling(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'blog-serve-'))
  for (const [file, text] of Object.entries({
    'out/index.html': '<p>home</p>',
    'out/404.html': '<p>없는 페이지</p>',
    'out/tags/index.html': '<p>tags</p>',
    'out/a,b-(c)/index.html': '<p>comma</p>',
    'out/q?x/index.html': '<p>question</p>',
    'out-old/secret/index.html': '<p>secret</p>',
    'out/assets/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
  })) {
    mkdirSync(path.dirname(path.join(parent, file)), { recursive: true })
    writeFileSync(path.join(parent, file), text)
  }
  return path.join(parent, 'out')
}

/** One raw request, the path sent exactly as written (no client-side normalising). */
function get(
  port: number,
  rawPath: string,
): Promise<{ status: number; location?: string; body: string; policy?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (response) => {
        let body = ''
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            body,
            policy: response.headers['content-security-policy'] as string | undefined,
          }),
        )
      })
      .on('error', reject)
  })
}

/** Starts the server on a free port and waits for the line that names it, as a person would read it. */
async function startServer(outDir: string): Promise<{ server: ChildProcess; port: number }> {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, OUT_DIR: outDir, PORT: '0', BASE_PATH: '' },
  })
  const port = await new Promise<number>((resolve, reject) => {
    let seen = ''
    server.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen)
      if (match) resolve(Number(match[1]))
    })
    server.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${seen}`)))
  })
  return { server, port }
}

describe('scripts/serve.mjs (npm run serve)', () => {
  let server: ChildProcess
  let port = 0

  beforeAll(async () => {
    ;({ server, port } = await startServer(exportWithSibling()))
  })
  afterAll(() => {
    server.kill()
  })

  it('answers 400 to a malformed escape, and keeps serving', async () => {
    expect((await get(port, '/%ZZ')).status).toBe(400)
    expect((await get(port, '/tags/%E0%A4%A/')).status).toBe(400)
    const home = await get(port, '/')
    expect(home.status).toBe(200)
    expect(home.body).toContain('home')
  })

  it('never redirects to another host', async () => {
    for (const attack of [
      '//evil.example%2F..%2Ftags',
      '//evil.example/%2E%2E/tags',
      '/%2Fevil.example%2F..%2Ftags',
      '//evil.example/../tags',
    ]) {
      const answer = await get(port, attack)
      expect(answer.location ?? '', attack).not.toMatch(/^\/\/|^[a-z]+:/i)
    }
    // The ordinary redirect still works, and names this site.
    expect(await get(port, '/tags')).toMatchObject({ status: 301, location: '/tags/' })
    expect(await get(port, '//tags?x=1')).toMatchObject({ status: 301, location: '/tags/?x=1' })
    // A folder name with characters links keep as they are, and one with an encoded `?`.
    expect(await get(port, '/a,b-(c)')).toMatchObject({ status: 301, location: '/a,b-(c)/' })
    expect(await get(port, '/q%3Fx')).toMatchObject({ status: 301, location: '/q%3Fx/' })
  })

  it('reveals nothing of a sibling folder whose name starts like the export', async () => {
    for (const probe of ['/../out-old/secret', '/..%2Fout-old/secret/', '/%2E%2E/out-old/secret/index.html']) {
      const answer = await get(port, probe)
      expect(answer.status, probe).not.toBe(301)
      expect(answer.status, probe).not.toBe(200)
      expect(answer.body, probe).not.toContain('secret')
    }
  })

  it('answers a path segment longer than any file name with the 404 page, not a server error', async () => {
    for (const probe of [
      `/${'a'.repeat(256)}/`,
      `/tags/${encodeURIComponent('가'.repeat(90))}`,
      `/${'%EA%B0%80'.repeat(100)}.svg`,
    ]) {
      const answer = await get(port, probe)
      expect(answer.status, probe).toBe(404)
      expect(answer.body, probe).toContain('없는 페이지')
    }
    expect((await get(port, '/')).status).toBe(200)
  })

  it('sends a drawing with a policy that lets no script run, and pages without it', async () => {
    const drawing = await get(port, '/assets/x.svg')
    expect(drawing.status).toBe(200)
    expect(drawing.policy).toContain("default-src 'none'")
    expect(drawing.policy).toContain('sandbox')
    expect((await get(port, '/tags/')).policy).toBeUndefined()
  })
})

describe('scripts/serve.mjs without a build', () => {
  it('says there is no build and how to make one, instead of a bare 404', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'blog-serve-')), 'out')
    const { server, port } = await startServer(missing)
    try {
      for (const page of ['/', '/kubecon-1/']) {
        const answer = await get(port, page)
        expect(answer.status).toBe(503)
        expect(answer.body).toContain('빌드된 사이트가 없습니다')
        expect(answer.body).toContain('npm run build')
      }
      // Once a build has written the site, the same server serves it.
      mkdirSync(missing, { recursive: true })
      writeFileSync(path.join(missing, 'index.html'), '<p>home</p>')
      expect(await get(port, '/')).toMatchObject({ status: 200, body: '<p>home</p>' })
    } finally {
      server.kill()
    }
  })
})
