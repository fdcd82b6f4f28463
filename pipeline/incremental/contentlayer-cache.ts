// Contentlayer caches each document's output under a hash of its own file and of the config, so
// a picture resized in public/ without touching the post kept its old width and height (written
// by lib/markdown/rehype-image-size.ts). The build keys that cache by the site's pictures too: when any of
// them changed, Contentlayer's document cache is dropped before it runs. And by the Markdown
// pipeline's fingerprint (its code, packages and settings): a document names its stored render by a
// key made with that fingerprint (lib/markdown/render-store.ts), so an upgraded package must not
// leave documents naming renders the build has since removed.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pipelineFingerprint } from '../../lib/markdown/render-store'
import { allowedRoots, listFiles, publicDirs, type UnreadableEntry } from '../../lib/schema/content-sources'

/** What lib/markdown/rehype-image-size.ts can measure (image-size's formats). */
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?|heic|jxl)$/i

/** A hash of every picture in the public folders: names and bytes. */
export function imagesFingerprint(dirs: readonly string[] = publicDirs()): string {
  const hash = createHash('sha256')
  for (const dir of dirs) {
    const unreadable: UnreadableEntry[] = []
    hash.update(`dir ${dir}\n`)
    for (const file of listFiles(dir, allowedRoots(dir), unreadable).filter((name) => IMAGE.test(name))) {
      hash.update(`${path.relative(dir, file)}\n`).update(readFileSync(file))
    }
  }
  return hash.digest('hex')
}

/** Whether the next build will drop Contentlayer's cache: its last run had other pictures or another pipeline. */
export function contentlayerCacheStale(root = path.resolve('.contentlayer'), dirs = publicDirs()): boolean {
  return readKey(root) !== cacheKeyNow(dirs) && existsSync(path.join(root, '.cache'))
}

const keyFile = (root: string) => path.join(root, 'cache-key.txt')
const cacheKeyNow = (dirs: readonly string[]) => `${imagesFingerprint(dirs)} ${pipelineFingerprint()}`
const readKey = (root: string) => (existsSync(keyFile(root)) ? readFileSync(keyFile(root), 'utf8').trim() : null)

/**
 * Drops Contentlayer's document cache when the pictures or the Markdown pipeline differ from those
 * of its last run. True when it was dropped. `root` is the project's `.contentlayer` folder.
 */
export function keyContentlayerCache(root = path.resolve('.contentlayer'), dirs = publicDirs()): boolean {
  const key = cacheKeyNow(dirs)
  const dropped = readKey(root) !== key && existsSync(path.join(root, '.cache'))
  if (dropped) dropContentlayerDocuments(root)
  mkdirSync(root, { recursive: true })
  writeFileSync(keyFile(root), `${key}\n`)
  return dropped
}

/**
 * Removes Contentlayer's cached documents, so its next run computes every document again. Only the
 * document data: the compiled config beside it does not depend on the content.
 */
export function dropContentlayerDocuments(root = path.resolve('.contentlayer')): void {
  const cacheDir = path.join(root, '.cache')
  if (!existsSync(cacheDir)) return
  for (const version of readdirSync(cacheDir)) {
    for (const file of readdirSync(path.join(cacheDir, version))) {
      if (/^data-.*\.json$/.test(file)) rmSync(path.join(cacheDir, version, file), { force: true })
    }
  }
}
