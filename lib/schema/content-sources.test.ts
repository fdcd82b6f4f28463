import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readContentSources } from './content-sources'

const dir = mkdtempSync(path.join(tmpdir(), 'content-sources-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readContentSources', () => {
  it('marks a file that is not UTF-8 with the line of its first bad byte, and keeps a BOM', () => {
    mkdirSync(path.join(dir, 'posts'), { recursive: true })
    // "제목" in EUC-KR, as old Windows editors saved Korean text.
    const eucKr = Buffer.concat([
      Buffer.from('---\ntitle: '),
      Buffer.from([0xc1, 0xa6, 0xb8, 0xf1]),
      Buffer.from('\n---\n'),
    ])
    writeFileSync(path.join(dir, 'posts', '2020-01-01-euc-kr.md'), eucKr)
    writeFileSync(path.join(dir, 'posts', '2020-01-02-bom.md'), '\uFEFF---\ntitle: 제목\n---\n')

    const { posts } = readContentSources(dir, dir)
    expect(posts.map((p) => [p.path, p.invalidUtf8Line])).toEqual([
      ['posts/2020-01-01-euc-kr.md', 2],
      ['posts/2020-01-02-bom.md', undefined],
    ])
    expect(posts[1]?.text.startsWith('\uFEFF---')).toBe(true)
  })

  it('finds a public file, and a public folder by its index.html, as a static host serves them', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'content-sources-public-'))
    mkdirSync(path.join(site, 'content', 'posts'), { recursive: true })
    mkdirSync(path.join(site, 'public', 'hosted-lead'), { recursive: true })
    mkdirSync(path.join(site, 'public', 'empty'), { recursive: true })
    writeFileSync(path.join(site, 'public', 'hosted-lead', 'index.html'), '<p>옛 페이지</p>')
    writeFileSync(path.join(site, 'public', 'a.png'), 'PNG')
    try {
      const { publicFileExists } = readContentSources(path.join(site, 'content'), site, [path.join(site, 'public')])
      expect(
        ['/a.png', '/hosted-lead/', '/hosted-lead', '/empty/', '/missing/'].map((p) => publicFileExists?.(p)),
      ).toEqual([true, true, true, false, false])
    } finally {
      rmSync(site, { recursive: true, force: true })
    }
  })
})
