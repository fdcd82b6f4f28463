// Peak memory of a command and everything it starts (npx -> tsx -> next build -> its workers),
// sampled from /proc every 100 ms. The sum over the tree is what the machine must hold at once;
// the largest single process is what one heap limit has to fit.
import { readdirSync, readFileSync } from 'node:fs'

export interface MemoryPeak {
  /** Largest sum of resident memory over the whole tree at one moment, in bytes. */
  treeBytes: number
  /** Largest resident memory of any one process in the tree, in bytes. */
  processBytes: number
  /** Its command line (shortened), to say which step it was. */
  processName: string
  /** The largest processes at the moment the tree peaked, e.g. `next-build 640 MB + …`. */
  atTreePeak: string
}

interface ProcessInfo {
  pid: number
  ppid: number
}

function readProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name is in parentheses and may hold spaces: the parent pid is the second field after it.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      processes.push({ pid: Number(entry), ppid: Number(fields[1]) })
    } catch {
      // The process ended between listing and reading.
    }
  }
  return processes
}

function descendantsOf(root: number, processes: readonly ProcessInfo[]): number[] {
  const children = new Map<number, number[]>()
  for (const { pid, ppid } of processes) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const tree: number[] = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop() as number
    tree.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

function commandLine(pid: number): string {
  try {
    const words = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    return words
      .map((word) => word.split('/').slice(-2).join('/'))
      .join(' ')
      .slice(0, 80)
  } catch {
    return String(pid)
  }
}

/** Starts sampling the tree under `rootPid`; `stop()` ends it and returns the peaks (zeros off Linux). */
export function watchMemory(rootPid: number, intervalMs = 100): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { treeBytes: 0, processBytes: 0, processName: '', atTreePeak: '' }
  const sample = () => {
    const members = descendantsOf(rootPid, readProcesses()).map((pid) => ({ pid, bytes: residentBytes(pid) }))
    let total = 0
    for (const { pid, bytes } of members) {
      total += bytes
      if (bytes > peak.processBytes) {
        peak.processBytes = bytes
        peak.processName = commandLine(pid)
      }
    }
    if (total > peak.treeBytes) {
      peak.treeBytes = total
      const largest = members.sort((a, b) => b.bytes - a.bytes).slice(0, 3)
      peak.atTreePeak = largest
        .map(
          ({ pid, bytes }) =>
            `${commandLine(pid).split(' ').slice(0, 2).join(' ')} ${Math.round(bytes / 1024 / 1024)} MB`,
        )
        .join(' + ')
    }
  }
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
