import { defineConfig } from 'vitest/config'

/** Command-line tools run as authors run them (spawned, on temporary content folders). */
export default defineConfig({
  test: { include: ['scripts/**/*.test.ts'], environment: 'node', testTimeout: 240_000, hookTimeout: 240_000, fileParallelism: false },
})
