// The Korean search cases of issue 4, and the answer a reader expects for each, computed from the
// text itself: a post is expected when every needle starts a word in it (`쿠버네티스` in
// `쿠버네티스를`), or, for the compound case, occurs anywhere (`최적화` in `비용최적화`).
import type { SearchDocument } from '../../lib/search/index-file'

export interface SearchCase {
  label: string
  query: string
  needles: string[]
  anywhere?: boolean
  /** Other spellings a reader also expects (any one of these needle lists, or `needles`). */
  orNeedles?: string[][]
}

export const SEARCH_CASES: SearchCase[] = [
  { label: '본문에 조사가 붙은 말', query: '쿠버네티스', needles: ['쿠버네티스'] },
  { label: '검색어에 조사', query: '컨테이너를', needles: ['컨테이너'] },
  { label: '한영 혼합', query: 'Istio 인증', needles: ['istio', '인증'] },
  { label: '앞부분만 입력', query: '쿠버', needles: ['쿠버'] },
  { label: '영문 대소문자', query: 'KUBERNETES', needles: ['kubernetes'] },
  { label: '-하다 꼴', query: '배포하는', needles: ['배포'] },
  { label: '합성어 가운데', query: '최적화', needles: ['최적화'], anywhere: true },
  { label: '없는 말', query: '뷁햏슝', needles: ['뷁햏슝'] },
  // Issue 20: search that forgives.
  { label: '받침 하나 틀림', query: '쿠버네티슨', needles: ['쿠버네티스'] },
  { label: '한 음절 틀림', query: '컨테이녀', needles: ['컨테이너'] },
  { label: '초성만', query: 'ㅋㅂㄴㅌㅅ', needles: ['쿠버네티스'] },
  { label: '한글로 쓴 영어 낱말', query: '리액트', needles: ['리액트'], orNeedles: [['react']] },
  { label: '영어 낱말의 한글 표기들', query: '깃헙', needles: ['깃헙'], orNeedles: [['깃허브'], ['github']] },
  { label: '영어에서 한글 표기로', query: 'terraform', needles: ['terraform'], orNeedles: [['테라폼']] },
  { label: '띄어 쓴 합성어', query: '데이터 베이스', needles: ['데이터베이스'], orNeedles: [['데이터 베이스']] },
  // Issue 32: a short word is not another short word one letter away (메시 is not 제시).
  { label: '두 낱말 (서비스 메시)', query: '서비스 메시', needles: ['서비스', '메시'], orNeedles: [['서비스메시']] },
]

function needlePattern(needle: string, anywhere: boolean): RegExp {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (anywhere) return new RegExp(escaped, 'iu')
  // A word starts where the previous character is not of the same kind (Hangul, or Latin/digit).
  const before = /^\p{Script=Hangul}/u.test(needle) ? '(?<!\\p{Script=Hangul})' : '(?<![\\p{Script=Latin}\\p{N}])'
  return new RegExp(`${before}${escaped}`, 'iu')
}

/** URLs of the documents a reader would expect for the case, sorted. */
export function expectedUrls(documents: readonly SearchDocument[], searchCase: SearchCase): string[] {
  const alternatives = [searchCase.needles, ...(searchCase.orNeedles ?? [])].map((needles) =>
    needles.map((needle) => needlePattern(needle.normalize('NFC'), searchCase.anywhere ?? false)),
  )
  return documents
    .filter((doc) => {
      const text = `${doc.title} ${doc.tags.join(' ')} ${doc.text}`
      return alternatives.some((patterns) => patterns.every((pattern) => pattern.test(text)))
    })
    .map((doc) => doc.url)
    .sort()
}

export interface Score {
  expected: number
  found: number
  /** Results a reader did not ask for. */
  extra: number
}

export function score(expected: readonly string[], found: readonly string[]): Score {
  const wanted = new Set(expected)
  const hits = found.filter((url) => wanted.has(url)).length
  return { expected: expected.length, found: hits, extra: found.length - hits }
}
