import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, makeLeakingPublicDir, runCheck, runScript } from './test-support/temp-content'

const AUTHOR = { 'authors/seungpilpark.yml': 'name: 박승필\n' }
const SERIES = { 'series/kubecon.yml': 'title: KubeCon\n' }
const ok = (name: string, extra = '') => ({ [`posts/${name}`]: `---\ntitle: 정상 글\n${extra}---\n본문\n` })

/** Each broken input: the files, the exit code and the line `npm run check` must print. */
const CASES: { name: string; files: Record<string, string>; status: number; expected: string }[] = [
  {
    name: 'YAML syntax error',
    files: { 'posts/2020-01-01-yaml.md': '---\ntitle: 제목\ntags: [a, b\n---\n' },
    status: 1,
    expected: 'posts/2020-01-01-yaml.md:3: front matter: [오류] YAML 문법 오류',
  },
  {
    name: 'missing title',
    files: { 'posts/2020-01-01-no-title.md': '---\ndate: 2020-01-01\n---\n' },
    status: 1,
    expected:
      'posts/2020-01-01-no-title.md:1: title: [오류] 필수 항목 title이(가) 없습니다 (title: "..." 줄을 추가하세요)',
  },
  {
    name: 'empty title',
    files: { 'posts/2020-01-01-empty.md': '---\ntitle: ""\n---\n' },
    status: 1,
    expected: 'posts/2020-01-01-empty.md:2: title: [오류] title이(가) 비어 있습니다',
  },
  {
    name: 'unparseable date',
    files: { 'posts/2020-01-01-date.md': '---\ntitle: 글\ndate: 2020-13-45\n---\n' },
    status: 1,
    expected: 'posts/2020-01-01-date.md:3: date: [오류] 날짜를 읽을 수 없습니다',
  },
  {
    name: 'duplicate slug',
    files: { ...ok('2020-01-01-same.md'), ...ok('2021-01-01-same.md') },
    status: 1,
    expected: 'posts/2021-01-01-same.md:1: file: [오류] 주소 /same/가',
  },
  {
    name: 'unknown series',
    files: { ...SERIES, ...ok('2020-01-01-s.md', 'series: nope\n') },
    status: 1,
    expected:
      'posts/2020-01-01-s.md:3: series: [오류] 시리즈 "nope"가 없습니다 (content/series/nope.yml을 만들거나 있는 시리즈 id를 쓰세요: kubecon)',
  },
  {
    name: 'series order clash',
    files: {
      ...SERIES,
      ...ok('2020-01-01-a.md', 'series: kubecon\nseriesOrder: 1\n'),
      ...ok('2020-01-02-b.md', 'series: kubecon\nseriesOrder: 1\n'),
    },
    status: 1,
    expected: 'posts/2020-01-02-b.md:4: seriesOrder: [오류] 시리즈 "kubecon"의 1번이',
  },
  {
    name: 'unknown author (warning)',
    files: { ...AUTHOR, ...ok('2020-01-01-a.md', 'author: 홍길동\n') },
    status: 0,
    expected: 'posts/2020-01-01-a.md:3: author: [경고] 등록되지 않은 글쓴이 "홍길동"',
  },
  {
    name: 'tag spelled two ways (warning)',
    files: {
      ...ok('2020-01-01-a.md', 'tags: [AWS]\n'),
      ...ok('2020-01-02-b.md', 'tags: [AWS]\n'),
      ...ok('2020-01-03-c.md', 'tags: [aws]\n'),
    },
    status: 0,
    expected: 'posts/2020-01-03-c.md:3: tags: [경고] "aws"는 다른 글에서 "AWS"로 쓰였습니다',
  },
  {
    name: 'missing local image',
    files: { 'posts/2020-01-01-img.md': '---\ntitle: 글\n---\n\n![도표](/assets/nope.png)\n' },
    status: 1,
    expected:
      'posts/2020-01-01-img.md:5: body: [오류] 이미지 /assets/nope.png가 없습니다 (public/assets/nope.png 파일을 추가하거나 주소를 고치세요)',
  },
  {
    name: 'TeX KaTeX cannot read',
    files: { 'posts/2020-01-01-tex.md': '---\ntitle: 글\n---\n\n좋은 $a$, 나쁜 $\\frac{1}{$\n' },
    status: 1,
    expected:
      "posts/2020-01-01-tex.md:5: body: [오류] 수식을 KaTeX로 조판할 수 없습니다: Unexpected end of input in a macro argument, expected '}'",
  },
  {
    name: 'diagram that does not parse',
    files: { 'posts/2020-01-01-dia.md': '---\ntitle: 글\n---\n\n```mermaid\ngraph TD\n  A[열린 괄호 --> B\n```\n' },
    status: 1,
    expected:
      'posts/2020-01-01-dia.md:7: body: [오류] Mermaid 다이어그램을 읽을 수 없습니다: 다이어그램이 끝나기 전에 닫히지 않은 부분이 있습니다',
  },
  {
    name: 'image without alt text (warning)',
    files: { 'posts/2020-01-01-alt.md': '---\ntitle: 글\n---\n\n![](https://example.com/a.png)\n' },
    status: 0,
    expected:
      'posts/2020-01-01-alt.md:5: alt: [경고] 이미지 https://example.com/a.png에 대체 텍스트(alt)가 없습니다. 화면 낭독기 사용자는 무슨 그림인지 알 수 없습니다 (![설명](...)처럼 대괄호 안에 그림이 보여 주는 것을 쓰세요. 그림이 안 뜰 때도 이 글이 보입니다)',
  },
]

/**
 * One fixture per mistake a new author makes (issue 17's table): each is an error or a note at
 * the line written, in Korean, with the fix, from `npm run check` and not only from the build.
 */
const LINKED = '---\ntitle: 서버리스 이미지 처리\n---\n\n## 서버리스 이미지 처리기 만들기\n\n본문\n'
const AUTHOR_MISTAKES: typeof CASES = [
  {
    name: 'tag: instead of tags:',
    files: { 'posts/2020-01-01-tag.md': '---\ntitle: 글\ntag: [news]\n---\n본문\n' },
    status: 1,
    expected:
      'posts/2020-01-01-tag.md:3: tag: [오류] 알 수 없는 항목 tag: tags의 오타인가요? 이대로면 이 값은 쓰이지 않습니다 (tag:를 tags:로 고치세요)',
  },
  {
    name: 'titel: instead of title:',
    files: { 'posts/2020-01-01-titel.md': '---\ntitel: 글\n---\n본문\n' },
    status: 1,
    expected:
      'posts/2020-01-01-titel.md:2: titel: [오류] 알 수 없는 항목 titel: title의 오타인가요? 이대로면 이 값은 쓰이지 않습니다 (titel:를 title:로 고치세요)',
  },
  {
    name: 'catagories: instead of categories:',
    files: { 'posts/2020-01-01-cat.md': '---\ntitle: 글\ncatagories: [dev]\n---\n본문\n' },
    status: 1,
    expected:
      'posts/2020-01-01-cat.md:3: catagories: [오류] 알 수 없는 항목 catagories: categories의 오타인가요? 이대로면 이 값은 쓰이지 않습니다 (catagories:를 categories:로 고치세요)',
  },
  {
    name: 'tags separated by commas (warning)',
    files: { 'posts/2020-01-01-comma.md': '---\ntitle: 글\ntags: aws, lambda, 서버리스\n---\n본문\n' },
    status: 0,
    expected:
      'posts/2020-01-01-comma.md:3: tags: [경고] 쉼표(,)로 나눈 tags는 공백으로 나뉘어 "aws,", "lambda,", "서버리스"이(가) 됩니다 (쉼표가 이름에 붙습니다) (목록으로 쓰세요: tags: [aws, lambda, 서버리스])',
  },
  {
    name: 'link to a post that does not exist',
    files: {
      'posts/2020-01-01-serverless-image.md': LINKED,
      'posts/2020-01-02-next.md': '---\ntitle: 다음 글\n---\n\n앞 글: [이미지 처리](/serverless-imag/)\n',
    },
    status: 1,
    expected:
      'posts/2020-01-02-next.md:5: body: [오류] 링크 /serverless-imag/가 가리키는 글이나 페이지가 없습니다 (/serverless-image/를 쓰려던 것인가요? 있는 글의 주소로 고치세요)',
  },
  {
    name: 'link to a Hangul heading that does not exist in another post',
    files: {
      'posts/2020-01-01-serverless-image.md': LINKED,
      'posts/2020-01-02-next.md':
        '---\ntitle: 다음 글\n---\n\n본문\n\n[만들기](/serverless-image/#서버리스-이미지-처리-만들기)\n',
    },
    status: 1,
    expected:
      'posts/2020-01-02-next.md:7: body: [오류] 링크 /serverless-image/#서버리스-이미지-처리-만들기: 글 /serverless-image/에 #서버리스-이미지-처리-만들기 제목(id)이 없습니다 (#서버리스-이미지-처리기-만들기를 쓰려던 것인가요? 제목 앵커는 제목을 소문자로, 공백을 -로 바꾼 것입니다. 한글은 그대로 두고 문장 부호는 뺍니다)',
  },
  {
    name: 'in-page link to a heading that does not exist',
    files: {
      'posts/2020-01-01-anchor.md':
        '---\ntitle: 글\n---\n\n## Lambda 설정\n\n[설정](#lambda-설정)과 [없는 절](#비용)\n',
    },
    status: 1,
    expected:
      'posts/2020-01-01-anchor.md:7: body: [오류] 링크 #비용: 이 글에 #비용 제목(id)이 없습니다 (있는 제목의 앵커를 쓰세요. 제목 앵커는 제목을 소문자로, 공백을 -로 바꾼 것입니다. 한글은 그대로 두고 문장 부호는 뺍니다)',
  },
  {
    name: 'link to a file missing from public/',
    files: { 'posts/2020-01-01-pdf.md': '---\ntitle: 글\n---\n\n[발표 자료](/assets/slides.pdf)\n' },
    status: 1,
    expected:
      'posts/2020-01-01-pdf.md:5: body: [오류] 링크 /assets/slides.pdf가 가리키는 파일이 없습니다 (public/assets/slides.pdf 파일을 추가하거나 주소를 고치세요)',
  },
  {
    name: 'date written with slashes',
    files: { 'posts/2020-01-01-date.md': '---\ntitle: 글\ndate: 2026/11/27 10:00\n---\n본문\n' },
    status: 1,
    expected:
      'posts/2020-01-01-date.md:3: date: [오류] 날짜를 읽을 수 없습니다: "2026/11/27 10:00"은(는) 연월일을 /로 나눴습니다 (date: 2026-11-27 10:00:00 처럼 연-월-일 시:분:초로 쓰세요. 한국 시간으로 읽습니다)',
  },
  {
    name: 'colon in an unquoted title',
    files: { 'posts/2020-01-01-colon.md': '---\ntitle: 서버리스: 이미지 처리\n---\n본문\n' },
    status: 1,
    expected:
      'posts/2020-01-01-colon.md:2: front matter: [오류] YAML 문법 오류: title의 값에 콜론(:)과 공백이 있어, YAML이 값 안에서 새 항목을 시작하려 했습니다 (파서 메시지: "Nested mappings are not allowed in compact mappings") (값 전체를 따옴표로 감싸세요: title: "서버리스: 이미지 처리")',
  },
  {
    name: 'a date in the future (notice)',
    files: { 'posts/2020-01-01-later.md': '---\ntitle: 글\ndate: 2030-01-02 09:30:00\n---\n본문\n' },
    status: 0,
    expected:
      'posts/2020-01-01-later.md:3: date: [알림] 예약된 글입니다: 2030년 1월 2일 09:30(한국 시간)부터 사이트에 나오고, 그 전에 배포하면 빠집니다 (지금 올리려면 date를 지금보다 이전으로 고치세요. 미리 보기는 npm run dev에서 됩니다)',
  },
]

describe('npm run check: the mistakes a new author makes', () => {
  for (const c of AUTHOR_MISTAKES) {
    it(`${c.name}: exit ${c.status}, file:line and the Korean message with its fix`, async () => {
      const result = await runCheck({
        CONTENT_DIR: makeContent(c.files),
        BUILD_NOW: '2026-11-27T12:00:00+09:00',
      })
      expect(result.status, result.output).toBe(c.status)
      expect(result.output).toContain(c.expected)
    })
  }

  it('passes links that reach a post, a Hangul heading, a footnote and a public file', async () => {
    const publicDir = mkdtempSync(path.join(tmpdir(), 'blog-public-'))
    mkdirSync(path.join(publicDir, 'assets'))
    writeFileSync(path.join(publicDir, 'assets', 'slides.pdf'), 'pdf')
    const content = makeContent({
      'posts/2020-01-01-serverless-image.md': LINKED,
      'posts/2020-01-02-next.md':
        '---\ntitle: 다음 글\n---\n\n## 비용, 그리고 정리!\n\n[앞 글](/serverless-image/#서버리스-이미지-처리기-만들기) [절](#비용-그리고-정리) [자료](/assets/slides.pdf) [주석][^1] [위로](#top) [태그](/tags/aws/) [밖](https://example.com/x)\n\n[^1]: 주석\n',
    })
    const result = await runCheck({ CONTENT_DIR: content, PUBLIC_DIR: publicDir })
    expect(result.status, result.output).toBe(0)
    expect(result.output).not.toContain('[오류]')
  })
})

describe('npm run check', () => {
  for (const c of CASES) {
    it(`${c.name}: exit ${c.status} and a precise Korean message`, async () => {
      const dir = makeContent(c.files)
      const result = await runCheck({ CONTENT_DIR: dir })
      expect(result.status, result.output).toBe(c.status)
      expect(result.output).toContain(c.expected)
    })
  }

  it('warns under "alt" at the line of each picture without alt text, and not for one marked decorative', async () => {
    const dir = makeContent({
      'posts/2020-01-01-alt.md':
        '---\ntitle: 글\n---\n\n첫 문단\n\n<img src="https://example.com/line.png" alt="">\n\n![](https://example.com/a.png)\n*그림 1. 배포 흐름*\n\n<img src="https://example.com/b.png">\n',
    })
    const result = await runCheck({ CONTENT_DIR: dir })
    expect(result.status, result.output).toBe(0)
    const warnings = result.output.split('\n').filter((line) => line.includes(': alt: [경고]'))
    expect(
      warnings.map((line) => /2020-01-01-alt\.md:(\d+): alt: \[경고\] 이미지 (\S+)에/.exec(line)?.slice(1)),
    ).toEqual([
      ['9', 'https://example.com/a.png'],
      ['12', 'https://example.com/b.png'],
    ])
    expect(warnings[0]).toContain('(![설명](...)처럼')
    expect(warnings[1]).toContain('(<img alt="설명" ...>처럼')
  })

  it('lists every problem of every file, not just the first', () => {
    const dir = makeContent({
      'posts/2020-01-01-a.md': '---\ndate: nope\n---\n',
      'posts/2020-01-02-b.md': '---\ntitle: ""\nseries: missing\n---\n',
    })
    // The command itself, as an author runs it: its exit code and its whole output.
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
    expect(result.status).toBe(1)
    for (const expected of [
      '2020-01-01-a.md:1: title:',
      '2020-01-01-a.md:2: date:',
      '2020-01-02-b.md:2: title:',
      '2020-01-02-b.md:3: series:',
    ]) {
      expect(result.output).toContain(expected)
    }
    expect(result.output).toContain('오류 4개')
  })
})

describe('npm run check: inputs that used to vanish, take over a page or crash', () => {
  it('refuses a content folder that does not exist or holds no posts folder, which read as a blog with no posts', async () => {
    const missing = path.join(tmpdir(), 'blog-content-nowhere', 'content')
    const absent = await runCheck({ CONTENT_DIR: missing })
    expect(absent.status).toBe(1)
    expect(absent.output).toMatch(
      /blog-content-nowhere\/content:1: file: \[오류\] 콘텐츠 폴더가 없습니다 \(글은 .*posts\/에 둡니다\. CONTENT_DIR가 가리키는 폴더를 확인하세요/,
    )
    const noPosts = mkdtempSync(path.join(tmpdir(), 'blog-content-'))
    mkdirSync(path.join(noPosts, 'authors'))
    const empty = await runCheck({ CONTENT_DIR: noPosts })
    expect(empty.status).toBe(1)
    expect(empty.output).toContain('posts:1: file: [오류] 콘텐츠 폴더에 posts 폴더가 없습니다')
  })

  it('refuses every address the export already uses, naming the file, the field and the fix', async () => {
    const taken = [
      'feed.xml',
      'atom.xml',
      'feed.json',
      'robots.txt',
      'search-index.json',
      'sitemap.xml',
      'index.html',
      '404.html',
      '_headers',
      'tags.html',
      'legacy-redirect.js',
      'tags',
      'categories',
      'authors',
      'series',
      'archive',
      'search',
      'page',
      '_next',
      'assets',
      'icon.svg',
      '_not-found',
      'OG',
    ]
    const files = Object.fromEntries(
      taken.map((name, i) => [
        `posts/2020-01-${String(i + 1).padStart(2, '0')}-${name}.md`,
        '---\ntitle: 글\n---\n본문\n',
      ]),
    )
    files['posts/2020-02-01-free.md'] = '---\ntitle: 글\nslug: sitemap.xml\n---\n본문\n'
    const result = await runCheck({ CONTENT_DIR: makeContent(files) })
    expect(result.status).toBe(1)
    taken.forEach((name, i) => {
      expect(result.output).toMatch(
        new RegExp(
          `posts/2020-01-${String(i + 1).padStart(2, '0')}-${name.replace('.', '\\.')}\\.md:1: file: \\[오류\\] 주소 /${name.replace('.', '\\.')}/는 .*\\(파일 이름의 날짜 뒤 부분을 바꾸거나 slug 항목으로 다른 주소를 정하세요\\)`,
        ),
      )
    })
    expect(result.output).toContain(
      'posts/2020-02-01-free.md:3: slug: [오류] 주소 /sitemap.xml/는 내보낸 사이트의 sitemap.xml(app/의 라우트)와 겹칩니다 (slug 항목에 다른 주소를 쓰세요)',
    )
    expect(result.output).toContain(
      'posts/2020-01-11-legacy-redirect.js.md:1: file: [오류] 주소 /legacy-redirect.js/는 내보낸 사이트의 legacy-redirect.js(public/의 파일)와 겹칩니다',
    )
    expect(result.output).toContain(`오류 ${taken.length + 1}개`)
  })

  it('passes a post whose file name holds an apostrophe', async () => {
    const result = await runCheck({
      CONTENT_DIR: makeContent({ "posts/2020-05-02-let's-go.md": '---\ntitle: 가자\n---\n본문\n' }),
    })
    expect(result.status, result.output).toBe(0)
  })

  it('refuses a post that is a symbolic link to a file outside the repository, and reports a link loop', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'blog-secret-'))
    writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: 비밀\n---\n비밀 본문\n')
    const content = makeContent({ 'posts/2020-01-01-ok.md': '---\ntitle: 글\n---\n본문\n' })
    symlinkSync(path.join(outside, 'secret.md'), path.join(content, 'posts/2020-01-02-leak.md'))
    symlinkSync('2020-01-03-loop.md', path.join(content, 'posts/2020-01-03-loop.md'))
    symlinkSync('.', path.join(content, 'posts/again'))
    const result = await runCheck({ CONTENT_DIR: content })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(
      /posts\/2020-01-02-leak\.md:1: file: \[오류\] 저장소 밖의 .*secret\.md을\(를\) 가리키는 심볼릭 링크라 게시할 수 없습니다 \(파일을 저장소 안으로 복사하고 링크를 지우세요\)/,
    )
    expect(result.output).toContain(
      'posts/2020-01-03-loop.md:1: file: [오류] 심볼릭 링크가 돌고 도는 고리를 이뤄 끝나지 않습니다',
    )
    expect(result.output).toContain(
      'posts/again:1: file: [오류] 폴더 심볼릭 링크가 자기를 품은 폴더를 가리켜 고리를 이룹니다',
    )
    expect(result.output).not.toContain('ELOOP')
    expect(result.output).not.toMatch(/\n\s+at /)
  })

  it('refuses a folder of the public files that links outside the repository', () => {
    const publicDir = makeLeakingPublicDir()
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: makeContent({}), PUBLIC_DIR: publicDir })
    expect(result.status).toBe(1)
    expect(result.output).toMatch(
      /assets\/leak:1: file: \[오류\] 저장소 밖의 .* 가리키는 심볼릭 링크라 게시할 수 없습니다/,
    )
  })

  it('turns a malformed cover URL and a series file with two YAML documents into messages', async () => {
    const content = makeContent({
      'series/two.yml': 'title: 하나\n---\ntitle: 둘\n',
      'posts/2020-01-01-cover.md': '---\ntitle: 커버\nimage: "https://[::1/a.png"\n---\n본문\n',
    })
    const result = await runCheck({ CONTENT_DIR: content })
    expect(result.status).toBe(1)
    expect(result.output).toContain(
      'posts/2020-01-01-cover.md:3: image: [오류] 커버 이미지 주소 "https://[::1/a.png"를 URL로 읽을 수 없습니다',
    )
    expect(result.output).toContain('series/two.yml:2: yaml: [오류] 파일에 YAML 문서가 둘 이상 있습니다')
  })

  it('names the file and line of a list nested 5,000 levels deep instead of crashing', async () => {
    const content = makeContent({
      'posts/2020-01-01-deep.md': `---\ntitle: 깊은 목록\n---\n\n첫 문단\n\n${'- '.repeat(5000)}끝\n`,
    })
    const result = await runCheck({ CONTENT_DIR: content })
    expect(result.status).toBe(1)
    expect(result.output).toContain(
      'posts/2020-01-01-deep.md:7: body: [오류] 본문의 목록이나 인용이 너무 깊게 중첩되어 있습니다 (최대 200단계)',
    )
    expect(result.output).not.toContain('RangeError')
  })
})

describe("npm run check: the author's own files first", () => {
  /** A repository whose main branch holds an old post with two warnings, and a branch adding a new post. */
  function repository(): string {
    const repo = mkdtempSync(path.join(tmpdir(), 'blog-repo-'))
    const git = (...args: string[]) => {
      const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: repo,
        encoding: 'utf8',
      })
      if (result.status !== 0) throw new Error(result.stderr)
    }
    const write = (name: string, text: string) => {
      mkdirSync(path.dirname(path.join(repo, name)), { recursive: true })
      writeFileSync(path.join(repo, name), text)
    }
    for (const sub of ['authors', 'series']) mkdirSync(path.join(repo, 'content', sub), { recursive: true })
    write(
      'content/posts/2019-01-01-old.md',
      '---\ntitle: 옛 글\n---\n\n![](https://example.com/a.png)\n\n![](https://example.com/b.png)\n',
    )
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('commit', '-qm', 'old')
    git('checkout', '-qb', 'new-post')
    write(
      'content/posts/2020-01-01-new.md',
      '---\ntitle: 새 글\nauthor: 홍길동\n---\n\n![](https://example.com/c.png)\n',
    )
    return repo
  }

  it("prints every problem of the changed files first and counts the other files' warnings; --all prints them", () => {
    const repo = repository()
    const result = runScript('scripts/check-content.ts', [], {}, repo)
    expect(result.status, result.output).toBe(0)
    const own = result.stdout.indexOf('바꾼 파일 (main 브랜치 대비):')
    expect(own).toBeGreaterThanOrEqual(0)
    expect(result.output).toContain('content/posts/2020-01-01-new.md:3: author: [경고] 등록되지 않은 글쓴이 "홍길동"')
    expect(result.output).toContain(
      'content/posts/2020-01-01-new.md:6: alt: [경고] 이미지 https://example.com/c.png에 대체 텍스트(alt)가 없습니다',
    )
    expect(result.output).not.toContain('2019-01-01-old.md:5')
    expect(result.stdout).toContain(
      '바꾸지 않은 파일 1개의 경고·알림 2개 (모두 보려면 npm run check -- --all):\n  content/posts/2019-01-01-old.md: 경고 2개',
    )
    expect(result.stdout.indexOf('바꾸지 않은 파일')).toBeGreaterThan(own)

    const all = runScript('scripts/check-content.ts', ['--all'], {}, repo)
    expect(all.status).toBe(0)
    expect(all.output).toContain(
      'content/posts/2019-01-01-old.md:5: alt: [경고] 이미지 https://example.com/a.png에 대체 텍스트(alt)가 없습니다',
    )
    expect(all.output).toContain('content/posts/2019-01-01-old.md:7: alt: [경고]')
    expect(all.output).not.toContain('바꾸지 않은 파일')
  })

  it('shows everything in full where git cannot tell what changed (no repository)', () => {
    const repo = repository()
    rmSync(path.join(repo, '.git'), { recursive: true })
    const result = runScript('scripts/check-content.ts', [], {}, repo)
    expect(result.status).toBe(0)
    expect(result.output).toContain('content/posts/2019-01-01-old.md:5: alt: [경고]')
    expect(result.output).toContain('content/posts/2020-01-01-new.md:6: alt: [경고]')
  })

  it("--summary appends the findings as Markdown for a pull request's job summary", () => {
    const repo = repository()
    writeFileSync(path.join(repo, 'content/posts/2020-01-02-broken.md'), '---\ntitle: 글\ntag: [news]\n---\n본문\n')
    const summary = path.join(repo, 'summary.md')
    writeFileSync(summary, '# 앞선 단계\n')
    const result = runScript('scripts/check-content.ts', ['--summary', summary], {}, repo)
    expect(result.status).toBe(1)
    const markdown = readFileSync(summary, 'utf8')
    expect(markdown).toContain(
      '# 앞선 단계\n## 콘텐츠 검사 (npm run check)\n\n❌ 콘텐츠 검사 실패: 오류 1개, 경고 4개 (글 3개)',
    )
    expect(markdown).toContain(
      '| `content/posts/2020-01-02-broken.md:3` | tag | 오류 | 알 수 없는 항목 tag: tags의 오타인가요? 이대로면 이 값은 쓰이지 않습니다 | tag:를 tags:로 고치세요 |',
    )
    expect(markdown).toContain('| `content/posts/2020-01-01-new.md:3` | author | 경고 |')
    expect(markdown).not.toContain('2019-01-01-old.md')
    expect(markdown).toContain('바꾸지 않은 파일의 경고·알림 2개는 줄였습니다 (npm run check -- --all).')
  })
})
