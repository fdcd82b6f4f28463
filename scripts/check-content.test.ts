import { describe, expect, it } from 'vitest'
import { makeContent, runScript } from './test-support/temp-content'

const AUTHOR = { 'authors/seungpilpark.yml': 'name: 박승필\n' }
const SERIES = { 'series/kubecon.yml': 'title: KubeCon\n' }
const ok = (name: string, extra = '') => ({ [`posts/${name}`]: `---\ntitle: 정상 글\n${extra}---\n본문\n` })

/** Each broken input: the files, the exit code and the line `npm run check` must print. */
const CASES: { name: string; files: Record<string, string>; status: number; expected: string }[] = [
  { name: 'YAML syntax error', files: { 'posts/2020-01-01-yaml.md': '---\ntitle: 제목\ntags: [a, b\n---\n' }, status: 1, expected: 'posts/2020-01-01-yaml.md:3: front matter: [오류] YAML 문법 오류' },
  { name: 'missing title', files: { 'posts/2020-01-01-no-title.md': '---\ndate: 2020-01-01\n---\n' }, status: 1, expected: 'posts/2020-01-01-no-title.md:1: title: [오류] 필수 항목 title이(가) 없습니다 (title: "..." 줄을 추가하세요)' },
  { name: 'empty title', files: { 'posts/2020-01-01-empty.md': '---\ntitle: ""\n---\n' }, status: 1, expected: 'posts/2020-01-01-empty.md:2: title: [오류] title이(가) 비어 있습니다' },
  { name: 'unparseable date', files: { 'posts/2020-01-01-date.md': '---\ntitle: 글\ndate: 2020-13-45\n---\n' }, status: 1, expected: 'posts/2020-01-01-date.md:3: date: [오류] 날짜를 읽을 수 없습니다' },
  { name: 'duplicate slug', files: { ...ok('2020-01-01-same.md'), ...ok('2021-01-01-same.md') }, status: 1, expected: 'posts/2021-01-01-same.md:1: file: [오류] 주소 /same/가' },
  { name: 'unknown series', files: { ...SERIES, ...ok('2020-01-01-s.md', 'series: nope\n') }, status: 1, expected: 'posts/2020-01-01-s.md:3: series: [오류] 시리즈 "nope"가 없습니다 (content/series/nope.yml을 만들거나 있는 시리즈 id를 쓰세요: kubecon)' },
  { name: 'series order clash', files: { ...SERIES, ...ok('2020-01-01-a.md', 'series: kubecon\nseriesOrder: 1\n'), ...ok('2020-01-02-b.md', 'series: kubecon\nseriesOrder: 1\n') }, status: 1, expected: 'posts/2020-01-02-b.md:4: seriesOrder: [오류] 시리즈 "kubecon"의 1번이' },
  { name: 'unknown author (warning)', files: { ...AUTHOR, ...ok('2020-01-01-a.md', 'author: 홍길동\n') }, status: 0, expected: 'posts/2020-01-01-a.md:3: author: [경고] 등록되지 않은 글쓴이 "홍길동"' },
  { name: 'tag spelled two ways (warning)', files: { ...ok('2020-01-01-a.md', 'tags: [AWS]\n'), ...ok('2020-01-02-b.md', 'tags: [AWS]\n'), ...ok('2020-01-03-c.md', 'tags: [aws]\n') }, status: 0, expected: 'posts/2020-01-03-c.md:3: tags: [경고] "aws"는 다른 글에서 "AWS"로 쓰였습니다' },
  { name: 'missing local image', files: { 'posts/2020-01-01-img.md': '---\ntitle: 글\n---\n\n![도표](/assets/nope.png)\n' }, status: 1, expected: 'posts/2020-01-01-img.md:5: body: [오류] 이미지 /assets/nope.png가 없습니다 (public/assets/nope.png 파일을 추가하거나 주소를 고치세요)' },
  { name: 'image without alt text (warning)', files: { 'posts/2020-01-01-alt.md': '---\ntitle: 글\n---\n\n![](https://example.com/a.png)\n' }, status: 0, expected: 'posts/2020-01-01-alt.md:5: body: [경고] 이미지 https://example.com/a.png에 대체 텍스트(alt)가 없습니다' },
]

describe('npm run check', () => {
  for (const c of CASES) {
    it(`${c.name}: exit ${c.status} and a precise Korean message`, () => {
      const dir = makeContent(c.files)
      const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
      expect(result.status, result.output).toBe(c.status)
      expect(result.output).toContain(c.expected)
    })
  }

  it('lists every problem of every file, not just the first', () => {
    const dir = makeContent({
      'posts/2020-01-01-a.md': '---\ndate: nope\n---\n',
      'posts/2020-01-02-b.md': '---\ntitle: ""\nseries: missing\n---\n',
    })
    const result = runScript('scripts/check-content.ts', [], { CONTENT_DIR: dir })
    expect(result.status).toBe(1)
    for (const expected of ['2020-01-01-a.md:1: title:', '2020-01-01-a.md:2: date:', '2020-01-02-b.md:2: title:', '2020-01-02-b.md:3: series:']) {
      expect(result.output).toContain(expected)
    }
    expect(result.output).toContain('오류 4개')
  })
})
