import { formatDiagnostic, type Diagnostic } from './validate-content'

export interface CheckReport {
  /** Lines in the order to print: the author's own files first, with every problem. */
  lines: { text: string; severity: Diagnostic['severity'] | 'info' }[]
}

/**
 * Whether a file's problems are shown in full: it changed against the main branch, or it lies
 * outside the repository (git cannot tell), or nothing is known about changes at all.
 */
function isOwn(file: string, changed: ReadonlySet<string> | null): boolean {
  return changed === null || changed.has(file) || file.startsWith('../') || file.startsWith('/')
}

/**
 * Orders what `npm run check` prints: every problem of the files the author changed first, then
 * the errors of the other files (they fail the check, so they are never hidden), then the other
 * files' warnings and notices as one count per file. `all` prints everything in full, in file order.
 */
export function arrangeReport(
  diagnostics: readonly Diagnostic[],
  changed: ReadonlySet<string> | null,
  all: boolean,
): CheckReport {
  const lines: CheckReport['lines'] = []
  const full = (d: Diagnostic) => lines.push({ text: formatDiagnostic(d), severity: d.severity })
  if (all || changed === null) {
    diagnostics.forEach(full)
    return { lines }
  }
  const own = diagnostics.filter((d) => isOwn(d.file, changed))
  const others = diagnostics.filter((d) => !isOwn(d.file, changed))
  if (own.length > 0 && others.length > 0) lines.push({ text: '바꾼 파일 (main 브랜치 대비):', severity: 'info' })
  own.forEach(full)
  const otherErrors = others.filter((d) => d.severity === 'error')
  if (otherErrors.length > 0) {
    lines.push({ text: '\n다른 파일의 오류:', severity: 'info' })
    otherErrors.forEach(full)
  }
  const counts = new Map<string, { warning: number; notice: number }>()
  for (const d of others) {
    if (d.severity === 'error') continue
    const count = counts.get(d.file) ?? { warning: 0, notice: 0 }
    count[d.severity] += 1
    counts.set(d.file, count)
  }
  if (counts.size > 0) {
    const total = [...counts.values()].reduce((sum, c) => sum + c.warning + c.notice, 0)
    lines.push({
      text: `\n바꾸지 않은 파일 ${counts.size}개의 경고·알림 ${total}개 (모두 보려면 npm run check -- --all):`,
      severity: 'info',
    })
    for (const [file, count] of counts) {
      const parts = [
        count.warning > 0 ? `경고 ${count.warning}개` : '',
        count.notice > 0 ? `알림 ${count.notice}개` : '',
      ].filter(Boolean)
      lines.push({ text: `  ${file}: ${parts.join(', ')}`, severity: 'info' })
    }
  }
  return { lines }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * The check's findings as Markdown, for a pull request's job summary on GitHub Actions
 * ($GITHUB_STEP_SUMMARY): a verdict, then a table of the changed files' problems and the other
 * files' errors, then the other files' warnings as counts.
 */
export function markdownReport(
  diagnostics: readonly Diagnostic[],
  changed: ReadonlySet<string> | null,
  posts: number,
): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const verdict =
    errors > 0
      ? `❌ 콘텐츠 검사 실패: 오류 ${errors}개, 경고 ${warnings}개 (글 ${posts}개)`
      : `✅ 콘텐츠 검사 통과: 글 ${posts}개, 경고 ${warnings}개`
  const shown = diagnostics.filter((d) => d.severity === 'error' || isOwn(d.file, changed))
  const label = { error: '오류', warning: '경고', notice: '알림' } as const
  const out = ['## 콘텐츠 검사 (npm run check)', '', verdict, '']
  if (shown.length > 0) {
    out.push('| 위치 | 항목 | 종류 | 문제 | 고치는 법 |', '| --- | --- | --- | --- | --- |')
    for (const d of shown)
      out.push(
        `| \`${cell(d.file)}:${d.line}\` | ${cell(d.field)} | ${label[d.severity]} | ${cell(d.message)} | ${cell(d.fix)} |`,
      )
    out.push('')
  }
  const hidden = diagnostics.length - shown.length
  if (hidden > 0) out.push(`바꾸지 않은 파일의 경고·알림 ${hidden}개는 줄였습니다 (npm run check -- --all).`, '')
  return out.join('\n')
}
