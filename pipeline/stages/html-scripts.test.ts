import { describe, expect, it } from 'vitest'
import { flightPayload, isNextInlineScript, scanHtml } from './html-scripts'

const inline = (text: string) => ({ start: 0, end: 0, src: null, type: '', text })

describe('scanHtml', () => {
  it('reads scripts, the head and policies as a browser does, whatever attribute values and code blocks hold', () => {
    const html =
      '<html><HEAD><META HTTP-EQUIV="content-security-policy" content="a&amp;b"><script>x &amp; y</script></head>' +
      '<body><img alt="<script>"><pre>&lt;meta http-equiv="Content-Security-Policy"&gt;</pre><script type="application/ld+json">{}</script><!--$?--></body></html>'
    const scan = scanHtml(html)
    expect(scan.scripts.map((script) => [script.type, script.text, html.slice(script.start, script.end)])).toEqual([
      ['', 'x &amp; y', '<script>x &amp; y</script>'],
      ['application/ld+json', '{}', '<script type="application/ld+json">{}</script>'],
    ])
    expect(scan.policies).toEqual(['a&b'])
    expect(html.slice(0, scan.headStart ?? 0)).toBe('<html><HEAD>')
    expect(html.slice(scan.headEnd ?? 0).startsWith('</head>')).toBe(true)
    expect(scan.browserBoundaries).toBe(1)
  })
})

describe('isNextInlineScript', () => {
  it('accepts Next’s bootstrap, flight data and chunk list, and nothing that only starts like them', () => {
    expect(isNextInlineScript(inline('(self.__next_f=self.__next_f||[]).push([0])'))).toBe(true)
    expect(isNextInlineScript(inline('self.__next_f.push([1,"0:{}\\n"])'))).toBe(true)
    expect(
      isNextInlineScript(
        inline('(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});'),
      ),
    ).toBe(true)
    expect(isNextInlineScript(inline('self.__next_f.push([1,"x"]);alert(1)//)'))).toBe(false)
    expect(isNextInlineScript(inline('self.__next_f.push([1,"<!--<script>"])'))).toBe(false)
    expect(isNextInlineScript({ ...inline('self.__next_f.push([1,"x"])'), type: 'module' })).toBe(false)
  })

  it('joins the flight data chunks into the page’s RSC payload', () => {
    expect(
      flightPayload([
        inline('(self.__next_f=self.__next_f||[]).push([0])'),
        inline('self.__next_f.push([1,"1:\\"a\\"\\n"])'),
        inline('self.__next_f.push([1,"2:I[1,[],\\"\\"]\\n"])'),
      ]),
    ).toBe('1:"a"\n2:I[1,[],""]\n')
  })
})
