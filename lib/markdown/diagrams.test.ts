import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './pipeline'
import { diagramHash, finishSvg, legibleSize, readDiagramSource, renderDiagram } from './diagrams'

const FLOW = 'graph LR\n  accTitle: 요청 흐름\n  A[브라우저] --> B[서버]'

describe('diagrams in the pipeline', () => {
  it('turns a mermaid block into an inline SVG named for screen readers, with no script or outside font', async () => {
    const html = await renderMarkdown(`---\ntitle: t\n---\n\`\`\`mermaid\n${FLOW}\n\`\`\`\n`)
    expect(html).toMatch(
      /^<figure class="diagram" tabindex="0" aria-labelledby="diagram-[0-9a-f]{16}-title"><svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[\d. ]+" width="[\d.]+" height="[\d.]+" role="img" aria-labelledby="diagram-[0-9a-f]{16}-title"><title id="diagram-[0-9a-f]{16}-title">요청 흐름<\/title>/,
    )
    expect(html).toContain('>브라우저</text>')
    expect(html).not.toMatch(/<script|<style|googleapis|\sstyle="|language-mermaid/)
    // Every id is the diagram's own, and every reference points at one of them.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])
    expect(ids.every((id) => id?.startsWith('diagram-'))).toBe(true)
    for (const match of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(match[1])
  })

  it('draws a diagram large enough for 12 px labels, and no larger', async () => {
    const html = await renderMarkdown(`\`\`\`mermaid\ngraph LR\n  A[요청] -->|재시도| B[응답]\n\`\`\`\n`)
    const [, viewWidth = '0'] = /viewBox="0 0 ([\d.]+) /.exec(html) ?? []
    const [, width = '0'] = /<svg[^>]* width="([\d.]+)"/.exec(html) ?? []
    // The edge label is drawn at 11 in the diagram's units, so the drawing is 12/11 its own size.
    expect(html).toContain('font-size="11"')
    expect(Number(width)).toBe(Math.ceil((Number(viewWidth) * 12) / 11))
    expect(legibleSize('<text font-size="13">a</text>', 200, 100)).toEqual({ width: 200, height: 100 })
    expect(legibleSize('<text font-size="10">a</text><text font-size="13">b</text>', 200, 100)).toEqual({
      width: 240,
      height: 120,
    })
    expect(legibleSize('<rect/>', 50.123, 20)).toEqual({ width: 51, height: 20 })
  })

  it('names an untitled diagram by its boxes', async () => {
    const html = await renderMarkdown('---\ntitle: t\n---\n```mermaid\ngraph TD\n  A[캐시] --> B[원본]\n```\n')
    expect(html).toContain('>다이어그램: 캐시, 원본</title>')
  })

  it('keeps a block it cannot draw as code', async () => {
    const html = await renderMarkdown('---\ntitle: t\n---\n```mermaid\npie\n  "a": 1\n```\n')
    expect(html).toContain('<code class="hljs language-mermaid">')
  })
})

describe('renderDiagram', () => {
  it('leaves a click line out of the drawing instead of drawing a stray node', async () => {
    const text = 'graph TD\n  A[요청] --> B[응답]\n  click A "https://example.com" "열기"\n  click B callback'
    expect(readDiagramSource(text)).toMatchObject({ code: 'graph TD\n  A[요청] --> B[응답]', dropped: [3, 4] })
    const html = await renderMarkdown(`\`\`\`mermaid\n${text}\n\`\`\`\n`)
    expect(html).toContain('<svg')
    expect(html).toContain('요청')
    expect(html).not.toMatch(/click|callback|example\.com/)
  })

  it('draws a flowchart whose first line ends with a semicolon, as Mermaid allows', async () => {
    expect(readDiagramSource('graph TB;\n  A-->B;').code).toBe('graph TB\n  A-->B;')
    const html = await renderMarkdown('```mermaid\ngraph TB;\n  A[요청]-->B[응답];\n```\n')
    expect(html).toContain('<svg')
    expect(html).toContain('응답')
  })

  it('reads accTitle and accDescr off the diagram', () => {
    expect(readDiagramSource('graph LR\n accTitle: 제목\n accDescr: 설명\n A --> B')).toEqual({
      code: 'graph LR\n A --> B',
      title: '제목',
      description: '설명',
      dropped: [],
    })
  })

  it('describes a diagram with accDescr', () => {
    const svg = finishSvg(
      '<svg viewBox="0 0 1 1" width="1" height="1" style="--bg:#fff"><style>@import url(x);</style><defs><marker id="m"/></defs><path marker-end="url(#m)"/></svg>',
      { code: '', title: '제목', description: '긴 설명', dropped: [] },
      'abc',
    )
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" width="1" height="1" role="img" aria-labelledby="diagram-abc-title" aria-describedby="diagram-abc-desc"><title id="diagram-abc-title">제목</title><desc id="diagram-abc-desc">긴 설명</desc><defs><marker id="diagram-abc-m"/></defs><path marker-end="url(#diagram-abc-m)"/></svg>',
    )
  })

  it('caches drawings on disk by the hash of their text, and reads them back instead of drawing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'diagrams-'))
    process.env.DIAGRAM_CACHE_DIR = dir
    try {
      const drawn = `${FLOW}\n  B --> C[새 상자]`
      const svg = renderDiagram(drawn)
      expect(readFileSync(path.join(dir, `${diagramHash(drawn)}.svg`), 'utf8')).toBe(svg)
      expect(diagramHash(drawn)).not.toBe(diagramHash(`${drawn} `))
      const cached = `${FLOW}\n  B --> D[캐시된 상자]`
      writeFileSync(path.join(dir, `${diagramHash(cached)}.svg`), '<svg>cached</svg>')
      expect(renderDiagram(cached)).toBe('<svg>cached</svg>')
    } finally {
      delete process.env.DIAGRAM_CACHE_DIR
    }
  })
})
