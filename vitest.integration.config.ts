import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/** Commands run as authors and maintainers run them (spawned, on temporary content folders). */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['scripts/**/*.test.ts', '**/*.integration.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
