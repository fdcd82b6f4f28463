import { formatInTimeZone } from 'date-fns-tz'
import { parseFrontMatterDate } from '../../lib/schema/dates'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { isKnownPostField, POST_FIELDS } from '../../lib/schema/post-fields'
import { closestName } from '../../lib/schema/suggest'
import { derivePostSlug, parsePostFileName } from '../../lib/schema/slug'
import { toTermList } from '../../lib/schema/terms'
import type { SourceFile } from '../../lib/schema/validate-content'
import { readPostAuthors, type PostAuthors } from './authors'
import { convertDocument, type DocumentOutcome } from './convert-body'
import { flattenHtml } from './convert-page'
import { defaultsFor, missingDefaults, type DefaultSet } from './front-matter-defaults'
import { bodyOffset, formatYamlValue, repairFrontMatter, setFrontMatterFields, type LineNote } from './front-matter'
import { localRepositoryPath } from './links'
import { padPostFileName, readJekyllDate } from './loose-date'
import type { LiquidResolver } from './liquid'
import { computePostUrl, singleSegment, styleTemplate } from './permalink'
import { resolveReference, type SiteIndex } from './scan'

/** A post read and repaired, before its body is converted (which needs every post's URL). */
export interface IndexedPost {
  /** Path in the Jekyll site, e.g. `_posts/2019-12-06-kubecon-1.markdown`. */
  source: string
  /** File name in content/posts: the same name, `.markdown`, `.html` and `.htm` becoming `.md`. */
  fileName: string
  text: string
  frontMatterEnd: number
  /** Its address within its edition (`hello`). */
  slug: string
  /** Its address in the blog from the site's root, its edition's folder included (`/hello/`, `/en/hello/`). */
  url: string
  /** The folder of the edition its `lang` places it in (tools/jekyll/editions.ts): '' for the first. */
  edition: string
  /** `lang` as Jekyll read it (its own, else what `defaults:` gave it), null when none. */
  lang: string | null
  title: string
  draft: boolean
  /** ISO date in the old site's time zone, or null when it cannot be read. */
  publishedAt: string | null
  /** The URL the old Jekyll site gave the post (decoded), e.g. `/2019/12/06/kubecon-1.html`. */
  oldUrl: string
  tags: string[]
  /** The categories as Jekyll read them (its folders above `_posts` first). */
  categories: string[]
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

/** Whether Jekyll published the `_posts` file as HTML it did not run kramdown on (`.html`, `.htm`). */
export const isHtmlPost = (path: string): boolean => /\.html?$/i.test(path)

/**
 * The extensions Jekyll's Markdown converter takes (its default `markdown_ext`), compared as Jekyll
 * compares them, in lower case: `2016-08-17-lc-at-ucsd.MD` was a Markdown post.
 */
const MARKDOWN_EXTENSION = /\.(?:markdown|mkdown|mkdn|mkd|md)$/i

/** Whether Jekyll published the `_posts` file as a post the blog can hold: Markdown or HTML. */
export const isPostFile = (path: string): boolean => MARKDOWN_EXTENSION.test(path) || isHtmlPost(path)

/** What the old site's `_config.yml` says about every post's date and URL. */
export interface PostContext {
  /** The zone Jekyll read dates without an offset in: `timezone`, else UTC as GitHub Pages builds. */
  timeZone: string
  /** `permalink` of `_config.yml` (or of `collections: posts:`); null for Jekyll's default `date` style. */
  permalink: string | null
  /** `defaults:` of `_config.yml`, which Jekyll merged under each post's own front matter. */
  defaults?: readonly DefaultSet[]
  /**
   * The folder of the edition a post's `lang` places it in ('' for the first, `en`), when the blog
   * gets editions (tools/jekyll/editions.ts); absent: every post is in the first.
   */
  editionOf?: (lang: string | null) => string
}

/**
 * YAML's timestamp with a time of day and no zone (`date: 2020-07-15 00:00:00`, not quoted): Ruby's YAML
 * reads it as UTC before Jekyll sees it, whatever `timezone` says, while a quoted one, one without
 * seconds or a bare day is read by Jekyll in the site's zone. Checked against Jekyll in test:jekyll-parity.
 */
const YAML_TIMESTAMP_WITHOUT_ZONE = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?$/

/** The zone Jekyll read the front-matter value on this line in: UTC for a YAML timestamp without one, else the site's. */
export function zoneOfValue(text: string, line: number, siteZone: string): string {
  const written = (text.split('\n')[line - 1] ?? '')
    .replace(/^[\w-]+:/, '')
    .replace(/\s+#.*$/, '')
    .trim()
  return YAML_TIMESTAMP_WITHOUT_ZONE.test(written) ? 'UTC' : siteZone
}

/** `2019-12-06 01:00:00 +0000`: the instant as the old site's wall clock with its offset, which the blog reads back unchanged. */
export function formatDateWithOffset(iso: string, timeZone: string): string {
  return formatInTimeZone(new Date(iso), timeZone, 'yyyy-MM-dd HH:mm:ss xx')
}

/** Reads a `_posts` file: repairs its front matter and fields, works out its slug; a reason when Jekyll never published it. */
export function indexPost(file: SourceFile, context: PostContext): IndexedPost | { skip: string } {
  const { timeZone } = context
  // Jekyll read `2017-1-5-x.md` as 5 January; the blog's file names have two-digit months and days.
  const name = padPostFileName(baseName(file.path))
  const fileName = name.replace(MARKDOWN_EXTENSION, '.md').replace(/\.html?$/i, '.md')
  const day = parsePostFileName(fileName)
  if (!day) return { skip: '파일 이름이 YYYY-MM-DD-제목.md 형식이 아니라 Jekyll도 글로 읽지 않았습니다' }
  // repairFrontMatter also removes invisible control characters, which the blog's check rejects, at their lines.
  const repaired = repairFrontMatter(file.text, POST_FIELDS)
  if (isHtmlPost(file.path)) {
    // Jekyll published an `.html` post as it was written (Liquid only, no kramdown); as Markdown its
    // indented lines would be code and a blank line would end the HTML.
    const start = bodyOffset(repaired.text)
    const body = repaired.text.slice(start)
    const flat = flattenHtml(body)
    if (flat !== body.replace(/^\n+/, '')) {
      repaired.text = `${repaired.text.slice(0, start)}\n${flat}`
      repaired.fixes.push({
        line: 1,
        message:
          'HTML로 쓴 글이라 (Jekyll은 Markdown으로 읽지 않았습니다) 들여쓰기와 빈 줄을 지웠습니다 (<pre> 안은 보이는 그대로 두고, 빈 줄만 &#10;로 씁니다): 그대로 두면 들여쓴 줄은 코드 블록이 되고 빈 줄 뒤의 HTML은 글자로 보입니다',
      })
    }
  }
  const post: IndexedPost = {
    source: file.path,
    fileName,
    text: repaired.text,
    frontMatterEnd: 0,
    slug: '',
    url: '',
    edition: '',
    lang: null,
    title: '',
    draft: false,
    publishedAt: null,
    oldUrl: '',
    tags: [],
    categories: [],
    author: null,
    authors: { refs: [], details: {}, edits: {}, notes: [] },
    series: null,
    fixes: repaired.fixes,
    unknown: [],
    dropped: [],
    problems: [],
  }
  let parsed = parseFrontMatter(post.text)
  const raw = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!parsed.ok && parsed.problem.message === 'front-matter-missing') {
    // Jekyll 4 published a `_posts` file without front matter all the same (its whole text the body,
    // its title and day from the file name): the post gets the front matter the blog needs.
    const given = indexPost({ path: file.path, text: `---\ndate: ${day.day}\n---\n${raw}` }, context)
    if (!('skip' in given))
      given.problems.unshift({
        line: 1,
        message:
          'front matter가 없는 파일이지만 Jekyll은 글로 발행했습니다: 파일 이름의 날짜로 front matter를 만들었습니다',
      })
    return given
  }
  if (!parsed.ok) {
    // Jekyll logged the YAML error and still published the body; the blog's check would stop the
    // build. The post gets a front matter it reads, and the one written stays on top of the body.
    // (Jekyll's own URL for it used the day of its build, which no import can know.)
    const placeholder = indexPost({ path: file.path, text: unreadableFrontMatter(raw, day.title, day.day) }, context)
    if ('skip' in placeholder) return placeholder
    placeholder.problems.unshift({
      line: parsed.problem.line,
      message:
        bodyOffset(raw) === 0
          ? 'front matter를 닫는 --- 줄이 없어 Jekyll처럼 파일 전체를 본문으로 두고 제목과 날짜는 파일 이름에서 만들었습니다: --- 줄을 넣어 front matter를 닫고 맨 위에 넣은 front matter를 지우세요'
          : `front matter를 읽을 수 없어 (${parsed.problem.message}) 파일 이름에서 제목과 날짜를 만들고, 원래 front matter는 글 맨 위의 코드 블록으로 옮겼습니다: 고쳐서 front matter로 되돌리고 안내 문단과 코드 블록을 지우세요`,
    })
    return placeholder
  }

  // What `defaults:` gave the post, Jekyll read as if written in it: its URL, authors, tags, language.
  const fromDefaults = missingDefaults(
    parsed.value.data,
    defaultsFor(context.defaults ?? [], file.path, 'posts'),
    readsPostField,
  )
  if (Object.keys(fromDefaults).length > 0) {
    post.text = setFrontMatterFields(post.text, fromDefaults)
    parsed = parseFrontMatter(post.text)
    if (!parsed.ok) throw new Error(`${file.path}: front matter stopped parsing after adding its defaults`)
    for (const [field, value] of Object.entries(fromDefaults))
      post.fixes.push({
        line: parsed.value.fieldLines[field] ?? 1,
        message: `${field}: ${value} (_config.yml의 defaults:가 이 글에 준 값이라 Jekyll이 읽은 대로 적었습니다)`,
      })
  }
  const data = parsed.value.data
  const lineOf = (field: string) => (parsed.ok ? (parsed.value.fieldLines[field] ?? 1) : 1)
  const edits: Record<string, string | null> = {}
  if (typeof data.title !== 'string' || data.title.trim() === '') {
    // Jekyll's Utils.titleize_slug: each word of the slug capitalized (Ruby's capitalize lowers the rest).
    const title = day.title
      .split('-')
      .filter((word) => word !== '')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
      .join(' ')
    edits.title = formatYamlValue(title)
    post.problems.push({
      line: 1,
      message: `제목이 없어 Jekyll처럼 파일 이름에서 "${title}"을(를) 만들었습니다: 맞는 제목으로 고치세요`,
    })
  }
  if (typeof data.title === 'string' && /\s{2,}|^\s|\s$|[\t\n]/.test(data.title)) {
    // A browser and jekyll-feed (normalize_whitespace) show runs of spaces and line breaks as one space.
    const title = data.title.replace(/\s+/g, ' ').trim()
    edits.title = formatYamlValue(title)
    post.fixes.push({
      line: lineOf('title'),
      message: `title의 겹친 공백과 줄바꿈을 한 칸으로 (옛 사이트와 피드에 보이던 대로)`,
    })
  }
  // `series: [dvf]`: a theme may read a list; a post of this blog belongs to one series, the first named.
  if (Array.isArray(data.series)) {
    const names = data.series.flatMap((name) => (typeof name === 'string' && name.trim() !== '' ? [name.trim()] : []))
    edits.series = names[0] === undefined ? null : formatYamlValue(names[0])
    post.fixes.push({
      line: lineOf('series'),
      message:
        names.length > 1
          ? `series: 목록 [${names.join(', ')}]의 첫 시리즈 ${names[0]}에 넣었습니다 (이 블로그의 글은 한 시리즈에만 속합니다)`
          : names[0] === undefined
            ? 'series: 빈 목록이라 뺐습니다'
            : `series: [${names[0]}] → ${names[0]} (한 시리즈의 이름)`,
    })
  }
  // jekyll-seo-tag's other form of `image`, a mapping with its `path` (and `width`, `height`, `alt`):
  // the path is the picture, and the blog measures the rest itself.
  const imagePath = imageMappingPath(data.image)
  if (imagePath !== null) {
    data.image = imagePath
    edits.image = formatYamlValue(imagePath)
    post.fixes.push({ line: lineOf('image'), message: `image: {path: ${imagePath}, …} → ${imagePath} (그림의 주소)` })
  }
  // Themes name the share picture differently; the blog reads `image` (its card, og:image).
  // Only an address is a picture: a theme's `cover` may hold markup (a row of videos) it printed above the post.
  const coverField = COVER_ALIASES.find((key) => typeof data[key] === 'string' && /^\s*[^\s<>"]+\s*$/.test(data[key]))
  if (coverField !== undefined && (typeof data.image !== 'string' || data.image.trim() === '')) {
    data.image = data[coverField]
    edits.image = formatYamlValue(data[coverField] as string)
    edits[coverField] = null
    post.fixes.push({ line: lineOf(coverField), message: `${coverField} → image (공유 카드와 목록의 대표 그림)` })
  }
  if (typeof data.image === 'string' && /^[^/:]+\//.test(data.image) && !/^[a-z]+:/i.test(data.image)) {
    // Mundana writes cover images relative to the site root and prefixes the base URL in templates.
    edits.image = formatYamlValue(`/${data.image}`)
    post.fixes.push({ line: lineOf('image'), message: `image: ${data.image} → /${data.image} (사이트 루트 기준 주소)` })
  }
  if (typeof data.image === 'string' && /^\s*\/\/[^/]/.test(data.image)) {
    // `//ben.balter.com/a.png`: the page's own scheme, https on a page served over https.
    const absolute = `https:${data.image.trim()}`
    data.image = absolute
    edits.image = formatYamlValue(absolute)
    post.fixes.push({
      line: lineOf('image'),
      message: `image: ${absolute.slice(6)} → ${absolute} (https로 열린 페이지가 읽던 주소)`,
    })
  }
  convertJekyllFields(post, data, lineOf, edits)
  // Jekyll read a date without an offset in the old site's zone (but YAML's own timestamps in UTC, see
  // zoneOfValue); the offset written here keeps the instant.
  const asWritten = typeof data.date === 'string' ? data.date : day.day
  const dateZone = typeof data.date === 'string' ? zoneOfValue(post.text, lineOf('date'), timeZone) : timeZone
  // Ruby's Time.parse may have read it in a form the blog does not (a month name, a one-digit day, a
  // zone abbreviation), or YAML did (a timestamp with several spaces before its time, in UTC).
  const loose = readJekyllDate(asWritten, dateZone)?.loose ?? null
  let date = parseFrontMatterDate(loose ?? asWritten, dateZone)
  // The same instant on the old site's wall clock, as every other date here.
  if (date.ok && dateZone !== timeZone) date = parseFrontMatterDate(formatDateWithOffset(date.iso, timeZone), timeZone)
  if (loose !== null)
    post.fixes.push({ line: lineOf('date'), message: `date: ${asWritten} → ${loose} (Jekyll이 읽은 그 시각)` })
  const written = loose ?? asWritten
  if (date.ok) {
    post.publishedAt = date.iso
    const withOffset = formatDateWithOffset(date.iso, timeZone)
    if (loose !== null || !/(Z|[+-]\d{2}:?\d{2})\s*$/i.test(written.trim())) {
      // Every date gets this; the report says so once, in its time zone section.
      edits.date = formatYamlValue(withOffset)
    }
  } else {
    post.problems.push({
      line: lineOf('date'),
      message: `date를 읽을 수 없습니다: ${date.reason} (2019-12-06 01:00:00 형식으로 고치세요)`,
    })
  }
  // The update time too (jekyll-seo-tag's dateModified): read in the old zone, like the date.
  for (const field of ['updated', 'last_modified_at']) {
    const value = data[field]
    if (typeof value !== 'string') continue
    // A time with its own offset stays as written, when the blog reads it: `22:34:02 UTC+09:00` it does
    // not, and Ruby's Time.parse, knowing no zone `UTC+09:00`, read it on the site's clock.
    if (/(Z|[+-]\d{2}:?\d{2})\s*$/i.test(value.trim()) && parseFrontMatterDate(value, timeZone).ok) continue
    const read = readJekyllDate(value, zoneOfValue(post.text, lineOf(field), timeZone))
    if (read !== null) edits[field] = formatYamlValue(formatDateWithOffset(read.iso, timeZone))
  }
  post.text = Object.keys(edits).length > 0 ? setFrontMatterFields(post.text, edits) : post.text
  parsed = parseFrontMatter(post.text)
  if (!parsed.ok) throw new Error(`${file.path}: front matter stopped parsing after the import's own edits`)
  post.lang = typeof parsed.value.data.lang === 'string' ? parsed.value.data.lang.trim() : null
  post.edition = context.editionOf?.(post.lang) ?? ''
  if (date.ok) post.text = keepOldUrl(post, parsed.value.data, new Date(date.iso), context, lineOf('permalink'))
  parsed = parseFrontMatter(post.text)
  if (!parsed.ok) throw new Error(`${file.path}: front matter stopped parsing after the import's own edits`)

  const final = parsed.value.data
  post.frontMatterEnd = bodyOffset(post.text)
  post.slug = derivePostSlug(post.fileName, typeof final.slug === 'string' ? final.slug : undefined)
  post.url = `${editionPrefix(post)}/${post.slug}/`
  if (!date.ok) post.oldUrl = post.url
  post.title = typeof final.title === 'string' ? final.title : ''
  post.draft = final.draft === true || final.published === false
  post.tags = toTermList(final.tags)
  post.categories = toTermList(final.categories)
  post.author = typeof final.author === 'string' ? final.author.trim() : null
  post.series = typeof final.series === 'string' ? final.series : null
  const renamed: string[] = []
  for (const field of Object.keys(final)) {
    // `authors` is read by the blog's co-author support and by this import (convertJekyllFields).
    if (isKnownPostField(field) || isPerPostAuthorField(field) || field === 'authors') continue
    const line = parsed.value.fieldLines[field] ?? 1
    if (CONTENT_LAYER_FIELDS.has(field) && !Object.hasOwn(final, `jekyll_${field}`)) {
      // Contentlayer reads `type` as the document's kind (Post, Author…): `type: newsletter` stops the build.
      renamed.push(field)
      post.fixes.push({
        line,
        message: `${field} → jekyll_${field}: Jekyll에서는 보통 항목이었지만 블로그의 콘텐츠 단계가 문서 종류로 읽어 빌드를 멈추므로 이름만 바꿔 값을 남겼습니다`,
      })
      continue
    }
    const meant = closestName(field, Object.keys(POST_FIELDS))
    if (meant !== null && final[meant] === undefined && !Object.hasOwn(final, `jekyll_${field}`)) {
      // Jekyll ignored the key; the blog's check would read it as a typo of `meant` and stop the build.
      renamed.push(field)
      post.fixes.push({
        line,
        message: `${field} → jekyll_${field}: Jekyll이 읽지 않던 항목인데 블로그 검사는 ${meant}의 오타로 읽어 빌드를 멈추므로 이름만 바꿔 값을 남겼습니다`,
      })
    } else post.unknown.push({ line, message: `${field}: 남겨 두었습니다` })
  }
  if (renamed.length > 0) {
    post.text = renameFields(post.text, renamed)
    post.frontMatterEnd = bodyOffset(post.text)
  }
  return post
}

/** Front matter keys Contentlayer keeps for itself (`type` names the document type; `_id`, `_raw` are its own). */
const CONTENT_LAYER_FIELDS = new Set(['type', '_id', '_raw'])

/**
 * Renames top-level keys to `jekyll_<key>` in place: the value's own lines stay under the new
 * name untouched, so lists and quoting stay as Jekyll read them.
 */
function renameFields(text: string, renamed: readonly string[]): string {
  let result = text
  for (const name of renamed) {
    const key = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([ \t]*):`, 'm')
    const end = bodyOffset(result)
    const head = result.slice(0, end)
    if (!key.test(head)) continue
    result = head.replace(key, `jekyll_${name}$1:`) + result.slice(end)
  }
  return result
}

const isPerPostAuthorField = (field: string) => /^author[-_]/.test(field)

/** Front matter of other Jekyll themes the blog reads under its own names: authors, `excerpt`, `publish`. */
/** The `path` of an `image` written as jekyll-seo-tag's mapping (`{path: /a.png, width: 1200}`), else null. */
function imageMappingPath(image: unknown): string | null {
  if (image === null || typeof image !== 'object' || Array.isArray(image)) return null
  const path = (image as Record<string, unknown>).path
  return typeof path === 'string' && path.trim() !== '' ? path.trim() : null
}

/** Front matter fields themes use for a post's share picture, read when `image` is not given. */
const COVER_ALIASES = ['cover_image', 'cover', 'thumbnail', 'featured_image', 'og_image', 'share_image'] as const

/** Fields of a post that the blog or this import reads (`layout` the blog only tolerates). */
const readsPostField = (field: string) =>
  field !== 'layout' &&
  (isKnownPostField(field) ||
    isPerPostAuthorField(field) ||
    ['permalink', 'category', 'tag', 'excerpt', 'publish', ...COVER_ALIASES].includes(field))

function convertJekyllFields(
  post: IndexedPost,
  data: Record<string, unknown>,
  lineOf: (field: string) => number,
  edits: Record<string, string | null>,
): void {
  post.authors = readPostAuthors(data, lineOf)
  Object.assign(edits, post.authors.edits)
  post.fixes.push(...post.authors.notes)
  for (const key of Object.keys(data).filter(isPerPostAuthorField)) {
    post.unknown.push({
      line: lineOf(key),
      message: `${key}: 남겨 두었습니다 (가져오기가 만드는 글쓴이 파일에 그 값이 없으면 파일에도 넣습니다)`,
    })
  }
  const excerpt =
    typeof data.excerpt === 'string'
      ? data.excerpt
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      : ''
  if (excerpt !== '' && (typeof data.description !== 'string' || data.description.trim() === '')) {
    edits.description = formatYamlValue(excerpt)
    edits.excerpt = null
    post.dropped.push({ line: lineOf('excerpt'), message: 'excerpt → description (목록, 검색, 공유 카드의 요약)' })
  }
  const terms = jekyllTerms(data, postFolders(post.source))
  if (data.tag !== undefined && data.tag !== null) {
    // Quoted: a tag Jekyll took whole from `tag: SVD, PCA` keeps its commas, which a bare flow item cannot hold.
    edits.tags = flowTerms(terms.tags)
    edits.tag = null
    post.fixes.push({
      line: lineOf('tag'),
      message: `tag → tags: ${edits.tags} (Jekyll은 tag가 있으면 그 값을 통째로 태그로 읽고 tags는 보지 않았습니다)`,
    })
  }
  const writtenTags = toTermList(data.tags)
  if ((data.tag === undefined || data.tag === null) && terms.tags.join('\n') !== writtenTags.join('\n')) {
    edits.tags = flowTerms(terms.tags)
    post.fixes.push({ line: lineOf('tags'), message: `tags: ${edits.tags} (Jekyll이 tags를 읽은 그대로)` })
  }
  const writtenCategories = toTermList(data.categories)
  if (
    (data.category !== undefined && data.category !== null) ||
    terms.categories.join('\n') !== writtenCategories.join('\n')
  ) {
    edits.categories = flowTerms(terms.categories)
    if (data.category !== undefined) edits.category = null
    post.fixes.push({
      line: lineOf(data.category !== undefined ? 'category' : 'categories'),
      message: `categories: ${edits.categories} (Jekyll이 category와 categories를 읽은 그대로)`,
    })
  }
  if (data.publish !== undefined) {
    // Jekyll reads only `published`; a `publish: false` post was on the old site all the same.
    post.problems.push({
      line: lineOf('publish'),
      message: `publish: ${String(data.publish)}는 Jekyll이 읽지 않는 항목이라 옛 사이트에 발행되어 있었고 여기서도 발행합니다: 감추려면 published: false로 바꾸세요`,
    })
  }
}

/** Terms as one YAML flow list, each quoted. */
const flowTerms = (terms: readonly string[]) => `[${terms.map((term) => JSON.stringify(term)).join(', ')}]`

/** A front-matter value as Ruby's Array() makes it: a string stays one item, a list its items. */
function wholeItems(value: unknown): string[] {
  if (value === undefined || value === null) return []
  // Jekyll flattens a list of lists (`tags:` then `- [Unity, C#]`, a common theme starter's style).
  return (Array.isArray(value) ? value.flat(Infinity) : [value])
    .filter((item) => item !== null && item !== undefined)
    .map((item) => String(item).trim())
    .filter((item) => item !== '')
}

/**
 * The folders before a post's `_posts` (`blog/_posts/x.md` -> `blog`): Jekyll gave them to the post as
 * its first categories (Document#categories_from_path), which put them in its URL. Folders inside
 * `_posts` (`_posts/en/x.md`) are no categories.
 */
export function postFolders(source: string): string[] {
  const parts = source.split('/')
  const at = parts.indexOf('_posts')
  return at <= 0 ? [] : parts.slice(0, at)
}

/**
 * Tags and categories exactly as Jekyll 4 reads them (Document#populate_tags, #populate_categories):
 * `tag` if present, taken whole, else `tags` (a string split at spaces); categories are `categories`
 * (a string split at spaces already as the front matter is read, Document#merge_categories!; a list
 * taken whole), then `category` taken whole if present, else `categories` split at spaces, each once.
 */
export function jekyllTerms(
  data: Record<string, unknown>,
  /** The folders before the post's `_posts` (postFolders), Jekyll's first categories. */
  folders: readonly string[] = [],
): { tags: string[]; categories: string[] } {
  const plural = (value: unknown) =>
    typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : wholeItems(value)
  const tags = data.tag !== undefined && data.tag !== null ? wholeItems(data.tag) : plural(data.tags)
  const categories = [
    ...folders,
    ...plural(data.categories),
    ...(data.category !== undefined && data.category !== null ? wholeItems(data.category) : plural(data.categories)),
  ]
  return { tags: [...new Set(tags)], categories: [...new Set(categories)] }
}

/**
 * Works out the URL Jekyll gave the post (its `permalink`, else the site's) and keeps it: a
 * one-segment URL becomes the post's own (`slug` when it differs from the file name); any other
 * becomes `redirect_from`, which the build answers with a redirect page to the post's `/<slug>/`.
 * The `permalink` field itself goes, as the blog has no such post field.
 */
function keepOldUrl(
  post: IndexedPost,
  data: Record<string, unknown>,
  date: Date,
  context: PostContext,
  line: number,
): string {
  const own = typeof data.permalink === 'string' && data.permalink.trim() !== '' ? data.permalink.trim() : null
  const fileSlug = parsePostFileName(post.fileName)?.title ?? ''
  const slugSource = typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug : fileSlug
  const { categories } = jekyllTerms(data, postFolders(post.source))
  post.oldUrl = computePostUrl({
    permalink: own ?? styleTemplate(context.permalink),
    date,
    timeZone: context.timeZone,
    slug: slugSource,
    categories,
    fileStem: (post.source.split('/').pop() ?? post.source).replace(/\.[^.]+$/, ''),
  })
  const edits: Record<string, string | null> = {}
  if (own !== null) edits.permalink = null
  // A one-segment URL (`/hello/`; `/en/hello/` in the English edition) names the post: its slug.
  const prefix = editionPrefix(post)
  const withinEdition =
    prefix === '' ? post.oldUrl : post.oldUrl.startsWith(`${prefix}/`) ? post.oldUrl.slice(prefix.length) : null
  // An English post Jekyll served at `/hello/` keeps its name too: `/en/hello/`.
  const segment = singleSegment(withinEdition ?? post.oldUrl)
  const current = derivePostSlug(post.fileName, typeof data.slug === 'string' ? data.slug : undefined)
  if (segment !== null && segment !== current) edits.slug = formatYamlValue(segment)
  const newUrl = `${prefix}/${segment ?? current}/`
  if (post.oldUrl !== newUrl) edits.redirect_from = formatRedirects(data.redirect_from, post.oldUrl)
  else if ([data.redirect_from].flat().some((path) => typeof path === 'string' && !path.trim().startsWith('/')))
    edits.redirect_from = formatRedirects(data.redirect_from, null)
  if (own !== null)
    post.dropped.push({
      line,
      message: `permalink: ${own} → ${edits.redirect_from ? `새 주소 ${newUrl}, 옛 주소 ${post.oldUrl}는 redirect_from으로 이어짐` : `주소 ${newUrl} 그대로`}`,
    })
  return Object.keys(edits).length > 0 ? setFrontMatterFields(post.text, edits) : post.text
}

/**
 * `redirect_from` with the post's own `redirect_from` (jekyll-redirect-from's, which the old site
 * answered too) first and `added` after it. A list whenever a path has a space or there are
 * several, since the blog reads one string with spaces as several terms.
 */
export function formatRedirects(existing: unknown, added: string | null): string {
  const paths = [
    ...(Array.isArray(existing) ? existing : existing === undefined || existing === null ? [] : [existing]),
    ...(added === null ? [] : [added]),
  ]
    .filter((path): path is string => typeof path === 'string' && path.trim() !== '')
    // jekyll-redirect-from read `2015/02/16/a/` from the site's root, as `/2015/02/16/a/`.
    .map((path) => (/^[a-z][a-z0-9+.-]*:/i.test(path.trim()) ? path.trim() : `/${path.trim().replace(/^\/+/, '')}`))
  const unique = [...new Set(paths)]
  if (unique.length === 1 && !/\s/.test(unique[0] ?? '')) return formatYamlValue(unique[0] ?? '')
  return `[${unique.map((path) => JSON.stringify(path)).join(', ')}]`
}

/**
 * A post whose front matter no YAML reader takes, as a post the blog builds: the title from the
 * file name (as Jekyll made one for a post without any), the file name's day, and on top of the
 * body a visible note with the front matter as it was written, in a code block.
 */
export function unreadableFrontMatter(text: string, fileTitle: string, day: string): string {
  // Without its closing `---`, Jekyll showed the whole file as the body.
  const start = bodyOffset(text)
  const written = text.slice(0, start).replace(/\n$/, '')
  const title = fileTitle.replace(/-+/g, ' ').trim()
  if (start === 0) return `---\ntitle: ${formatYamlValue(title)}\ndate: ${day}\n---\n${text}`
  const fence = '`'.repeat(Math.max(3, ...[...written.matchAll(/`+/g)].map((run) => run[0].length + 1)))
  const note =
    '가져오기 안내: 이 글의 front matter를 읽을 수 없어 제목과 날짜를 파일 이름에서 만들었습니다. 아래는 원래 front matter입니다.'
  const html = /^\s*</.test(text.slice(start))
  const shown = html
    ? `<p><strong>${note}</strong></p>\n<pre>${written.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '&#10;')}</pre>`
    : `**${note}**\n\n${fence}yaml\n${written}\n${fence}`
  return `---\ntitle: ${formatYamlValue(title)}\ndate: ${day}\n---\n${shown}\n\n${text.slice(start)}`
}

/** Moves a post whose slug another post or page owns to `slug`, keeping its old URL as a redirect. */
export function moveSlug(post: IndexedPost, slug: string, owner: string): void {
  const parsed = parseFrontMatter(post.text)
  const existing = parsed.ok ? parsed.value.data.redirect_from : undefined
  const edits: Record<string, string | null> = { slug: formatYamlValue(slug) }
  // An old URL the other owner answers now (Jekyll wrote only one of the two there) is not redirected.
  if (post.oldUrl !== post.url) edits.redirect_from = formatRedirects(existing, post.oldUrl)
  post.text = setFrontMatterFields(post.text, edits)
  post.frontMatterEnd = bodyOffset(post.text)
  post.fixes.push({
    line: 1,
    message: `주소 ${post.url}를 ${owner}가 쓰고 있어 ${editionPrefix(post)}/${slug}/로 옮겼습니다 (옛 주소 ${post.oldUrl}는 그대로 답합니다)`,
  })
  post.slug = slug
  post.url = `${editionPrefix(post)}/${slug}/`
}

/** The folder a post's address starts with: '' in the first edition, `/en` in the English one. */
export const editionPrefix = (post: Pick<IndexedPost, 'edition'>): string =>
  post.edition === '' ? '' : `/${post.edition}`

/** Adds confirmed series fields, then converts the body and checks its references. */
export function finishPost(
  post: IndexedPost,
  series: { id: string; order: number } | null,
  resolver: LiquidResolver,
  site: SiteIndex,
): DocumentOutcome {
  let frontMatter = post.text.slice(0, post.frontMatterEnd)
  const body = post.text.slice(post.frontMatterEnd)
  if (series)
    frontMatter = setFrontMatterFields(frontMatter, {
      series: formatYamlValue(series.id),
      seriesOrder: String(series.order),
    })
  let parsed = parseFrontMatter(frontMatter)
  const cover =
    parsed.ok && typeof parsed.value.data.image === 'string' && site.links
      ? localRepositoryPath(parsed.value.data.image, { ...site.links, site })
      : null
  if (cover !== null) {
    frontMatter = setFrontMatterFields(frontMatter, { image: formatYamlValue(cover) })
    parsed = parseFrontMatter(frontMatter)
  }
  // A bare file name (`image: 2026-02-09-a.jpg`), which the theme's layout put behind its own folder
  // (`/images/{{ page.image }}`): the one file of that name in the site is the picture readers saw.
  let namedCover: LineNote | null = null
  if (parsed.ok && typeof parsed.value.data.image === 'string') {
    const name = parsed.value.data.image.trim()
    const bare = /^[^/:?#]+\.[A-Za-z0-9]+$/.test(name) && !site.hasFile(`/${name}`)
    const found = bare ? (site.filesNamed?.(name) ?? []) : []
    if (bare && found.length === 1 && found[0] !== undefined) {
      namedCover = {
        line: parsed.value.fieldLines.image ?? 1,
        message: `image: ${name} → ${found[0]} (테마가 폴더를 붙여 보여 주던 파일 이름: 사이트에서 그 이름의 파일은 이것 하나입니다)`,
      }
      frontMatter = setFrontMatterFields(frontMatter, { image: formatYamlValue(found[0]) })
      parsed = parseFrontMatter(frontMatter)
    } else if (bare) {
      namedCover = {
        line: parsed.value.fieldLines.image ?? 1,
        message: `image: ${name}: 폴더 없이 쓴 파일 이름인데 사이트에 그 이름의 파일이 ${found.length === 0 ? '없어' : `${found.length}개(${found.join(', ')}) 있어`} 커버 그림을 뺐습니다 (그림의 사이트 경로를 image에 쓰세요)`,
      }
      frontMatter = setFrontMatterFields(frontMatter, { image: null })
      parsed = parseFrontMatter(frontMatter)
    }
  }
  // A cover that was a dead address on the old site too: Jekyll built the page all the same (its
  // share card pointed nowhere), so the post comes over without one instead of failing the check.
  let deadCover: LineNote | null = null
  if (parsed.ok && typeof parsed.value.data.image === 'string') {
    const url = parsed.value.data.image
    if (resolveReference(url, site).kind === 'missing') {
      deadCover = {
        line: parsed.value.fieldLines.image ?? 1,
        message: `image: ${url}는 옛 사이트에도 없던 파일이라 커버 그림을 뺐습니다 (파일을 찾으면 public/ 아래 같은 경로에 넣고 image를 다시 쓰세요)`,
      }
      frontMatter = setFrontMatterFields(frontMatter, { image: null })
      parsed = parseFrontMatter(frontMatter)
    }
  }
  const image =
    parsed.ok && typeof parsed.value.data.image === 'string'
      ? [{ url: parsed.value.data.image, line: parsed.value.fieldLines.image ?? 1 }]
      : []
  const outcome = convertDocument(
    frontMatter,
    body,
    resolver,
    site,
    image,
    post.oldUrl || undefined,
    !isHtmlPost(post.source),
    post.source,
  )
  if (deadCover !== null) outcome.repaired.push(deadCover)
  if (namedCover !== null) outcome.repaired.push(namedCover)
  return outcome
}
