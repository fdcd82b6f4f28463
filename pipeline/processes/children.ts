// The build's child processes (Contentlayer, the font subset, `next build`, the card drawer). Each
// child leads a process group of its own, so that stopping the build reaches everything it started
// (`next build` and its workers), not only the command itself.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Command } from './commands'
import type { StageClock } from './stage-clock'

/** A child that runs in the background while the build goes on: awaited later, or stopped. */
export interface Started {
  done: Promise<void>
  stop: () => void
}

/** A signal to a child and everything it started (its process group). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false
  try {
    process.kill(-child.pid, signal)
    return true
  } catch {
    return false
  }
}

/** A child that ended other than with exit code 0: its code, or the signal that ended it. */
export class ChildFailed extends Error {
  constructor(
    readonly stage: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
  ) {
    super(`${stage} 단계가 실패했습니다 (종료 코드 ${exitCode ?? signal}). 그 위의 출력을 보세요`)
  }
}

export class ChildProcesses {
  private readonly running = new Set<ChildProcess>()
  /** Set once the build is told to stop; no child starts after that. */
  stoppedBy: string | null = null

  /** `env` is what every child gets on top of this process's environment. */
  constructor(
    private readonly clock: StageClock,
    private readonly env: Readonly<Record<string, string>>,
  ) {}

  /** Starts a child in the background; its CPU time is charged to `name` in the stage clock. */
  start(name: string, [command, args]: Command, env: Record<string, string> = {}): Started {
    console.log(`\n▶ ${name}`)
    if (this.stoppedBy !== null) throw new Error(`${name}: 빌드를 멈추는 중입니다`)
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, ...this.env, ...env },
      detached: true,
    })
    this.running.add(child)
    const done = this.clock.timeAsync(
      name,
      () =>
        new Promise<void>((resolve, reject) => {
          child.on('error', reject)
          child.on('close', (code, signal) => {
            this.running.delete(child)
            if (code === 0) resolve()
            else reject(new ChildFailed(name, code, signal))
          })
        }),
      'children',
    )
    // Awaited later; until then a failure must not count as an unhandled rejection, which would end
    // this process before it removes out/.
    done.catch(() => undefined)
    return { done, stop: () => void signalGroup(child, 'SIGTERM') }
  }

  /** Runs a child to its end. */
  async run(name: string, command: Command, env: Record<string, string> = {}): Promise<void> {
    const started = Date.now()
    await this.start(name, command, env).done
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
  }

  /** Ends every child still running and resolves once no process of their groups is left. */
  async stopAll(): Promise<number> {
    const groups = [...this.running]
    for (const child of groups) signalGroup(child, 'SIGTERM')
    // Members of a group may outlive their leader: wait for the whole group, then insist.
    const escalate = setTimeout(() => groups.forEach((child) => signalGroup(child, 'SIGKILL')), 10_000)
    while (groups.some((child) => signalGroup(child, 0))) await new Promise((resolve) => setTimeout(resolve, 100))
    clearTimeout(escalate)
    return groups.length
  }
}

/** Parent and start time of a process from /proc (Linux); null when it is gone or /proc is absent. */
function procStat(pid: number): { ppid: number; started: string } | null {
  try {
    // Fields after the command name, which may hold spaces: ppid is field 4, starttime field 22.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.split(' ') ?? []
    return { ppid: Number(fields[1]), started: fields[19] ?? '' }
  } catch {
    return null
  }
}

/**
 * Calls `stop` on Ctrl-C (SIGINT), SIGTERM and SIGHUP, and when a process that started the build ends
 * (npm killed, a CI job cancelled: neither passes a signal on), since children left running would
 * otherwise replace out/ unseen. Node has no notice of a parent's end, so the chain of parents is
 * looked at twice a second (Linux /proc; elsewhere only the signals apply).
 */
export function stopOnSignalsAndParents(stop: (reason: string, exitCode: number) => void): void {
  process.on('SIGINT', () => stop('SIGINT', 130))
  process.on('SIGTERM', () => stop('SIGTERM', 143))
  process.on('SIGHUP', () => stop('SIGHUP', 129))
  const chain: { pid: number; started: string }[] = []
  for (let pid = process.ppid; pid > 1 && chain.length < 64;) {
    const stat = procStat(pid)
    if (stat === null) break
    chain.push({ pid, started: stat.started })
    pid = stat.ppid
  }
  const watch = setInterval(() => {
    const gone = chain.find((ancestor) => procStat(ancestor.pid)?.started !== ancestor.started)
    if (gone) stop(`빌드를 시작한 프로세스 ${gone.pid}가 끝났습니다`, 1)
  }, 500)
  watch.unref()
}
