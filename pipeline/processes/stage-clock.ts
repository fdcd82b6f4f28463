// Wall-clock and CPU time of each build stage, for `npm run bench` (pipeline/index.ts writes them
// as JSON when BUILD_TIMINGS names a file). CPU time counts this process and every child process
// it has waited for (Linux /proc/self/stat cutime + cstime), so a stage that spawns `next build`
// is charged for it and all its workers.
import { readFileSync, writeFileSync } from 'node:fs'

export interface StageTiming {
  name: string
  wallMs: number
  /** null where /proc is not available (not Linux). */
  cpuMs: number | null
}

/** Linux reports child times in USER_HZ ticks, which the kernel ABI fixes at 100 per second. */
const MS_PER_TICK = 10

/** Whose CPU time a stage is charged: this process's own work, or the child processes it waited for. */
export type CpuOf = 'self' | 'children'

/** CPU milliseconds used so far by this process or by its waited-for children (null off Linux for children). */
export function cpuMsSoFar(of: CpuOf | 'both' = 'both'): number | null {
  const own = process.cpuUsage()
  const ownMs = (own.user + own.system) / 1000
  if (of === 'self') return ownMs
  try {
    // Fields after the command name (which may hold spaces): state is field 3, cutime 16, cstime 17.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
    const children = (Number(fields[13]) + Number(fields[14])) * MS_PER_TICK
    if (!Number.isFinite(children)) return null
    return of === 'children' ? children : ownMs + children
  } catch {
    return null
  }
}

/**
 * Collects stage timings in the order the stages ended. Stages may overlap (a child process
 * runs while this process checks content): each is charged only its own kind of CPU time.
 */
export class StageClock {
  readonly stages: StageTiming[] = []
  /** Child-process time of each recorded stage, so a stage that spans others is not charged twice. */
  private readonly childrenMs: number[] = []

  private start(name: string, of: CpuOf): () => void {
    const wallStart = performance.now()
    const cpuStart = cpuMsSoFar(of)
    const firstInside = this.stages.length
    return () => {
      const cpuEnd = cpuMsSoFar(of)
      // Children waited for by stages that ran inside this one are theirs, not this stage's.
      const inside = of === 'children' ? this.childrenMs.slice(firstInside).reduce((sum, ms) => sum + ms, 0) : 0
      const cpuMs = cpuStart === null || cpuEnd === null ? null : Math.round(cpuEnd - cpuStart - inside)
      this.stages.push({ name, wallMs: Math.round(performance.now() - wallStart), cpuMs })
      this.childrenMs.push(of === 'children' ? (cpuMs ?? 0) : 0)
    }
  }

  /** Runs one stage and records how long it took, also when it throws. */
  time<T>(name: string, run: () => T, of: CpuOf = 'self'): T {
    const stop = this.start(name, of)
    try {
      return run()
    } finally {
      stop()
    }
  }

  /** The same for a stage that runs in the background (a child process) while other work goes on. */
  async timeAsync<T>(name: string, run: () => Promise<T>, of: CpuOf = 'children'): Promise<T> {
    const stop = this.start(name, of)
    try {
      return await run()
    } finally {
      stop()
    }
  }

  /** Writes the timings as JSON when a file is named (BUILD_TIMINGS); does nothing otherwise. */
  writeTo(file: string | undefined, about: Record<string, unknown> = {}): void {
    if (file) writeFileSync(file, `${JSON.stringify({ ...about, stages: this.stages }, null, 2)}\n`)
  }
}
