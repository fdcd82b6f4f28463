// npm run new-post -- "<제목>" [--slug <slug>] [--author <id>] [--series <id>]
// Creates content/posts/<today in Korea>-<slug>.md as a draft with complete front matter.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { contentDir, readContentSources } from '../lib/schema/content-sources'
import { buildNewPost, chooseSlug } from './new-post-lib'
import { site } from '../lib/config'
import { derivePostSlug } from '../lib/schema/slug'

function fail(message: string): never {
  console.error(`✗ ${message}`)
  process.exit(1)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, author: { type: 'string' }, series: { type: 'string' } },
})
const title = positionals.join(' ').trim()
if (title === '') fail('제목이 필요합니다. 예: npm run new-post -- "쿠버네티스 도입기" --slug k8s-adoption --author seungpilpark')

const dir = contentDir()
const sources = readContentSources(dir)
const ids = (files: { path: string }[]) => files.map((f) => path.basename(f.path).replace(/\.ya?ml$/, ''))
if (values.author && !ids(sources.authors).includes(values.author)) {
  fail(`글쓴이 "${values.author}"가 없습니다. 있는 id: ${ids(sources.authors).join(', ') || '(없음)'}. 새 글쓴이는 content/authors/<id>.yml로 추가하세요.`)
}
if (values.series && !ids(sources.series).includes(values.series)) {
  fail(`시리즈 "${values.series}"가 없습니다. 있는 id: ${ids(sources.series).join(', ') || '(없음)'}. 새 시리즈는 content/series/<id>.yml로 추가하세요.`)
}

const choice = chooseSlug(title, values.slug)
if (!choice.ok) fail(choice.message)
const post = buildNewPost({ title, slug: choice.slug, author: values.author, series: values.series, now: new Date(), timeZone: site.timeZone })
if (post.slug === '') fail('제목이나 --slug에서 주소를 만들 수 없습니다. --slug에 글자나 숫자를 넣어 주세요.')
const file = path.join(dir, 'posts', post.fileName)
if (existsSync(file)) fail(`${path.relative(process.cwd(), file)}가 이미 있습니다. 덮어쓰지 않습니다.`)
const taken = sources.posts.find((p) => derivePostSlug(path.basename(p.path)) === post.slug)
if (taken) fail(`주소 /${post.slug}/를 ${taken.path}가 이미 씁니다. --slug로 다른 주소를 정하세요.`)

mkdirSync(path.dirname(file), { recursive: true })
writeFileSync(file, post.text, { flag: 'wx' })
console.log(`✓ ${path.relative(process.cwd(), file)} 를 만들었습니다 (초안).`)
console.log(`  미리 보기: npm run dev → http://localhost:3000${site.basePath}/${post.slug}/`)
if (choice.suggested) {
  console.log(`  주소 /${post.slug}/는 제목의 영문 단어로 정했습니다. 바꾸려면 파일을 지우고 --slug로 다시 만드세요:`)
  console.log(`    rm "${path.relative(process.cwd(), file)}" && npm run new-post -- "${title}" --slug <주소>`)
}
console.log('  그림은 public/assets/ 아래에 두고, 커밋할 때 함께 추가하세요: git add content public')
