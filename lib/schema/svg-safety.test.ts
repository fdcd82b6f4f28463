import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readContentSources } from './content-sources'
import { svgProblems } from './svg-safety'

const diagram = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
  <style>.a { fill: #f00 }</style>
  <a href="https://example.com/"><rect class="a" width="10" height="10"/></a>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <use xlink:href="#r"/>
  <text>online, one = 1</text>
</svg>
`

describe('svgProblems', () => {
  it('passes an ordinary drawing with styles, links and an embedded picture', () => {
    expect(svgProblems(diagram)).toEqual([])
  })

  it.each([
    ['<svg onload="alert(1)"></svg>', 'onload'],
    ['<svg><script>alert(1)</script></svg>', '<script>'],
    ['<svg><SCRIPT>alert(1)</SCRIPT></svg>', '<script>'],
    ['<svg xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></svg>', '<script>'],
    ['<svg><foreignObject><iframe src="x"></iframe></foreignObject></svg>', '<foreignObject>'],
    ['<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', 'javascript:'],
    ['<svg><a xlink:href="jav&#x61;&#9;script:alert(1)">x</a></svg>', 'javascript:'],
    ['<svg><use href="data:image/svg+xml;base64,PHN2Zz4="/></svg>', 'data:'],
    ['<svg><set attributeName="href" to="x"/></svg>', '애니메이션'],
    ['<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]><svg>&x;</svg>', '엔터티'],
    ['<?xml-stylesheet type="text/xsl" href="a.xsl"?><svg/>', 'xml-stylesheet'],
    ['<svg><!-- hidden --><script\n>alert(1)</script></svg>', '<script>'],
  ])('refuses %s', (svg, named) => {
    const problems = svgProblems(svg)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.map((p) => p.message).join(' ')).toContain(named)
  })

  it('names the line of the script', () => {
    expect(svgProblems('<svg>\n<rect/>\n<script>alert(1)</script>\n</svg>')).toEqual([
      { line: 3, message: '<script> 요소가 있습니다' },
    ])
  })

  it('names each line of a flame graph full of handlers, the first and the last', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<g onmouseover="s(${i})"><rect/></g>`)
    const problems = svgProblems(`<svg>\n${rows.join('\n')}\n</svg>`)
    expect(problems).toHaveLength(3000)
    expect(problems[0]?.line).toBe(2)
    expect(problems.at(-1)?.line).toBe(3001)
  })
})

describe('npm run check on served SVGs', () => {
  let dir: string
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('reports a script-bearing SVG in public/ and beside a post at file:line, and passes a clean one', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'svg-check-'))
    mkdirSync(path.join(dir, 'content', 'posts'), { recursive: true })
    mkdirSync(path.join(dir, 'public', 'assets'), { recursive: true })
    writeFileSync(
      path.join(dir, 'public', 'assets', 'x.svg'),
      '<svg onload="alert(1)">\n<script>alert(2)</script></svg>',
    )
    writeFileSync(path.join(dir, 'public', 'assets', 'ok.svg'), diagram)
    writeFileSync(
      path.join(dir, 'content', 'posts', 'figure.svg'),
      '<svg>\n\n<a href="javascript:alert(1)">x</a></svg>',
    )
    const sources = readContentSources(path.join(dir, 'content'), dir, [path.join(dir, 'public')])
    const svg = (sources.unreadable ?? []).filter((d) => d.field === 'svg')
    expect(svg.map((d) => `${d.severity} ${d.file}:${d.line}`)).toEqual([
      'error public/assets/x.svg:1',
      'error public/assets/x.svg:2',
      'error content/posts/figure.svg:3',
    ])
    expect(svg[0]!.message).toContain('onload')
    expect(svg[0]!.fix).toContain('PNG')
  })
})
