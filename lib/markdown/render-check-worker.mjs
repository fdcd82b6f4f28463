// The worker side of lib/markdown/render-check.ts: renders posts one at a time and reports failures. Plain
// JavaScript because a worker thread gets no TypeScript loader; tsx's API loads the pipeline.
import { parentPort } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { renderMarkdown } = await tsImport('./pipeline.ts', import.meta.url)
const { scanPage } = await tsImport('./page-scan.ts', import.meta.url)

parentPort.on('message', async (text) => {
  try {
    // The ids of the rendered body, for the source link check's #anchors (lib/markdown/source-links.ts).
    const ids = [...scanPage(await renderMarkdown(text)).ids]
    parentPort.postMessage({ ok: true, ids })
  } catch (error) {
    parentPort.postMessage({
      ok: false,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    })
  }
})
parentPort.postMessage({ ready: true })
