import { bodyOutline } from '../schema/body-tree'
import { parseFrontMatter } from '../schema/front-matter'
import type { Diagnostic, SourceFile } from '../schema/validate-content'
import { readDiagramSource, renderDiagram } from './diagrams'
import { findMathProblems } from './math'

/**
 * `npm run check` for what the pipeline typesets and draws at build time: a formula KaTeX cannot
 * read and a diagram Mermaid cannot parse (or this blog cannot draw) are errors at their line, in
 * Korean, with the parser's own reason.
 */

export interface DiagramBlock {
  /** 1-based line of the opening fence within the body. */
  line: number
  value: string
}

export function findDiagramBlocks(body: string): DiagramBlock[] {
  return bodyOutline(body).diagrams.map(({ value, line }) => ({ value, line }))
}

type MermaidApi = { parse(text: string): Promise<unknown> }
let mermaid: Promise<MermaidApi> | undefined

/**
 * Mermaid's own parser (its grammar, not its drawing, which needs a browser): loaded only when a
 * post has a diagram. While parsing, Mermaid passes labels through DOMPurify, which has nothing to
 * work on outside a browser; the check keeps no label, so there the text is passed through as is.
 */
function loadMermaid(): Promise<MermaidApi> {
  mermaid ??= (async () => {
    const purify = (await import('dompurify')).default as unknown as Record<string, unknown>
    if (typeof purify.addHook !== 'function') {
      purify.addHook = () => undefined
      purify.sanitize = (text: unknown) => String(text)
    }
    return (await import('mermaid')).default as unknown as MermaidApi
  })()
  return mermaid
}

/** Mermaid's reason, and the line in the diagram it names (1-based), if any. */
export function readParseError(message: string): { line: number | null; reason: string } {
  const line = /on line (\d+)/.exec(message)
  const expecting = /Expecting (.+?), got '([^']*)'/.exec(message)
  if (expecting) {
    const got = expecting[2] ?? ''
    const expected = (expecting[1] ?? '').split(', ').slice(0, 6).join(', ')
    const what =
      got === 'EOF' || /^\d+$/.test(got)
        ? '다이어그램이 끝나기 전에 닫히지 않은 부분이 있습니다'
        : `여기에 ${got}이(가) 올 수 없습니다`
    return { line: line ? Number(line[1]) : null, reason: `${what} (파서가 기대한 것: ${expected} …)` }
  }
  const text = message.split('\n')[0]?.slice(0, 200) ?? message
  if (/No diagram type detected/i.test(message))
    return {
      line: 1,
      reason: '다이어그램 종류를 알 수 없습니다 (첫 줄이 graph TD, sequenceDiagram 같은 종류여야 합니다)',
    }
  return { line: line ? Number(line[1]) : null, reason: text }
}

/** Problems of one post's diagrams, each with its file line. */
export async function checkDiagrams(path: string, body: string, bodyStartLine: number): Promise<Diagnostic[]> {
  const out: Diagnostic[] = []
  for (const block of findDiagramBlocks(body)) {
    const fenceLine = bodyStartLine + block.line - 1
    const blockLines = block.value.split('\n').length
    const source = readDiagramSource(block.value)
    for (const line of source.dropped)
      out.push({
        severity: 'warning',
        file: path,
        line: fenceLine + line,
        field: 'body',
        message: 'Mermaid의 click 줄은 이 블로그에서 동작하지 않아 빼고 그립니다',
        fix: '노드에서 다른 글로 보내려면 다이어그램 아래에 링크를 쓰고, 이 줄은 지우세요',
      })
    try {
      // The accessibility lines are read by readDiagramSource; Mermaid's own reading of them needs
      // a browser. Comments in their place keep the diagram's line numbers.
      const parsed = block.value.replace(/^(\s*)(accTitle|accDescr)\s*:.*$/gm, '$1%% $2')
      await (await loadMermaid()).parse(parsed)
    } catch (error) {
      const { line, reason } = readParseError(error instanceof Error ? error.message : String(error))
      // Mermaid counts the diagram's lines from 1; the text starts on the line after the fence.
      const at = line === null ? fenceLine : fenceLine + Math.min(Math.max(line, 1), blockLines)
      out.push({
        severity: 'error',
        file: path,
        line: at,
        field: 'body',
        message: `Mermaid 다이어그램을 읽을 수 없습니다: ${reason}`,
        fix: '다이어그램 문법을 고치세요 (화살표 -->, 괄호 짝, 첫 줄의 종류). 코드로 보이려면 ```text 블록을 쓰세요',
      })
      continue
    }
    if (renderDiagram(block.value) === null) {
      const kind = source.code.split('\n')[0]?.trim() ?? ''
      out.push({
        severity: 'error',
        file: path,
        line: fenceLine,
        field: 'body',
        message: `이 블로그는 "${kind.slice(0, 40)}" 다이어그램을 그리지 못합니다`,
        fix: 'flowchart(graph), sequenceDiagram, classDiagram, erDiagram, stateDiagram-v2, xychart-beta 중 하나로 쓰거나 그림 파일을 넣으세요',
      })
    }
  }
  return out
}

/** Problems of one post's formulas, each with its file line. */
export function checkMath(path: string, body: string, bodyStartLine: number): Diagnostic[] {
  return findMathProblems(body).map((problem) => ({
    severity: problem.capped ? ('warning' as const) : ('error' as const),
    file: path,
    line: bodyStartLine + problem.line - 1,
    field: 'body',
    message: problem.capped
      ? `수식의 ${problem.reason}`
      : `수식을 KaTeX로 조판할 수 없습니다: ${problem.reason.slice(0, 200)}`,
    fix:
      problem.fix ??
      '수식의 TeX 문법을 고치세요 (짝이 맞는 { }, 지원되는 명령). 달러 기호를 글자로 쓰려면 \\$처럼 쓰세요',
  }))
}

/** Formulas and diagrams of every given post. */
export async function checkRichBlocks(files: readonly SourceFile[]): Promise<Diagnostic[]> {
  const out: Diagnostic[] = []
  for (const file of files) {
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok) continue
    const { body, bodyStartLine } = parsed.value
    if (body.includes('$')) out.push(...checkMath(file.path, body, bodyStartLine))
    if (body.includes('mermaid')) out.push(...(await checkDiagrams(file.path, body, bodyStartLine)))
  }
  return out
}
