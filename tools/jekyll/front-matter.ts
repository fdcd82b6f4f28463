import { isMap, isScalar, LineCounter, parseDocument, stringify, visit } from 'yaml'
import { findForbiddenCharacter } from '../../lib/schema/content-limits'
import type { FieldSpec } from '../../lib/schema/post-fields'

/** One change the importer made, on its 1-based line in the written file. */
export interface LineNote {
  line: number
  message: string
}

export interface RepairResult {
  text: string
  fixes: LineNote[]
}

/** Jekyll reads front matter as YAML 1.1 (Psych), where these words are booleans; YAML 1.2 reads strings. */
const YAML11_BOOLEANS: Record<string, boolean> = { yes: true, y: true, on: true, no: false, n: false, off: false }

interface Block {
  lines: string[]
  /** Index of the closing `---` line. */
  closing: number
}

function splitBlock(text: string): Block | null {
  const lines = text.split('\n')
  if (lines[0]?.trimEnd() !== '---') return null
  const closing = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line))
  return closing === -1 ? null : { lines, closing }
}

/** Where the body starts: just after the closing `---` line (0 when there is no front matter). */
export function bodyOffset(text: string): number {
  const block = splitBlock(text)
  if (!block) return 0
  return Math.min(text.length, block.lines.slice(0, block.closing + 1).join('\n').length + 1)
}

function yamlOf(block: Block): string {
  return block.lines.slice(1, block.closing).join('\n')
}

function withYaml(block: Block, yaml: string): string {
  return ['---', ...yaml.split('\n'), ...block.lines.slice(block.closing)].join('\n')
}

/**
 * Fixes what the new toolchain reads differently from Jekyll, and nothing else: a BOM, CRLF line
 * ends, invisible control characters (which the blog's check rejects), tabs used as indentation, a space before a key's colon,
 * a front matter closed by `...`, a quoted value whose later lines are not indented, YAML 1.1 booleans (`published: no`)
 * in boolean fields, and numbers or booleans where the schema wants text (`title: 2020`).
 */
export function repairFrontMatter(text: string, fields: Record<string, FieldSpec>): RepairResult {
  const fixes: LineNote[] = []
  let source = text
  if (source.startsWith('\uFEFF')) {
    source = source.slice(1)
    fixes.push({ line: 1, message: '파일 앞의 BOM을 지웠습니다' })
  }
  if (source.includes('\r')) {
    source = source.replace(/\r\n?/g, '\n')
    fixes.push({ line: 1, message: '줄 끝 CRLF를 LF로 바꿨습니다' })
  }
  // Control characters pasted from terminals show as nothing in a browser, and feeds cannot carry them.
  for (let found = findForbiddenCharacter(source); found !== null; found = findForbiddenCharacter(source)) {
    const lines = source.split('\n')
    const index = found.line - 1
    lines[index] = (lines[index] ?? '').replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/gu,
      '',
    )
    source = lines.join('\n')
    fixes.push({ line: found.line, message: `보이지 않는 제어 문자 ${found.codePoint}을(를) 지웠습니다` })
  }
  const block = splitBlock(source)
  if (!block) return { text: source, fixes }
  if (block.lines[block.closing]?.startsWith('...')) {
    // YAML's end-of-document line closed the front matter for Jekyll; the blog reads `---`.
    block.lines[block.closing] = '---'
    fixes.push({
      line: block.closing + 1,
      message: 'front matter를 닫는 ... 줄을 ---로 바꿨습니다 (Jekyll은 둘 다 읽었습니다)',
    })
  }

  for (let index = 1; index < block.closing; index += 1) {
    let line = block.lines[index] ?? ''
    const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
    if (indent.includes('\t')) {
      line = indent.replace(/\t/g, '  ') + line.slice(indent.length)
      fixes.push({ line: index + 1, message: '들여쓰기의 탭을 공백 두 칸으로 바꿨습니다' })
    }
    const spaced = /^([A-Za-z0-9_][\w-]*)[ \t]+:(?=[ \t]|$)/.exec(line)
    if (spaced) {
      line = `${spaced[1]}:${line.slice(spaced[0].length)}`
      fixes.push({ line: index + 1, message: `"${spaced[1]} :"의 콜론 앞 공백을 지웠습니다` })
    }
    block.lines[index] = line
  }

  // A front matter indented as a whole (` layout: post` on every line) is one mapping to Jekyll's YAML
  // reader; the import's own edits add keys at the left edge, so the whole block moves there first.
  const keyed = block.lines.slice(1, block.closing).filter((line) => line.trim() !== '' && !/^\s*#/.test(line))
  const common = Math.min(...keyed.map((line) => /^ */.exec(line)?.[0].length ?? 0))
  if (keyed.length > 0 && common > 0) {
    for (let index = 1; index < block.closing; index += 1) {
      const line = block.lines[index] ?? ''
      block.lines[index] = line.slice(Math.min(common, /^ */.exec(line)?.[0].length ?? 0))
    }
    fixes.push({
      line: 2,
      message: `front matter 전체가 ${common}칸 들여써져 있어 왼쪽 끝으로 옮겼습니다 (Jekyll은 그대로 읽었고, 값은 그대로입니다)`,
    })
  }

  const continued = indentQuotedContinuations(yamlOf(block))
  fixes.push(...continued.fixes)
  const unique = keepLastOfRepeatedKeys(continued.yaml)
  fixes.push(...unique.fixes)
  const yaml = unique.yaml
  const lineCounter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter })
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text: withYaml(block, yaml), fixes }
  const edits: { start: number; end: number; text: string }[] = []
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) continue
    const name = String(pair.key.value)
    const kind = Object.hasOwn(fields, name) ? fields[name]?.kind : undefined
    const value = pair.value.value
    const [start, end] = pair.value.range
    const line = 1 + lineCounter.linePos(start).line
    if (kind === 'boolean' && typeof value === 'string' && Object.hasOwn(YAML11_BOOLEANS, value.toLowerCase())) {
      const replacement = String(YAML11_BOOLEANS[value.toLowerCase()])
      edits.push({ start, end, text: replacement })
      fixes.push({ line, message: `${name}: ${value}를 Jekyll이 읽던 대로 ${replacement}로 바꿨습니다` })
    } else if ((kind === 'string' || kind === 'date') && (typeof value === 'number' || typeof value === 'boolean')) {
      const written = pair.value.source ?? String(value)
      edits.push({ start, end, text: JSON.stringify(written) })
      fixes.push({ line, message: `${name}: ${written}을(를) 글자로 읽히도록 따옴표로 감쌌습니다` })
    }
  }
  let repaired = yaml
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    repaired = repaired.slice(0, edit.start) + edit.text + repaired.slice(edit.end)
  }
  return { text: withYaml(block, repaired), fixes }
}

/** Where a quoted scalar opened on `line` closes: the index just past its closing quote, or -1 when it runs on. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let index = from; index < line.length; index += 1) {
    const char = line[index]
    if (quote === '"' && char === '\\') index += 1
    else if (char === quote && quote === "'" && line[index + 1] === "'") index += 1
    else if (char === quote) return index + 1
  }
  return -1
}

/**
 * Jekyll's YAML reader (Psych) took a quoted value that goes on over several lines with its later
 * lines at the key's own indentation (`title: "A long` / `title"` at the left edge); YAML 1.2
 * wants them indented further. Those lines are indented, which changes nothing in the value: the
 * line breaks of a quoted value fold into spaces and their leading spaces are dropped. Lines are
 * 1-based within the YAML, the opening `---` being line 1 of the file.
 */
export function indentQuotedContinuations(yaml: string): { yaml: string; fixes: LineNote[] } {
  if (parseDocument(yaml).errors.length === 0) return { yaml, fixes: [] }
  const lines = yaml.split('\n')
  const fixes: LineNote[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const opened = /^( *)(?:- +)?(?:[^\s#'"-][^#]*?: +)?(["'])/.exec(lines[index] ?? '')
    const [, parentIndent = '', quote = '"'] = opened ?? []
    if (opened === null || closingQuote(lines[index] ?? '', opened[0].length, quote) !== -1) continue
    // The lines the value goes on over, up to the one with its closing quote.
    let last = index + 1
    while (last < lines.length && closingQuote(lines[last] ?? '', 0, quote) === -1) last += 1
    if (last >= lines.length) break
    const deeper = ' '.repeat(opened[0].length)
    let moved = false
    for (let line = index + 1; line <= last; line += 1) {
      const text = lines[line] ?? ''
      const indent = /^ */.exec(text)?.[0].length ?? 0
      if (text.trim() === '' || indent > parentIndent.length) continue
      lines[line] = deeper + text.trimStart()
      moved = true
    }
    if (moved)
      fixes.push({
        line: index + 2,
        message: `여러 줄에 걸친 따옴표 값의 다음 줄들을 들여썼습니다 (Jekyll은 들여쓰지 않아도 읽었고, 값은 그대로입니다)`,
      })
    index = last
  }
  const repaired = lines.join('\n')
  return fixes.length > 0 && parseDocument(repaired).errors.length === 0
    ? { yaml: repaired, fixes }
    : { yaml, fixes: [] }
}

/** Data as JSON with the keys of every object sorted, to compare two readings whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

/**
 * Jekyll's YAML reader took a key written twice in one mapping (`text:` twice in a list item) and
 * kept the last value; the blog's check refuses it. The earlier lines of such a key are taken out,
 * only when what is left reads as the very same data. Lines are 1-based within the YAML, the
 * opening `---` being line 1 of the file.
 */
export function keepLastOfRepeatedKeys(yaml: string): { yaml: string; fixes: LineNote[] } {
  const loose = parseDocument(yaml, { uniqueKeys: false })
  if (loose.errors.length > 0 || parseDocument(yaml).errors.every((error) => error.code !== 'DUPLICATE_KEY'))
    return { yaml, fixes: [] }
  const counter = new LineCounter()
  const doc = parseDocument(yaml, { uniqueKeys: false, lineCounter: counter })
  const drop = new Set<number>()
  const fixes: LineNote[] = []
  visit(doc, {
    Map(_, map) {
      map.items.forEach((pair, index) => {
        if (!isScalar(pair.key) || !pair.key.range) return
        const name = String(pair.key.value)
        const later = map.items
          .slice(index + 1)
          .some((other) => isScalar(other.key) && String(other.key.value) === name)
        const next = map.items[index + 1]?.key
        if (!later || !isScalar(next) || !next.range) return
        const from = counter.linePos(pair.key.range[0]).line
        const to = counter.linePos(next.range[0]).line
        for (let line = from; line < to; line += 1) drop.add(line)
        fixes.push({ line: from + 1, message: `${name}이(가) 두 번 있어 Jekyll이 읽은 대로 뒤의 값만 남겼습니다` })
      })
    },
  })
  const repaired = yaml
    .split('\n')
    .filter((_, index) => !drop.has(index + 1))
    .join('\n')
  const check = parseDocument(repaired)
  const same = canonical(check.toJS()) === canonical(loose.toJS())
  return check.errors.length === 0 && same ? { yaml: repaired, fixes } : { yaml, fixes: [] }
}

/** A value as one line of YAML (quoted only when it has to be). */
export function formatYamlValue(value: string | number | boolean): string {
  // Written as a mapping's value, so a text of several lines is a block indented under its key.
  return stringify({ v: value }, { lineWidth: 0 }).replace(/^v: ?/, '').trimEnd()
}

/**
 * Sets (or, with null, removes) top-level front-matter fields, touching only their lines: an
 * existing field is replaced where it stands, a new one goes just before the closing `---`.
 * `values` are YAML sources (see formatYamlValue). The front matter must parse.
 */
export function setFrontMatterFields(text: string, values: Record<string, string | null>): string {
  const block = splitBlock(text)
  if (!block) throw new Error('setFrontMatterFields: no front matter')
  const yaml = yamlOf(block)
  const counter = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter: counter })
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents)))
    throw new Error('setFrontMatterFields: front matter does not parse')
  // Each field owns the lines from its key to the next top-level key (its list items, comments).
  const starts: { name: string; line: number }[] = []
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    if (isScalar(pair.key) && pair.key.range)
      starts.push({ name: String(pair.key.value), line: counter.linePos(pair.key.range[0]).line })
  }
  const yamlLines = yaml === '' ? [] : yaml.split('\n')
  const replaced = new Map<number, string[]>()
  const appended: string[] = []
  for (const [name, value] of Object.entries(values)) {
    const index = starts.findIndex((start) => start.name === name)
    const own = starts[index]
    if (!own) {
      if (value !== null) appended.push(`${name}: ${value}`)
      continue
    }
    const next = starts[index + 1]?.line ?? yamlLines.length + 1
    for (let line = own.line; line < next; line += 1) replaced.set(line, [])
    replaced.set(own.line, value === null ? [] : [`${name}: ${value}`])
  }
  const kept = yamlLines.flatMap((line, index) => replaced.get(index + 1) ?? [line])
  return withYaml(block, [...kept, ...appended].join('\n'))
}
