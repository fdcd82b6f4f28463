// Wall-clock and CPU time of each build stage, for `npm run bench` (scripts/build.ts writes them
// as JSON when BUILD_TIMINGS names a file). CPU time counts this process and every child process
// it has waited for (Linux /proc/self/stat cutime + cstime), so a stage that spawns `next build`
// and its workers is charged for all of them.
import { readFileSync, writeFileSync } from 'node:fs'

export interface StageTiming {
  name: string
  wallMs: number
  /** null where /proc is not available (not Linux). */
  cpuMs: number | null
}

/** Linux reports child times in USER_HZ ticks, which the kernel ABI fixes at 100 per second. */
const MS_PER_TICK = 10

/** CPU milliseconds used so far by this process and its waited-for children, or null off Linux. */
export function cpuMsSoFar(): number | null {
  const own = process.cpuUsage()
  try {
    // Fields after the command name (which may hold spaces): state is field 3, cutime 16, cstime 17.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
    const children = (Number(fields[13]) + Number(fields[14])) * MS_PER_TICK
    if (!Number.isFinite(children)) return null
    return (own.user + own.system) / 1000 + children
  } catch {
    return null
  }
}

/** Collects stage timings in the order the stages ran. */
export class StageClock {
  readonly stages: StageTiming[] = []

  /** Runs one stage and records how long it took, also when it throws. */
  time<T>(name: string, run: () => T): T {
    const wallStart = performance.now()
    const cpuStart = cpuMsSoFar()
    try {
      return run()
    } finally {
      const cpuEnd = cpuMsSoFar()
      this.stages.push({
        name,
        wallMs: Math.round(performance.now() - wallStart),
        cpuMs: cpuStart === null || cpuEnd === null ? null : Math.round(cpuEnd - cpuStart),
      })
    }
  }

  /** Writes the timings as JSON when a file is named (BUILD_TIMINGS); does nothing otherwise. */
  writeTo(file: string | undefined): void {
    if (file) writeFileSync(file, `${JSON.stringify({ stages: this.stages }, null, 2)}\n`)
  }
}
