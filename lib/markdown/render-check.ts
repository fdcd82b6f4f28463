import { Worker } from 'node:worker_threads'
import type { Diagnostic, SourceFile } from '../schema/validate-content'

export interface RenderLimits {
  /** A post that takes longer than this to render is reported instead of stalling the build. */
  timeoutMs: number
  /**
   * The worker's stack, well below the main thread's (about 1 MB) where Contentlayer renders, so a
   * post that passes here cannot overflow there.
   */
  stackSizeMb: number
}

/** Generous: real posts render in well under a second; these catch runaways, not slow posts. */
export const RENDER_LIMITS: RenderLimits = { timeoutMs: 60_000, stackSizeMb: 0.5 }

type Outcome =
  | { kind: 'ok'; ids: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'timeout' }
  | { kind: 'crashed'; message: string }

interface RenderWorker {
  render(text: string, timeoutMs: number): Promise<Outcome>
  stop(): Promise<void>
}

const WORKER_URL = new URL('./render-check-worker.mjs', import.meta.url)

function startWorker(stackSizeMb: number): Promise<RenderWorker> {
  const worker = new Worker(WORKER_URL, { resourceLimits: { stackSizeMb } })
  const handle: RenderWorker = {
    render: (text, timeoutMs) =>
      new Promise((resolve) => {
        worker.ref()
        const finish = (outcome: Outcome) => {
          clearTimeout(timer)
          worker.off('message', onMessage).off('error', onError).off('exit', onExit)
          // Idle, a kept worker must not hold the process open (see takeWorker).
          worker.unref()
          resolve(outcome)
        }
        const onMessage = (reply: { ok: boolean; error?: string; ids?: string[] }) =>
          finish(reply.ok ? { kind: 'ok', ids: reply.ids ?? [] } : { kind: 'failed', message: reply.error ?? '' })
        const onError = (error: Error) => finish({ kind: 'crashed', message: error.message })
        const onExit = (code: number) => finish({ kind: 'crashed', message: `exit code ${code}` })
        const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs)
        worker.on('message', onMessage).on('error', onError).on('exit', onExit)
        worker.postMessage(text)
      }),
    stop: async () => {
      await worker.terminate()
    },
  }
  return new Promise((resolve, reject) => {
    worker.once('message', () => {
      worker.off('error', reject)
      worker.unref()
      resolve(handle)
    })
    worker.once('error', reject)
  })
}

function toDiagnostic(file: SourceFile, outcome: Exclude<Outcome, { kind: 'ok' }>, limits: RenderLimits): Diagnostic {
  const base = { severity: 'error' as const, file: file.path, line: 1, field: 'body' }
  if (outcome.kind === 'timeout') {
    return {
      ...base,
      message: `본문을 HTML로 바꾸는 데 ${limits.timeoutMs / 1000}초가 넘게 걸려 멈췄습니다`,
      fix: '아주 긴 목록, 깊은 중첩, 짝이 맞지 않는 강조 기호(*, _)를 줄이거나 글을 나누세요',
    }
  }
  if (/Maximum call stack size exceeded/.test(outcome.message)) {
    return {
      ...base,
      message: '본문의 목록, 인용, HTML 태그 또는 강조가 너무 깊게 중첩되어 HTML로 바꿀 수 없습니다',
      fix: '중첩을 줄이고, 닫지 않은 HTML 태그가 있는지 확인하세요',
    }
  }
  return {
    ...base,
    message: `본문을 HTML로 바꾸지 못했습니다: ${outcome.message.slice(0, 200)}`,
    fix: '오류 내용에 나온 부분을 고치세요',
  }
}

/**
 * One idle worker per stack size, kept for a few seconds between calls: loading the pipeline into
 * a worker costs more than rendering a post, and a process that checks again and again (the
 * tests) would pay it every time. A worker that timed out or died is never kept, and a kept one
 * neither holds the process open nor outlives IDLE_MS (the build goes on to use that memory).
 */
const IDLE_MS = 5_000
const idleWorkers = new Map<number, { worker: RenderWorker; timer: NodeJS.Timeout }>()

async function takeWorker(stackSizeMb: number): Promise<RenderWorker> {
  const kept = idleWorkers.get(stackSizeMb)
  if (!kept) return startWorker(stackSizeMb)
  clearTimeout(kept.timer)
  idleWorkers.delete(stackSizeMb)
  return kept.worker
}

async function returnWorker(worker: RenderWorker, stackSizeMb: number): Promise<void> {
  if (idleWorkers.has(stackSizeMb)) return worker.stop()
  const timer = setTimeout(() => {
    idleWorkers.delete(stackSizeMb)
    void worker.stop()
  }, IDLE_MS)
  timer.unref()
  idleWorkers.set(stackSizeMb, { worker, timer })
}

/**
 * Renders every given post with the site's Markdown pipeline in a worker thread, before
 * Contentlayer does the same in the build. A post that throws, overflows the stack or runs past
 * the time limit becomes an error naming the file, instead of a crash or a build that never ends.
 */
export async function checkRendering(
  files: readonly SourceFile[],
  limits: RenderLimits = RENDER_LIMITS,
  /** Filled with the ids of each rendered post's HTML, by file path, for the link check. */
  renderedIds?: Map<string, ReadonlySet<string>>,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = []
  let worker: RenderWorker | null = null
  try {
    for (const file of files) {
      worker ??= await takeWorker(limits.stackSizeMb)
      const outcome = await worker.render(file.text, limits.timeoutMs)
      if (outcome.kind === 'ok') {
        renderedIds?.set(file.path, new Set(outcome.ids))
        continue
      }
      diagnostics.push(toDiagnostic(file, outcome, limits))
      // A worker that ran out of time or died is replaced; one that reported an error is fine.
      if (outcome.kind !== 'failed') {
        await worker.stop()
        worker = null
      }
    }
  } finally {
    if (worker) await returnWorker(worker, limits.stackSizeMb)
  }
  return diagnostics
}
