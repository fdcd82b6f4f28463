import { createHash } from 'node:crypto'
import { Parser } from 'htmlparser2'
import { parse } from 'yaml'
import { AUTHOR_FIELDS } from '../../lib/schema/post-fields'
import { formatAuthorFile, importAuthor, type ImportedAuthor } from './config'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { formatYamlValue, setFrontMatterFields, type LineNote } from './front-matter'
import type { ReportItem } from './report'

/** Who wrote a post, as the old front matter said it, and what the import changes about it. */
export interface PostAuthors {
  /** Author references in order: ids or display names, as the written post names them. */
  refs: string[]
  /** Fields for each reference's author file, from an `author:` object or per-post `author-email` and the like. */
  details: Record<string, Record<string, string>>
  /** Front-matter edits (YAML sources; null removes the field). */
  edits: Record<string, string | null>
  notes: LineNote[]
}

const AUTHOR_ID = /^[A-Za-z0-9][\w.-]*$/
/** Longest id made from a name's words: an author file's name stays well under a file system's 255 bytes. */
const MAX_ID_LENGTH = 64
/** Per-post author fields some themes read (`author-email`, `author_github` ...), by the author-file field they fill. */
const PER_POST_FIELD = /^author[-_](name|email|bio|avatar|image|github|linkedin|role)$/
const PER_POST_TARGET: Record<string, string> = { image: 'avatar' }

const asText = (value: unknown) =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''

/**
 * The id of the author file for a reference: the reference itself when it can be a file name,
 * else its ASCII words (`Machine Learning Team` -> `machine-learning-team`), else its email's
 * local part, else a short hash of the name (Hangul names), so the same name always gets the same id.
 */
export function authorIdFor(ref: string, email?: string): string {
  if (AUTHOR_ID.test(ref)) return ref
  const words = ref
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (
    words !== '' &&
    /[a-z]/.test(words) &&
    !/[^\x00-\x7f]/.test(ref.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
  )
    return words.length <= MAX_ID_LENGTH
      ? words
      : `${words.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, '')}-${hashOf(ref)}`
  const local = email?.split('@')[0]?.replace(/[^\w.-]/g, '')
  if (local && AUTHOR_ID.test(local)) return local
  return `author-${hashOf(ref)}`
}

function hashOf(ref: string): string {
  return createHash('sha256').update(ref.normalize('NFC')).digest('hex').slice(0, 8)
}

/** A post's front matter with one author reference (`author: Roger`, or in `authors`) named `to` instead. */
export function renameAuthorRef(text: string, from: string, to: string): string {
  const parsed = parseFrontMatter(text)
  if (!parsed.ok) return text
  const { author, authors } = parsed.value.data
  if (typeof author === 'string' && author.trim() === from)
    return setFrontMatterFields(text, { author: formatYamlValue(to) })
  if (Array.isArray(authors) && authors.some((ref) => typeof ref === 'string' && ref.trim() === from))
    return setFrontMatterFields(text, {
      // One person named twice (`[roger, Roger]`) is one byline.
      authors: flowList([
        ...new Set(authors.map((ref) => (typeof ref === 'string' && ref.trim() === from ? to : String(ref)))),
      ]),
    })
  return text
}

/**
 * A byline written as HTML (`<a href="https://ann.example">Ann Lee</a> and Bo Kim`), which a layout
 * printing `{{ page.author }}` showed as its text with links: the text readers saw, with the links' addresses.
 * Null when the value has no closed element.
 */
export function htmlByline(author: string): { text: string; links: string[] } | null {
  // Markup closes its elements; `Ann <ann@example.com>` is a name and an address, not HTML.
  if (!/<\/[a-z][a-z0-9]*\s*>/i.test(author)) return null
  let text = ''
  const links: string[] = []
  new Parser({
    ontext: (part) => (text += part),
    onopentag: (name, attributes) => {
      if (name === 'a' && attributes.href) links.push(attributes.href)
    },
  }).end(author)
  text = text.replace(/\s+/g, ' ').trim().replace(/\s*,$/, '')
  return { text, links }
}

function objectAuthor(value: Record<string, unknown>): { ref: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  for (const [key, field] of Object.entries(value)) {
    const text = asText(field)
    if (text !== '' && Object.hasOwn(AUTHOR_FIELDS, key)) fields[key] = text
  }
  const name = fields.name ?? asText(value.display_name)
  const ref = asText(value.id) || authorIdFor(name || 'author', fields.email)
  if (!fields.name && name) fields.name = name
  return { ref, fields }
}

const flowList = (refs: readonly string[]) => `[${refs.map((ref) => formatYamlValue(ref)).join(', ')}]`

/**
 * Reads `authors:` (a list, or a string of names separated by commas), `author:` (a name, an
 * object, or `a, b` naming several) and per-post author fields. Several authors become
 * `authors: [a, b]` in order; an object becomes the id of the author file made from it.
 */
/**
 * Whether `author: a, b` names author ids (`tay, mason`), which co-author themes split; a string of
 * display names (`Ann Lee, Bo Kim, and Cy Park`) was one byline to Jekyll and its feed, and stays one.
 */
function namesIds(author: string): boolean {
  return author
    .split(/,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .every((name) => AUTHOR_ID.test(name))
}

export function readPostAuthors(source: Record<string, unknown>, lineOf: (field: string) => number): PostAuthors {
  const result: PostAuthors = { refs: [], details: {}, edits: {}, notes: [] }
  let data = source
  const html = typeof source.author === 'string' ? htmlByline(source.author) : null
  if (html !== null && html.text !== '' && (source.authors === undefined || source.authors === null)) {
    // The blog's byline is a name, never markup: the post names the people as readers read them.
    data = { ...source, author: html.text }
    result.edits.author = formatYamlValue(html.text)
    result.notes.push({
      line: lineOf('author'),
      message: `author: HTML로 쓴 글쓴이 → ${formatYamlValue(html.text)} (옛 글이 보여 준 글자; 글쓴이 파일에 둘 곳이 없는 링크 ${html.links.join(', ') || '없음'}는 뺐습니다)`,
    })
  }
  const take = (value: unknown): string | null => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const { ref, fields } = objectAuthor(value as Record<string, unknown>)
      result.details[ref] = fields
      return ref
    }
    return null
  }
  // A display name becomes the id of the file made for its author, which keeps the name to show.
  const nameToId = (ref: string) => {
    const id = authorIdFor(ref, result.details[ref]?.email)
    if (id !== ref) result.details[id] = { name: ref, ...result.details[ref], ...result.details[id] }
    return id
  }
  if (data.authors !== undefined && data.authors !== null) {
    const raw = data.authors
    const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw]
    result.refs = items.map(take).filter((ref): ref is string => ref !== null)
    const clean = Array.isArray(raw) && raw.every((item) => typeof item === 'string' && AUTHOR_ID.test(item.trim()))
    if (!clean && result.refs.length > 0) {
      // The blog names several authors by file id; display names get the id of the file made for them.
      result.refs = result.refs.map((ref) => (AUTHOR_ID.test(ref) ? ref : nameToId(ref)))
      result.edits.authors = flowList(result.refs)
      result.notes.push({
        line: lineOf('authors'),
        message: `authors → ${flowList(result.refs)} (글쓴이 파일 id의 목록)`,
      })
    }
    if (data.author !== undefined && result.refs.length > 0) {
      // Themes that read `authors` show it instead of `author`, so the old pages named these authors only.
      result.edits.author = null
      result.notes.push({
        line: lineOf('author'),
        message: `author: ${typeof data.author === 'string' ? data.author : '{…}'}를 뺐습니다 (authors가 있어 옛 사이트도 authors를 보여 줬습니다)`,
      })
    }
  } else if (Array.isArray(data.author)) {
    // `author: [a, b]`: themes loop over it as they do over `authors`; the blog's `author` is one name.
    result.refs = data.author
      .map(take)
      .filter((ref): ref is string => ref !== null)
      .map((ref) => {
        if (AUTHOR_ID.test(ref)) return ref
        const id = authorIdFor(ref, result.details[ref]?.email)
        // The author file made for a display name shows that name.
        result.details[id] = { name: ref, ...result.details[ref] }
        return id
      })
    result.edits.author = null
    if (result.refs.length > 0) result.edits.authors = flowList(result.refs)
    result.notes.push({
      line: lineOf('author'),
      message: `author: 목록 → ${result.refs.length > 0 ? `authors: ${flowList(result.refs)}` : '뺐습니다 (이름이 없는 목록)'} (블로그의 author는 한 사람, 여러 사람은 authors)`,
    })
  } else if (typeof data.author === 'string' && data.author.includes(',') && namesIds(data.author)) {
    // `A, B, and C` and `A, B & C` name three people: the last one's `and` is no part of the name.
    result.refs = data.author
      .split(/,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/)
      .map((name) => name.trim())
      .filter((name) => name !== '')
    result.edits.author = null
    result.refs = result.refs.map(nameToId)
    result.edits.authors = flowList(result.refs)
    result.notes.push({
      line: lineOf('author'),
      message: `author: ${data.author} → authors: ${result.edits.authors} (쉼표로 나눈 여러 글쓴이)`,
    })
  } else if (data.author !== undefined && data.author !== null) {
    const ref = take(data.author)
    if (ref !== null) result.refs = [ref]
    if (ref !== null && typeof data.author === 'object') {
      result.edits.author = formatYamlValue(ref)
      result.notes.push({
        line: lineOf('author'),
        message: `author: {…} → author: ${ref} (content/authors/${ref}.yml로 옮김)`,
      })
    }
  }
  const first = result.refs.length === 1 ? result.refs[0] : undefined
  for (const [key, value] of Object.entries(data)) {
    const match = PER_POST_FIELD.exec(key)
    const text = asText(value)
    if (!match || text === '' || first === undefined) continue
    const field = PER_POST_TARGET[match[1] ?? ''] ?? match[1] ?? ''
    result.details[first] = { ...result.details[first], [field]: result.details[first]?.[field] ?? text }
  }
  return result
}

/** The authors of a `_data/authors.yml` (keys are ids, as in `_config.yml`); entries that cannot be file names are left out. */
export function readDataAuthors(text: string | null | undefined): ImportedAuthor[] {
  if (!text) return []
  let data: unknown
  try {
    data = parse(text.replace(/^\uFEFF/, ''), { uniqueKeys: false })
  } catch {
    return []
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return []
  return Object.entries(data as Record<string, unknown>)
    .filter(([id]) => AUTHOR_ID.test(id))
    .map(([id, raw]) => importAuthor(id, raw))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

export interface AuthorPlanInput {
  /** Each post's file as the report names it, with its author references and details. */
  posts: readonly { file: string; authors: PostAuthors }[]
  /** Ids and names of authors the blog has or that `_config.yml` gives. */
  known: ReadonlySet<string>
  /** Ids of the authors `_config.yml` gives, whose files the import writes from there. */
  configIds: ReadonlySet<string>
  dataAuthors: readonly ImportedAuthor[]
  labels: { site: string; content: string }
}

/**
 * Author files for the authors of `_data/authors.yml` and for every author a post names that
 * nobody describes, so each byline links to an author page. What a person should fill in is reported.
 */
export function planPostAuthors(input: AuthorPlanInput): {
  files: { path: string; text: string }[]
  authors: string[]
  needsHuman: ReportItem[]
  frontMatter: ReportItem[]
  dropped: ReportItem[]
  /** Posts whose author reference becomes another author file's id (renameAuthorRef). */
  renames: { file: string; from: string; to: string }[]
} {
  const plan = {
    files: [] as { path: string; text: string }[],
    authors: [] as string[],
    needsHuman: [] as ReportItem[],
    frontMatter: [] as ReportItem[],
    dropped: [] as ReportItem[],
    renames: [] as { file: string; from: string; to: string }[],
  }
  // Author files by their id in lower case: macOS and Windows keep `Roger.yml` and `roger.yml` as one file.
  const fileIds = new Map([...input.configIds].map((id) => [id.toLowerCase(), id]))
  const aliases = new Map<string, string>()
  const known = new Set(input.known)
  const dataFile = `${input.labels.site}/_data/authors.yml`
  const details = new Map<string, Record<string, string>>()
  for (const { authors } of input.posts) {
    for (const [ref, fields] of Object.entries(authors.details)) details.set(ref, { ...fields, ...details.get(ref) })
  }
  const write = (author: ImportedAuthor) => {
    plan.files.push({ path: `authors/${author.id}.yml`, text: formatAuthorFile(author) })
    fileIds.set(author.id.toLowerCase(), author.id)
    plan.authors.push(author.id)
    known.add(author.id)
    known.add(author.fields.name ?? author.id)
  }
  for (const author of input.dataAuthors) {
    // Written every time, like the authors of _config.yml, so a second import finds them unchanged.
    if (input.configIds.has(author.id)) continue
    // A post's `author-email` fills what the data file leaves out.
    for (const [key, value] of Object.entries(details.get(author.id) ?? {})) author.fields[key] ??= value
    write(author)
    plan.dropped.push(
      ...author.dropped.map((key) => ({
        file: dataFile,
        line: 1,
        message: `${author.id}.${key}: 글쓴이 파일에 둘 곳이 없어 뺐습니다`,
      })),
    )
    plan.frontMatter.push(
      ...author.changes.map((change) => ({
        file: `${input.labels.content}/authors/${author.id}.yml`,
        line: 1,
        message: change,
      })),
    )
  }
  for (const { file, authors } of input.posts) {
    for (const ref of authors.refs) {
      const alias = aliases.get(ref)
      if (alias !== undefined) plan.renames.push({ file, from: ref, to: alias })
      if (known.has(ref)) continue
      const fields = details.get(ref) ?? {}
      const id = authorIdFor(ref, fields.email)
      known.add(ref)
      // An id that differs from an author file's only in case (`Roger` beside `roger`): on macOS and
      // Windows the two files would be one and a checkout would silently keep either. The post names
      // that author, as another spelling of a name does below.
      const cased = fileIds.get(id.toLowerCase())
      if (cased !== undefined && cased !== id) {
        aliases.set(ref, cased)
        plan.renames.push({ file, from: ref, to: cased })
        plan.needsHuman.push({
          file,
          line: 1,
          message: `글쓴이 "${ref}"는 ${input.labels.content}/authors/${cased}.yml과 대소문자만 다른 id라 (macOS와 Windows에서는 한 파일입니다) 그 글쓴이로 옮겼고 그 파일의 이름으로 보입니다 (Jekyll은 쓴 대로 "${ref}"를 보여 주었습니다): 다른 사람이면 author를 다른 id로 바꾸세요`,
        })
        continue
      }
      // Another spelling of a name already given a file (`Guillaume GARDET` beside `Guillaume Gardet`):
      // the posts name one author file, whose name the byline shows.
      const named = plan.files.find((f) => f.path === `authors/${id}.yml`)
      if (named !== undefined) {
        plan.needsHuman.push({
          file,
          line: 1,
          message: `글쓴이 "${ref}"는 이미 만든 ${input.labels.content}/authors/${id}.yml과 같은 id가 되어 그 파일의 이름으로 보입니다 (Jekyll은 쓴 대로 "${ref}"를 보여 주었습니다): 다른 사람이면 author를 다른 id로 바꾸세요`,
        })
        continue
      }
      const author = importAuthor(id, { ...fields, name: fields.name ?? ref })
      write(author)
      plan.needsHuman.push({
        file,
        line: 1,
        message: `글쓴이 "${ref}"가 _config.yml에도 content/authors에도 없어 ${input.labels.content}/authors/${id}.yml을 만들었습니다: 이름과 소개를 확인해 채우세요`,
      })
    }
  }
  return plan
}
