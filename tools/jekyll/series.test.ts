import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { declaredSeries, detectSeriesCandidates, formatSeriesSuggestion, parseSeriesMapping } from './series'

const posts = [
  { file: '2019-12-06-kubecon-2.md', title: '2# KubeCon 참가기' },
  { file: '2019-12-06-kubecon-1.md', title: '1# KubeCon 참가기' },
  { file: '2021-03-02-AWS 비용 최적화, 1편 (EC2).md', title: 'AWS 비용 최적화 (1/2)' },
  { file: '2021-03-09-AWS 비용 최적화, 2편 (S3).markdown', title: 'AWS 비용 최적화 (2/2)' },
  { file: '2020-01-01-serverless.md', title: '[1/3] 서버리스 입문' },
  { file: '2020-02-01-seminar-a.md', title: '사내 세미나 후기 (1)' },
  { file: '2020-02-08-seminar-b.md', title: '사내 세미나 후기 (1)' },
  { file: '2020-03-01-ec2.md', title: 'AWS 비용 최적화 1편 (EC2)' },
  { file: '2020-04-01-year.md', title: '회고 (2019)' },
  { file: '2020-04-02-alone.md', title: '혼자인 글 (1)' },
]

describe('detectSeriesCandidates', () => {
  const candidates = detectSeriesCandidates(posts)

  it('groups titles that differ only by their part marker, in part order', () => {
    expect(candidates.map((c) => [c.id, c.title, c.posts.map((p) => p.file)])).toEqual([
      ['kubecon', 'KubeCon 참가기', ['2019-12-06-kubecon-1.md', '2019-12-06-kubecon-2.md']],
      ['serverless', '서버리스 입문', ['2020-01-01-serverless.md']],
      ['seminar', '사내 세미나 후기', ['2020-02-01-seminar-a.md', '2020-02-08-seminar-b.md']],
      [
        'aws-비용-최적화',
        'AWS 비용 최적화',
        ['2021-03-02-AWS 비용 최적화, 1편 (EC2).md', '2021-03-09-AWS 비용 최적화, 2편 (S3).markdown'],
      ],
    ])
  })

  it('says what does not add up instead of guessing', () => {
    expect(candidates[1]).toMatchObject({ total: 3, doubts: ['3편 가운데 1편만 찾았습니다'] })
    expect(candidates[2]?.doubts).toEqual(['1편이 두 번 이상 있습니다'])
    expect(candidates[0]?.doubts).toEqual([])
  })

  it('writes a mapping file a maintainer can edit and pass back with --series', () => {
    const text = formatSeriesSuggestion(candidates)
    const result = parseSeriesMapping(
      text,
      posts.map((p) => p.file),
    )
    expect(result.ok && result.series.map((s) => [s.id, s.posts.length])).toEqual([
      ['kubecon', 2],
      ['serverless', 1],
      ['seminar', 2],
      ['aws-비용-최적화', 2],
    ])
    expect(parse(text).kubecon.title).toBe('KubeCon 참가기')
  })
})

describe('parseSeriesMapping', () => {
  const files = posts.map((p) => p.file)

  it('reads confirmed series, file names with or without extension, in the order given', () => {
    const result = parseSeriesMapping(
      'aws-cost:\n  title: AWS 비용 최적화\n  description: 두 편\n  posts:\n    - 2021-03-09-AWS 비용 최적화, 2편 (S3).md\n    - 2021-03-02-AWS 비용 최적화, 1편 (EC2)\n',
      files,
    )
    expect(result).toEqual({
      ok: true,
      series: [
        {
          id: 'aws-cost',
          title: 'AWS 비용 최적화',
          description: '두 편',
          posts: ['2021-03-09-AWS 비용 최적화, 2편 (S3).markdown', '2021-03-02-AWS 비용 최적화, 1편 (EC2).md'],
        },
      ],
    })
  })

  it('lists every problem: bad ids, missing titles, unknown posts, a post in two series', () => {
    const result = parseSeriesMapping(
      '"bad id":\n  posts: [2020-01-01-serverless.md]\nb:\n  title: B\n  posts: [2020-01-01-serverless, 2000-01-01-nope]\nc:\n  title: C\n',
      files,
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems).toEqual([
        'bad id: 시리즈 id는 글자, 숫자, -, _만 쓸 수 있습니다',
        'bad id: title이 없습니다',
        'b: 2020-01-01-serverless.md은(는) 이미 bad id 시리즈에 있습니다',
        'b: _posts에 2000-01-01-nope 글이 없습니다',
        'c: posts에 글 파일 이름을 순서대로 쓰세요',
      ])
    }
    expect(parseSeriesMapping('- a\n', files).ok).toBe(false)
    expect(parseSeriesMapping('a: [\n', files).ok).toBe(false)
  })
})

describe('declaredSeries', () => {
  it('makes one series per name the posts give, its posts in date order, with ids no other series has', () => {
    const series = declaredSeries(
      [
        {
          source: '_posts/ko/2025-11-17-b.md',
          series: 'CheckUS Multi-Tenancy Architecture',
          publishedAt: '2025-11-17T01:00:00Z',
        },
        {
          source: '_posts/en/2025-11-16-a.md',
          series: 'CheckUS Multi-Tenancy Architecture ',
          publishedAt: '2025-11-16T01:00:00Z',
        },
        {
          source: '_posts/ko/2025-11-16-a.md',
          series: 'CheckUS Multi-Tenancy Architecture',
          publishedAt: '2025-11-16T01:00:00Z',
        },
        { source: '_posts/2020-01-01-k.md', series: '쿠버네티스 입문', publishedAt: '2020-01-01T00:00:00Z' },
        { source: '_posts/2020-01-02-t.md', series: 'taken', publishedAt: null },
      ],
      new Set(['taken']),
    )
    expect(series).toEqual([
      {
        id: 'checkus-multi-tenancy-architecture',
        title: 'CheckUS Multi-Tenancy Architecture',
        posts: ['_posts/en/2025-11-16-a.md', '_posts/ko/2025-11-16-a.md', '_posts/ko/2025-11-17-b.md'],
      },
      { id: '쿠버네티스-입문', title: '쿠버네티스 입문', posts: ['_posts/2020-01-01-k.md'] },
      { id: 'taken-2', title: 'taken', posts: ['_posts/2020-01-02-t.md'] },
    ])
  })
})
