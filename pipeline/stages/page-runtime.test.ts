import { describe, expect, it } from 'vitest'
import { shipPage } from './page-runtime'
import { THEME_SCRIPT } from '../../lib/site/theme-script'

const modules = new Map([
  ['39756', '[project]/node_modules/next/dist/esm/client/components/layout-router.js'],
  ['97367', '[project]/node_modules/next/dist/esm/lib/framework/boundary-components.js'],
  ['22016', '[project]/node_modules/next/dist/client/app-dir/link.js'],
  ['54516', '[project]/components/search/search-results.tsx'],
])

/** A flight data script as Next writes it: the payload as a JSON string in a push call. */
const flight = (payload: string) => `<script>self.__next_f.push(${JSON.stringify([1, payload])})</script>`
const FRAMEWORK_ROWS =
  '1:"$Sreact.fragment"\n4:I[39756,["$2"],"default"]\n6:I[22016,["$2"],""]\n10:I[97367,["$2"],"OutletBoundary"]\n'

function exportedPage(payload: string, body = '<h1>제목</h1>'): string {
  return [
    '<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/blog/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/blog/_next/static/chunks/b.js"/>',
    '<link rel="preload" href="/blog/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
    '<script src="/blog/_next/static/chunks/b.js" async=""></script>',
    `<script>${THEME_SCRIPT}</script>`,
    '<script src="/blog/_next/static/chunks/p.js" noModule=""></script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/b.js"]});</script>',
    `</head><body><main>${body}<script type="application/ld+json">{"@type":"BlogPosting"}</script></main><footer class="site-footer">바닥글</footer>`,
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    flight(payload),
    '</body></html>',
  ].join('')
}

const options = { basePath: '/blog', enhanceScript: '/blog/_enhance/enhance-X.js' }

describe('shipPage', () => {
  it('drops every Next script and script preload from a page without client components, and adds the behaviours’ script', () => {
    const { html, decision } = shipPage(exportedPage(FRAMEWORK_ROWS), modules, options)
    expect(decision.clientComponents).toEqual([])
    expect(html).not.toContain('/_next/static/chunks/b.js')
    expect(html).not.toContain('noModule')
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('TURBOPACK')
    for (const kept of [
      '<main><h1>제목</h1>',
      'rel="stylesheet"',
      'as="font"',
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
      `<script>${THEME_SCRIPT}</script>`,
      '<footer class="site-footer">바닥글</footer>',
    ]) {
      expect(html).toContain(kept)
    }
    expect(html).toContain('<script src="/blog/_enhance/enhance-X.js" defer=""></script></head>')
  })

  it('keeps the runtime, untouched, on a page that renders a client component, and names the component', () => {
    const page = exportedPage(`${FRAMEWORK_ROWS}f:I[54516,["$2"],"SearchResults"]\n`)
    const { html, decision } = shipPage(page, modules, options)
    expect(decision.clientComponents).toEqual(['components/search/search-results.tsx'])
    expect(html).toBe(page.replace('</head>', '<script src="/blog/_enhance/enhance-X.js" defer=""></script></head>'))
  })

  it('drops Next’s font marker, whose place in the head varies from build to build, from a page without the runtime', () => {
    const withMarker = (at: 'early' | 'late') =>
      exportedPage(FRAMEWORK_ROWS).replace(
        at === 'early' ? '<link rel="preload" as="script"' : '<script src="/blog/_next/static/chunks/b.js"',
        (tag) => `<meta name="next-size-adjust" content=""/>${tag}`,
      )
    const early = shipPage(withMarker('early'), modules, options).html
    expect(early).not.toContain('next-size-adjust')
    expect(early).toBe(shipPage(withMarker('late'), modules, options).html)
    // In the body it is text an author wrote, and stays.
    const quoted = exportedPage(FRAMEWORK_ROWS, '<p><meta name="next-size-adjust" content=""/></p>')
    expect(shipPage(quoted, modules, options).html).toContain('<p><meta name="next-size-adjust" content=""/></p>')
  })

  it('keeps the rest of the page after an attribute holding "<script>"', () => {
    const { html } = shipPage(
      exportedPage(FRAMEWORK_ROWS, '<p><img alt="<script>" src="a.png"/>그림 뒤 문장</p>'),
      modules,
      options,
    )
    expect(html).toContain('<img alt="<script>" src="a.png"/>그림 뒤 문장</p>')
    expect(html).toContain('<script type="application/ld+json">')
    expect(html).toContain('<footer class="site-footer">바닥글</footer>')
  })

  it('fails, saying why, when the page cannot safely lose the runtime', () => {
    expect(() => shipPage(exportedPage(`${FRAMEWORK_ROWS}9:I[123,[],"X"]\n`), modules, options)).toThrow(
      /매니페스트에 없는 모듈 123/,
    )
    expect(() =>
      shipPage(exportedPage(FRAMEWORK_ROWS, '<!--$?--><template id="B:0"></template>'), modules, options),
    ).toThrow(/Suspense/)
    expect(() => shipPage(exportedPage(FRAMEWORK_ROWS, '<script>alert(1)</script>'), modules, options)).toThrow(
      /빌드가 만들지 않은 스크립트가 있습니다: <script>alert\(1\)/,
    )
    expect(() =>
      shipPage(exportedPage(FRAMEWORK_ROWS).replace('</head>', '').replace('<head>', ''), modules, options),
    ).toThrow(/<\/head>/)
  })
})
