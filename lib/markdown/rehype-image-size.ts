import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { imageSize } from 'image-size'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { PostBundle } from '../schema/bundles'
import { allowedRoots, isInside, symlinkProblem } from '../schema/content-sources'
import { fileStamp, type RenderData } from './render-store'

export interface ImageSizeOptions {
  /** The folders served at the site root, where `/assets/...` pictures live (first match wins). */
  publicDirs: readonly string[]
}

/** Where a site path (`/assets/a.png`) would be in a public folder, or null when it cannot be there. */
function candidateFile(src: string, publicDir: string): string | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null
  const root = path.resolve(publicDir)
  let sitePath: string
  try {
    sitePath = decodeURI(src.split(/[?#]/)[0] ?? '')
  } catch {
    return null
  }
  const file = path.join(root, sitePath)
  return isInside(file, root) && file !== root ? file : null
}

/** The file behind a site path (`/assets/a.png`), or null when it is elsewhere or missing. */
function localFile(src: string, publicDir: string): string | null {
  const file = candidateFile(src, publicDir)
  const root = path.resolve(publicDir)
  if (file === null || !existsSync(file) || !statSync(file).isFile()) return null
  // Only files that really live in the repository or the public folder: a symbolic link out of
  // them is refused by `npm run check`, and never read here.
  return symlinkProblem(file, allowedRoots(root)) === null ? file : null
}

/** The file of a folder post behind its published address (`/<slug>/shot.png`, lib/markdown/rehype-bundle.ts). */
function bundledFile(src: string, bundle: PostBundle | null | undefined): string | null {
  if (!bundle) return null
  const prefix = `/${encodeURIComponent(bundle.slug)}/`
  if (!src.startsWith(prefix)) return null
  try {
    const file = path.join(
      bundle.dir,
      ...decodeURIComponent(src.slice(prefix.length).split(/[?#]/)[0] ?? '').split('/'),
    )
    return isInside(file, bundle.dir) && existsSync(file) && statSync(file).isFile() ? file : null
  } catch {
    return null
  }
}

/**
 * Pictures of the site itself get their width and height from the file, so the browser keeps
 * their place (CSS scales them with `height: auto`) and nothing jumps when a lazy one arrives.
 * Sizes an author wrote are kept; pictures on other hosts cannot be measured at build time.
 */
export function rehypeImageSize(options: ImageSizeOptions) {
  return (tree: Root, vfile: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return
      if (node.properties.width !== undefined || node.properties.height !== undefined) return
      const src = node.properties.src
      const bundled = bundledFile(src, (vfile.data as RenderData).bundle)
      // The render depends on these files, there or not (lib/markdown/render-store.ts).
      const dependencies = ((vfile.data as RenderData).renderDependencies ??= [])
      for (const dir of bundled === null ? options.publicDirs : []) {
        const candidate = candidateFile(src, dir)
        if (candidate !== null) dependencies.push({ file: candidate, stamp: fileStamp(candidate) })
      }
      const file = bundled ?? options.publicDirs.map((dir) => localFile(src, dir)).find((found) => found !== null)
      if (file === undefined || file === null) return
      try {
        const { width, height } = imageSize(readFileSync(file))
        if (width > 0 && height > 0) {
          node.properties.width = width
          node.properties.height = height
        }
      } catch {
        // Not an image format it knows: the picture still shows, only without a reserved box.
      }
    })
  }
}
