import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  // No unit test is about speed: a generous limit keeps a loaded machine from failing one.
  test: { include: ['lib/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
})
