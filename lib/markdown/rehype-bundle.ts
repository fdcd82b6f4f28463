import path from 'node:path'
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { resolveBundleReference } from '../schema/bundles'
import { fileStamp, type RenderData } from './render-store'

/** The attributes that name a file, by element: what a reader's browser fetches or follows. */
const FILE_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['src'],
  a: ['href'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
}

/**
 * A folder post's own files (lib/schema/bundles.ts): each relative address that names one becomes
 * its published address, `/<slug>/shot.png`, so every reader of the HTML (the page, cards, feeds,
 * the image sizes, the link check) sees the final URL; the base path is added when a page is made,
 * like any site path. The render depends on each file it looked for, there or not. An address that
 * names no file of the folder is left as written: `npm run check` reports it at its line, and the
 * build's link check would refuse it.
 */
export function rehypeBundleFiles() {
  return (tree: Root, vfile: VFile) => {
    const data = vfile.data as RenderData
    const bundle = data.bundle
    if (!bundle) return
    const dependencies = (data.renderDependencies ??= [])
    visit(tree, 'element', (node: Element) => {
      for (const attribute of FILE_ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[attribute]
        if (typeof value !== 'string') continue
        const found = resolveBundleReference(value, bundle)
        if (found === null || found.kind === 'outside') continue
        const file = found.kind === 'file' ? found.file : path.join(bundle.dir, ...found.name.split('/'))
        dependencies.push({ file, stamp: fileStamp(file) })
        if (found.kind === 'file') node.properties[attribute] = found.url
      }
    })
  }
}
