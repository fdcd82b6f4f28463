import { describe, expect, it } from 'vitest'
import { createSearchEngine, createSearchEngineInSlices } from './engine'
import { SEARCH_INDEX_VERSION, type SearchDocument } from './index-file'

function doc(url: string, title: string, text: string, date = '2019-12-06T01:00:00+09:00'): SearchDocument {
  return { url, title, date, dateLabel: '2019년 12월 6일', tags: [], text, words: '' }
}

const engine = createSearchEngine({
  version: SEARCH_INDEX_VERSION,
  language: 'ko',
  documents: [
    doc('/k8s-intro/', '클러스터 입문', '쿠버네티스를 처음 쓰는 분을 위한 글입니다. 쿠버네티스는 컨테이너를 다룹니다.'),
    doc(
      '/istio/',
      'Service Mesh 이야기',
      'Istio의 보안 기능 가운데 인증과 인가를 살펴봅니다.',
      '2019-12-06T02:00:00+09:00',
    ),
    doc('/cost/', '비용 줄이기', 'EC2 비용최적화와 예약 인스턴스 이야기입니다.'),
    doc('/docker/', '도커 이미지', '컨테이너 이미지를 작게 만드는 방법입니다.'),
    doc('/kubecon/', 'KubeCon 참가기', 'Kubernetes와 Docker 이야기를 들었습니다.', '2019-12-05T01:00:00+09:00'),
  ],
})

const urls = (query: string) => engine.search(query).map((hit) => hit.url)

describe('createSearchEngine', () => {
  it('finds a word that only appears with a particle attached', () => {
    expect(urls('쿠버네티스')).toContain('/k8s-intro/')
  })

  it('finds a word written in Latin letters from its Hangul spelling and back', () => {
    expect(urls('쿠버네티스').sort()).toEqual(['/k8s-intro/', '/kubecon/'])
    expect(urls('kubernetes').sort()).toEqual(['/k8s-intro/', '/kubecon/'])
    expect(urls('도커').sort()).toEqual(['/docker/', '/kubecon/'])
    const hit = engine.search('쿠버네티스').find((h) => h.url === '/kubecon/')
    expect(hit?.excerpt.some((segment) => segment.mark && /kubernetes/i.test(segment.text))).toBe(true)
  })

  it('strips the particle from the query too', () => {
    expect(urls('컨테이너를').sort()).toEqual(['/docker/', '/k8s-intro/'])
    expect(urls('컨테이너가').sort()).toEqual(['/docker/', '/k8s-intro/'])
  })

  it('matches mixed Latin and Hangul queries, every word required', () => {
    expect(urls('Istio 인증')).toEqual(['/istio/'])
    expect(urls('istio 쿠버네티스')).toEqual([])
  })

  it('finds words from their beginning and from inside a compound', () => {
    expect(urls('쿠버')).toEqual(['/k8s-intro/'])
    expect(urls('최적화')).toEqual(['/cost/'])
  })

  it('finds nothing for nonsense, particles alone or an empty query', () => {
    expect(urls('뷁햏슝')).toEqual([])
    expect(urls('를')).toEqual([])
    expect(urls('   ')).toEqual([])
  })

  it('ranks a title match first and marks the matches in the title and the excerpt', () => {
    const [first] = engine.search('이미지')
    expect(first?.url).toBe('/docker/')
    expect(first?.titleSegments).toEqual([
      { text: '도커 ', mark: false },
      { text: '이미지', mark: true },
    ])
    expect(first?.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(['이미지'])
    expect(first?.dateLabel).toBe('2019년 12월 6일')
  })

  it('knows how many posts it holds', () => {
    expect(engine.size).toBe(5)
  })
})

describe('createSearchEngineInSlices', () => {
  it('answers like the one-go engine once it has indexed every slice', async () => {
    const documents = Array.from({ length: 45 }, (_, i) =>
      doc(`/post-${i}/`, `글 ${i}`, i % 3 === 0 ? '컨테이너를 다룹니다' : '다른 이야기'),
    )
    const sliced = await createSearchEngineInSlices({ version: SEARCH_INDEX_VERSION, language: 'ko', documents })
    expect(sliced.size).toBe(45)
    expect(sliced.search('컨테이너').map((hit) => hit.url)).toEqual(
      createSearchEngine({ version: SEARCH_INDEX_VERSION, language: 'ko', documents })
        .search('컨테이너')
        .map((hit) => hit.url),
    )
    expect(sliced.search('컨테이너')).toHaveLength(15)
  })
})

describe('an English edition’s index', () => {
  const documents = [
    {
      url: '/terraform-drift/',
      title: 'Catching Terraform drift before it reaches production',
      date: '2021-04-02T09:00:00+09:00',
      dateLabel: 'April 2, 2021',
      tags: ['Terraform'],
      text: 'Someone changes a security group by hand, and the code no longer says what runs.',
      words: '',
    },
  ]
  const english = createSearchEngine({ version: SEARCH_INDEX_VERSION, language: 'en', documents })

  it('finds a word by its stem, whichever form the query or the post uses', () => {
    for (const query of ['drifting', 'drifted', 'catch', 'changed', 'securities', 'groups'])
      expect(
        english.search(query).map((hit) => hit.url),
        query,
      ).toEqual(['/terraform-drift/'])
  })

  it('keeps Korean indexes as they were: Latin words whole, matched by their beginning', () => {
    const korean = createSearchEngine({ version: SEARCH_INDEX_VERSION, language: 'ko', documents })
    expect(korean.search('drift').map((hit) => hit.url)).toEqual(['/terraform-drift/'])
    expect(korean.search('drifting')).toEqual([])
  })
})
