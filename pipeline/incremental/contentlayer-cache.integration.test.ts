import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { packageCommand } from '../processes/commands'
import { keyContentlayerCache } from './contentlayer-cache'
import { readRenderByKey } from '../../lib/markdown/render-store'
import { makeContent } from '../../scripts/test-support/temp-content'

async function writePng(file: string, width: number, height: number): Promise<void> {
  writeFileSync(
    file,
    await sharp({ create: { width, height, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer(),
  )
}

/** The build's Contentlayer stage: the cache keyed by the pictures, then `contentlayer2 build`. */
function contentlayerStage(env: Record<string, string>): string {
  keyContentlayerCache(path.resolve('.contentlayer'), [path.resolve('public'), env.EXTRA_PUBLIC_DIR as string])
  const result = spawnSync(...packageCommand('contentlayer2', ['build']), {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
  const post = JSON.parse(readFileSync('.contentlayer/generated/Post/posts__2020-01-01-picture.md.json', 'utf8')) as {
    renderKey: string
  }
  // Contentlayer names the stored render its pages read (lib/content/generated-files.ts).
  return /<img[^>]*>/.exec(readRenderByKey(post.renderKey)?.html ?? '')?.[0] ?? ''
}

describe('Contentlayer stage of npm run build', () => {
  it('writes the new width and height of a picture resized without editing the post', async () => {
    const content = makeContent({
      'posts/2020-01-01-picture.md': '---\ntitle: 그림 글\n---\n\n![도표](/assets/x.png)\n',
    })
    const extraPublic = mkdtempSync(path.join(tmpdir(), 'blog-public-'))
    mkdirSync(path.join(extraPublic, 'assets'))
    const env = { CONTENT_DIR: content, EXTRA_PUBLIC_DIR: extraPublic }

    await writePng(path.join(extraPublic, 'assets/x.png'), 40, 20)
    const before = contentlayerStage(env)
    expect(before).toContain('width="40"')
    expect(before).toContain('height="20"')

    await writePng(path.join(extraPublic, 'assets/x.png'), 300, 90)
    const after = contentlayerStage(env)
    expect(after).toContain('width="300"')
    expect(after).toContain('height="90"')
  })
})
