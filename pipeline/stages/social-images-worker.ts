// Child process of pipeline/stages/social-images.ts: draws the cards it is sent into the cache folder,
// one at a time, so no more than one image is held in memory.
import { renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderSocialCard, type SocialCardInput } from '../../lib/site/og/render'

export interface CardJob {
  key: string
  input: SocialCardInput
  /** The post's file, for error messages. */
  source: string
}

/** How many cards to draw between two forced garbage collections. */
const CARDS_PER_COLLECTION = 16

/**
 * resvg keeps each rendered pixmap (3 MB) outside V8's heap, where V8 cannot see it, and frees
 * it only when its JS wrapper is collected and the event loop turns. Left alone, memory grows
 * by the size of every card drawn; collecting now and then keeps it flat.
 */
async function releaseNativeMemory(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
  await new Promise((resolve) => setImmediate(resolve))
}

async function drawCards(jobs: readonly CardJob[], cacheDir: string): Promise<void> {
  for (const [index, job] of jobs.entries()) {
    let png: Buffer
    try {
      png = await renderSocialCard(job.input)
    } catch (error) {
      throw new Error(`${job.source}: 소셜 이미지를 그리지 못했습니다: ${(error as Error).message}`)
    }
    // Written under a temporary name and renamed, so the cache never holds half a file.
    const file = path.join(cacheDir, `${job.key}.png`)
    const partial = `${file}.${process.pid}.tmp`
    writeFileSync(partial, png)
    renameSync(partial, file)
    if (index % CARDS_PER_COLLECTION === CARDS_PER_COLLECTION - 1) await releaseNativeMemory()
  }
}

process.once('message', (message: { jobs: CardJob[]; cacheDir: string }) => {
  drawCards(message.jobs, message.cacheDir).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`✗ ${(error as Error).message}`)
      process.exit(1)
    },
  )
})
