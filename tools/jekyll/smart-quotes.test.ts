import { describe, expect, it } from 'vitest'
import { smartenQuotes } from './smart-quotes'
import { planImport, type ImportOptions } from './plan'

describe('smartenQuotes: the typographic quotes kramdown wrote', () => {
  it('turns straight quotes in prose into the ones readers saw', () => {
    const { text, lines } = smartenQuotes("이 글의 제목은 \"한 자리 날짜\"이고, it's 'fine'.\n\n둘째 줄\n")
    expect(text).toBe('이 글의 제목은 “한 자리 날짜”이고, it’s ‘fine’.\n\n둘째 줄\n')
    expect(lines).toEqual([1])
  })

  it('leaves code, HTML, link addresses, Liquid and math as written', () => {
    const body = [
      '`say "hi"` and "quoted"',
      '',
      '```js',
      'const a = "b"',
      '```',
      '',
      '    indented "code"',
      '',
      '<div class="box">',
      '"inside html"',
      '</div>',
      '',
      '[link "text"](/a "title") {{ "x" | upcase }} {: title="t"} $$a "b"$$',
      '',
    ].join('\n')
    const { text } = smartenQuotes(body)
    expect(text.split('\n')).toEqual([
      '`say "hi"` and “quoted”',
      '',
      '```js',
      'const a = "b"',
      '```',
      '',
      '    indented "code"',
      '',
      '<div class="box">',
      '"inside html"',
      '</div>',
      '',
      '[link “text”](/a "title") {{ "x" | upcase }} {: title="t"} $$a "b"$$',
      '',
    ])
  })
})

describe('the import keeps the quotes readers saw', () => {
  const options: ImportOptions = {
    labels: { site: 'old', content: 'content', public: 'public' },
    series: [],
    knownAuthors: new Set(),
    knownSeries: new Set(),
    blog: { legacyOrigins: [], timeZone: 'Asia/Seoul' },
  }
  const plan = planImport(
    {
      config: 'timezone: UTC\n',
      posts: [{ path: '_posts/2020-01-01-q.md', text: '---\ntitle: "따옴표"\n---\n"배포 동결" 기간\n' }],
      pages: [{ path: 'about.html', text: '---\ntitle: 소개\n---\n<p>"그대로"</p>\n' }],
      drafts: [],
      files: new Set(),
    },
    options,
  )
  const text = (path: string) => plan.files.find((file) => file.path === path)?.text ?? ''

  it('converts a Markdown post’s prose and reports the file and line as repaired', () => {
    expect(text('posts/2020-01-01-q.md')).toContain('“배포 동결” 기간')
    expect(text('posts/2020-01-01-q.md')).toContain('title: "따옴표"')
    expect(plan.report.repairedFiles).toContainEqual(
      expect.objectContaining({
        file: 'content/posts/2020-01-01-q.md',
        line: 6,
        message: expect.stringContaining('둥근 따옴표'),
      }),
    )
  })

  it('leaves an HTML page alone, as Jekyll ran no kramdown on it', () => {
    expect(text('pages/about.md')).toContain('<p>"그대로"</p>')
  })
})

describe('smartenQuotes: the dashes and ellipsis kramdown wrote', () => {
  it('writes --, --- and ... in prose as kramdown showed them, and leaves code, escapes and addresses', () => {
    const { text, lines } = smartenQuotes(
      '기간은 3--5일이고---예외는 없습니다... 네 개 ----. `a--b...` [링크--글](/a--b/) \\-\\- <span title="x--y">안--쪽</span>\n',
    )
    expect(text).toBe(
      '기간은 3–5일이고—예외는 없습니다… 네 개 —-. `a--b...` [링크–글](/a--b/) \\-\\- <span title="x--y">안–쪽</span>\n',
    )
    expect(lines).toEqual([1])
  })

  it('leaves the Markdown syntax made of dashes: rules, heading underlines, table delimiter rows', () => {
    const body = [
      '제목 -- 하나',
      '----------',
      '',
      '| a | b |',
      '|---|:---:|',
      '| 1--2 | x...y |',
      '',
      '---',
      '',
      '* * *',
      '',
    ].join('\n')
    expect(smartenQuotes(body).text.split('\n')).toEqual([
      '제목 – 하나',
      '----------',
      '',
      '| a | b |',
      '|---|:---:|',
      '| 1–2 | x…y |',
      '',
      '---',
      '',
      '* * *',
      '',
    ])
  })
})

describe('smartenQuotes: HTML comments', () => {
  it('keeps a comment as written, on one line or over several, so its `-->` still ends it', () => {
    const body = [
      'He said "hi" <!-- a -- "b" --> and left...',
      '',
      '<!-- $ bitcoin-cli getmininginfo',
      '',
      '    log2(x) -- "y" -->',
      '',
      "It's 2<sup>80</sup>.  <!-- 2**79 * 5 --",
      '14e9 / 1e9 -->',
      '',
      '## Next',
    ].join('\n')
    const { text } = smartenQuotes(body)
    const lines = text.split('\n')
    expect(lines[0]).toBe('He said “hi” <!-- a -- "b" --> and left…')
    expect(lines.slice(2, 5)).toEqual(['<!-- $ bitcoin-cli getmininginfo', '', '    log2(x) -- "y" -->'])
    expect(lines[6]).toBe('It’s 2<sup>80</sup>.  <!-- 2**79 * 5 --')
    expect(lines[7]).toBe('14e9 / 1e9 -->')
    expect(lines[9]).toBe('## Next')
  })

  it('reads prose again after the comment ends on the same line', () => {
    expect(smartenQuotes('<!-- a\nb --> "c"').text).toBe('<!-- a\nb --> “c”')
  })

  it('keeps a tag written over two lines a tag: its attributes’ quotes stay straight', () => {
    const body =
      'Get the data at <a\nhref="https://data.example/">the "site"</a>. It\'s <img\nsrc="/a.png"\nalt="x"> "done"'
    expect(smartenQuotes(body).text).toBe(
      'Get the data at <a\nhref="https://data.example/">the “site”</a>. It’s <img\nsrc="/a.png"\nalt="x"> “done”',
    )
    expect(smartenQuotes('a < b and "c"').text).toBe('a < b and “c”')
  })
})
