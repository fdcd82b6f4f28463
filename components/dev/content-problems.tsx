import { currentContentErrors } from '@/lib/content/dev-problems'
import { formatDiagnostic } from '@/lib/schema/validate-content'

/**
 * `npm run dev` only (app/layout.tsx renders it when NODE_ENV is development): the content's
 * errors, the same Korean lines `npm run check` prints, on top of every page. A broken post
 * otherwise only shows in the terminal, while the browser keeps the last good page.
 */
export function DevContentProblems() {
  const errors = currentContentErrors()
  if (errors.length === 0) return null
  return (
    <section
      role="alert"
      aria-labelledby="dev-content-problems-title"
      data-dev-content-problems=""
      style={{
        position: 'fixed',
        insetInline: 0,
        bottom: 0,
        zIndex: 1000,
        maxHeight: '50vh',
        overflow: 'auto',
        padding: '1rem 1.25rem',
        background: '#fff1f0',
        color: '#5c0011',
        borderTop: '3px solid #cf1322',
        font: '14px/1.5 monospace',
      }}
    >
      <h2 id="dev-content-problems-title" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {`콘텐츠 오류 ${errors.length}개: 고치기 전에는 빌드되지 않습니다 (npm run check와 같은 검사)`}
      </h2>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {errors.map((d) => (
          <li key={`${d.file}:${d.line}:${d.field}:${d.message}`}>{formatDiagnostic(d)}</li>
        ))}
      </ul>
    </section>
  )
}
