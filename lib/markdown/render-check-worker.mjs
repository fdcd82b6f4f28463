// The worker side of lib/markdown/render-check.ts: renders posts one at a time, keeps each render in
// the render store (lib/markdown/render-store.ts, where Contentlayer takes it) and reports failures.
// Plain JavaScript because a worker thread gets no TypeScript loader; tsx's API loads the pipeline.
import { parentPort } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { renderAndStore } = await tsImport('./pipeline.ts', import.meta.url)

parentPort.on('message', async ({ text, bundle }) => {
  try {
    // The ids of the rendered body, for the source link check's #anchors (lib/markdown/source-links.ts).
    const { ids } = await renderAndStore(text, bundle)
    parentPort.postMessage({ ok: true, ids })
  } catch (error) {
    parentPort.postMessage({
      ok: false,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    })
  }
})
parentPort.postMessage({ ready: true })
