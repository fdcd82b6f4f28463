// The content check, the build's first stage and `npm run check` (scripts/check-content.ts): validates
// every post, author and series file without building, and lists every problem as `file:line: field: message (fix)`. The files changed
// against the main branch come first with all their problems; other files' warnings are counted
// (`--all` prints them in full). `--summary` appends the findings as Markdown (a pull request's job
// summary on GitHub Actions).
import { appendFileSync } from 'node:fs'
import { readBuildClock } from '../../lib/content/build-clock'
import { readContentSources } from '../../lib/schema/content-sources'
import { checkBundles } from '../../lib/markdown/bundle-check'
import { checkContentLinks } from '../../lib/markdown/content-links'
import { checkRichBlocks } from '../../lib/markdown/rich-check'
import { checkRendering } from '../../lib/markdown/render-check'
import { loadOutlines, saveOutlines } from '../../lib/markdown/outline-store'
import { changedFiles } from '../../lib/schema/changed-files'
import { arrangeReport, markdownReport } from '../../lib/schema/report'
import { site, siteRoot } from '../../lib/config'
import { validateContent, type Diagnostic } from '../../lib/schema/validate-content'

export interface CheckOptions {
  /** Every problem of every file in full, in file order. */
  all?: boolean
  /** A file to append the Markdown report to. */
  summary?: string | undefined
  /** The instant to publish as of (the build's clock); else BUILD_NOW or the machine's clock. */
  now?: Date
}

export async function runContentCheck(
  options: CheckOptions = {},
): Promise<{ errors: Diagnostic[]; warnings: Diagnostic[] }> {
  const sources = readContentSources()
  sources.now = options.now ?? readBuildClock(process.env.BUILD_NOW)
  // The bodies' outlines of the last run: only bodies that changed are parsed again.
  loadOutlines()
  const diagnostics = validateContent(sources)
  // Only posts that are otherwise fine are rendered: a broken one is already reported.
  const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))
  const renderedIds = new Map<string, ReadonlySet<string>>()
  const renderable = sources.posts.filter((post) => !failed.has(post.path))
  diagnostics.push(...(await checkRendering(renderable, undefined, renderedIds)))
  // Formulas and diagrams: the pipeline would show a bad one as an error box or plain code.
  diagnostics.push(...(await checkRichBlocks(renderable)))
  const broken = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))
  diagnostics.push(...checkContentLinks(sources, renderedIds, [siteRoot, ...site.legacyOrigins], broken))
  diagnostics.push(...checkBundles(sources, failed))
  // File order, then line: a file's problems together, top to bottom.
  const order = new Map(diagnostics.map((d, index) => [d.file, index]))
  diagnostics.sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || (a.file === b.file ? a.line - b.line : 0),
  )
  saveOutlines()
  const errors = diagnostics.filter((d) => d.severity === 'error')
  const warnings = diagnostics.filter((d) => d.severity === 'warning')
  const changed = changedFiles()
  for (const line of arrangeReport(diagnostics, changed, options.all === true).lines) {
    ;(line.severity === 'error' ? console.error : line.severity === 'info' ? console.log : console.warn)(line.text)
  }
  const total = sources.posts.length
  if (errors.length > 0) {
    console.error(
      `\n콘텐츠 검사 실패: 오류 ${errors.length}개, 경고 ${warnings.length}개 (글 ${total}개). 위의 오류를 고친 뒤 다시 실행하세요.`,
    )
  } else {
    console.log(`콘텐츠 검사 통과: 글 ${total}개, 경고 ${warnings.length}개.`)
  }
  if (options.summary) appendFileSync(options.summary, `${markdownReport(diagnostics, changed, total)}\n`)
  return { errors, warnings }
}
