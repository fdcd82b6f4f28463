import { describe, expect, it } from 'vitest'
import { toLightPage } from './light-pages'
import { THEME_SCRIPT } from './theme-script'

const page = [
  '<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/>',
  `<script>${THEME_SCRIPT}</script>`,
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
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

  it('keeps the content, styles, the font preload, links, JSON-LD and the theme script, and adds the page script to the head', () => {
    expect(light).toContain('<main><h1>제목</h1>')
    expect(light).toContain('rel="stylesheet"')
    expect(light).toContain('as="font"')
    expect(light).toContain('rel="canonical"')
    expect(light).toContain('<script type="application/ld+json">{"@type":"BlogPosting"}</script>')
    expect(light).toContain(`<script>${THEME_SCRIPT}</script>`)
    expect(light).toContain('<script src="/blog/_light/leaves.js" defer></script></head>')
  })

  it('drops an inline script that only looks like the theme script', () => {
    const other = page.replace(`<script>${THEME_SCRIPT}</script>`, `<script>${THEME_SCRIPT}alert(1)</script>`)
    expect(toLightPage(other, '/x.js')).not.toContain('alert(1)')
  })

  it('refuses a page that waits for the browser to render part of it', () => {
    expect(() => toLightPage(page.replace('<main>', '<main><!--$?--><template id="B:0"></template>'), '/x.js')).toThrow(/Suspense/)
  })
})
