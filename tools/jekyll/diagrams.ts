import { renderDiagram } from '../../lib/markdown/diagrams'
import { findDiagramBlocks } from '../../lib/markdown/rich-check'
import type { LineNote } from './front-matter'

/**
 * Mermaid blocks this blog cannot draw (a `timeline`, a `mindmap`): the old site drew them in the
 * reader's browser with Mermaid's script, which the blog does not ship. Each becomes a `text` code
 * block, so the build goes on and readers see the diagram's source, and a person is asked to draw it
 * another way. `bodyLine` is the file line the body starts on.
 */
export function keepUndrawableDiagrams(
  text: string,
  bodyStart: number,
  bodyLine: number,
): { text: string; problems: LineNote[] } {
  const body = text.slice(bodyStart)
  const lines = body.split('\n')
  const problems: LineNote[] = []
  for (const block of findDiagramBlocks(body)) {
    if (renderDiagram(block.value) !== null) continue
    const index = block.line - 1
    const fence = lines[index]
    if (fence === undefined) continue
    lines[index] = fence.replace(/^(\s*(?:`{3,}|~{3,})\s*)mermaid\b/, '$1text')
    const kind = block.value.trim().split('\n')[0]?.trim().slice(0, 40) ?? ''
    problems.push({
      line: bodyLine + index,
      message: `Mermaid "${kind}" 다이어그램은 이 블로그가 그리지 못해 코드 블록(text)으로 두었습니다 (옛 사이트는 브라우저에서 Mermaid로 그렸습니다): 그림 파일로 넣거나 flowchart, sequenceDiagram 같은 종류로 다시 쓰세요`,
    })
  }
  return problems.length === 0 ? { text, problems } : { text: text.slice(0, bodyStart) + lines.join('\n'), problems }
}
