import { parseFrontMatterDate } from '../dates'
import { parseFrontMatter } from '../front-matter'
import { parsePermalink } from '../pages'
import { isKnownPostField, POST_FIELDS } from '../post-fields'
import { derivePostSlug, parsePostFileName } from '../slug'
import { toTermList } from '../terms'
import type { SourceFile } from '../validate-content'
import { readPostAuthors, type PostAuthors } from './authors'
import { convertDocument, type DocumentOutcome } from './convert-body'
import { bodyOffset, formatYamlValue, repairFrontMatter, setFrontMatterFields, type LineNote } from './front-matter'
import type { LiquidResolver } from './liquid'
import type { SiteIndex } from './scan'

/** A post read and repaired, before its body is converted (which needs every post's URL). */
export interface IndexedPost {
  /** Path in the Jekyll site, e.g. `_posts/2019-12-06-kubecon-1.markdown`. */
  source: string
  /** File name in content/posts: the same name, `.markdown` becoming `.md`. */
  fileName: string
  text: string
  frontMatterEnd: number
  slug: string
  url: string
  title: string
  draft: boolean
  /** ISO date in the blog's time zone, or null when it cannot be read. */
  publishedAt: string | null
  tags: string[]
  author: string | null
  /** Every author the post names, in order (`authors:` or `author:`), and fields for their files. */
  authors: PostAuthors
  series: string | null
  fixes: LineNote[]
  unknown: LineNote[]
  dropped: LineNote[]
  problems: LineNote[]
}

const baseName = (path: string) => path.split('/').pop() ?? path

/** Reads a `_posts` file: repairs its front matter and fields, works out its slug; a reason when Jekyll never published it. */
export function indexPost(file: SourceFile, timeZone: string): IndexedPost | { skip: string } {
  const name = baseName(file.path)
  const day = parsePostFileName(name)
  if (!day) return { skip: '파일 이름이 YYYY-MM-DD-제목.md 형식이 아니라 Jekyll도 글로 읽지 않았습니다' }
  const repaired = repairFrontMatter(file.text, POST_FIELDS)
  const post: IndexedPost = {
    source: file.path,
    fileName: name.replace(/\.markdown$/, '.md'),
    text: repaired.text,
    frontMatterEnd: 0,
    slug: '',
    url: '',
    title: '',
    draft: false,
    publishedAt: null,
    tags: [],
    author: null,
    authors: { refs: [], details: {}, edits: {}, notes: [] },
    series: null,
    fixes: repaired.fixes,
    unknown: [],
    dropped: [],
    problems: [],
  }
  let parsed = parseFrontMatter(post.text)
  if (!parsed.ok && parsed.problem.message === 'front-matter-missing') return { skip: 'front matter가 없어 Jekyll도 글로 읽지 않았습니다' }
  if (!parsed.ok) {
    post.problems.push({ line: parsed.problem.line, message: `front matter를 읽을 수 없습니다: ${parsed.problem.message} (고치기 전에는 빌드가 멈춥니다)` })
    post.slug = derivePostSlug(post.fileName)
    post.url = `/${post.slug}/`
    post.frontMatterEnd = bodyOffset(post.text)
    return post
  }

  const data = parsed.value.data
  const lineOf = (field: string) => parsed.ok ? (parsed.value.fieldLines[field] ?? 1) : 1
  const edits: Record<string, string | null> = {}
  if (typeof data.title !== 'string' || data.title.trim() === '') {
    const title = day.title.replace(/-+/g, ' ').trim()
    edits.title = formatYamlValue(title)
    post.problems.push({ line: 1, message: `제목이 없어 Jekyll처럼 파일 이름에서 "${title}"을(를) 만들었습니다: 맞는 제목으로 고치세요` })
  }
  if (typeof data.image === 'string' && /^[^/:]+\//.test(data.image) && !/^[a-z]+:/i.test(data.image)) {
    // Mundana writes cover images relative to the site root and prefixes the base URL in templates.
    edits.image = formatYamlValue(`/${data.image}`)
    post.fixes.push({ line: lineOf('image'), message: `image: ${data.image} → /${data.image} (사이트 루트 기준 주소)` })
  }
  convertJekyllFields(post, data, lineOf, edits)
  post.text = Object.keys(edits).length > 0 ? setFrontMatterFields(post.text, edits) : post.text
  if (typeof data.permalink === 'string') post.text = convertPermalink(post, data.permalink, lineOf('permalink'), typeof data.slug === 'string')
  parsed = parseFrontMatter(post.text)
  if (!parsed.ok) throw new Error(`${file.path}: front matter stopped parsing after the import's own edits`)

  const final = parsed.value.data
  post.frontMatterEnd = bodyOffset(post.text)
  post.slug = derivePostSlug(post.fileName, typeof final.slug === 'string' ? final.slug : undefined)
  post.url = `/${post.slug}/`
  post.title = typeof final.title === 'string' ? final.title : ''
  post.draft = final.draft === true || final.published === false
  post.tags = toTermList(final.tags)
  post.author = typeof final.author === 'string' ? final.author.trim() : null
  post.series = typeof final.series === 'string' ? final.series : null
  const date = typeof final.date === 'string' ? parseFrontMatterDate(final.date, timeZone) : parseFrontMatterDate(day.day, timeZone)
  if (date.ok) post.publishedAt = date.iso
  else post.problems.push({ line: parsed.value.fieldLines.date ?? 1, message: `date를 읽을 수 없습니다: ${date.reason} (2019-12-06 01:00:00 형식으로 고치세요)` })
  for (const field of Object.keys(final)) {
    // `authors` is read by the blog's co-author support and by this import (convertJekyllFields).
    if (!isKnownPostField(field) && !isPerPostAuthorField(field) && field !== 'authors') post.unknown.push({ line: parsed.value.fieldLines[field] ?? 1, message: `${field}: 남겨 두었습니다` })
  }
  return post
}

const isPerPostAuthorField = (field: string) => /^author[-_]/.test(field)

/** Front matter of other Jekyll themes the blog reads under its own names: authors, `excerpt`, `publish`. */
function convertJekyllFields(post: IndexedPost, data: Record<string, unknown>, lineOf: (field: string) => number, edits: Record<string, string | null>): void {
  post.authors = readPostAuthors(data, lineOf)
  Object.assign(edits, post.authors.edits)
  post.fixes.push(...post.authors.notes)
  for (const key of Object.keys(data).filter(isPerPostAuthorField)) {
    post.unknown.push({ line: lineOf(key), message: `${key}: 남겨 두었습니다 (가져오기가 만드는 글쓴이 파일에 그 값이 없으면 파일에도 넣습니다)` })
  }
  const excerpt = typeof data.excerpt === 'string' ? data.excerpt.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : ''
  if (excerpt !== '' && (typeof data.description !== 'string' || data.description.trim() === '')) {
    edits.description = formatYamlValue(excerpt)
    edits.excerpt = null
    post.dropped.push({ line: lineOf('excerpt'), message: 'excerpt → description (목록, 검색, 공유 카드의 요약)' })
  }
  if (data.publish !== undefined) {
    // Jekyll reads only `published`; a `publish: false` post was on the old site all the same.
    post.problems.push({ line: lineOf('publish'), message: `publish: ${String(data.publish)}는 Jekyll이 읽지 않는 항목이라 옛 사이트에 발행되어 있었고 여기서도 발행합니다: 감추려면 published: false로 바꾸세요` })
  }
}

/**
 * A post `permalink` replaced the `/:title/` URL in Jekyll. One segment becomes the `slug` field on
 * the same line; the same address as the file name needs nothing; anything else needs a person.
 */
function convertPermalink(post: IndexedPost, permalink: string, line: number, hasSlug: boolean): string {
  const route = parsePermalink(permalink)
  const fileSlug = derivePostSlug(post.fileName)
  if (route && route.legacyPath === null && route.slug === fileSlug) return post.text
  if (!route || route.legacyPath !== null || hasSlug) {
    post.problems.push({ line, message: `permalink: ${permalink}는 옮길 수 없는 주소입니다: 옛 주소가 깨지지 않게 직접 정하세요` })
    return post.text
  }
  const lines = post.text.split('\n')
  lines[line - 1] = `slug: ${formatYamlValue(route.slug)}`
  post.dropped.push({ line, message: `permalink: ${permalink} → slug: ${route.slug} (주소는 그대로)` })
  return lines.join('\n')
}

/** Adds confirmed series fields, then converts the body and checks its references. */
export function finishPost(post: IndexedPost, series: { id: string; order: number } | null, resolver: LiquidResolver, site: SiteIndex): DocumentOutcome {
  let frontMatter = post.text.slice(0, post.frontMatterEnd)
  const body = post.text.slice(post.frontMatterEnd)
  if (series) frontMatter = setFrontMatterFields(frontMatter, { series: formatYamlValue(series.id), seriesOrder: String(series.order) })
  const parsed = parseFrontMatter(frontMatter)
  const image = parsed.ok && typeof parsed.value.data.image === 'string' ? [{ url: parsed.value.data.image, line: parsed.value.fieldLines.image ?? 1 }] : []
  return convertDocument(frontMatter, body, resolver, site, image)
}
