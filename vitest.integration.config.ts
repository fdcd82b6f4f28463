import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/** Commands run as authors and maintainers run them (spawned, on temporary content folders). */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['scripts/**/*.test.ts', '**/*.integration.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    // Renders the tests store (lib/markdown/render-store.ts) stay out of the repository's .cache.
    env: { RENDER_CACHE_DIR: path.join(tmpdir(), 'blog-render-store-tests') },
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
