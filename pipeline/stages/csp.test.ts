import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildPolicy, headersFile, injectPolicy, knownScriptHashes } from './csp'
import { THEME_SCRIPT } from '../../lib/site/theme-script'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const known = {
  basePaths: ['/blog', '/blog/en'],
  files: ['/blog/_enhance/', '/blog/en/_enhance/', '/blog/legacy-redirect.js'],
}
const flight = 'self.__next_f.push([1,"0:{}\\n"])'
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><script>${THEME_SCRIPT}</script>${head}</head><body>${body}<footer>바닥글</footer></body></html>`

describe('knownScriptHashes', () => {
  it('hashes the theme script and Next’s inline data exactly as written, and skips script files and data blocks', () => {
    const html = page(
      `<script type="application/ld+json">{"a":1}</script><script>${flight}</script><script>${flight}</script>`,
      '<script src="/blog/_next/static/chunks/a.js" async=""></script><script src="/blog/_enhance/enhance-X.js" defer=""></script>',
    )
    expect(knownScriptHashes(html, known)).toEqual([sha(THEME_SCRIPT), sha(flight)].sort())
  })

  it('refuses an inline script the build did not write, rather than allowing it by hash', () => {
    expect(() => knownScriptHashes(page('<script>alert(1)</script>'), known)).toThrow(
      /빌드가 만들지 않은 인라인 스크립트입니다: <script>alert\(1\)<\/script>/,
    )
    // Next's shape with code in the argument is not Next's data.
    expect(() => knownScriptHashes(page('<script>self.__next_f.push(alert(1))</script>'), known)).toThrow(
      /인라인 스크립트/,
    )
    expect(() => knownScriptHashes(page(`<script>${THEME_SCRIPT};alert(1)</script>`), known)).toThrow(/인라인 스크립트/)
  })

  it('refuses a script file that is neither Next’s nor one the build wrote', () => {
    expect(() => knownScriptHashes(page('<script src="/blog/uploads/x.js"></script>'), known)).toThrow(
      /스크립트 파일입니다: <script src="\/blog\/uploads\/x.js">/,
    )
    expect(() => knownScriptHashes(page('<script src="/blog/_next/static/../../x.js"></script>'), known)).toThrow(
      /스크립트 파일/,
    )
  })

  it('reads attributes as a browser does: a "<script>" inside alt is text, not a script', () => {
    const html = page(
      '<p><img alt="<script>" src="a.png"/> 그리고 <code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>',
    )
    expect(knownScriptHashes(html, known)).toEqual([sha(THEME_SCRIPT)])
  })
})

describe('buildPolicy and injectPolicy', () => {
  it('puts a policy allowing only the site and hashed inline scripts first in <head>', () => {
    const policy = buildPolicy([sha('x')])
    expect(policy).toContain(`script-src 'self' ${sha('x')}`)
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("object-src 'none'")
    const html = injectPolicy(
      '<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><script>x</script></head></html>',
      policy,
    )
    expect(
      html.startsWith(
        `<!DOCTYPE html><html lang="ko"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${sha('x')};`,
      ),
    ).toBe(true)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'))
  })

  it('leaves a markup-free text file with an .html name (a search engine verification file) as it is, and refuses other pages without <head>', () => {
    const verification = 'google-site-verification: google0123abcd.html'
    expect(injectPolicy(verification, buildPolicy([]))).toBe(verification)
    expect(() => injectPolicy('<p>머리 없는 페이지</p>', buildPolicy([]))).toThrow('<head>가 없습니다')
  })

  it('leaves a feed kept at a folder’s index.html (an old blog’s /feed/) as its bytes', () => {
    const feed =
      '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>\n'
    expect(injectPolicy(feed, buildPolicy([]))).toBe(feed)
  })

  it('is not fooled by a post that shows a policy <meta> as text', () => {
    const html = page(
      '<pre><code>&lt;meta http-equiv="Content-Security-Policy" content="x"&gt;</code></pre><p>http-equiv="Content-Security-Policy"</p>',
    )
    const secured = injectPolicy(html, buildPolicy([]))
    expect(secured).toContain('<head><meta http-equiv="Content-Security-Policy" content="default-src')
  })

  it('leaves a page with the same policy alone and refuses one with another', () => {
    const once = injectPolicy(page(''), buildPolicy([]))
    expect(injectPolicy(once, buildPolicy([]))).toBe(once)
    expect(() => injectPolicy(once, buildPolicy([sha('x')]))).toThrow(/이미 다른 Content-Security-Policy/)
  })

  it('refuses a page without a head', () => {
    expect(() => injectPolicy('<p>x</p>', 'default-src')).toThrow(/<head>/)
  })
})

describe('headersFile', () => {
  it('carries what a meta policy cannot: frame-ancestors', () => {
    expect(headersFile()).toContain("frame-ancestors 'none'")
    expect(headersFile().startsWith('/*\n')).toBe(true)
  })
})
