// npm run new-post -- "<제목>" [--slug <slug>] [--author <id>] [--series <id>] [--folder]
// Creates content/posts/<today in Korea>-<slug>.md as a draft with complete front matter; with
// --folder, content/posts/<today>-<slug>/index.md, a post whose pictures sit beside it.
import path from 'node:path'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { contentDir, readContentSources } from '../lib/schema/content-sources'
import { formatInTimeZone } from 'date-fns-tz'
import { site } from '../lib/config'
import { BUNDLE_INDEX, derivePostSlug, postFileName, slugifyPretty } from '../lib/schema/slug'

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
  const slug = slugifyPretty(words.slice(0, 4).join('-'))
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
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
    ...(input.series
      ? [`series: ${input.series}`, '# seriesOrder: 1 # 시리즈 안의 순서 (없으면 날짜 순)']
      : ['# series: <content/series/의 id> # 시리즈의 한 편이면 맨 앞 # 를 지우세요']),
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

function fail(message: string): never {
  console.error(`✗ ${message}`)
  process.exit(1)
}

/** The command: argument parsing, checks against the existing content, and the new file. */
function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      author: { type: 'string' },
      series: { type: 'string' },
      folder: { type: 'boolean' },
    },
  })
  const title = positionals.join(' ').trim()
  if (title === '')
    fail('제목이 필요합니다. 예: npm run new-post -- "쿠버네티스 도입기" --slug k8s-adoption --author seungpilpark')

  const dir = contentDir()
  const sources = readContentSources(dir)
  const ids = (files: { path: string }[]) => files.map((f) => path.basename(f.path).replace(/\.ya?ml$/, ''))
  if (values.author && !ids(sources.authors).includes(values.author)) {
    fail(
      `글쓴이 "${values.author}"가 없습니다. 있는 id: ${ids(sources.authors).join(', ') || '(없음)'}. 새 글쓴이는 content/authors/<id>.yml로 추가하세요.`,
    )
  }
  if (values.series && !ids(sources.series).includes(values.series)) {
    fail(
      `시리즈 "${values.series}"가 없습니다. 있는 id: ${ids(sources.series).join(', ') || '(없음)'}. 새 시리즈는 content/series/<id>.yml로 추가하세요.`,
    )
  }

  const choice = chooseSlug(title, values.slug)
  if (!choice.ok) fail(choice.message)
  const post = buildNewPost({
    title,
    slug: choice.slug,
    author: values.author,
    series: values.series,
    now: new Date(),
    timeZone: site.timeZone,
  })
  if (post.slug === '') fail('제목이나 --slug에서 주소를 만들 수 없습니다. --slug에 글자나 숫자를 넣어 주세요.')
  // A post kept as a folder (lib/schema/bundles.ts): the same name, as a folder holding index.md.
  const file = values.folder
    ? path.join(dir, 'posts', post.fileName.replace(/\.md$/, ''), BUNDLE_INDEX)
    : path.join(dir, 'posts', post.fileName)
  if (existsSync(file)) fail(`${path.relative(process.cwd(), file)}가 이미 있습니다. 덮어쓰지 않습니다.`)
  const taken = sources.posts.find((p) => derivePostSlug(postFileName(p.path)) === post.slug)
  if (taken) fail(`주소 /${post.slug}/를 ${taken.path}가 이미 씁니다. --slug로 다른 주소를 정하세요.`)

  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, post.text, { flag: 'wx' })
  console.log(`✓ ${path.relative(process.cwd(), file)} 를 만들었습니다 (초안).`)
  if (values.folder) console.log(`  그림은 이 폴더에 두고 ![설명](./그림.png)처럼 씁니다.`)
  console.log(`  미리 보기: npm run dev → http://localhost:3000${site.basePath}/${post.slug}/`)
  if (choice.suggested) {
    console.log(`  주소 /${post.slug}/는 제목의 영문 단어로 정했습니다. 바꾸려면 파일을 지우고 --slug로 다시 만드세요:`)
    console.log(`    rm "${path.relative(process.cwd(), file)}" && npm run new-post -- "${title}" --slug <주소>`)
  }
  console.log('  그림은 public/assets/ 아래에 두고, 커밋할 때 함께 추가하세요: git add content public')
}

if (import.meta.url === `file://${process.argv[1]}`) main()
