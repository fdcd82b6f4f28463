import { formatInTimeZone } from 'date-fns-tz'
import { slugifyPretty } from '../lib/schema/slug'

export interface NewPostInput {
  title: string
  slug?: string | undefined
  author?: string | undefined
  series?: string | undefined
  now: Date
  timeZone: string
}

export interface NewPost {
  fileName: string
  slug: string
  text: string
}

const HANGUL = /\p{Script=Hangul}/u

/**
 * A short, readable address from the Latin words of a Korean title (`AWS Lambda로 서버리스 이미지
 * 처리` -> `aws-lambda`), at most four words; null when the title has none. Hangul is not
 * romanised: `seobeoriseu-imiji` reads as neither Korean nor English.
 */
export function suggestShortSlug(title: string): string | null {
  const words = (title.match(/[A-Za-z][A-Za-z0-9]*(?:[.+][A-Za-z0-9]+)*/g) ?? []).map((word) => word.toLowerCase())
  const slug = slugifyPretty(words.slice(0, 4).join('-')).replace(/[^a-z0-9.-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
  return slug === '' ? null : slug
}

export type SlugChoice = { ok: true; slug: string; suggested: boolean } | { ok: false; message: string }

/**
 * The new post's address: `--slug` as given; for a title without Hangul, the title itself; for a
 * Korean title, its Latin words (said so, so the author can change it); otherwise the author is
 * asked for one, since a Hangul address turns into `%EC%BF%A0…` wherever it is shared.
 */
export function chooseSlug(title: string, slug?: string): SlugChoice {
  if (slug !== undefined && slug.trim() !== '') return { ok: true, slug: slugifyPretty(slug.trim()), suggested: false }
  if (!HANGUL.test(title)) return { ok: true, slug: slugifyPretty(title.trim()), suggested: false }
  const short = suggestShortSlug(title)
  if (short !== null) return { ok: true, slug: short, suggested: true }
  return {
    ok: false,
    message: `한글 제목에서 짧은 영문 주소를 만들 수 없습니다. --slug로 주소를 정해 주세요. 예: npm run new-post -- "${title.trim()}" --slug <영문-주소> (한글 주소를 그대로 쓰려면 --slug ${slugifyPretty(title.trim())})`,
  }
}

function yamlString(value: string): string {
  return JSON.stringify(value)
}

/** The file a new post starts as: complete front matter (a draft until the author says otherwise) and a body template. */
export function buildNewPost(input: NewPostInput): NewPost {
  const title = input.title.trim()
  const slug = slugifyPretty(input.slug?.trim() || title)
  const day = formatInTimeZone(input.now, input.timeZone, 'yyyy-MM-dd')
  const time = formatInTimeZone(input.now, input.timeZone, 'yyyy-MM-dd HH:mm:ss')
  /** Where the post's pictures go: public/assets/<year>/<slug>/. */
  const assets = `/assets/${formatInTimeZone(input.now, input.timeZone, 'yyyy')}/${slug}`
  const frontMatter = [
    '---',
    `title: ${yamlString(title)}`,
    `date: ${time}`,
    'description: "" # 목록, 검색 결과, 공유 카드에 보일 한두 문장 요약',
    'tags: [] # 예: [aws, lambda, 서버리스] (여럿이면 꼭 대괄호 목록으로)',
    'categories: []',
    ...(input.author ? [`author: ${input.author}`] : ['# author: <content/authors/의 id>']),
    `# image: ${assets}/cover.png # 커버 이미지: 파일을 public${assets}/에 두고 맨 앞 # 를 지우세요`,
    ...(input.series ? [`series: ${input.series}`, '# seriesOrder: 1 # 시리즈 안의 순서 (없으면 날짜 순)'] : ['# series: <content/series/의 id> # 시리즈의 한 편이면 맨 앞 # 를 지우세요']),
    'draft: true # 발행할 준비가 되면 이 줄을 지우세요',
    '---',
  ]
  const body = [
    '',
    '글을 시작하는 한두 문단: 무엇을 다루고, 누가 읽으면 좋은지 적어 주세요.',
    '',
    '## 배경',
    '',
    '## 본문',
    '',
    `<!-- 이미지: public${assets}/ 에 두고 ![무엇을 보여 주는지](${assets}/그림.png) 처럼 씁니다. 커밋은 git add content public -->`,
    '',
    '```bash',
    'echo "코드 블록에는 언어 이름을 붙여 주세요"',
    '```',
    '',
    '## 정리',
    '',
  ]
  return {
    fileName: `${day}-${slug}.md`,
    slug,
    text: [...frontMatter, ...body].join('\n'),
  }
}
