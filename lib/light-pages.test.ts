import { describe, expect, it } from 'vitest'
import { toLightPage } from './light-pages'

const page = [
  '<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="canonical" href="https://blog.example.com/post/"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>',
  '</head><body><main><h1>제목</h1><script type="application/ld+json">{"@type":"BlogPosting"}</script></main>',
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script><script>self.__next_f.push([1,"본문 사본"])</script>',
  '</body></html>',
].join('')

describe('toLightPage', () => {
  const light = toLightPage(page, '/blog/_light/leaves.js')

  it('drops every script and script preload of the runtime, flight data included', () => {
    expect(light).not.toContain('/_next/static/chunks/b.js')
    expect(light).not.toContain('noModule')
    expect(light).not.toContain('__next_f')
    expect(light).not.toContain('TURBOPACK')
  })

  it('keeps the content, styles, links and JSON-LD, and adds the leaf script to the head', () => {
    expect(light).toContain('<main><h1>제목</h1>')
    expect(light).toContain('rel="stylesheet"')
    expect(light).toContain('rel="canonical"')
    expect(light).toContain('<script type="application/ld+json">{"@type":"BlogPosting"}</script>')
    expect(light).toContain('<script src="/blog/_light/leaves.js" defer></script></head>')
  })

  it('refuses a page that waits for the browser to render part of it', () => {
    expect(() => toLightPage(page.replace('<main>', '<main><!--$?--><template id="B:0"></template>'), '/x.js')).toThrow(/Suspense/)
  })
})
