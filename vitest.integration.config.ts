import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { testRenderStore } from './lib/markdown/test-render-store'

/** Commands run as authors and maintainers run them (spawned, on temporary content folders). */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['scripts/**/*.test.ts', '**/*.integration.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    // Renders the tests store (lib/markdown/render-store.ts) stay out of the repository's .cache,
    // in a folder of this checkout's own, so two clones testing side by side never share one.
    env: { RENDER_CACHE_DIR: testRenderStore },
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
