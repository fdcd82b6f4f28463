// One measured build: the real `pipeline/index.ts` in a child process, with its own content,
// public and output folders, a cold social-image cache, and memory sampled over the process tree.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { cpuMsSoFar, type StageTiming } from '../../pipeline/processes/stage-clock'
import { clearCaches } from '../../pipeline/incremental/caches'
import { tsxCommand } from '../../pipeline/processes/commands'
import { watchMemory, type MemoryPeak } from './process-tree'

export interface BuildRun {
  wallMs: number
  cpuMs: number | null
  stages: StageTiming[]
  memory: MemoryPeak
  logFile: string
  /** A partial build renders only the posts whose bodies changed (pipeline/incremental/partial-export.ts). */
  mode: 'full' | 'partial'
  rendered?: string[]
}

export interface BuildOptions {
  /** Where the build writes out/, its log, its timings and its social-image cache. */
  workDir: string
  env: Record<string, string>
  /** Keep the caches of the previous build (a rebuild), or start cold. */
  warm?: boolean
}

/**
 * A cold build finds none of the last run's caches: Contentlayer's processed documents and
 * Turbopack's compiled modules (.next/), as on a fresh CI checkout.
 */
/**
 * A cold build starts from no cache at all: every cache of the registry (as `npm run clean`) and the
 * last build's .next. Before, the render store and the link scans survived, and the generator writes
 * the same posts each time, so a second bench on a machine timed a check that rendered nothing.
 */
function clearBuildCaches(): void {
  clearCaches()
  rmSync(path.resolve('.next'), { recursive: true, force: true })
}

/** Runs `npm run build`'s script with the given environment and measures it; throws with the log's tail on failure. */
export async function runBuild({ workDir, env, warm = false }: BuildOptions): Promise<BuildRun> {
  if (!warm) clearBuildCaches()
  const timingsFile = path.join(workDir, 'timings.json')
  const logFile = path.join(workDir, `build-${Date.now()}.log`)
  rmSync(timingsFile, { force: true })
  const log = createWriteStream(logFile)
  const cpuStart = cpuMsSoFar()
  const started = performance.now()
  const child = spawn(...tsxCommand('pipeline/index.ts'), {
    env: {
      ...process.env,
      OUT_DIR: path.join(workDir, 'out'),
      SOCIAL_IMAGE_CACHE_DIR: path.join(workDir, 'og-cache'),
      BUILD_TIMINGS: timingsFile,
      NEXT_TELEMETRY_DISABLED: '1',
      // A cold build starts from nothing, not from the previous run's export.
      ...(warm ? {} : { FULL_BUILD: '1' }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const memory = watchMemory(child.pid ?? -1)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const wallMs = performance.now() - started
  const peak = memory.stop()
  const cpuEnd = cpuMsSoFar()
  await new Promise<void>((resolve) => log.end(resolve))
  if (code !== 0 || !existsSync(timingsFile)) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')
    throw new Error(`build failed (exit ${code}); log: ${logFile}\n${tail}`)
  }
  const { stages, mode, rendered } = JSON.parse(readFileSync(timingsFile, 'utf8')) as Pick<
    BuildRun,
    'stages' | 'mode' | 'rendered'
  >
  return {
    wallMs,
    cpuMs: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart,
    stages,
    memory: peak,
    logFile,
    mode,
    ...(rendered ? { rendered } : {}),
  }
}
