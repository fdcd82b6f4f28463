import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * The render store the test runners use: one folder per checkout (named by a hash of its path),
 * outside the repository, so clones tested side by side on one machine never read each other's
 * renders.
 */
export const testRenderStore = path.join(
  tmpdir(),
  `blog-render-store-tests-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`,
)
