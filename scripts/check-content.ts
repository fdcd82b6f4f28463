// npm run check: validates every post, author and series file without building, and lists every
// problem as `file:line: field: message (fix)`. Exits 1 when there is at least one error.
import { readContentSources } from '../lib/schema/content-sources'
import { checkRendering } from '../lib/markdown/render-check'
import { formatDiagnostic, validateContent, type Diagnostic } from '../lib/schema/validate-content'

export async function runContentCheck(): Promise<{ errors: Diagnostic[]; warnings: Diagnostic[] }> {
  const sources = readContentSources()
  const diagnostics = validateContent(sources)
  // Only posts that are otherwise fine are rendered: a broken one is already reported.
  const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))
  diagnostics.push(...(await checkRendering(sources.posts.filter((post) => !failed.has(post.path)))))
  const errors = diagnostics.filter((d) => d.severity === 'error')
  const warnings = diagnostics.filter((d) => d.severity === 'warning')
  for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d))
  const total = sources.posts.length
  if (errors.length > 0) {
    console.error(`\n콘텐츠 검사 실패: 오류 ${errors.length}개, 경고 ${warnings.length}개 (글 ${total}개). 위의 오류를 고친 뒤 다시 실행하세요.`)
  } else {
    console.log(`콘텐츠 검사 통과: 글 ${total}개, 경고 ${warnings.length}개.`)
  }
  return { errors, warnings }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await runContentCheck()).errors.length > 0 ? 1 : 0
}
