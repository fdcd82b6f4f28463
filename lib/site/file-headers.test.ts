import { describe, expect, it } from 'vitest'
import { FILE_POLICY, fileHeaderRules } from './file-headers.mjs'

describe('fileHeaderRules', () => {
  it('covers a folder of drawings with one rule and a drawing beside pages with its own', () => {
    const rules = fileHeaderRules(
      [
        'index.html',
        'assets/a.svg',
        'assets/icons/b.svg',
        'assets/c.png',
        '글/index.html',
        '글/그림 1.svg',
        'feed.xml',
        'style.xsl',
      ],
      '/blog',
    )
    expect(rules).toBe(
      ['/blog/assets/*', '/blog/style.xsl', '/blog/%EA%B8%80/%EA%B7%B8%EB%A6%BC%201.svg']
        .map((rule) => `${rule}\n  Content-Security-Policy: ${FILE_POLICY}\n`)
        .join(''),
    )
  })

  it('lets no script run and gives the document an origin of its own', () => {
    expect(FILE_POLICY).toContain("default-src 'none'")
    expect(FILE_POLICY).not.toContain('script-src')
    expect(FILE_POLICY).toContain('sandbox')
  })

  it('writes nothing for a site without such files', () => {
    expect(fileHeaderRules(['index.html', 'a.png', 'feed.xml'], '')).toBe('')
  })
})

describe('servedFiles', () => {
  it('lists the export and the public folders together, so a partial build keeps the rules of files it did not copy', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { servedFiles } = await import('./file-headers-list')
    const root = mkdtempSync(path.join(tmpdir(), 'served-out-'))
    const extra = mkdtempSync(path.join(tmpdir(), 'served-extra-'))
    writeFileSync(path.join(root, 'index.html'), '')
    mkdirSync(path.join(extra, 'drawings'))
    writeFileSync(path.join(extra, 'drawings', 'a.svg'), '<svg/>')
    const files = servedFiles(root, [extra, path.join(extra, 'missing')])
    expect(files).toEqual(['drawings/a.svg', 'index.html'])
    expect(fileHeaderRules(files, '/blog')).toContain('/blog/drawings/*')
  })
})
