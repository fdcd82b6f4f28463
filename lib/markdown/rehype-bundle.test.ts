import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pngHeader } from '../../scripts/test-support/png-header'
import { rewriteBundleSource } from './bundle-source'
import { renderPost } from './pipeline'

const dir = path.join(mkdtempSync(path.join(tmpdir(), 'bundle-render-')), 'posts', '2026-12-01-그림 글')
mkdirSync(path.join(dir, 'img'), { recursive: true })
writeFileSync(path.join(dir, 'shot.png'), pngHeader(640, 360))
writeFileSync(path.join(dir, 'img', 'b.png'), pngHeader(20, 10))
writeFileSync(path.join(dir, 'slides.pdf'), '%PDF')
const bundle = { dir, slug: '그림-글' }
const slugPath = `/${encodeURIComponent('그림-글')}`

describe('the render of a post kept as a folder', () => {
  it('writes the published address of its own files into the HTML, with the picture size from the file', async () => {
    const { html, dependencies } = await renderPost(
      '![화면](./shot.png)\n\n<img src="img/b.png" alt="작은 그림">\n\n[슬라이드](slides.pdf)\n',
      bundle,
    )
    expect(html).toContain(`src="${slugPath}/shot.png"`)
    expect(html).toMatch(new RegExp(`src="${slugPath}/shot.png"[^>]*width="640" height="360"`))
    expect(html).toContain(`src="${slugPath}/img/b.png"`)
    expect(html).toContain(`href="${slugPath}/slides.pdf"`)
    // A replaced picture renders again: the render names the files it read.
    expect(dependencies.map((dependency) => dependency.file)).toContain(path.join(dir, 'shot.png'))
  })

  it('leaves a missing file, an address out of the folder and other addresses as written', async () => {
    const { html } = await renderPost('![a](missing.png) ![b](../x.png) ![c](/assets/c.png) [d](#d)\n', bundle)
    expect(html).toContain('src="missing.png"')
    expect(html).toContain('src="../x.png"')
    expect(html).toContain('src="/assets/c.png"')
    expect(html).toContain('href="#d"')
  })

  it('is the same for a plain post file as before: no folder, nothing rewritten', async () => {
    expect((await renderPost('![a](./shot.png)\n')).html).toContain('src="./shot.png"')
  })
})

describe('rewriteBundleSource (the Markdown twin)', () => {
  it('rewrites exactly the addresses of the folder’s files and leaves every other byte', () => {
    const markdown = [
      '![화면](./shot.png "캡션")',
      '[![작은](img/b.png)](slides.pdf)',
      '',
      '[참고]: <./slides.pdf>',
      '![없음](nope.png) [글](/other/) `![코드](./shot.png)`',
      '',
      '```md',
      '![예시](./shot.png)',
      '```',
      '',
    ].join('\n')
    expect(rewriteBundleSource(markdown, bundle)).toBe(
      [
        `![화면](${slugPath}/shot.png "캡션")`,
        `[![작은](${slugPath}/img/b.png)](${slugPath}/slides.pdf)`,
        '',
        `[참고]: <${slugPath}/slides.pdf>`,
        '![없음](nope.png) [글](/other/) `![코드](./shot.png)`',
        '',
        '```md',
        '![예시](./shot.png)',
        '```',
        '',
      ].join('\n'),
    )
    expect(rewriteBundleSource(markdown, null)).toBe(markdown)
  })
})
