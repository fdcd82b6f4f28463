import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { postBundle, type PostBundle } from '../schema/bundles'
import type { Diagnostic, SourceFile } from '../schema/validate-content'
import { readStoredRender } from './render-store'

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
  render(text: string, bundle: PostBundle | null, timeoutMs: number): Promise<Outcome>
  stop(): Promise<void>
}

const WORKER_URL = new URL('./render-check-worker.mjs', import.meta.url)

function startWorker(stackSizeMb: number): Promise<RenderWorker> {
  const worker = new Worker(WORKER_URL, { resourceLimits: { stackSizeMb } })
  const handle: RenderWorker = {
    render: (text, bundle, timeoutMs) =>
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
        worker.postMessage({ text, bundle })
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
const idleWorkers = new Map<string, { worker: RenderWorker; timer: NodeJS.Timeout }>()

/**
 * Which kept worker may serve a call: one with the same stack and the same environment. A worker
 * reads the environment when it starts (the site's configuration, the public folders, where the
 * render store is), so one started under other values would render and store for another site.
 * The content folder is left out: a worker is handed each post's text and never reads that folder,
 * and checking one folder after another (the tests, `npm run dev`) should not start a worker each time.
 */
function idleKey(stackSizeMb: number): string {
  const { CONTENT_DIR: _contentDir, ...environment } = process.env
  return `${stackSizeMb}\0${JSON.stringify(environment)}`
}

async function takeWorker(stackSizeMb: number): Promise<RenderWorker> {
  const key = idleKey(stackSizeMb)
  const kept = idleWorkers.get(key)
  if (!kept) return startWorker(stackSizeMb)
  clearTimeout(kept.timer)
  idleWorkers.delete(key)
  return kept.worker
}

async function returnWorker(worker: RenderWorker, stackSizeMb: number): Promise<void> {
  const key = idleKey(stackSizeMb)
  if (idleWorkers.has(key)) return worker.stop()
  const timer = setTimeout(() => {
    idleWorkers.delete(key)
    void worker.stop()
  }, IDLE_MS)
  timer.unref()
  idleWorkers.set(key, { worker, timer })
}

/** Posts a worker renders at least, before another worker is worth its start (loading the pipeline). */
const POSTS_PER_WORKER = 20

/**
 * Renders every given post with the site's Markdown pipeline in worker threads (one per core,
 * RENDER_WORKERS at most) and keeps each render in the render store, where Contentlayer takes it
 * instead of rendering the post again; a post whose render is already stored is not rendered. A
 * post that throws, overflows the stack or runs past the time limit becomes an error naming the
 * file, instead of a crash or a build that never ends.
 */
export async function checkRendering(
  files: readonly SourceFile[],
  limits: RenderLimits = RENDER_LIMITS,
  /** Filled with the ids of each rendered post's HTML, by file path, for the link check. */
  renderedIds?: Map<string, ReadonlySet<string>>,
): Promise<Diagnostic[]> {
  const found = new Map<string, Diagnostic>()
  const missing: SourceFile[] = []
  for (const file of files) {
    const stored = readStoredRender(file.text, undefined, postBundle(file.path, file.text))
    if (stored) renderedIds?.set(file.path, new Set(stored.ids))
    else missing.push(file)
  }
  const cores = Math.min(availableParallelism(), Number(process.env.RENDER_WORKERS) || Number.POSITIVE_INFINITY)
  const workers = Math.max(1, Math.min(cores, Math.ceil(missing.length / POSTS_PER_WORKER)))
  let next = 0
  const renderQueue = async (): Promise<void> => {
    let worker: RenderWorker | null = null
    try {
      for (let index = next++; index < missing.length; index = next++) {
        const file = missing[index] as SourceFile
        worker ??= await takeWorker(limits.stackSizeMb)
        const outcome = await worker.render(file.text, postBundle(file.path, file.text), limits.timeoutMs)
        if (outcome.kind === 'ok') {
          renderedIds?.set(file.path, new Set(outcome.ids))
          continue
        }
        found.set(file.path, toDiagnostic(file, outcome, limits))
        // A worker that ran out of time or died is replaced; one that reported an error is fine.
        if (outcome.kind !== 'failed') {
          await worker.stop()
          worker = null
        }
      }
    } finally {
      if (worker) await returnWorker(worker, limits.stackSizeMb)
    }
  }
  if (missing.length > 0) await Promise.all(Array.from({ length: workers }, renderQueue))
  // In the files' order, whichever worker found them.
  return files.flatMap((file) => found.get(file.path) ?? [])
}
