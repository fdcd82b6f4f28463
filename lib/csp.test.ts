import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildPolicy, headersFile, injectPolicy, inlineScriptHashes } from './csp'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly as written and skips external scripts and data blocks', () => {
    const html = '<script src="/_next/a.js"></script><script>self.__next_f.push([1])</script><script type="application/ld+json">{"a":1}</script><script>(function(){})()</script><script>self.__next_f.push([1])</script>'
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1])'), sha('(function(){})()')].sort())
  })
})

describe('buildPolicy and injectPolicy', () => {
  it('puts a policy allowing only the site and hashed inline scripts first in <head>', () => {
    const policy = buildPolicy([sha('x')])
    expect(policy).toContain(`script-src 'self' ${sha('x')}`)
    expect(policy).not.toContain("'unsafe-inline' 'self'")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("object-src 'none'")
    const html = injectPolicy('<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><script>x</script></head></html>', policy)
    expect(html.startsWith(`<!DOCTYPE html><html lang="ko"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${sha('x')};`)).toBe(true)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'))
  })

  it('refuses a page without a head', () => {
    expect(() => injectPolicy('<p>x</p>', 'default-src')).toThrow()
  })
})

describe('headersFile', () => {
  it('carries what a meta policy cannot: frame-ancestors', () => {
    expect(headersFile()).toContain("frame-ancestors 'none'")
    expect(headersFile().startsWith('/*\n')).toBe(true)
  })
})
