import { isDeepStrictEqual } from 'node:util'
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'

/** YAML anchors an honest post never needs more of; more is treated as a YAML bomb. */
const MAX_ALIAS_COUNT = 50

export interface FrontMatterProblem {
  line: number
  message: string
  /** The YAML parser's error code (`BLOCK_AS_IMPLICIT_KEY`), for a syntax error. */
  code?: string
}

export interface ParsedFrontMatter {
  data: Record<string, unknown>
  /** 1-based line in the file where each top-level field starts. */
  fieldLines: Record<string, number>
  /** 1-based line of each item of a top-level list (`authors:` written one per line or inline). */
  itemLines: Record<string, number[]>
  /** 1-based line of the body's first line. */
  bodyStartLine: number
  body: string
}

export type FrontMatterResult = { ok: true; value: ParsedFrontMatter } | { ok: false; problem: FrontMatterProblem }

/**
 * Splits and parses a Jekyll front matter block (`---` ... `---`) exactly the way Contentlayer's
 * gray-matter + yaml do, but keeps line numbers for messages. A BOM and CRLF line ends are fine.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const source = text.replace(/^\uFEFF/, '')
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trimEnd() !== '---') {
    return { ok: false, problem: { line: 1, message: 'front-matter-missing' } }
  }
  // Contentlayer (gray-matter) ends the block at the first line that starts with `---`, so this
  // does too; YAML's own end marker `...` is not one for it, and the body would be read as YAML.
  const closing = lines.findIndex((line, index) => index > 0 && line.startsWith('---'))
  const dots = lines.findIndex(
    (line, index) => index > 0 && (closing === -1 || index < closing) && line.trimEnd() === '...',
  )
  if (dots !== -1) {
    return { ok: false, problem: { line: dots + 1, message: 'front-matter-dots-closing' } }
  }
  if (closing === -1) {
    return { ok: false, problem: { line: 1, message: 'front-matter-unclosed' } }
  }
  if (!/^---\s*$/.test(lines[closing] ?? '')) {
    return { ok: false, problem: { line: closing + 1, message: 'front-matter-bad-closing' } }
  }
  // The very characters gray-matter hands to YAML: from the end of the opening `---` to the
  // newline before the closing one. Its first line is the rest of the opening line, so YAML's line
  // numbers are the file's.
  const yamlText = source.slice(3, source.indexOf('\n---', 3))
  const read = readYaml(yamlText)
  if (yamlText.includes('\r')) {
    // With CRLF line ends the block's last line keeps its `\r`: YAML then makes `draft: true` the
    // string "true\r" or rejects a quoted last value. Only say so when it changes what is read.
    const asLf = readYaml(yamlText.replace(/\r\n?/g, '\n'))
    if (asLf.ok && (!read.ok || !isDeepStrictEqual(read.data, asLf.data))) {
      return { ok: false, problem: { line: closing, message: 'front-matter-crlf' } }
    }
  }
  if (!read.ok) return read
  const { data, fieldLines, itemLines } = read
  return {
    ok: true,
    value: {
      data,
      fieldLines,
      itemLines,
      bodyStartLine: closing + 2,
      body: lines.slice(closing + 1).join('\n'),
    },
  }
}

type YamlRead =
  | { ok: true; data: Record<string, unknown>; fieldLines: Record<string, number>; itemLines: Record<string, number[]> }
  | { ok: false; problem: FrontMatterProblem }

function readYaml(yamlText: string): YamlRead {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: true })
  const firstError = doc.errors[0]
  if (firstError) {
    const line = Math.max(2, firstError.linePos?.[0]?.line ?? 2)
    const message = (firstError.message.split('\n')[0] ?? 'YAML').replace(/ at line \d+, column \d+:?$/, '')
    return { ok: false, problem: { line, message, code: firstError.code } }
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, problem: { line: 2, message: 'front-matter-not-a-map' } }
  }
  // No prototype: a key named `__proto__` or `constructor` is a line number like any other.
  const fieldLines: Record<string, number> = Object.create(null) as Record<string, number>
  const itemLines: Record<string, number[]> = Object.create(null) as Record<string, number[]>
  for (const pair of doc.contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0
    fieldLines[key] = lineCounter.linePos(offset).line
    if (isSeq(pair.value)) {
      const fallback = fieldLines[key]
      itemLines[key] = pair.value.items.map((item) => {
        const start = isNode(item) ? item.range?.[0] : undefined
        return start === undefined ? fallback : lineCounter.linePos(start).line
      })
    }
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    return { ok: true, data: (data ?? {}) as Record<string, unknown>, fieldLines, itemLines }
  } catch (error) {
    return { ok: false, problem: { line: 2, message: (error as Error).message } }
  }
}
