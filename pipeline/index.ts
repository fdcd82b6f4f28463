// npm run build [-- --explain]: runs the stages of pipeline/stages.ts in order over one context
// (pipeline/context.ts). The export is written into a staging folder and replaces out/ only at the
// last stage, so a failure at any stage or an interruption (a signal, or the process that started the
// build ending) leaves the previous out/ exactly as it was, never half-written; the exit code says
// the build failed, and nothing deploys a failed build.
import { rmSync } from 'node:fs'
import path from 'node:path'
import { siteLocationNotice } from '../lib/config'
import { createContext, type BuildContext } from './context'
import { stopOnSignalsAndParents } from './processes/children'
import { STAGES, type Stage } from './stages'

/** Whether a stage runs in this build (some belong to full or to partial builds only). */
function applies(stage: Stage, context: BuildContext): boolean {
  return stage.only === undefined || context.state.plan === undefined || stage.only === context.state.plan.mode
}

async function explain(context: BuildContext): Promise<void> {
  console.log(
    `빌드 단계 ${STAGES.length}개 (npm run build가 이 순서로 실행합니다; 지금은 아무것도 실행하지 않습니다)\n`,
  )
  for (const [index, stage] of STAGES.entries()) {
    const runs = applies(stage, context)
    console.log(
      `${String(index + 1).padStart(2)}. ${stage.name}${stage.only ? ` [${stage.only === 'full' ? '전체' : '부분'} 빌드만]` : ''}`,
    )
    console.log(`    읽음: ${stage.reads}`)
    console.log(`    씀:   ${stage.writes}`)
    console.log(`    이번: ${runs ? await stage.explain(context) : '이번 빌드에서는 건너뜁니다'}`)
  }
}

async function build(context: BuildContext): Promise<void> {
  if (siteLocationNotice) console.log(`ℹ ${siteLocationNotice}`)
  for (const stage of STAGES) {
    if (context.children.stoppedBy !== null) return
    if (applies(stage, context)) await stage.run(context)
  }
  context.clock.writeTo(
    context.timingsFile,
    context.state.plan?.mode === 'partial'
      ? { mode: 'partial', rendered: context.state.plan.changed }
      : { mode: 'full' },
  )
  const partial = context.state.plan?.mode === 'partial'
  console.log(`\n✓ 빌드 완료: ${path.relative(context.root, context.outDir) || '.'}/${partial ? ' (부분 빌드)' : ''}`)
}

const context = createContext(process.argv.slice(2))

if (context.explainOnly) {
  await explain(context)
} else {
  /** Stops the build: every child and its descendants end, the staging folder goes, out/ stays as it was. */
  const stop = async (reason: string, exitCode: number): Promise<void> => {
    if (context.children.stoppedBy !== null) return
    context.children.stoppedBy = reason
    const where = path.relative(context.root, context.outDir) || '.'
    console.error(`\n✗ 빌드를 멈춥니다 (${reason}): 하위 프로세스를 끝내고 ${where}/는 그대로 둡니다.`)
    await context.children.stopAll()
    rmSync(context.stagingDir, { recursive: true, force: true })
    process.exit(exitCode)
  }
  stopOnSignalsAndParents((reason, exitCode) => void stop(reason, exitCode))
  try {
    await build(context)
  } catch (error) {
    // Stopping: stop() ends the children, leaves out/ alone and exits.
    if (context.children.stoppedBy !== null) await new Promise(() => undefined)
    // A stage that failed may leave others running (Contentlayer beside a failed check): end them all.
    await context.children.stopAll()
    rmSync(context.stagingDir, { recursive: true, force: true })
    console.error(
      `\n✗ 빌드 실패: ${(error as Error).message}. ${path.relative(context.root, context.outDir) || '.'}/는 지난 빌드 그대로입니다.`,
    )
    process.exitCode = 1
  }
}
