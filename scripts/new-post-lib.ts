import { romanize } from 'es-hangul'
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
  /** An ASCII slug to offer when the title (and so the address) is Korean. */
  asciiSuggestion: string | null
}

const HANGUL = /\p{Script=Hangul}/u

/** `쿠버네티스 도입기` -> `kubeonetiseu-doipgi`: a readable ASCII address for a Korean title. */
export function suggestAsciiSlug(title: string): string {
  return slugifyPretty(romanize(title).toLowerCase()).replace(/[^a-z0-9.-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
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
  const frontMatter = [
    '---',
    `title: ${yamlString(title)}`,
    `date: ${time}`,
    'description: ""',
    'tags: []',
    'categories: []',
    ...(input.author ? [`author: ${input.author}`] : ['# author: <content/authors/의 id>']),
    ...(input.series ? [`series: ${input.series}`] : []),
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
    '<!-- 이미지: public/assets/ 아래에 두고 ![무엇을 보여 주는지](/assets/파일.png) 처럼 씁니다. -->',
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
    asciiSuggestion: !input.slug && HANGUL.test(slug) ? suggestAsciiSlug(title) || null : null,
  }
}
