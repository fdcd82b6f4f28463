import { describe, expect, it } from 'vitest'
import { createSearchEngine } from './engine'
import { SEARCH_INDEX_VERSION, type SearchDocument } from './index-file'
import { isInitialsQuery, romanizeWord, soundKeys, soundQueryKeys, toInitials, toJamo, toTypoKey } from './phonetic'

function doc(url: string, title: string, text: string, tags: string[] = []): SearchDocument {
  return { url, title, date: '2020-01-01T00:00:00+09:00', dateLabel: '2020년 1월 1일', tags, text, words: '' }
}

const engine = createSearchEngine({
  version: SEARCH_INDEX_VERSION,
  language: 'ko',
  documents: [
    doc('/docker/', '도커 이미지 줄이기', '컨테이너 이미지를 작게 만드는 방법입니다.', ['컨테이너']),
    doc('/react/', 'React 훅 정리', '상태를 다루는 훅을 살펴봅니다.'),
    doc('/github/', 'GitHub Actions로 배포', '워크플로를 씁니다.'),
    doc('/githeop/', '깃헙 저장소 관리', '브랜치 규칙 이야기.'),
    doc('/db/', '데이터 베이스 고르기', '관계형과 문서형을 비교합니다.'),
    doc('/db2/', '데이터베이스 색인', '색인이 느려지는 이유.'),
    doc('/k8s/', '클러스터 입문', '쿠버네티스를 처음 씁니다.'),
    doc('/terraform/', 'Terraform 모듈', '인프라를 코드로 씁니다.'),
    doc('/tag/', 'tag 이야기', '도구 이야기. 주소는 https로 시작합니다.'),
  ],
})

const urls = (query: string) =>
  engine
    .search(query)
    .map((hit) => hit.url)
    .sort()

describe('phonetic keys', () => {
  it('gives a Hangul spelling and its English word the same sound key', () => {
    for (const [hangul, english] of [
      ['리액트', 'react'],
      ['깃허브', 'github'],
      ['깃헙', 'github'],
      ['테라폼', 'terraform'],
      ['파이썬', 'python'],
      ['노션', 'notion'],
    ] as const) {
      expect(romanizeWord('깃허브')).toBe('githeobeu')
      expect(
        soundQueryKeys(hangul).some((key) => soundKeys(english).includes(key)),
        `${hangul} ~ ${english}`,
      ).toBe(true)
      expect(
        soundQueryKeys(english).some((key) => soundKeys(hangul).includes(key)),
        `${english} ~ ${hangul}`,
      ).toBe(true)
    }
  })

  it('tells words with the same consonants apart by their vowels', () => {
    expect(soundKeys('데이터베이스')).toEqual(['htps3'])
    expect(soundQueryKeys('데이터베이스')).not.toContain(soundKeys('https')[0])
  })

  it('never matches two Hangul words by sound (one wrong letter is the typo search’s)', () => {
    expect(soundQueryKeys('뷁햏슝').every((key) => key.startsWith('e'))).toBe(true)
  })

  it('gives short words no key, so 도커 does not meet tag', () => {
    expect(soundKeys('도커')).toEqual([])
    expect(soundKeys('tag')).toEqual([])
  })

  it('reads letters and initials', () => {
    expect(toJamo('도커')).toBe('ㄷㅗㅋㅓ')
    expect(toInitials('도커')).toBe('ㄷㅋ')
    expect(isInitialsQuery('ㄷㅋ')).toBe(true)
    expect(isInitialsQuery('도커')).toBe(false)
  })

  it('measures typos with the initial consonants counted twice', () => {
    expect(toTypoKey('도커')).toBe('ㄷㅋㄷㅗㅋㅓ')
    expect(toTypoKey('react')).toBe('react')
  })
})

describe('forgiving search', () => {
  it('forgives one wrong letter or syllable', () => {
    expect(urls('쿠버내티스')).toEqual(['/k8s/'])
    // a wrong final consonant
    expect(urls('컨테이넌')).toContain('/docker/')
    expect(urls('도카')).toContain('/docker/')
  })

  it('finds titles and tags from initial consonants', () => {
    expect(urls('ㄷㅋ')).toEqual(['/docker/'])
    expect(urls('ㅋㅌㅇㄴ')).toEqual(['/docker/'])
  })

  it('finds the English word from its Hangul spelling and back, beyond the listed words', () => {
    expect(urls('리액트')).toEqual(['/react/'])
    expect(urls('테라폼')).toEqual(['/terraform/'])
    expect(urls('깃허브')).toEqual(['/githeop/', '/github/'])
    expect(urls('깃헙')).toEqual(['/githeop/', '/github/'])
    expect(urls('github')).toEqual(['/githeop/', '/github/'])
  })

  it('matches a word written as one or as two', () => {
    expect(urls('데이터베이스')).toEqual(['/db/', '/db2/'])
    expect(urls('데이터 베이스')).toEqual(['/db/', '/db2/'])
  })

  it('keeps particle handling and marks the word a forgiving match came from', () => {
    expect(urls('리액트를')).toEqual(['/react/'])
    const hit = engine.search('리액트')[0]
    expect(hit?.titleSegments.some((segment) => segment.mark && segment.text === 'React')).toBe(true)
  })

  it('still finds nothing for nonsense', () => {
    expect(urls('뷁햏슝')).toEqual([])
  })
})

describe('초성 in the body and short Hangul words', () => {
  const mesh = createSearchEngine({
    version: SEARCH_INDEX_VERSION,
    language: 'ko',
    documents: [
      doc('/apart/', '구성 이야기', '서비스 메시를 들이기 전에 사이드카가 쓰는 자원을 재 보았습니다.'),
      doc('/together/', '라이브러리 이야기', '서비스메시 없이 라이브러리만 씁니다.'),
      doc('/proposal/', '장애 이야기', '서비스 장애를 줄이는 방법을 제시합니다. 사이렌이 울리면 대응합니다.'),
      doc('/k8s/', '클러스터 입문', '쿠버네티스를 처음 씁니다.'),
    ],
  })
  const found = (query: string) =>
    mesh
      .search(query)
      .map((hit) => hit.url)
      .sort()
  const marked = (query: string) =>
    mesh
      .search(query)
      .flatMap((hit) => [...hit.titleSegments, ...hit.excerpt])
      .filter((segment) => segment.mark)
      .map((segment) => segment.text)

  it('finds a word that only the body has from its initial consonants, and marks it', () => {
    expect(found('ㅋㅂㄴㅌㅅ')).toEqual(['/k8s/'])
    expect(found('ㅅㅇㄷㅋ')).toEqual(['/apart/'])
    expect(marked('ㅅㅇㄷㅋ')).toEqual(['사이드카'])
    // From three consonants, the beginning of a body word is enough.
    expect(found('ㅋㅂㄴ')).toEqual(['/k8s/'])
  })

  it('matches two body consonants only as a whole word, and marks only the post’s own words', () => {
    // ㅅㅇ begins 사이드카 and 사이렌 but is the whole of no word here.
    expect(found('ㅅㅇ')).toEqual([])
    // ㅈㅅ is 제시 in one post and 자원 is not: each post marks its own word.
    expect(mesh.search('ㅈㅅ').map((hit) => hit.url)).toEqual(['/proposal/'])
    expect(marked('ㅈㅅ')).toEqual(['제시'])
  })

  it('finds 서비스 메시 written apart or together, never 제시', () => {
    expect(found('서비스 메시')).toEqual(['/apart/', '/together/'])
    expect(found('서비스메시')).toEqual(['/apart/', '/together/'])
    expect(marked('서비스 메시')).not.toContain('제시')
    expect(found('메시')).toEqual(['/apart/', '/together/'])
    expect(found('제시')).toEqual(['/proposal/'])
  })

  it('forgives a wrong vowel in a two-syllable word, and a wrong initial only in a longer one', () => {
    expect(urls('도카')).toContain('/docker/')
    expect(found('쿠버네티즈')).toEqual(['/k8s/'])
    // 매시 is 메시 with a wrong vowel; 네시 has another initial consonant, so it is another word.
    expect(found('매시')).toEqual(['/apart/'])
    expect(found('네시')).toEqual([])
  })
})
