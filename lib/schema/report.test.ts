import { describe, expect, it } from 'vitest'
import type { Diagnostic } from './validate-content'
import { arrangeReport, markdownReport } from './report'

const d = (file: string, severity: Diagnostic['severity'], line = 1): Diagnostic => ({
  severity,
  file,
  line,
  field: 'body',
  message: `${severity} 메시지`,
  fix: '고치기',
})
const diagnostics = [
  d('content/posts/old.md', 'warning', 3),
  d('content/posts/old.md', 'warning', 4),
  d('content/posts/old.md', 'error', 5),
  d('content/posts/new.md', 'warning', 2),
  d('content/posts/later.md', 'notice'),
]

describe('arrangeReport', () => {
  it('puts the changed files first in full, then other errors, then other warnings as counts', () => {
    const lines = arrangeReport(diagnostics, new Set(['content/posts/new.md']), false).lines.map((l) => l.text)
    expect(lines).toEqual([
      '바꾼 파일 (main 브랜치 대비):',
      'content/posts/new.md:2: body: [경고] warning 메시지 (고치기)',
      '\n다른 파일의 오류:',
      'content/posts/old.md:5: body: [오류] error 메시지 (고치기)',
      '\n바꾸지 않은 파일 2개의 경고·알림 3개 (모두 보려면 npm run check -- --all):',
      '  content/posts/old.md: 경고 2개',
      '  content/posts/later.md: 알림 1개',
    ])
  })

  it('prints everything in order with --all or when changes are unknown', () => {
    expect(arrangeReport(diagnostics, new Set(), true).lines).toHaveLength(5)
    expect(arrangeReport(diagnostics, null, false).lines.map((l) => l.severity)).toEqual([
      'warning',
      'warning',
      'error',
      'warning',
      'notice',
    ])
  })
})

describe('markdownReport', () => {
  it('escapes table cells and says how many findings it left out', () => {
    const text = markdownReport(
      [{ ...d('a|b.md', 'error'), message: '줄\n바꿈 | 막대' }, d('content/posts/old.md', 'warning')],
      new Set(),
      2,
    )
    expect(text).toContain('| `a\\|b.md:1` | body | 오류 | 줄 바꿈 \\| 막대 | 고치기 |')
    expect(text).toContain('❌ 콘텐츠 검사 실패: 오류 1개, 경고 1개 (글 2개)')
    expect(text).toContain('바꾸지 않은 파일의 경고·알림 1개는 줄였습니다')
  })
})
