// `npm run new-post` without a title, in a terminal: asks for the title, the address, the author,
// the tags and the series, one question at a time, suggesting an answer the author accepts with
// Enter. The answers go to the same draft as `npm run new-post -- "<제목>" --slug …` (scripts/new-post.ts).
// The pure parts (suggestions and checks) are exported for the unit tests; `interview` asks.
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { parseFrontMatter } from '../lib/schema/front-matter'
import { slugifyPretty } from '../lib/schema/slug'
import { closestName } from '../lib/schema/suggest'
import { termKey, toTermList } from '../lib/schema/terms'
import { validateContent, type ContentSources, type SourceFile } from '../lib/schema/validate-content'

/** A registered author as the questions show it. */
export interface AuthorChoice {
  id: string
  name: string
  email: string
  github: string
}

/** A series as the questions show it. */
export interface SeriesChoice {
  id: string
  title: string
}

/** A tag in use: its most used spelling and how many posts carry it. */
export interface TagUse {
  tag: string
  count: number
}

function fileId(file: SourceFile): string {
  return path.basename(file.path).replace(/\.ya?ml$/, '')
}

function yamlFields(file: SourceFile): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(file.text)
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The authors of content/authors/*.yml, by id. */
export function readAuthors(files: readonly SourceFile[]): AuthorChoice[] {
  return files
    .map((file) => {
      const data = yamlFields(file)
      return { id: fileId(file), name: text(data.name), email: text(data.email), github: text(data.github) }
    })
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The series of content/series/*.yml, by id. */
export function readSeries(files: readonly SourceFile[]): SeriesChoice[] {
  return files
    .map((file) => ({ id: fileId(file), title: text(yamlFields(file).title) }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** The tags of every post, most used first (ties by name), each under the spelling most posts use. */
export function countTags(posts: readonly SourceFile[]): TagUse[] {
  const groups = new Map<string, Map<string, number>>()
  for (const post of posts) {
    const parsed = parseFrontMatter(post.text)
    if (!parsed.ok) continue
    for (const tag of toTermList(parsed.value.data.tags)) {
      const spellings = groups.get(termKey(tag)) ?? new Map<string, number>()
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1)
      groups.set(termKey(tag), spellings)
    }
  }
  return [...groups.values()]
    .map((spellings) => {
      const sorted = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      return { tag: sorted[0]![0], count: sorted.reduce((sum, [, n]) => sum + n, 0) }
    })
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}

/** Whether `short` abbreviates `long` as a numeronym does: k8s = k + 8 letters + s (kubernetes), i18n. */
function isNumeronym(short: string, long: string): boolean {
  const match = /^(\p{L})(\d+)(\p{L})$/u.exec(short)
  if (!match) return false
  return long.length === Number(match[2]) + 2 && long.startsWith(match[1]!) && long.endsWith(match[3]!)
}

/**
 * The tag already in use that a new tag most likely means, or null: the same tag in other letters
 * (`Kubernetes` for `kubernetes`), a numeronym of it either way (`k8s` and `kubernetes`), or a
 * likely typo (`kubernets`). Two tags that differ only in case are one tag on the site.
 */
export function closeExistingTag(tag: string, existing: readonly TagUse[]): { tag: string; sameKey: boolean } | null {
  const key = termKey(tag)
  const same = existing.find((use) => termKey(use.tag) === key)
  if (same) return same.tag === tag ? null : { tag: same.tag, sameKey: true }
  const numeronym = existing.find((use) => isNumeronym(key, termKey(use.tag)) || isNumeronym(termKey(use.tag), key))
  if (numeronym) return { tag: numeronym.tag, sameKey: false }
  const typo = closestName(
    tag,
    existing.map((use) => use.tag),
  )
  return typo === null ? null : { tag: typo, sameKey: false }
}

/** The tags of a comma-separated answer, each once (`aws, Lambda,, aws` -> aws, Lambda). */
export function parseTagAnswer(answer: string): string[] {
  return toTermList(answer.split(',').map((tag) => tag.trim()))
}

/**
 * The registered author the git identity (`git config user.name` and `user.email`) names: the same
 * e-mail, id, name or GitHub account, in any letter case; else `guess` is the closest id or name.
 */
export function matchAuthor(
  identity: { name: string; email: string },
  authors: readonly AuthorChoice[],
): { match: AuthorChoice | null; guess: AuthorChoice | null } {
  const fold = (value: string) => value.toLowerCase().replace(/\s+/g, '')
  const email = fold(identity.email)
  const local = email.split('@')[0] ?? ''
  const name = fold(identity.name)
  const match =
    authors.find((a) => email !== '' && fold(a.email) === email) ??
    authors.find((a) => name !== '' && (fold(a.name) === name || fold(a.id) === name || fold(a.github) === name)) ??
    authors.find((a) => local !== '' && (fold(a.id) === local || fold(a.github) === local)) ??
    null
  if (match !== null || authors.length === 0) return { match, guess: null }
  for (const candidate of [identity.name.trim(), local]) {
    if (candidate === '') continue
    const closest = closestName(candidate, [...authors.map((a) => a.id), ...authors.map((a) => a.name)])
    const guess = authors.find((a) => a.id === closest || a.name === closest)
    if (guess) return { match: null, guess }
  }
  return { match: null, guess: null }
}

/**
 * Why `slug` cannot be the new post's address, or null when it can: the rules `npm run check` applies
 * to a post's address (validateContent), with the new post written as it would be among the others.
 */
export function slugProblem(slug: string, sources: ContentSources, draft: SourceFile): string | null {
  if (slug.trim() === '') return '주소가 비어 있습니다'
  const written = slugifyPretty(slug.trim())
  if (written !== slug.trim())
    return written === ''
      ? `"${slug}"에는 주소에 쓸 글자가 없습니다. 글자나 숫자를 넣어 주세요`
      : `"${slug}"에는 주소에 쓸 수 없는 글자(공백, ?, #, / …)가 있습니다. 예: ${written}`
  const diagnostics = validateContent({
    posts: [...sources.posts, draft],
    authors: [],
    series: [],
    ...(sources.reservedNames ? { reservedNames: sources.reservedNames } : {}),
  })
  const problem = diagnostics.find(
    (d) => d.file === draft.path && d.severity === 'error' && (d.field === 'file' || d.field === 'slug'),
  )
  return problem ? problem.message : null
}

/** What the author answered: everything `buildNewPost` needs besides the clock. */
export interface Answers {
  title: string
  slug: string
  author: string | undefined
  tags: string[]
  series: string | undefined
}

/** One question, answered by a line of input; null at the end of input. */
export type Ask = (question: string) => Promise<string | null>

export interface InterviewContext {
  ask: Ask
  say: (line: string) => void
  sources: ContentSources
  identity: { name: string; email: string }
  /** The short address suggested for a title (scripts/new-post.ts: suggestShortSlug), or null. */
  suggestSlug: (title: string) => string | null
  /** The draft file the post would be, for the address check. */
  draftFor: (title: string, slug: string) => SourceFile
  /** What the command line already gave: those questions are not asked. */
  given: { slug?: string | undefined; author?: string | undefined; series?: string | undefined }
}

/** The end of input before every question was answered. */
export class InputEnded extends Error {
  constructor() {
    super('입력이 끝나 글을 만들지 않았습니다. 질문에 답하거나, 제목을 인자로 주세요: npm run new-post -- "<제목>"')
  }
}

async function answer(ctx: InterviewContext, question: string): Promise<string> {
  const line = await ctx.ask(question)
  if (line === null) throw new InputEnded()
  return line.trim()
}

/** A choice from a numbered list by number or id; '' for none; null when neither. */
function pick<T extends { id: string }>(reply: string, list: readonly T[]): T | null {
  if (/^\d+$/.test(reply)) return list[Number(reply) - 1] ?? null
  return list.find((item) => item.id === reply) ?? null
}

async function askTitle(ctx: InterviewContext): Promise<string> {
  for (;;) {
    const title = await answer(ctx, '제목: ')
    if (title !== '') return title
    ctx.say('  제목을 써 주세요 (예: 쿠버네티스 도입기).')
  }
}

async function askSlug(ctx: InterviewContext, title: string): Promise<string> {
  let suggestion = ctx.suggestSlug(title) ?? slugifyPretty(title)
  if (ctx.suggestSlug(title) === null && /\p{Script=Hangul}/u.test(title))
    ctx.say(
      '  제목에 영문 단어가 없어 한글 주소를 제안합니다. 공유할 때 %EC%BF%A0…처럼 길어지니 짧은 영문 주소를 권합니다.',
    )
  // A suggestion another post already uses would only be refused: offer the next free one instead.
  for (let n = 2; n <= 9 && slugProblem(suggestion, ctx.sources, ctx.draftFor(title, suggestion)) !== null; n += 1)
    suggestion = `${ctx.suggestSlug(title) ?? slugifyPretty(title)}-${n}`
  let given = ctx.given.slug
  for (;;) {
    const reply = given ?? ((await answer(ctx, `주소 (Enter: ${suggestion}): `)) || suggestion)
    given = undefined
    const problem = slugProblem(reply, ctx.sources, ctx.draftFor(title, reply))
    if (problem === null) return reply
    ctx.say(`  ✗ ${problem}. 다른 주소를 입력하세요.`)
    const written = slugifyPretty(reply)
    if (written !== '' && written !== reply && slugProblem(written, ctx.sources, ctx.draftFor(title, written)) === null)
      suggestion = written
  }
}

async function askAuthor(ctx: InterviewContext): Promise<string | undefined> {
  const authors = readAuthors(ctx.sources.authors)
  if (authors.length === 0) {
    ctx.say('  글쓴이: content/authors/에 등록된 사람이 없어 비워 둡니다.')
    return undefined
  }
  const { match, guess } = matchAuthor(ctx.identity, authors)
  const label = (a: AuthorChoice) => `${a.id}${a.name ? ` (${a.name})` : ''}`
  let suggestion = match
  if (match === null) {
    ctx.say(
      `  git 사용자(${ctx.identity.name || '이름 없음'} <${ctx.identity.email || '메일 없음'}>)와 맞는 글쓴이가 없습니다.`,
    )
    if (guess) ctx.say(`  혹시 ${label(guess)}인가요?`)
    authors.forEach((a, index) => ctx.say(`  ${index + 1}. ${label(a)}`))
    ctx.say('  새 글쓴이는 content/authors/<id>.yml로 추가합니다 (CONTRIBUTING.md의 "글쓴이").')
    suggestion = guess
  }
  for (;;) {
    const prompt = suggestion
      ? `글쓴이 (Enter: ${label(suggestion)}, 번호나 id, 없으면 -): `
      : '글쓴이 (번호나 id, Enter: 나중에): '
    const reply = await answer(ctx, prompt)
    if (reply === '') return suggestion?.id
    if (reply === '-') return undefined
    const chosen = pick(reply, authors)
    if (chosen) return chosen.id
    const meant = closestName(reply, [...authors.map((a) => a.id), ...authors.map((a) => a.name)])
    const meantAuthor = authors.find((a) => a.id === meant || a.name === meant)
    ctx.say(
      `  ✗ 글쓴이 "${reply}"가 없습니다.${meantAuthor ? ` 혹시 ${label(meantAuthor)}인가요?` : ''} 있는 id: ${authors.map((a) => a.id).join(', ')}`,
    )
    if (meantAuthor) suggestion = meantAuthor
  }
}

async function askTags(ctx: InterviewContext): Promise<string[]> {
  const used = countTags(ctx.sources.posts)
  if (used.length > 0)
    ctx.say(
      `  많이 쓰인 태그: ${used
        .slice(0, 15)
        .map((use) => `${use.tag}(${use.count})`)
        .join(', ')}`,
    )
  const tags: string[] = []
  for (const tag of parseTagAnswer(await answer(ctx, '태그 (쉼표로 구분, Enter: 나중에): '))) {
    const close = closeExistingTag(tag, used)
    if (close === null) {
      tags.push(tag)
    } else if (close.sameKey) {
      ctx.say(`  태그 "${tag}"는 이미 "${close.tag}"로 쓰고 있어 그 표기로 씁니다.`)
      tags.push(close.tag)
    } else {
      const reply = await answer(ctx, `  "${tag}"는 새 태그입니다. 이미 있는 "${close.tag}"를 쓸까요? [Y/n]: `)
      tags.push(/^n/i.test(reply) ? tag : close.tag)
    }
  }
  return toTermList(tags)
}

async function askSeries(ctx: InterviewContext): Promise<string | undefined> {
  const series = readSeries(ctx.sources.series)
  if (series.length === 0) return undefined
  ctx.say('  시리즈의 한 편이면 고르세요:')
  series.forEach((s, index) => ctx.say(`  ${index + 1}. ${s.id}${s.title ? ` (${s.title})` : ''}`))
  for (;;) {
    const reply = await answer(ctx, '시리즈 (번호나 id, Enter: 없음): ')
    if (reply === '') return undefined
    const chosen = pick(reply, series)
    if (chosen) return chosen.id
    const meant = closestName(
      reply,
      series.map((s) => s.id),
    )
    ctx.say(
      `  ✗ 시리즈 "${reply}"가 없습니다.${meant ? ` 혹시 ${meant}인가요?` : ''} 새 시리즈는 content/series/<id>.yml로 추가합니다.`,
    )
  }
}

/** Asks for what a new post needs, in the order an author thinks of it. */
export async function interview(ctx: InterviewContext): Promise<Answers> {
  ctx.say('새 글을 만듭니다. 제안된 값은 Enter로 받고, 다른 값을 쓰려면 입력하세요.')
  const title = await askTitle(ctx)
  const slug = await askSlug(ctx, title)
  const author = ctx.given.author ?? (await askAuthor(ctx))
  const tags = await askTags(ctx)
  const series = ctx.given.series ?? (await askSeries(ctx))
  return { title, slug, author, tags, series }
}
