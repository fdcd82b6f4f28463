import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { testRenderStore } from './lib/markdown/test-render-store'

/** Unit tests: pure code beside its module, no build and no spawned command. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['{lib,pipeline,tools,components}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.integration.test.ts'],
    environment: 'node',
    // Renders the tests store (lib/markdown/render-store.ts) stay out of the repository's .cache,
    // in a folder of this checkout's own, so two clones testing side by side never share one.
    env: { RENDER_CACHE_DIR: testRenderStore },
    // Threads sharing one module graph: half the time of a fresh process and module registry per
    // file, the cost that dominated (tests restore any environment variable they set).
    pool: 'threads',
    isolate: false,
    // One thread per core. Vitest's default leaves a core out, which on a 2-core machine runs the
    // files one at a time (55 s instead of 30 s here).
    maxWorkers: '100%',
    // No unit test is about speed: a generous limit keeps a loaded machine from failing one.
    testTimeout: 300_000,
  },
})
