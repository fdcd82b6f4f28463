import { describe, expect, it } from 'vitest'
import { configLine, formatDiagnostic, validateContent, type ContentSources } from './validate-content'

const author = { path: 'content/authors/seungpilpark.yml', text: 'name: 박승필\n' }
const series = { path: 'content/series/kubecon-na-2019.yml', text: 'title: KubeCon NA 2019 참가기\n' }

function check(posts: ContentSources['posts']) {
  return validateContent({ posts, authors: [author], series: [series] })
}

const post = (path: string, text: string) => ({ path: `content/posts/${path}`, text })

describe('validateContent', () => {
  it('accepts the seed posts as the old blog wrote them', () => {
    const diagnostics = check([
      post(
        '2019-12-06-kubecon-1.md',
        '---\nlayout: post\ntitle: "1# KubeCon"\ndate: 2019-12-06 01:00:00\ntags:\n- news\nauthor: 박승필\n---\n본문\n',
      ),
      post(
        '2019-12-06-kubecon-2.md',
        '---\ntitle: "2# KubeCon"\nauthor: seungpilpark\nseries: kubecon-na-2019\n---\n본문\n',
      ),
    ])
    expect(diagnostics).toEqual([])
  })

  it('stops at a code fence that is never closed, at the fence’s line, and passes fences that close', () => {
    const text = '---\ntitle: 코드\n---\n\n## 설치\n\n```bash\nnpm ci\n\n## 실행\n\n본문\n'
    const [d, ...others] = check([post('2020-01-01-fence.md', text)])
    expect(others).toEqual([])
    expect(formatDiagnostic(d!)).toBe(
      'content/posts/2020-01-01-fence.md:7: body: [오류] 이 줄에서 연 코드 블록(```)이 닫히지 않아, 여기부터 글 끝까지가 모두 코드로 보이고 그 뒤의 제목이 목차에서 빠집니다 (코드가 끝나는 줄 다음에 ``` 한 줄을 쓰세요)',
    )
    const closed = [
      '---\ntitle: 코드\n---\n\n```bash\nnpm ci\n```\n\n## 실행\n',
      '---\ntitle: 코드\n---\n\n~~~~\n```\n~~~~~\n',
      // Closed by the end of its list item, not by a fence: the rest of the post is not code.
      '---\ntitle: 코드\n---\n\n- 항목\n\n  ```\n  a\n\n다음 문단\n',
      // A fence that is the post's last line, closed.
      '---\ntitle: 코드\n---\n\n```\n```',
    ]
    for (const body of closed) expect(check([post('2020-01-01-fence.md', body)]), body).toEqual([])
    // An unclosed tilde fence, and a shorter backtick fence that does not close a longer one.
    for (const [body, line] of [
      ['---\ntitle: 코드\n---\n~~~\na\n', 4],
      ['---\ntitle: 코드\n---\n\n````\na\n```\n', 5],
    ] as const)
      expect(check([post('2020-01-01-fence.md', body)])[0], body).toMatchObject({
        line,
        field: 'body',
        severity: 'error',
      })
  })

  it('names the file, line, field and fix for a missing title', () => {
    const [d] = check([post('2020-01-01-no-title.md', '---\ndate: 2020-01-01\n---\n본문\n')])
    expect(d).toMatchObject({
      severity: 'error',
      file: 'content/posts/2020-01-01-no-title.md',
      line: 1,
      field: 'title',
    })
    expect(formatDiagnostic(d!)).toBe(
      'content/posts/2020-01-01-no-title.md:1: title: [오류] 필수 항목 title이(가) 없습니다 (title: "..." 줄을 추가하세요)',
    )
  })

  it('rejects an empty title and a date that does not parse, on their lines', () => {
    const diagnostics = check([post('2020-01-01-bad.md', '---\ntitle: "  "\ndate: 2020-02-30 10:00\n---\n')])
    expect(diagnostics.map((d) => [d.field, d.line, d.severity])).toEqual([
      ['title', 2, 'error'],
      ['date', 3, 'error'],
    ])
    expect(diagnostics[1]?.fix).toContain('2019-12-06 01:00:00')
  })

  it('rejects two posts with the same slug and names the first owner', () => {
    const diagnostics = check([
      post('2020-01-01-hello.md', '---\ntitle: a\n---\n'),
      post('2020-02-01-hello.md', '---\ntitle: b\n---\n'),
      post('2020-03-01-other.md', '---\ntitle: c\nslug: Hello\n---\n'),
    ])
    expect(diagnostics).toHaveLength(2)
    expect(diagnostics[0]).toMatchObject({ file: 'content/posts/2020-02-01-hello.md', field: 'file' })
    expect(diagnostics[0]?.message).toContain('content/posts/2020-01-01-hello.md')
    expect(diagnostics[1]).toMatchObject({ file: 'content/posts/2020-03-01-other.md', field: 'slug', line: 3 })
  })

  it('reports YAML syntax errors with the line in the file', () => {
    const [d] = check([post('2020-01-01-yaml.md', '---\ntitle: 제목\ntags: [a, b\n---\n')])
    expect(d).toMatchObject({ severity: 'error', field: 'front matter' })
    expect(d?.line).toBeGreaterThanOrEqual(3)
  })

  it('warns about unknown fields and unknown authors without failing', () => {
    const diagnostics = check([post('2020-01-01-warn.md', '---\ntitle: a\nsubtitle: b\nauthor: 홍길동\n---\n')])
    expect(diagnostics.map((d) => [d.field, d.severity])).toEqual([
      ['subtitle', 'warning'],
      ['author', 'warning'],
    ])
  })

  it('accepts several authors by id or registered name, as a list or a single string', () => {
    const diagnostics = check([
      post('2020-01-01-pair.md', '---\ntitle: a\nauthors:\n  - seungpilpark\n  - 박승필\n---\n'),
      post('2020-01-02-one.md', '---\ntitle: b\nauthor: seungpilpark\nauthors: 박승필\n---\n'),
    ])
    expect(diagnostics).toEqual([])
  })

  it('stops at an unknown id in the authors list, naming the line and the id it was probably meant to be', () => {
    const diagnostics = check([
      post('2020-01-01-list.md', '---\ntitle: a\nauthors:\n  - seungpilpark\n  - 홍길동\n---\n'),
      post('2020-01-02-inline.md', '---\ntitle: b\nauthors: [seungpilpak]\n---\n'),
    ])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/posts/2020-01-01-list.md:5: authors: [오류] 등록되지 않은 글쓴이 id "홍길동"입니다 (content/authors/홍길동.yml을 추가하거나 등록된 id를 쓰세요 (등록된 id: seungpilpark))',
      'content/posts/2020-01-02-inline.md:3: authors: [오류] 등록되지 않은 글쓴이 id "seungpilpak"입니다. "seungpilpark"를 쓰려던 것인가요? ("seungpilpark"로 고치거나, 새 글쓴이라면 content/authors/seungpilpak.yml을 추가하세요)',
    ])
  })

  it('says when an unregistered author beside the list stays off the byline, and suggests a list for names joined by commas', () => {
    const diagnostics = check([
      post('2020-01-01-label.md', '---\ntitle: a\nauthor: Machine Learning Team\nauthors: [seungpilpark]\n---\n'),
      post('2020-01-02-commas.md', '---\ntitle: b\nauthor: tay, mason\n---\n'),
    ])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/posts/2020-01-01-label.md:3: author: [경고] 등록되지 않은 "Machine Learning Team"는 authors 목록이 있어 바이라인에 나오지 않습니다 (author 줄을 지우거나, 글쓴이라면 authors 목록에 넣으세요)',
      'content/posts/2020-01-02-commas.md:3: author: [경고] 등록되지 않은 글쓴이 "tay, mason"는 링크 없이 이름만 보입니다 (content/authors/<id>.yml을 추가하거나 등록된 id를 쓰세요. 여러 사람이면 authors: [tay, mason]처럼 목록으로 쓰세요)',
    ])
  })

  it('rejects an authors value that is not a list of names', () => {
    const [d] = check([post('2020-01-01-map.md', '---\ntitle: a\nauthors:\n  name: 박승필\n---\n')])
    expect(d).toMatchObject({ severity: 'error', field: 'authors', line: 3 })
    expect(d?.fix).toContain('[seungpilpark, 손다연]')
  })

  it('fails on an unknown series and on two parts with the same order', () => {
    const diagnostics = check([
      post('2020-01-01-a.md', '---\ntitle: a\nseries: nope\n---\n'),
      post('2020-01-02-b.md', '---\ntitle: b\nseries: kubecon-na-2019\nseriesOrder: 1\n---\n'),
      post('2020-01-03-c.md', '---\ntitle: c\nseries: kubecon-na-2019\nseriesOrder: 1\n---\n'),
    ])
    expect(diagnostics.map((d) => [d.file, d.field, d.severity])).toEqual([
      ['content/posts/2020-01-01-a.md', 'series', 'error'],
      ['content/posts/2020-01-03-c.md', 'seriesOrder', 'error'],
    ])
  })

  it('does not let a post file go unread: .markdown, bad names and wrong types are errors', () => {
    const diagnostics = check([
      post('2020-01-01-old.markdown', '---\ntitle: a\n---\n'),
      post('hello.md', '---\ntitle: a\n---\n'),
      post('2020-01-01-types.md', '---\ntitle: 2020\ndraft: yes\ntags: {a: 1}\n---\n'),
    ])
    expect(diagnostics.map((d) => [d.field, d.severity])).toEqual([
      ['file', 'error'],
      ['file', 'error'],
      ['title', 'error'],
      ['tags', 'error'],
      ['draft', 'error'],
    ])
  })

  it('checks author and series files too', () => {
    const diagnostics = validateContent({
      posts: [],
      authors: [{ path: 'content/authors/x.yml', text: 'bio: 이름이 없음\n' }],
      series: [{ path: 'content/series/y.yml', text: 'title: [unclosed\n' }],
    })
    expect(diagnostics.map((d) => [d.file, d.field])).toEqual([
      ['content/authors/x.yml', 'name'],
      ['content/series/y.yml', 'yaml'],
    ])
  })

  it('warns when a tag is spelled two ways across posts, on the minority spelling', () => {
    const diagnostics = check([
      post('2020-01-01-a.md', '---\ntitle: a\ntags: [AWS]\n---\n'),
      post('2020-01-02-b.md', '---\ntitle: b\ntags: AWS\n---\n'),
      post('2020-01-03-c.md', '---\ntitle: c\ntags: [aws]\n---\n'),
    ])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      file: 'content/posts/2020-01-03-c.md',
      line: 3,
      field: 'tags',
    })
    expect(diagnostics[0]?.fix).toContain('"AWS"')
  })

  it('fails on a local image that does not exist and warns about images without alt text, on their lines, under "alt"', () => {
    const diagnostics = validateContent({
      posts: [
        post(
          '2020-01-01-img.md',
          '---\ntitle: a\nimage: /assets/cover.png\n---\n\n![도표](/assets/here.png)\n\n![](/assets/missing.png)\n\n![](https://example.com/x.png)\n\n<img src="https://example.com/y.png">\n\n<img src="https://example.com/line.png" alt="">\n',
        ),
      ],
      authors: [],
      series: [],
      publicFileExists: (p) => p === '/assets/here.png',
    })
    expect(diagnostics.map((d) => [d.line, d.field, d.severity])).toEqual([
      [3, 'image', 'error'],
      [8, 'body', 'error'],
      [8, 'alt', 'warning'],
      [10, 'alt', 'warning'],
      [12, 'alt', 'warning'],
    ])
    expect(diagnostics[0]?.message).toBe('커버 이미지 /assets/cover.png가 없습니다')
    expect(diagnostics[1]?.fix).toBe('public/assets/missing.png 파일을 추가하거나 주소를 고치세요')
    expect(diagnostics[3]?.message).toContain('대체 텍스트(alt)가 없습니다')
    expect(diagnostics[3]?.fix).toContain('![설명](...)')
    // An HTML picture gets the HTML fix; one written with alt="" is decorative by the author's word (line 14).
    expect(diagnostics[4]?.fix).toContain('<img alt="설명"')
  })

  it('checks pages: required fields, permalinks that fit one segment, and clashes with posts and pages', () => {
    const page = (path: string, text: string) => ({ path: `content/pages/${path}`, text })
    const diagnostics = validateContent({
      posts: [post('2020-01-01-about.md', '---\ntitle: a\n---\n')],
      authors: [],
      series: [],
      pages: [
        page('contact.md', '---\ntitle: 연락처\npermalink: /contact.html\n---\n본문\n'),
        page('about.md', '---\ntitle: 소개\npermalink: /about/\n---\n'),
        page('contact-2.md', '---\ntitle: 연락처 2\npermalink: /contact/\n---\n'),
        page('no-title.md', '---\npermalink: /x/\n---\n'),
        page('deep.md', '---\ntitle: 깊은 주소\npermalink: /docs/guide/\n---\n'),
        page('tags.md', '---\ntitle: 태그\npermalink: /tags.html\nlayout: page\n---\n'),
      ],
    })
    expect(diagnostics.map((d) => [d.file, d.line, d.field, d.severity])).toEqual([
      ['content/pages/about.md', 3, 'permalink', 'error'],
      ['content/pages/contact-2.md', 3, 'permalink', 'error'],
      ['content/pages/no-title.md', 1, 'title', 'error'],
      ['content/pages/deep.md', 3, 'permalink', 'error'],
      ['content/pages/tags.md', 4, 'layout', 'warning'],
      ['content/pages/tags.md', 3, 'permalink', 'error'],
    ])
    expect(diagnostics[0]?.message).toContain('content/posts/2020-01-01-about.md')
    expect(diagnostics[1]?.message).toContain('content/pages/contact.md')
  })

  it('stops a file that is too big, with its size, before parsing it', () => {
    const huge = post('2020-01-01-huge.md', `---\ntitle: 큰 글\n---\n${'가'.repeat(800_000)}\n`)
    const [d] = check([huge])
    expect(d).toMatchObject({ severity: 'error', file: huge.path, field: 'file' })
    expect(d?.message).toBe('글이 너무 큽니다 (2.3 MB, 최대 2.0 MB)')
  })

  it('rejects control characters in the text and in YAML escapes, on their line', () => {
    const diagnostics = check([
      post('2020-01-01-nul.md', '---\ntitle: 제목\n---\n본문\u0000\n'),
      post('2020-01-02-escaped.md', '---\ndate: 2020-01-02\ntitle: "a\\0b"\ntags: ["x\\u001b"]\n---\n'),
    ])
    expect(diagnostics.map((d) => [d.file, d.line, d.field, d.message])).toEqual([
      ['content/posts/2020-01-01-nul.md', 4, 'file', '보이지 않는 제어 문자 U+0000이(가) 들어 있습니다'],
      ['content/posts/2020-01-02-escaped.md', 3, 'title', '보이지 않는 제어 문자 U+0000이(가) 들어 있습니다'],
      ['content/posts/2020-01-02-escaped.md', 4, 'tags', '보이지 않는 제어 문자 U+001B이(가) 들어 있습니다'],
    ])
  })

  it('reports a file that was not saved as UTF-8', () => {
    const [d] = check([{ ...post('2020-01-01-euc-kr.md', '---\ntitle: \uFFFD\uFFFD\n---\n'), invalidUtf8Line: 2 }])
    expect(d).toMatchObject({ severity: 'error', line: 2, field: 'file' })
    expect(d?.fix).toContain('UTF-8')
  })

  it('rejects front matter closed the way the build would misread', () => {
    const diagnostics = check([
      post('2020-01-01-dots.md', '---\ntitle: a\n...\n본문\n'),
      post('2020-01-02-dashes.md', '---\ntitle: a\n----\n본문\n'),
    ])
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, 'front matter를 ...로 닫았습니다. 빌드는 --- 줄만 닫는 줄로 읽습니다'],
      [3, 'front matter를 닫는 줄에 --- 말고 다른 글자가 있습니다'],
    ])
  })

  it('keeps a huge wrong value out of the message', () => {
    const [d] = check([post('2020-01-01-long.md', `---\ntitle: [${'"x", '.repeat(5000)}"x"]\n---\n`)])
    expect(d?.field).toBe('title')
    expect(d!.message.length).toBeLessThan(120)
  })

  it('refuses slugs that would escape out/, hide the page or not fit in a folder name', () => {
    const diagnostics = check([
      post('2020-01-01-..md', '---\ntitle: a\n---\n'),
      post('2020-01-02-x.md', '---\ntitle: b\nslug: .well-known\n---\n'),
      post('2020-01-03-y.md', `---\ntitle: c\nslug: ${'가'.repeat(70)}\n---\n`),
    ])
    expect(diagnostics.map((d) => [d.field, d.line, d.message])).toEqual([
      ['file', 1, '주소 /./는 점(.)으로 시작해 쓸 수 없습니다'],
      ['slug', 3, '주소 /.well-known/는 점(.)으로 시작해 쓸 수 없습니다'],
      ['slug', 3, '주소가 너무 깁니다 (210바이트, 최대 200바이트)'],
    ])
  })
})

describe("validateContent: an author's slips", () => {
  const at = (text: string, now = new Date('2026-11-27T03:00:00Z')) =>
    validateContent({ posts: [post('2026-11-27-a.md', text)], authors: [], series: [], now }).map((d) => [
      d.severity,
      d.line,
      d.field,
      d.message,
    ])

  it('makes a field one slip from a known one an error naming it, unless that field is there too', () => {
    expect(at('---\ntitle: 글\ntag: [a]\n---\n')).toEqual([
      ['error', 3, 'tag', '알 수 없는 항목 tag: tags의 오타인가요? 이대로면 이 값은 쓰이지 않습니다'],
    ])
    expect(at('---\ntitle: 글\ntags: [a]\ntag: [b]\n---\n')).toEqual([
      ['warning', 4, 'tag', '알 수 없는 항목 tag는 쓰이지 않습니다 (tags는 따로 있습니다)'],
    ])
    expect(at('---\ntitle: 글\nexcerpt: 요약\n---\n')).toEqual([
      ['warning', 3, 'excerpt', '알 수 없는 항목이라 페이지에 쓰이지 않습니다'],
    ])
  })

  it('gives a scheduled post a notice with the time it appears, and none to a draft or a past post', () => {
    expect(at('---\ntitle: 글\ndate: 2026-11-27 13:00:00\n---\n')).toEqual([
      [
        'notice',
        3,
        'date',
        '예약된 글입니다: 2026년 11월 27일 13:00(한국 시간)부터 사이트에 나오고, 그 전에 배포하면 빠집니다',
      ],
    ])
    expect(at('---\ntitle: 글\ndate: 2026-11-27 13:00:00\ndraft: true\n---\n')).toEqual([])
    expect(at('---\ntitle: 글\ndate: 2026-11-27 11:00:00\n---\n')).toEqual([])
    expect(formatDiagnostic({ severity: 'notice', file: 'a.md', line: 3, field: 'date', message: 'm', fix: 'f' })).toBe(
      'a.md:3: date: [알림] m (f)',
    )
  })

  it('warns, at its line, about an update dated before the post (a day without a time, read as midnight)', () => {
    expect(at('---\ntitle: 글\ndate: 2020-08-13 09:00:00\nlast_modified_at: 2020-08-13\n---\n')).toEqual([
      ['warning', 4, 'last_modified_at', '수정 시각 2020-08-13이(가) 발행 시각보다 앞서 수정한 날로 보이지 않습니다'],
    ])
    expect(at('---\ntitle: 글\ndate: 2020-08-13 09:00:00\nupdated: 2020-08-14\n---\n')).toEqual([])
  })
})

describe('validateContent: names and keys that used to slip through', () => {
  it('prints the line of a __proto__ key, not [object Object]', () => {
    const [d] = check([post('2020-01-01-p.md', '---\ntitle: 글\n__proto__: 1\n---\n본문\n')])
    expect(d).toMatchObject({ field: '__proto__', line: 3, severity: 'warning' })
  })

  it('warns that CON, NUL and end. become safe addresses, naming the new one', () => {
    const messages = check([post('2020-01-01-CON.md', '---\ntitle: 글\ntags: [NUL, end.]\n---\n본문\n')]).map(
      (d) => `${d.severity} ${d.line} ${d.field} ${d.message}`,
    )
    expect(messages).toEqual([
      'warning 1 file 글 주소 "CON"는 Windows와 일부 호스트가 폴더 이름으로 쓸 수 없어 주소를 /CON-/로 바꿉니다',
      'warning 3 tags 태그 "nul"는 Windows와 일부 호스트가 폴더 이름으로 쓸 수 없어 주소를 /nul-/로 바꿉니다',
      'warning 3 tags 태그 "end."는 Windows와 일부 호스트가 폴더 이름으로 쓸 수 없어 주소를 /end/로 바꿉니다',
    ])
  })
})

describe('configLine', () => {
  it('finds the line of a site.config.mjs field, nested fields under their parent', () => {
    const text =
      "const siteConfig = {\n  url: 'https://a.example',\n  brand: {\n    company: 'x',\n    accent: 'blue',\n  },\n}\n"
    expect(configLine(text, 'url')).toBe(2)
    expect(configLine(text, 'brand.accent')).toBe(5)
    expect(configLine(text, 'brand.missing')).toBe(1)
  })
})
