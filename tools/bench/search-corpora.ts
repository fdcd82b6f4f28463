// Corpora for tools/bench/search.ts: the blog's posts, the e2e fixture posts, and a larger
// generated Korean corpus whose size can be dialled up. All become the IndexablePost the real
// index builder takes, so the bench measures the same code the build runs.
import path from 'node:path'
import { readContentSources } from '../../lib/schema/content-sources'
import { parseFrontMatterDate } from '../../lib/schema/dates'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { markdownToPlainText } from '../../lib/markdown/pipeline'
import type { IndexablePost } from '../../lib/search/build-index'
import { site } from '../../lib/config'
import { derivePostSlug, parsePostFileName } from '../../lib/schema/slug'
import { toTermList } from '../../lib/schema/terms'
import { createRandom } from './random'

export interface Corpus {
  name: string
  posts: IndexablePost[]
}

/** Published-looking posts of a content folder (drafts left out; the date rule does not matter here). */
export function loadContentCorpus(name: string, dir: string): Corpus {
  const posts: IndexablePost[] = []
  for (const file of readContentSources(path.resolve(dir)).posts) {
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok) continue
    const data = parsed.value.data
    if (data.draft === true || data.published === false) continue
    const fileName = file.path.split('/').pop() ?? file.path
    const rawDate = typeof data.date === 'string' ? data.date : parsePostFileName(fileName)?.day
    const date = rawDate === undefined ? null : parseFrontMatterDate(rawDate, site.timeZone)
    if (date === null || !date.ok) continue
    const slug = derivePostSlug(fileName, typeof data.slug === 'string' ? data.slug : undefined)
    posts.push({
      url: `/${slug}/`,
      title: String(data.title ?? slug),
      publishedAt: date.iso,
      tagList: toTermList(data.tags),
      plainText: markdownToPlainText(parsed.value.body),
    })
  }
  return { name, posts }
}

/** The benchmarks' seeded PRNG, so every run generates the same corpus. */
function random(seed: number): () => number {
  return createRandom(seed).next
}

const NOUNS = [
  '쿠버네티스',
  '컨테이너',
  '클러스터',
  '노드',
  '파드',
  '서비스',
  '인증',
  '인가',
  '보안',
  '네트워크',
  '스토리지',
  '배포',
  '모니터링',
  '로그',
  '로그인',
  '지표',
  '비용',
  '비용최적화',
  '성능최적화',
  '인스턴스',
  '데이터베이스',
  '캐시',
  '서버',
  '클라이언트',
  '프런트엔드',
  '백엔드',
  '마이크로서비스',
  '게이트웨이',
  '프록시',
  '인증서',
  '권한',
  '정책',
  '장애',
  '복구',
  '백업',
  '성능',
  '부하',
  '테스트',
  '자동화',
  '파이프라인',
  '저장소',
  '이미지',
  '레지스트리',
  '설정',
  '환경',
  '운영',
  '개발자',
]
const LATIN = [
  'Istio',
  'Envoy',
  'AWS',
  'EC2',
  'S3',
  'Lambda',
  'Kubernetes',
  'Docker',
  'gRPC',
  'React',
  'Next.js',
  'TypeScript',
  'Terraform',
  'mTLS',
  'OIDC',
]
const PARTICLES = [
  '',
  '',
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '에서',
  '으로',
  '로',
  '와',
  '과',
  '도',
  '만',
  '에서는',
  '까지',
]
const PREDICATES = [
  '살펴봅니다.',
  '정리했습니다.',
  '비교해 보았습니다.',
  '중요합니다.',
  '바꾸었습니다.',
  '줄일 수 있었습니다.',
  '필요합니다.',
  '확인했습니다.',
]
const SYLLABLES =
  '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후그느드르므브스으즈츠크트프흐기니디리미비시이지치키티피히'

/** Zipf-like pick: the first words of a list come up far more often than the last. */
function pickZipf<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(items.length * next() ** 3)] as T
}

/** `count` distinct picks from a list (a post's topics), in the order drawn. */
function pickSome<T>(items: readonly T[], count: number, next: () => number): T[] {
  const picked = new Set<T>()
  while (picked.size < Math.min(count, items.length)) picked.add(items[Math.floor(next() * items.length)] as T)
  return [...picked]
}

/**
 * `count` posts of about `charsPerPost` characters. Each post is about a few topics: Korean
 * sentences of its tech nouns (sometimes glued into compounds such as `비용최적화`) with random
 * particles, its Latin product names, and a long tail of rarer made-up words for a realistic vocabulary.
 */
export function generateKoreanCorpus(count: number, charsPerPost: number, seed = 42): Corpus {
  const next = random(seed)
  const rare = Array.from({ length: 6000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''),
  )
  const posts: IndexablePost[] = []
  for (let i = 0; i < count; i += 1) {
    const nouns = pickSome(NOUNS, 8, next)
    const latin = pickSome(LATIN, 3, next)
    const word = (): string => {
      const roll = next()
      let base: string
      if (roll < 0.4) base = pickZipf(nouns, next)
      else if (roll < 0.47) base = pickZipf(nouns, next) + pickZipf(nouns, next)
      else if (roll < 0.6) base = pickZipf(latin, next)
      else base = pickZipf(rare, next)
      return base + pickZipf(PARTICLES, next)
    }
    const sentences: string[] = []
    let length = 0
    while (length < charsPerPost) {
      const sentence = `${Array.from({ length: 3 + Math.floor(next() * 5) }, word).join(' ')} ${PREDICATES[Math.floor(next() * PREDICATES.length)]}`
      sentences.push(sentence)
      length += sentence.length + 1
    }
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
    posts.push({
      url: `/generated-${String(i + 1).padStart(4, '0')}/`,
      title: `${word()} ${word()} 이야기 ${i + 1}`,
      publishedAt: `${day}T09:00:00+09:00`,
      tagList: latin.slice(0, 1),
      plainText: sentences.join(' '),
    })
  }
  return { name: `생성한 글 ${count}편 × 약 ${charsPerPost}자`, posts }
}
