import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { pngHeader } from '../../scripts/test-support/png-header'
import { rehypeImageSize } from './rehype-image-size'

function image(src: string, extra: Element['properties'] = {}): Element {
  return { type: 'element', tagName: 'img', properties: { src, ...extra }, children: [] }
}

/** A first folder without the pictures: each is looked up in every folder served at the root. */
const emptyPublicDir = mkdtempSync(path.join(tmpdir(), 'empty-public-'))

function run(publicDir: string, ...images: Element[]): Element[] {
  const tree: Root = { type: 'root', children: images }
  rehypeImageSize({ publicDirs: [emptyPublicDir, publicDir] })(tree, { data: {} } as VFile)
  return images
}

describe('rehypeImageSize', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'))
  mkdirSync(path.join(publicDir, 'assets'))
  writeFileSync(path.join(publicDir, 'assets', '구성도 1.png'), pngHeader(640, 360))
  writeFileSync(path.join(publicDir, 'assets', 'notes.txt'), 'not a picture')

  it('sizes pictures of the site from their files, Hangul and spaces in the name included', () => {
    const [sized] = run(publicDir, image('/assets/%EA%B5%AC%EC%84%B1%EB%8F%84%201.png'))
    expect(sized?.properties).toMatchObject({ width: 640, height: 360 })
  })

  it('keeps sizes an author wrote and leaves other hosts, missing files and non-images alone', () => {
    const [written, remote, missing, text, outside] = run(
      publicDir,
      image('/assets/구성도 1.png', { width: 300 }),
      image('https://example.com/a.png'),
      image('/assets/none.png'),
      image('/assets/notes.txt'),
      image('/../etc/passwd'),
    )
    expect(written?.properties).toEqual({ src: '/assets/구성도 1.png', width: 300 })
    for (const node of [remote, missing, text, outside]) expect(node?.properties.width).toBeUndefined()
  })
})
