import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { POST_FIELDS } from '../../lib/schema/post-fields'
import { formatYamlValue, keepLastOfRepeatedKeys, repairFrontMatter, setFrontMatterFields } from './front-matter'

const repair = (text: string) => repairFrontMatter(text, POST_FIELDS)

describe('repairFrontMatter', () => {
  it('leaves a clean file exactly as it is', () => {
    const text =
      '---\nlayout: post\ntitle: "1# KubeCon"\ndate: 2019-12-06 01:00:00\ntags:\n- news\n---\n\n본문\twith a tab\n'
    expect(repair(text)).toEqual({ text, fixes: [] })
  })

  it('moves a front matter indented as a whole to the left edge, nested values and all', () => {
    const result = repair(
      '---\n layout: post\n title: "Julia 1.0"\n# a comment at the edge\n tags:\n   - release\n description: |\n   첫 줄\n     둘째 줄\n---\n본문\n',
    )
    expect(result.text).toBe(
      '---\nlayout: post\ntitle: "Julia 1.0"\n# a comment at the edge\ntags:\n  - release\ndescription: |\n  첫 줄\n    둘째 줄\n---\n본문\n',
    )
    expect(result.fixes).toEqual([{ line: 2, message: expect.stringContaining('1칸 들여써져') }])
    // A mapping nested under a key at the edge is not the whole block.
    const nested = '---\nauthor:\n  name: 가\n---\n'
    expect(repair(nested)).toEqual({ text: nested, fixes: [] })
  })

  it('drops a BOM, turns CRLF into LF and says so', () => {
    const result = repair('\uFEFF---\r\ntitle: 제목\r\n---\r\n본문\r\n')
    expect(result.text).toBe('---\ntitle: 제목\n---\n본문\n')
    expect(result.fixes.map((f) => f.message)).toEqual(['파일 앞의 BOM을 지웠습니다', '줄 끝 CRLF를 LF로 바꿨습니다'])
  })

  it('fixes tab indentation and a space before the colon on their lines, not in the body', () => {
    const result = repair('---\ntitle: 제목\nnotification : false\ntags:\n\t- aws\n\t- k8s\n---\n\tcode\nkey : value\n')
    expect(result.text).toBe(
      '---\ntitle: 제목\nnotification: false\ntags:\n  - aws\n  - k8s\n---\n\tcode\nkey : value\n',
    )
    expect(result.fixes.map((f) => f.line)).toEqual([3, 5, 6])
    expect(parseFrontMatter(result.text).ok).toBe(true)
  })

  it('reads YAML 1.1 booleans as Jekyll did, only in boolean fields', () => {
    const result = repair('---\ntitle: no\npublished: no\ndraft: Yes\nlayout: off\n---\n')
    expect(result.text).toBe('---\ntitle: no\npublished: false\ndraft: true\nlayout: off\n---\n')
    expect(result.fixes).toEqual([
      { line: 3, message: 'published: no를 Jekyll이 읽던 대로 false로 바꿨습니다' },
      { line: 4, message: 'draft: Yes를 Jekyll이 읽던 대로 true로 바꿨습니다' },
    ])
  })

  it('quotes numbers and booleans where the schema wants text, as written', () => {
    const result = repair('---\ntitle: 1.10\nauthor: true\nseriesOrder: 2\n---\n')
    expect(result.text).toBe('---\ntitle: "1.10"\nauthor: "true"\nseriesOrder: 2\n---\n')
    expect(result.fixes.map((f) => f.line)).toEqual([2, 3])
  })

  it('gives back a front matter it cannot parse with only the safe fixes applied', () => {
    const result = repair('---\r\ntitle: [1/6] 제목\r\n---\r\n')
    expect(result.text).toBe('---\ntitle: [1/6] 제목\n---\n')
    expect(parseFrontMatter(result.text).ok).toBe(false)
  })

  it('indents the later lines of a quoted value that start at the left edge, as Psych read them', () => {
    const result = repair(
      '---\ntitle: "Make it \\"fast\\" and\nmore"\nnote: \'it\'\'s\n\nok\'\ntags:\n  - "a b\n  c"\n---\nbody\n"x\n',
    )
    expect(result.text).toBe(
      '---\ntitle: "Make it \\"fast\\" and\n        more"\nnote: \'it\'\'s\n\n       ok\'\ntags:\n  - "a b\n     c"\n---\nbody\n"x\n',
    )
    expect(result.fixes.map((f) => f.line)).toEqual([2, 4, 8])
    const parsed = parseFrontMatter(result.text)
    expect(parsed.ok && parsed.value.data).toMatchObject({
      title: 'Make it "fast" and more',
      note: "it's\nok",
      tags: ['a b c'],
    })
  })

  it('closes a front matter that ends with YAML’s ... line with ---, as Jekyll read both', () => {
    const result = repair('---\ntitle: 제목\n...\n본문\n...\n')
    expect(result.text).toBe('---\ntitle: 제목\n---\n본문\n...\n')
    expect(result.fixes).toEqual([{ line: 3, message: expect.stringContaining('...') }])
    expect(parseFrontMatter(result.text).ok).toBe(true)
  })

  it('leaves a quoted value that never closes as it was', () => {
    const text = '---\ntitle: "Make it\nmore\n---\n'
    expect(repair(text).text).toBe(text)
  })

  it('does the same thing a second time: nothing', () => {
    const once = repair('\uFEFF---\r\ntitle: 2020\r\npublished : no\r\ntags:\r\n\t- a\r\n---\r\n')
    expect(repair(once.text)).toEqual({ text: once.text, fixes: [] })
  })
})

describe('setFrontMatterFields', () => {
  const text = '---\ntitle: 제목\npermalink: /old/\ntags:\n  - a\n  - b\nimage: assets/a.png\n---\n본문\n'

  it('replaces a field where it stands, removes one with its list, and appends new ones', () => {
    expect(setFrontMatterFields(text, { image: '/assets/a.png', tags: null, series: 'aws', seriesOrder: '2' })).toBe(
      '---\ntitle: 제목\npermalink: /old/\nimage: /assets/a.png\nseries: aws\nseriesOrder: 2\n---\n본문\n',
    )
  })

  it('formats values as YAML, quoting only when needed', () => {
    expect(formatYamlValue('/assets/a.png')).toBe('/assets/a.png')
    expect(formatYamlValue('1# KubeCon: 참가기')).toBe('"1# KubeCon: 참가기"')
    // A text of several lines stays the key's value: its lines are indented under it.
    expect(formatYamlValue('첫 줄\n둘째 줄')).toBe('|-\n  첫 줄\n  둘째 줄')
    expect(parse(`description: ${formatYamlValue('첫 줄\n둘째 줄')}\n`)).toEqual({ description: '첫 줄\n둘째 줄' })
    expect(formatYamlValue(3)).toBe('3')
  })
})

describe('repairFrontMatter and control characters', () => {
  it('removes invisible control characters anywhere in the file, one note per line', () => {
    const result = repairFrontMatter('---\ntitle: 제목\n---\n복사한\u001c 글\n둘째\u0008 줄\u0008\n', {})
    expect(result.text).toBe('---\ntitle: 제목\n---\n복사한 글\n둘째 줄\n')
    expect(result.fixes).toEqual([
      { line: 4, message: '보이지 않는 제어 문자 U+001C을(를) 지웠습니다' },
      { line: 5, message: '보이지 않는 제어 문자 U+0008을(를) 지웠습니다' },
    ])
  })
})

describe('keepLastOfRepeatedKeys: a key written twice, as Jekyll read it', () => {
  it('keeps the last value of a key repeated in a list item, and says where', () => {
    const yaml = [
      'title: 뉴스',
      'praise:',
      '  - author: Ann',
      '    text: 첫 값',
      '    text: "둘째 값"',
      '  - author: Bo',
      '    text: 하나',
    ].join('\n')
    const { yaml: repaired, fixes } = keepLastOfRepeatedKeys(yaml)
    expect(repaired).toBe(
      ['title: 뉴스', 'praise:', '  - author: Ann', '    text: "둘째 값"', '  - author: Bo', '    text: 하나'].join(
        '\n',
      ),
    )
    expect(fixes).toEqual([{ line: 5, message: 'text이(가) 두 번 있어 Jekyll이 읽은 대로 뒤의 값만 남겼습니다' }])
    expect(repairFrontMatter(`---\n${yaml}\n---\n본문\n`, {}).text).toContain('    text: "둘째 값"\n  - author: Bo')
  })

  it('leaves YAML without repeated keys as it is', () => {
    expect(keepLastOfRepeatedKeys('a: 1\nb:\n  a: 2\n')).toEqual({ yaml: 'a: 1\nb:\n  a: 2\n', fixes: [] })
  })
})
