// The worker side of lib/markdown/render-check.ts: renders posts one at a time and reports failures. Plain
// JavaScript because a worker thread gets no TypeScript loader; tsx's API loads the pipeline.
import { parentPort } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { renderMarkdown } = await tsImport('./pipeline.ts', import.meta.url)

parentPort.on('message', async (text) => {
  try {
    await renderMarkdown(text)
    parentPort.postMessage({ ok: true })
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  }
})
parentPort.postMessage({ ready: true })
