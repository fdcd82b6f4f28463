import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serveOut } from './serve-out'

describe('serveOut', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('answers once it is served, and says why when the server cannot start', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'serve-out-'))
    mkdirSync(path.join(dir, 'a'))
    writeFileSync(path.join(dir, 'index.html'), '<p>첫 페이지</p>')
    writeFileSync(path.join(dir, 'a', 'index.html'), '<p>가</p>')
    const { origin, stop } = await serveOut(dir, 0)
    try {
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(await (await fetch(`${origin}/a/`)).text()).toBe('<p>가</p>')
      // The same port again: the second server cannot listen, and its error is the rejection's.
      await expect(serveOut(dir, Number(new URL(origin).port))).rejects.toThrow(/stopped.*EADDRINUSE/s)
    } finally {
      stop()
    }
  })
})
