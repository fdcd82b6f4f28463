import { describe, expect, it } from 'vitest'
import { keepKramdownIds, kramdownIdRule } from './heading-ids'

const gfm = { input: 'GFM', prefix: '' } as const

describe('kramdownIdRule: how the old site named headings', () => {
  it('is Jekyll’s default (GFM input, no prefix) unless _config.yml says otherwise', () => {
    expect(kramdownIdRule({})).toEqual(gfm)
    expect(kramdownIdRule({ kramdown: { input: 'kramdown', auto_id_prefix: 'h-' } })).toEqual({
      input: 'kramdown',
      prefix: 'h-',
    })
    expect(kramdownIdRule({ kramdown: { auto_ids: false } })).toBeNull()
  })
})

describe('keepKramdownIds: old #fragment links still land', () => {
  it('names a heading by its text as readers see it, as real Jekyll did (GFM input: ids agree, nothing written)', () => {
    const body = [
      '## Step _one_ of [the tool](https://x.org/a)',
      '',
      '## 배포 Deploy',
      '',
      '```',
      '# not a heading',
      '```',
    ].join('\n')
    expect(keepKramdownIds(body, gfm)).toEqual({ text: body, converted: [] })
  })

  it('writes kramdown’s id onto a heading whose blog id would differ (a tab is a dash to kramdown)', () => {
    const { text, converted } = keepKramdownIds('## `a\tb` c\n', gfm)
    expect(text).toBe('## `a\tb` c {#a-b-c}\n')
    expect(converted).toEqual([{ line: 1, message: expect.stringContaining('#a-b-c') }])
  })

  it('follows kramdown’s own rule with input: kramdown (leading digits and non-ASCII dropped, -1 for repeats)', () => {
    const { text } = keepKramdownIds('## 1. Setup 설치\n\n## 1. Setup 설치\n\n## 한글\n', {
      input: 'kramdown',
      prefix: '',
    })
    expect(text).toBe('## 1. Setup 설치 {#setup-}\n\n## 1. Setup 설치 {#setup--1}\n\n## 한글 {#section}\n')
  })

  it('leaves headings that name their id, and ids that agree, as written', () => {
    const body = '## Hello world\n\n## Named {#mine}\n'
    expect(keepKramdownIds(body, gfm).text).toBe(body)
  })
})
