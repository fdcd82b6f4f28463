// npm run new-post -- "<제목>" [--slug <slug>] [--author <id>] [--series <id>] [--folder]
// Creates content/posts/<today in Korea>-<slug>.md as a draft with complete front matter; with
// --folder, content/posts/<today>-<slug>/index.md, a post whose pictures sit beside it. Without a
// title, in a terminal, it asks for each value (scripts/new-post-interview.ts); without a terminal
// (CI, a pipe) it prints how to call it and stops, rather than wait for input nobody will type.
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { contentDir, readContentSources } from '../lib/schema/content-sources'
import { formatInTimeZone } from 'date-fns-tz'
import { site } from '../lib/config'
import { BUNDLE_INDEX, derivePostSlug, postFileName, slugifyPretty } from '../lib/schema/slug'
import { InputEnded, interview, type Ask } from './new-post-interview'

export interface NewPostInput {
  title: string
  slug?: string | undefined
  author?: string | undefined
  series?: string | undefined
  /** Tags chosen when the post is made; none leaves an example to fill in. */
  tags?: readonly string[] | undefined
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

/** A tag as an item of a YAML flow list: bare when YAML reads it back as the same text, else quoted. */
function yamlListItem(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._+/-]*$/u.test(value) &&
    !/^(true|false|null|yes|no|on|off|~|[\d._+-]+)$/i.test(value)
    ? value.trim()
    : yamlString(value)
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
    input.tags && input.tags.length > 0
      ? `tags: [${input.tags.map(yamlListItem).join(', ')}]`
      : 'tags: [] # 예: [aws, lambda, 서버리스] (여럿이면 꼭 대괄호 목록으로)',
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

const USAGE = [
  '제목이 필요합니다. 터미널에서 npm run new-post 를 인자 없이 실행하면 제목, 주소, 글쓴이, 태그, 시리즈를 하나씩 묻습니다.',
  '  터미널이 아닌 곳(CI, 파이프)에서는 인자로 주세요: npm run new-post -- "<제목>" [--slug <주소>] [--author <id>] [--series <id>] [--folder]',
  '  예: npm run new-post -- "쿠버네티스 도입기" --slug k8s-adoption --author seungpilpark',
].join('\n')

/** The git identity (`git config user.name` and `user.email`), or empty strings where git has none. */
function gitIdentity(): { name: string; email: string } {
  const read = (key: string) => {
    const result = spawnSync('git', ['config', key], { encoding: 'utf8' })
    return result.status === 0 ? result.stdout.trim() : ''
  }
  return { name: read('user.name'), email: read('user.email') }
}

/** Questions on the terminal, one answered line each; null when the input ends (Ctrl+D). */
function terminalQuestions(): { ask: Ask; close: () => void } {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true })
  // Lines are read from the interface's queue, so an answer typed (or piped) ahead of its question is kept.
  const lines = rl[Symbol.asyncIterator]()
  const ask: Ask = async (question) => {
    rl.setPrompt(question)
    rl.prompt()
    const next = await lines.next()
    return next.done === true ? null : String(next.value)
  }
  return { ask, close: () => rl.close() }
}

/** The command: argument parsing, checks against the existing content, and the new file. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      author: { type: 'string' },
      series: { type: 'string' },
      folder: { type: 'boolean' },
    },
  })
  let title = positionals.join(' ').trim()
  // NEW_POST_INTERACTIVE=1 asks even without a terminal (answers piped in): for tests and scripted demos.
  const interactive = title === '' && (process.stdin.isTTY === true || process.env.NEW_POST_INTERACTIVE === '1')
  if (title === '' && !interactive) fail(USAGE)

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

  const now = new Date()
  let choice: SlugChoice
  let author = values.author
  let series = values.series
  let tags: string[] = []
  if (interactive) {
    const terminal = terminalQuestions()
    try {
      const answers = await interview({
        ask: terminal.ask,
        say: (line) => console.log(line),
        sources,
        identity: gitIdentity(),
        suggestSlug: suggestShortSlug,
        draftFor: (draftTitle, slug) => {
          const draft = buildNewPost({ title: draftTitle, slug, now, timeZone: site.timeZone })
          return { path: path.join(path.relative(process.cwd(), dir), 'posts', draft.fileName), text: draft.text }
        },
        given: { slug: values.slug, author: values.author, series: values.series },
      })
      ;({ title, author, series, tags } = answers)
      choice = { ok: true, slug: answers.slug, suggested: false }
    } catch (error) {
      if (error instanceof InputEnded) {
        console.log('')
        fail(error.message)
      }
      throw error
    } finally {
      terminal.close()
    }
  } else {
    choice = chooseSlug(title, values.slug)
  }
  if (!choice.ok) fail(choice.message)
  const post = buildNewPost({ title, slug: choice.slug, author, series, tags, now, timeZone: site.timeZone })
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
  if (choice.suggested) {
    console.log(`  주소 /${post.slug}/는 제목의 영문 단어로 정했습니다. 바꾸려면 파일을 지우고 --slug로 다시 만드세요:`)
    console.log(`    rm "${path.relative(process.cwd(), file)}" && npm run new-post -- "${title}" --slug <주소>`)
  }
  console.log('다음 단계:')
  console.log(`  1. 글을 쓰면서 미리 보기: npm run dev → http://localhost:3000${site.basePath}/${post.slug}/`)
  console.log('  2. 올리기 전에 검사: npm run check')
  console.log(
    values.folder
      ? '  3. 그림은 이 폴더에 두고 ![설명](./그림.png)처럼 씁니다. 커밋할 때 폴더째 추가하세요: git add content'
      : '  3. 그림은 public/assets/ 아래에 두고, 커밋할 때 함께 추가하세요: git add content public',
  )
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
