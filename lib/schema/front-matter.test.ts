import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from './front-matter'

describe('parseFrontMatter', () => {
  it('reads fields with their line numbers and keeps dates as written', () => {
    const result = parseFrontMatter('---\nlayout: post\ntitle: "1# KubeCon"\ndate: 2019-12-06 01:00:00\n---\n\n본문\n')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.data).toEqual({ layout: 'post', title: '1# KubeCon', date: '2019-12-06 01:00:00' })
    expect(result.value.fieldLines).toEqual({ layout: 2, title: 3, date: 4 })
    expect(result.value.bodyStartLine).toBe(6)
  })

  it('gives the line of each list item, written one per line or inline', () => {
    const result = parseFrontMatter(
      '---\ntitle: 둘이 쓴 글\nauthors:\n  - seungpilpark\n\n  - 손다연\ntags: [a, b]\n---\n',
    )
    expect(result.ok && result.value.itemLines).toEqual({ authors: [4, 6], tags: [7, 7] })
  })

  it('accepts a BOM, CRLF line ends and a space before the colon', () => {
    const result = parseFrontMatter('\uFEFF---\r\ntitle: 제목\r\nnotification : false\r\n# 끝\r\n---\r\n본문')
    expect(result.ok && result.value.data).toEqual({ title: '제목', notification: false })
  })

  it('refuses CRLF line ends where the build would read the last value differently', () => {
    // gray-matter leaves the last line's \r in the YAML: "true\r" is a string, a quoted value an error.
    for (const last of ['draft: true', 'title: "제목"', '']) {
      const result = parseFrontMatter(`---\r\nlayout: post\r\n${last}\r\n---\r\n본문`)
      expect(result, last).toEqual({ ok: false, problem: { line: 3, message: 'front-matter-crlf' } })
    }
  })

  it('reports a YAML syntax error with the line in the file', () => {
    const result = parseFrontMatter('---\ntitle: 제목\ntags: [a, b\ndate: 2019-12-06\n---\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.line).toBeGreaterThanOrEqual(3)
  })

  it('reports a duplicated key', () => {
    const result = parseFrontMatter('---\ntitle: a\ntitle: b\n---\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.line).toBe(3)
  })

  it('refuses a YAML bomb instead of expanding it', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 12; i += 1)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      )
    bomb.push('title: boom', '---', '')
    const result = parseFrontMatter(bomb.join('\n'))
    expect(result.ok).toBe(false)
  })

  it('says when there is no front matter or it is not closed', () => {
    expect(parseFrontMatter('# 제목만 있는 글\n')).toEqual({
      ok: false,
      problem: { line: 1, message: 'front-matter-missing' },
    })
    expect(parseFrontMatter('---\ntitle: x\n')).toEqual({
      ok: false,
      problem: { line: 1, message: 'front-matter-unclosed' },
    })
  })
})
