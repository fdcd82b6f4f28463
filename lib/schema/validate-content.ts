import {
  findForbiddenCharacter,
  findForbiddenInValue,
  formatMegabytes,
  MAX_NESTING_DEPTH,
  MAX_POST_BYTES,
  MAX_SLUG_BYTES,
  previewValue,
  utf8ByteLength,
} from './content-limits'
import { formatInTimeZone } from 'date-fns-tz'
import { dirname, resolve as resolvePath } from 'node:path'
import { LineCounter, parseAllDocuments } from 'yaml'
import { parseFrontMatter, type FrontMatterProblem, type ParsedFrontMatter } from './front-matter'
import { explainBadDate, explainYamlError } from './explain'
import { closestName } from './suggest'
import { parseFrontMatterDate } from './dates'
import { parsePermalink } from './pages'
import { readLegacyUrlEntries, redirectFromProblem, redirectTargetProblem, toRedirectPath } from './redirects'
import { AUTHOR_FIELDS, isKnownPostField, PAGE_FIELDS, POST_FIELDS, SERIES_FIELDS, type FieldSpec } from './post-fields'
import { DEFAULT_RESERVED_NAMES, type ReservedNames } from './reserved-names'
import { configProblems, editionOfLanguage, editions as configuredEditions, site, type Edition } from '../config'
import { checkTranslations, type EditionEntry } from './translations'
import {
  derivePostSlug,
  MAX_SEGMENT_BYTES,
  parsePostFileName,
  portableSegment,
  postFileName,
  slugifyPretty,
} from './slug'
import { termKey, toTermList } from './terms'
import { bodyOutline } from './body-tree'
import { isBundleIndex, resolveBundleReference, type PostBundle } from './bundles'
import { deepestNesting, findBodyImages, isLocalImage } from './validate-body'

/** A notice is no problem, only news the author should not miss (a scheduled post). */
export type Severity = 'error' | 'warning' | 'notice'

export interface Diagnostic {
  severity: Severity
  /** Path as the author sees it, e.g. `content/posts/2019-12-06-kubecon-1.md`. */
  file: string
  line: number
  field: string
  message: string
  fix: string
}

export interface SourceFile {
  path: string
  text: string
  /** Set when the bytes were not valid UTF-8: the 1-based line of the first bad byte. */
  invalidUtf8Line?: number
}

export interface ContentSources {
  posts: SourceFile[]
  authors: SourceFile[]
  series: SourceFile[]
  /** Whether `/assets/a.png` exists in the site's public folder; without it, local images are not checked. */
  publicFileExists?: (sitePath: string) => boolean
  /** Whether a site path is a file a post kept as a folder publishes (`/kubecon-1/shot.png`). */
  bundleFileExists?: (sitePath: string) => boolean
  /** Standalone pages (content/pages/*.md); optional so callers that only check posts can omit it. */
  pages?: SourceFile[]
  /** Files that were not read: symbolic links out of the repository, loops, broken links. */
  unreadable?: Diagnostic[]
  /** The build's clock (BUILD_NOW): posts dated after it get a notice. The machine's clock when absent. */
  now?: Date
  /** content/legacy-urls.yml (old paginator pages and feeds), when the blog has one. */
  legacyUrls?: SourceFile
  /** site.config.mjs as written, to name the line of a configuration problem. */
  siteConfig?: SourceFile
  /** Root names of the export no address may take (lib/schema/reserved-names.ts); a built-in list when absent. */
  reservedNames?: ReservedNames
  /** The blog's editions (lib/config.ts `editions`, the first at the root); the configured ones when absent. */
  editions?: readonly Edition[]
}

/**
 * Why a top-level address cannot be a post's or a page's, or null when it is free: it is a root
 * name of the export (lib/schema/reserved-names.ts), or it starts with `_`, which Next.js keeps for
 * itself (`_next`, `_not-found`: such a post replaced the site's 404 page).
 */
function reservedReason(slug: string, reserved: ReservedNames): string | null {
  const origin = reserved.get(slug.toLowerCase())
  if (origin !== undefined) return `주소 /${slug}/는 내보낸 사이트의 ${slug}(${origin})와 겹칩니다`
  if (slug.startsWith('_'))
    return `주소 /${slug}/는 밑줄(_)로 시작해 Next.js가 쓰는 이름(_next, _not-found …)과 겹칠 수 있습니다`
  return null
}

/**
 * The 1-based line of a field of site.config.mjs (`brand.accent`: the first `accent:` after
 * `brand:`), or 1 when it is not written there as `key: value`.
 */
export function configLine(text: string, field: string): number {
  const lines = text.split(/\r?\n/)
  let from = 0
  for (const key of field.split('.')) {
    const at = lines.findIndex((line, index) => index >= from && new RegExp(`^\\s*['"]?${key}['"]?\\s*:`).test(line))
    if (at === -1) return 1
    from = at
  }
  return from + 1
}

/** `file:line: field: message (fix)`, the form editors and CI logs turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const label = d.severity === 'error' ? '오류' : d.severity === 'warning' ? '경고' : '알림'
  return `${d.file}:${d.line}: ${d.field}: [${label}] ${d.message} (${d.fix})`
}

/** The text of a 1-based line. */
function lineAt(text: string, line: number): string {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1] ?? ''
}

function fileId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.(ya?ml)$/, '')
}

const KIND_FIX: Record<FieldSpec['kind'], string> = {
  string: '따옴표로 감싼 글자로 쓰세요. 예: "내용"',
  date: '2019-12-06 01:00:00 형식으로 쓰세요',
  terms: '목록(- 항목)이나 공백으로 구분한 문자열로 쓰세요',
  names: '목록으로 쓰세요. 예: [seungpilpark, 손다연] 또는 한 줄에 하나씩 - seungpilpark',
  boolean: 'true 또는 false로 쓰세요',
  number: '1, 2, 3 같은 정수로 쓰세요',
  any: '',
}

function kindMatches(kind: FieldSpec['kind'], value: unknown): boolean {
  switch (kind) {
    case 'string':
    case 'date':
      return typeof value === 'string'
    case 'terms':
      return (
        typeof value === 'string' ||
        (Array.isArray(value) && value.every((v) => ['string', 'number'].includes(typeof v)))
      )
    case 'names':
      return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value > 0
    case 'any':
      return true
  }
}

interface Checker {
  add(d: Omit<Diagnostic, 'file'> & { file?: string }): void
}

function checkFields(file: string, parsed: ParsedFrontMatter, specs: Record<string, FieldSpec>, out: Checker): void {
  // A misspelt required field (`titel:`) is reported as the typo it is, not as a missing field too.
  const misspelt = new Set(
    Object.keys(parsed.data)
      .filter((key) => !Object.hasOwn(specs, key))
      .map((key) => closestName(key, Object.keys(specs))),
  )
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.data[name]
    const line = parsed.fieldLines[name] ?? 1
    if (value === undefined || value === null) {
      if (spec.required && !(value === undefined && misspelt.has(name))) {
        out.add({
          severity: 'error',
          file,
          line,
          field: name,
          message: `필수 항목 ${name}이(가) 없습니다`,
          fix: `${name}: "..." 줄을 추가하세요`,
        })
      }
      continue
    }
    if (!kindMatches(spec.kind, value)) {
      out.add({
        severity: 'error',
        file,
        line,
        field: name,
        message: `${name}의 값 ${previewValue(value)}을(를) 읽을 수 없습니다`,
        fix: KIND_FIX[spec.kind],
      })
    } else if (spec.required && typeof value === 'string' && value.trim() === '') {
      out.add({
        severity: 'error',
        file,
        line,
        field: name,
        message: `${name}이(가) 비어 있습니다`,
        fix: `${name}: "..."에 내용을 쓰세요`,
      })
    }
  }
}

function frontMatterDiagnostic(file: string, problem: FrontMatterProblem, lineText = ''): Diagnostic {
  const known: Record<string, [string, string]> = {
    'front-matter-missing': ['front matter가 없습니다', '파일 첫 줄을 ---로 시작하고 title 등을 쓴 뒤 ---로 닫으세요'],
    'front-matter-unclosed': ['front matter가 닫히지 않았습니다', 'front matter 끝에 --- 한 줄을 추가하세요'],
    'front-matter-not-a-map': ['front matter가 "이름: 값" 목록이 아닙니다', '각 줄을 title: "제목"처럼 쓰세요'],
    'front-matter-bad-closing': [
      'front matter를 닫는 줄에 --- 말고 다른 글자가 있습니다',
      '닫는 줄에는 --- 세 글자만 쓰세요',
    ],
    'front-matter-crlf': [
      'front matter의 줄 끝이 Windows 방식(CRLF)이라 빌드가 마지막 항목을 다르게 읽습니다',
      '파일을 LF 줄 끝으로 저장하세요 (VS Code: 오른쪽 아래의 CRLF를 눌러 LF로)',
    ],
    'front-matter-dots-closing': [
      'front matter를 ...로 닫았습니다. 빌드는 --- 줄만 닫는 줄로 읽습니다',
      '... 줄을 ---로 바꾸세요',
    ],
  }
  const explained =
    known[problem.message] === undefined ? explainYamlError(problem.code, problem.message, lineText) : null
  const [message, fix] = known[problem.message] ?? [explained?.message ?? '', explained?.fix ?? '']
  return { severity: 'error', file, line: problem.line, field: 'front matter', message, fix }
}

/**
 * Problems with the file as text, before any parsing: not UTF-8, invisible control characters,
 * too big. True when the file is fit to be parsed.
 */
function checkText(file: SourceFile, maxBytes: number, out: Checker): boolean {
  if (file.invalidUtf8Line !== undefined) {
    out.add({
      severity: 'error',
      file: file.path,
      line: file.invalidUtf8Line,
      field: 'file',
      message: '파일이 UTF-8로 저장되어 있지 않아 글자가 깨집니다',
      fix: '편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요 (EUC-KR이나 CP949로 저장된 경우가 많습니다)',
    })
    return false
  }
  const size = utf8ByteLength(file.text)
  if (size > maxBytes) {
    out.add({
      severity: 'error',
      file: file.path,
      line: 1,
      field: 'file',
      message: `글이 너무 큽니다 (${formatMegabytes(size)}, 최대 ${formatMegabytes(maxBytes)})`,
      fix: '긴 로그나 데이터는 잘라 내거나 별도 파일로 올려 링크하고, 긴 글은 시리즈로 나누세요',
    })
    return false
  }
  const bad = findForbiddenCharacter(file.text)
  if (bad) {
    out.add({
      severity: 'error',
      file: file.path,
      line: bad.line,
      field: 'file',
      message: `보이지 않는 제어 문자 ${bad.codePoint}이(가) 들어 있습니다`,
      fix: '그 줄에서 문자를 지우세요. 터미널이나 다른 프로그램에서 복사해 온 글에 섞여 들어오곤 합니다',
    })
    return false
  }
  return true
}

/**
 * Checks every post, author and series file and returns every problem found, errors and
 * warnings, in file order. Nothing here reads the disk, so tests feed it small fixtures.
 */
export function validateContent(sources: ContentSources): Diagnostic[] {
  const diagnostics: Diagnostic[] = [
    ...configProblems.map((problem): Diagnostic =>
      problem.file === undefined
        ? {
            severity: 'error',
            file: '(환경 변수)',
            line: 1,
            field: problem.variable,
            message: problem.message,
            fix: `${problem.variable}를 고치거나 지우고 다시 실행하세요 (docs/deploy.md)`,
          }
        : {
            severity: 'error',
            file: problem.file,
            line: configLine(sources.siteConfig?.text ?? '', problem.variable),
            field: problem.variable,
            message: problem.message,
            fix: `${problem.file}의 ${problem.variable} 값을 고치고 다시 실행하세요 (README의 Configuration)`,
          },
    ),
    ...(sources.unreadable ?? []),
  ]
  const out: Checker = { add: (d) => diagnostics.push({ file: '', ...d } as Diagnostic) }

  const authorIds = new Set<string>()
  const authorNames = new Set<string>()
  for (const file of sources.authors) {
    if (checkHiddenFile(file, out)) continue
    authorIds.add(fileId(file.path))
    if (!checkText(file, MAX_POST_BYTES, out)) continue
    const result = parseYamlFile(file, AUTHOR_FIELDS, out)
    if (result && typeof result.data.name === 'string') authorNames.add(result.data.name.trim())
    if (result) checkAddress(file.path, result, 'avatar', '프로필 사진', out)
  }
  const seriesIds = new Set<string>()
  for (const file of sources.series) {
    if (checkHiddenFile(file, out)) continue
    seriesIds.add(fileId(file.path))
    if (checkText(file, MAX_POST_BYTES, out)) parseYamlFile(file, SERIES_FIELDS, out)
  }

  const reserved = sources.reservedNames ?? DEFAULT_RESERVED_NAMES
  // Posts at the site's root (the first edition), then each other edition's under its folder.
  const editions = sources.editions ?? configuredEditions
  const slugOwners = new Map<string, string>()
  const editionOwners = new Map(editions.slice(1).map((edition) => [edition.path, new Map<string, string>()]))
  const editionEntries: EditionEntry[] = []
  const seriesOrders = new Map<string, string>()
  const termUses: TermUse[] = []
  for (const file of sources.posts) {
    const name = postFileName(file.path)
    if (!/\.md$/.test(name)) {
      const fix = name.endsWith('.markdown')
        ? '확장자를 .md로 바꾸세요 (주소는 그대로입니다)'
        : '글은 .md 파일로 쓰세요'
      out.add({
        severity: 'error',
        file: file.path,
        line: 1,
        field: 'file',
        message: `${name}은(는) 글로 읽히지 않는 파일입니다`,
        fix,
      })
      continue
    }
    const fileDate = parsePostFileName(name)
    if (!fileDate) {
      out.add({
        severity: 'error',
        file: file.path,
        line: 1,
        field: 'file',
        message: '파일 이름이 YYYY-MM-DD-제목.md 형식이 아닙니다',
        fix: '예: 2024-01-31-my-post.md로 이름을 바꾸세요',
      })
    }
    if (!checkText(file, MAX_POST_BYTES, out)) continue
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok) {
      diagnostics.push(frontMatterDiagnostic(file.path, parsed.problem, lineAt(file.text, parsed.problem.line)))
      continue
    }
    const fm = parsed.value
    checkFields(file.path, fm, POST_FIELDS, out)
    const lineOf = (field: string) => fm.fieldLines[field] ?? 1
    if (fileDate && fm.data.date === undefined && !parseFrontMatterDate(fileDate.day, site.timeZone).ok) {
      // Without `date:` the post's date is the file name's: the build cannot place a day that does not exist.
      out.add({
        severity: 'error',
        file: file.path,
        line: 1,
        field: 'file',
        message: `파일 이름의 날짜 ${fileDate.day}는 달력에 없는 날입니다`,
        fix: '파일 이름의 날짜를 고치거나 date: 항목에 실제 날짜를 쓰세요',
      })
    }

    for (const [field, value] of Object.entries(fm.data)) {
      const bad = findForbiddenInValue(value)
      if (bad) {
        out.add({
          severity: 'error',
          file: file.path,
          line: lineOf(field),
          field,
          message: `보이지 않는 제어 문자 ${bad}이(가) 들어 있습니다`,
          fix: '"\\0" 같은 이스케이프나 붙여 넣은 제어 문자를 지우세요',
        })
      }
    }

    for (const field of Object.keys(fm.data)) {
      if (!isKnownPostField(field)) checkUnknownField(file.path, field, lineOf(field), fm.data, POST_FIELDS, out)
    }
    for (const kind of ['tags', 'categories'] as const) {
      const value = fm.data[kind]
      if (typeof value !== 'string' || !value.includes(',')) continue
      const terms = value
        .split(',')
        .map((term) => term.trim())
        .filter((term) => term !== '')
      const read = toTermList(value)
        .map((term) => `"${term}"`)
        .join(', ')
      out.add({
        severity: 'warning',
        file: file.path,
        line: lineOf(kind),
        field: kind,
        message: `쉼표(,)로 나눈 ${kind}는 공백으로 나뉘어 ${read}이(가) 됩니다 (쉼표가 이름에 붙습니다)`,
        fix: `목록으로 쓰세요: ${kind}: [${terms.join(', ')}]`,
      })
    }

    for (const [field, spec] of Object.entries(POST_FIELDS)) {
      const value = fm.data[field]
      if (spec.kind !== 'date' || typeof value !== 'string') continue
      const parsedDate = parseFrontMatterDate(value, site.timeZone)
      if (!parsedDate.ok) {
        out.add({ severity: 'error', file: file.path, line: lineOf(field), field, ...explainBadDate(field, value) })
      }
    }

    checkSchedule(file.path, fm, fileDate, sources.now ?? new Date(), out)
    checkUpdatedAfterPublished(file.path, fm, fileDate, out)

    const postEdition = editionOfLanguage(typeof fm.data.lang === 'string' ? fm.data.lang : undefined, editions)
    const slugField = typeof fm.data.slug === 'string' ? fm.data.slug : undefined
    const slug = derivePostSlug(name, slugField)
    const slugLine = slugField !== undefined ? lineOf('slug') : 1
    const slugFieldName = slugField !== undefined ? 'slug' : 'file'
    const writtenSlug = slugifyPretty(
      slugField !== undefined && slugField.trim() !== ''
        ? slugField
        : (fileDate?.title ?? name.replace(/\.(md|markdown)$/, '')),
    )
    if (slug !== '') checkSegment(file.path, slugLine, slugFieldName, '글 주소', slug, out, writtenSlug, false)
    if (slug === '') {
      out.add({
        severity: 'error',
        file: file.path,
        line: slugLine,
        field: slugFieldName,
        message: '주소(slug)가 비어 있습니다',
        fix: '파일 이름의 날짜 뒤에 글자나 숫자를 넣거나 slug 항목을 쓰세요',
      })
    } else if (slug.startsWith('.')) {
      // `.` and `..` would write the page over the home page or outside out/; `.git` and the like
      // are hidden folders that static hosts do not serve.
      out.add({
        severity: 'error',
        file: file.path,
        line: slugLine,
        field: slugFieldName,
        message: `주소 /${slug}/는 점(.)으로 시작해 쓸 수 없습니다`,
        fix: '글자나 숫자로 시작하는 주소를 slug 항목에 쓰세요',
      })
    } else if (utf8ByteLength(slug) > MAX_SLUG_BYTES) {
      out.add({
        severity: 'error',
        file: file.path,
        line: slugLine,
        field: slugFieldName,
        message: `주소가 너무 깁니다 (${utf8ByteLength(slug)}바이트, 최대 ${MAX_SLUG_BYTES}바이트)`,
        fix: '짧은 주소를 slug 항목에 쓰세요 (한글은 한 글자에 3바이트)',
      })
    } else if (reservedReason(slug, reserved) !== null) {
      const fix =
        slugField !== undefined
          ? 'slug 항목에 다른 주소를 쓰세요'
          : '파일 이름의 날짜 뒤 부분을 바꾸거나 slug 항목으로 다른 주소를 정하세요'
      out.add({
        severity: 'error',
        file: file.path,
        line: slugLine,
        field: slugFieldName,
        message: reservedReason(slug, reserved) ?? '',
        fix,
      })
    } else {
      const key = slug.toLowerCase()
      const owners = editionOwners.get(postEdition.path) ?? slugOwners
      const owner = owners.get(key) ?? (owners === slugOwners ? editionFolderOwner(key, editions) : undefined)
      if (owner) {
        out.add({
          severity: 'error',
          file: file.path,
          line: slugLine,
          field: slugFieldName,
          message: `주소 /${slug}/가 ${owner}와 겹칩니다`,
          fix: 'slug 항목을 추가해 다른 주소를 정하세요',
        })
      } else {
        owners.set(key, file.path)
      }
      editionEntries.push({
        file: file.path,
        slug,
        language: postEdition.language,
        langLine: lineOf('lang'),
        written: typeof fm.data.lang === 'string' ? fm.data.lang : undefined,
        translationOf: typeof fm.data.translation_of === 'string' ? fm.data.translation_of.trim() : undefined,
        translationLine: lineOf('translation_of'),
      })
    }

    checkAddress(file.path, fm, 'image', '커버 이미지', out)
    if (
      typeof fm.data.image === 'string' &&
      /^\s*(https?:)?\/\//i.test(fm.data.image) &&
      !isWebUrl(fm.data.image.trim())
    ) {
      // Pages, feeds and social cards turn the cover into a URL; a malformed one crashed them.
      out.add({
        severity: 'error',
        file: file.path,
        line: lineOf('image'),
        field: 'image',
        message: `커버 이미지 주소 ${previewValue(fm.data.image)}를 URL로 읽을 수 없습니다`,
        fix: 'https://example.com/a.png 같은 온전한 주소나 /assets/a.png 같은 사이트 경로를 쓰세요 (대괄호, 공백, 빠진 글자를 확인하세요)',
      })
    }
    const nesting = deepestNesting(fm.body)
    if (nesting.depth > MAX_NESTING_DEPTH) {
      // The Markdown parser would take minutes and then overflow the stack: say where, and stop.
      out.add({
        ...NESTING_PROBLEM,
        severity: 'error',
        file: file.path,
        line: fm.bodyStartLine + nesting.line - 1,
        field: 'body',
      })
      continue
    }
    const unclosed = bodyOutline(fm.body).unclosedFence
    if (unclosed !== null)
      out.add({
        severity: 'error',
        file: file.path,
        line: fm.bodyStartLine + unclosed.line - 1,
        field: 'body',
        message: `이 줄에서 연 코드 블록(${unclosed.fence})이 닫히지 않아, 여기부터 글 끝까지가 모두 코드로 보이고 그 뒤의 제목이 목차에서 빠집니다`,
        fix: `코드가 끝나는 줄 다음에 ${unclosed.fence} 한 줄을 쓰세요`,
      })
    try {
      checkImages(file.path, fm, servedFileExists(sources), out, slug, isBundleIndex(file.path))
    } catch (error) {
      // Reading the body's images parses the Markdown: whatever still throws there names the file
      // and a line instead of ending the whole check with a stack trace.
      out.add(bodyCrashDiagnostic(file.path, fm.bodyStartLine + nesting.line - 1, error))
    }
    for (const kind of ['tags', 'categories'] as const) {
      toTermList(fm.data[kind]).forEach((spelling, index) => {
        const line = fm.itemLines[kind]?.[index] ?? lineOf(kind)
        termUses.push({ kind, spelling, file: file.path, line: lineOf(kind) })
        const raw = slugifyPretty(termKey(spelling)).replace(/^[.]+/, '').replace(/^-+/, '')
        checkSegment(file.path, line, kind, kind === 'tags' ? '태그' : '카테고리', portableSegment(raw), out, raw)
      })
    }

    checkAuthors(file.path, fm, authorIds, (ref) => authorIds.has(ref) || authorNames.has(ref), out)

    if (typeof fm.data.series === 'string') {
      const series = fm.data.series
      if (!seriesIds.has(series)) {
        out.add({
          severity: 'error',
          file: file.path,
          line: lineOf('series'),
          field: 'series',
          message: `시리즈 "${series}"가 없습니다`,
          fix: `content/series/${series}.yml을 만들거나 있는 시리즈 id를 쓰세요: ${[...seriesIds].join(', ') || '(없음)'}`,
        })
      } else if (typeof fm.data.seriesOrder === 'number') {
        const key = `${series}#${fm.data.seriesOrder}`
        const other = seriesOrders.get(key)
        if (other) {
          out.add({
            severity: 'error',
            file: file.path,
            line: lineOf('seriesOrder'),
            field: 'seriesOrder',
            message: `시리즈 "${series}"의 ${fm.data.seriesOrder}번이 ${other}와 겹칩니다`,
            fix: '두 글의 seriesOrder를 서로 다르게 하세요',
          })
        } else {
          seriesOrders.set(key, file.path)
        }
      }
    }
  }
  checkTermSpellings(termUses, out)
  checkTranslations(editionEntries, out, editions)
  checkPages(sources.pages ?? [], slugOwners, reserved, out)
  checkOldUrls(sources, slugOwners, reserved, out)
  return diagnostics
}

/** The edition whose folder a post at the site's root would take (`/en/`), named as its owner. */
function editionFolderOwner(slug: string, editions: readonly Edition[]): string | undefined {
  const edition = editions.find((candidate) => candidate.path !== '' && candidate.path === slug)
  return edition === undefined ? undefined : `site.config.mjs의 ${edition.locale} 판 폴더`
}

/**
 * Every old URL the build answers with a redirect page (`redirect_from`, content/legacy-urls.yml):
 * inside the export, not over a page or another old URL, and pointing at a path of this site. The
 * build stopped on these with a stack trace; legacy-urls.yml's targets off the site became `/`.
 */
function checkOldUrls(
  sources: ContentSources,
  postOwners: ReadonlyMap<string, string>,
  reserved: ReservedNames,
  out: Checker,
): void {
  const pageOwners = new Map<string, string>()
  const redirectOwners = new Map<string, string>()
  for (const file of sources.pages ?? []) {
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok || typeof parsed.value.data.permalink !== 'string') continue
    const route = parsePermalink(parsed.value.data.permalink)
    if (route === null) continue
    pageOwners.set(route.slug.toLowerCase(), file.path)
    if (route.legacyPath !== null) redirectOwners.set(route.legacyPath, `${file.path}의 옛 주소`)
  }
  const taken = (page: string): string | null => {
    const segments = page.split('/').filter(Boolean)
    const first = (segments[0] ?? '').toLowerCase()
    if (segments.length === 1 && page.endsWith('/')) {
      const owner = postOwners.get(first) ?? pageOwners.get(first)
      if (owner !== undefined) return `${owner}의 페이지`
    }
    if (segments.length === 0) return '첫 페이지'
    const because = reserved.get(first)
    if (because !== undefined && segments.length === 1) return `블로그의 ${because}`
    return redirectOwners.get(page) ?? null
  }
  const claim = (file: string, line: number, field: string, from: string) => {
    const problem = redirectFromProblem(from, taken)
    if (problem !== null) {
      out.add({
        severity: 'error',
        file,
        line,
        field,
        message: problem,
        fix: '옛 주소를 고치거나 지우세요 (같은 주소에 이미 있는 페이지는 그대로 열립니다)',
      })
      return
    }
    redirectOwners.set(toRedirectPath(from), `${file}:${line}의 옛 주소`)
  }
  for (const file of sources.posts) {
    const parsed = file.path.endsWith('.md') ? parseFrontMatter(file.text) : null
    if (!parsed?.ok) continue
    const value = parsed.value.data.redirect_from
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
    list.forEach((item, index) => {
      if (typeof item !== 'string' || item.trim() === '') return
      const line = parsed.value.itemLines.redirect_from?.[index] ?? parsed.value.fieldLines.redirect_from ?? 1
      claim(file.path, line, 'redirect_from', item.trim())
    })
  }
  const legacy = sources.legacyUrls
  if (legacy === undefined) return
  const { entries, error } = readLegacyUrlEntries(legacy.text)
  if (error !== null)
    out.add({
      severity: 'error',
      file: legacy.path,
      line: error.line,
      field: 'yaml',
      message: `YAML 문법 오류: ${error.message}`,
      fix: '들여쓰기와 콜론을 확인하세요',
    })
  for (const entry of entries) {
    const target = redirectTargetProblem(entry.to)
    if (target !== null)
      out.add({
        severity: 'error',
        file: legacy.path,
        line: entry.line,
        field: entry.map,
        message: `${entry.from} → ${target}`,
        fix: '/page2/나 /feed.xml처럼 이 블로그 안의 경로를 쓰세요',
      })
    if (entry.map === 'redirects') claim(legacy.path, entry.line, entry.map, entry.from)
  }
}

/**
 * A field the schema does not know. Close to a known one (`tag`, `titel`, `catagories`) it is a
 * typo whose value would silently vanish: an error naming the field meant. Otherwise a warning.
 */
function checkUnknownField(
  file: string,
  field: string,
  line: number,
  data: Record<string, unknown>,
  specs: Record<string, FieldSpec>,
  out: Checker,
): void {
  const meant = closestName(field, Object.keys(specs))
  if (meant !== null && data[meant] === undefined) {
    out.add({
      severity: 'error',
      file,
      line,
      field,
      message: `알 수 없는 항목 ${field}: ${meant}의 오타인가요? 이대로면 이 값은 쓰이지 않습니다`,
      fix: `${field}:를 ${meant}:로 고치세요`,
    })
  } else if (meant !== null) {
    out.add({
      severity: 'warning',
      file,
      line,
      field,
      message: `알 수 없는 항목 ${field}는 쓰이지 않습니다 (${meant}는 따로 있습니다)`,
      fix: `${field} 줄을 지우세요`,
    })
  } else {
    out.add({
      severity: 'warning',
      file,
      line,
      field,
      message: '알 수 없는 항목이라 페이지에 쓰이지 않습니다',
      fix: `오타인지 확인하거나 지우세요. 쓸 수 있는 항목: ${Object.keys(specs).join(', ')}`,
    })
  }
}

/** A post dated after the build's clock is left out of the site until then: say when it appears. */
function checkSchedule(
  file: string,
  fm: ParsedFrontMatter,
  fileDate: ReturnType<typeof parsePostFileName>,
  now: Date,
  out: Checker,
): void {
  if (fm.data.draft === true || fm.data.published === false) return
  const raw = typeof fm.data.date === 'string' ? fm.data.date : fileDate?.day
  const read = raw === undefined ? null : parseFrontMatterDate(raw, site.timeZone)
  const at = read?.ok ? read.iso : null
  if (at === null || Date.parse(at) <= now.getTime()) return
  const when = formatInTimeZone(new Date(at), site.timeZone, 'yyyy년 M월 d일 HH:mm')
  out.add({
    severity: 'notice',
    file,
    line: fm.fieldLines.date ?? 1,
    field: 'date',
    message: `예약된 글입니다: ${when}(한국 시간)부터 사이트에 나오고, 그 전에 배포하면 빠집니다`,
    fix: '지금 올리려면 date를 지금보다 이전으로 고치세요. 미리 보기는 npm run dev에서 됩니다',
  })
}

/**
 * An update dated before the post itself (often a day written without a time, `last_modified_at:
 * 2020-08-13`, read as midnight of a post published at 9:00) is not shown as an update: the page,
 * feeds and search engines would otherwise say the post changed before it appeared.
 */
function checkUpdatedAfterPublished(
  file: string,
  fm: ParsedFrontMatter,
  fileDate: ReturnType<typeof parsePostFileName>,
  out: Checker,
): void {
  const field = typeof fm.data.updated === 'string' ? 'updated' : 'last_modified_at'
  const updatedRaw = fm.data[field]
  const publishedRaw = typeof fm.data.date === 'string' ? fm.data.date : fileDate?.day
  if (typeof updatedRaw !== 'string' || publishedRaw === undefined) return
  const updated = parseFrontMatterDate(updatedRaw, site.timeZone)
  const published = parseFrontMatterDate(publishedRaw, site.timeZone)
  if (!updated.ok || !published.ok || Date.parse(updated.iso) >= Date.parse(published.iso)) return
  out.add({
    severity: 'warning',
    file,
    line: fm.fieldLines[field] ?? 1,
    field,
    message: `수정 시각 ${updatedRaw}이(가) 발행 시각보다 앞서 수정한 날로 보이지 않습니다`,
    fix: `발행 시각(${publishedRaw}) 뒤의 시각을 쓰거나 ${field}를 지우세요`,
  })
}

/** Whether `value` is an absolute http(s) URL that parses (what pages, feeds and cards need). */
function isWebUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

const NESTING_PROBLEM = {
  message: `본문의 목록이나 인용이 너무 깊게 중첩되어 있습니다 (최대 ${MAX_NESTING_DEPTH}단계)`,
  fix: '중첩을 줄이세요. 목록 기호 - 나 인용 기호 > 가 한 줄에 수없이 이어지는지 확인하세요',
}

function bodyCrashDiagnostic(file: string, line: number, error: unknown): Diagnostic {
  if (error instanceof RangeError) return { ...NESTING_PROBLEM, severity: 'error', file, line, field: 'body' }
  return {
    severity: 'error',
    file,
    line,
    field: 'body',
    message: `본문을 읽지 못했습니다: ${String(error).slice(0, 200)}`,
    fix: '오류 내용에 나온 부분을 고치세요',
  }
}

/**
 * `author` and every name in `authors` must be a registered author's id or display name; others
 * show as plain text without a page. A list item is reported at its own line. Beside a list, an
 * unregistered `author` is left off the byline (lib/content/authors.ts listAuthorRefs); say so.
 */
function checkAuthors(
  file: string,
  fm: ParsedFrontMatter,
  ids: ReadonlySet<string>,
  isRegistered: (ref: string) => boolean,
  out: Checker,
): void {
  const list = fm.data.authors
  const listLine = fm.fieldLines.authors ?? 1
  const named: { field: string; value: unknown; line: number }[] = Array.isArray(list)
    ? list.map((value, i) => ({ field: 'authors', value, line: fm.itemLines.authors?.[i] ?? listLine }))
    : [{ field: 'authors', value: list, line: listLine }]
  const hasList = named.some(({ value }) => typeof value === 'string' && value.trim() !== '')
  const author = typeof fm.data.author === 'string' ? fm.data.author.trim() : ''
  if (author !== '' && !isRegistered(author)) {
    const line = fm.fieldLines.author ?? 1
    if (hasList) {
      out.add({
        severity: 'warning',
        file,
        line,
        field: 'author',
        message: `등록되지 않은 "${author}"는 authors 목록이 있어 바이라인에 나오지 않습니다`,
        fix: 'author 줄을 지우거나, 글쓴이라면 authors 목록에 넣으세요',
      })
    } else {
      const several = author.includes(',')
        ? `. 여러 사람이면 authors: [${author
            .split(',')
            .map((part) => part.trim())
            .join(', ')}]처럼 목록으로 쓰세요`
        : ''
      out.add({
        severity: 'warning',
        file,
        line,
        field: 'author',
        message: `등록되지 않은 글쓴이 "${author}"는 링크 없이 이름만 보입니다`,
        fix: `content/authors/<id>.yml을 추가하거나 등록된 id를 쓰세요${several}`,
      })
    }
  }
  // `authors:` names registered authors by id (a free-text name belongs in `author:`): an unknown
  // one is a typo or a missing file, and the post would publish a name that links nowhere.
  for (const { field, value, line } of named) {
    if (typeof value !== 'string' || value.trim() === '' || isRegistered(value.trim())) continue
    const guess = closestName(value.trim(), [...ids])
    out.add({
      severity: 'error',
      file,
      line,
      field,
      message: `등록되지 않은 글쓴이 id "${value.trim()}"입니다${guess ? `. "${guess}"를 쓰려던 것인가요?` : ''}`,
      fix: guess
        ? `"${guess}"로 고치거나, 새 글쓴이라면 content/authors/${value.trim()}.yml을 추가하세요`
        : `content/authors/${value.trim()}.yml을 추가하거나 등록된 id를 쓰세요 (등록된 id: ${[...ids].slice(0, 8).join(', ') || '없음'})`,
    })
  }
}

/** Pages share the top-level URL space with posts, so a permalink must not take a post's or another page's address. */
function checkPages(
  pages: SourceFile[],
  postSlugOwners: ReadonlyMap<string, string>,
  reserved: ReservedNames,
  out: Checker,
): void {
  const pageOwners = new Map<string, string>()
  for (const file of pages) {
    const name = file.path.split('/').pop() ?? file.path
    if (!name.endsWith('.md')) {
      out.add({
        severity: 'error',
        file: file.path,
        line: 1,
        field: 'file',
        message: `${name}은(는) 페이지로 읽히지 않는 파일입니다`,
        fix: '페이지는 .md 파일로 쓰세요',
      })
      continue
    }
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok) {
      out.add(frontMatterDiagnostic(file.path, parsed.problem, lineAt(file.text, parsed.problem.line)))
      continue
    }
    const fm = parsed.value
    checkFields(file.path, fm, PAGE_FIELDS, out)
    for (const field of Object.keys(fm.data)) {
      if (!Object.hasOwn(PAGE_FIELDS, field))
        checkUnknownField(file.path, field, fm.fieldLines[field] ?? 1, fm.data, PAGE_FIELDS, out)
    }
    if (typeof fm.data.permalink !== 'string' || fm.data.permalink.trim() === '') continue
    const line = fm.fieldLines.permalink ?? 1
    const route = parsePermalink(fm.data.permalink)
    if (route === null) {
      out.add({
        severity: 'error',
        file: file.path,
        line,
        field: 'permalink',
        message: `"${fm.data.permalink}"은(는) 페이지 주소로 쓸 수 없습니다`,
        fix: 'permalink: /about/ 이나 /contact.html 처럼 한 단계 주소로 쓰세요',
      })
      continue
    }
    const key = route.slug.toLowerCase()
    const owner = postSlugOwners.get(key) ?? pageOwners.get(key)
    const reservedBecause = reservedReason(route.slug, reserved)
    if (reservedBecause !== null) {
      out.add({
        severity: 'error',
        file: file.path,
        line,
        field: 'permalink',
        message: reservedBecause,
        fix: 'permalink를 다른 주소로 정하세요',
      })
    } else if (owner) {
      out.add({
        severity: 'error',
        file: file.path,
        line,
        field: 'permalink',
        message: `주소 ${route.url}가 ${owner}와 겹칩니다`,
        fix: 'permalink를 바꾸거나 겹치는 글에 slug 항목을 쓰세요',
      })
    } else {
      pageOwners.set(key, file.path)
    }
  }
}

interface TermUse {
  kind: 'tags' | 'categories'
  spelling: string
  file: string
  line: number
}

/** A tag written `AWS` in one post and `aws` in another is one tag; say so, so authors settle on one. */
function checkTermSpellings(uses: TermUse[], out: Checker): void {
  const groups = new Map<string, Map<string, number>>()
  for (const use of uses) {
    const key = `${use.kind}:${termKey(use.spelling)}`
    const spellings = groups.get(key) ?? new Map<string, number>()
    spellings.set(use.spelling, (spellings.get(use.spelling) ?? 0) + 1)
    groups.set(key, spellings)
  }
  for (const use of uses) {
    const spellings = groups.get(`${use.kind}:${termKey(use.spelling)}`)
    if (!spellings || spellings.size < 2) continue
    const [preferred] = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? []
    if (preferred === undefined || preferred === use.spelling) continue
    out.add({
      severity: 'warning',
      file: use.file,
      line: use.line,
      field: use.kind,
      message: `"${use.spelling}"는 다른 글에서 "${preferred}"로 쓰였습니다 (한 ${use.kind === 'tags' ? '태그' : '카테고리'}로 합쳐집니다)`,
      fix: `"${preferred}"로 통일하세요`,
    })
  }
}

function checkImages(
  file: string,
  fm: ParsedFrontMatter,
  publicFileExists: ContentSources['publicFileExists'],
  out: Checker,
  /** The post's slug: a relative picture is looked for under its page, `/<slug>/`. */
  slug = '',
  /** A post kept as a folder: its relative pictures are its own files (lib/markdown/bundle-check.ts). */
  bundled = false,
): void {
  /** Where the page asks for a relative picture, or null when it asks for none (the sanitiser drops `java&#x09;script:`). */
  const resolved = (src: string): string | null => {
    const address = decodeCharacterReferences(src).replace(/[\u0000-\u0020]/g, '')
    if (address === '' || /^[#?]/.test(address) || !isLocalImage(address) || slug === '') return null
    try {
      return decodeURIComponent(new URL(address, `https://site.invalid/${encodeURIComponent(slug)}/`).pathname)
    } catch {
      return null
    }
  }
  const missing = (src: string) => {
    // Only site paths (`/assets/a.png`) can be checked; relative ones get the warning below.
    if (!publicFileExists || !isLocalImage(src) || !src.startsWith('/') || src.endsWith('/')) return false
    const path = src.split(/[?#]/)[0] ?? src
    try {
      return !publicFileExists(decodeURIComponent(path))
    } catch {
      return true
    }
  }
  const fix = (src: string) => `public${src.split(/[?#]/)[0]} 파일을 추가하거나 주소를 고치세요`
  const relative = (src: string) => isLocalImage(src) && !src.startsWith('/')
  const cover =
    typeof fm.data.image === 'string' && bundled ? resolveBundleReference(fm.data.image, bundleAt(file, slug)) : null
  if (cover !== null && cover.kind !== 'file' && !(cover.kind === 'missing' && publicFileExists?.(`/${cover.name}`))) {
    out.add({
      severity: 'error',
      file,
      line: fm.fieldLines.image ?? 1,
      field: 'image',
      message: `커버 이미지 ${String(fm.data.image)}가 글 폴더에 없습니다`,
      fix: '그림 파일을 글 폴더에 두고 image: ./파일.png로 쓰거나, /assets/...처럼 /로 시작하는 주소를 쓰세요',
    })
  } else if (typeof fm.data.image === 'string' && missing(fm.data.image)) {
    out.add({
      severity: 'error',
      file,
      line: fm.fieldLines.image ?? 1,
      field: 'image',
      message: `커버 이미지 ${fm.data.image}가 없습니다`,
      fix: fix(fm.data.image),
    })
  }
  for (const image of findBodyImages(fm.body)) {
    const line = fm.bodyStartLine + image.line - 1
    if (missing(image.src)) {
      out.add({
        severity: 'error',
        file,
        line,
        field: 'body',
        message: `이미지 ${image.src}가 없습니다`,
        fix: fix(image.src),
      })
    } else if (relative(image.src) && !bundled) {
      // The page lives at /<slug>/, so the picture is looked for there: where no file answers, the
      // build's link check refuses the page; where one does, it is still fragile.
      const at = resolved(image.src)
      if (at !== null && publicFileExists && !publicFileExists(at)) {
        out.add({
          severity: 'error',
          file,
          line,
          field: 'body',
          message: `이미지 ${image.src.slice(0, 60)}는 상대 경로라 ${at}에서 찾는데, 그런 파일이 없습니다`,
          fix: `그림을 글 옆에 두려면 글을 폴더로 옮기세요: ${bundleSuggestion(file)}와 그 옆의 그림 파일. 아니면 그림을 public/assets/에 두고 /assets/...처럼 /로 시작하는 주소로 쓰세요`,
        })
        continue
      }
      out.add({
        severity: 'warning',
        file,
        line,
        field: 'body',
        message: `이미지 ${image.src.slice(0, 60)}는 글 주소에 따라 달라지는 상대 경로입니다`,
        fix: '이미지를 public/assets/ 아래에 두고 /assets/...처럼 /로 시작하는 주소로 쓰세요',
      })
    }
    // `<img alt="">` written in HTML is the author saying "decorative"; `![](a.png)` is a description forgotten.
    const decorative = image.html === true && image.alt === ''
    if (!decorative && (image.alt === null || image.alt.trim() === '')) {
      out.add({
        severity: 'warning',
        file,
        line,
        field: 'alt',
        message: `이미지 ${image.src.slice(0, 60)}에 대체 텍스트(alt)가 없습니다. 화면 낭독기 사용자는 무슨 그림인지 알 수 없습니다`,
        fix: image.html
          ? '<img alt="설명" ...>처럼 그림이 보여 주는 것을 쓰세요. 꾸밈용 그림이면 alt=""로 두세요'
          : '![설명](...)처럼 대괄호 안에 그림이 보여 주는 것을 쓰세요. 그림이 안 뜰 때도 이 글이 보입니다',
      })
    }
  }
}

/** Whether the site serves a file at a path: the public folders', or a folder post's; undefined when files are not checked. */
export function servedFileExists(sources: ContentSources): ContentSources['publicFileExists'] {
  const { publicFileExists, bundleFileExists } = sources
  if (!publicFileExists) return undefined
  return (sitePath) => publicFileExists(sitePath) || (bundleFileExists?.(sitePath) ?? false)
}

/** The folder of a folder post, for its own files. */
function bundleAt(file: string, slug: string): PostBundle {
  return { dir: resolvePath(dirname(file)), slug }
}

/** Where a plain post file would go as a folder post: `content/posts/2026-12-01-x.md` -> `content/posts/2026-12-01-x/index.md`. */
function bundleSuggestion(file: string): string {
  return file.replace(/\.(md|markdown)$/, '/index.md')
}

/**
 * A URL segment the export writes as a folder (a post's slug, a tag's): one too long for a file
 * name ended `next build` with ENAMETOOLONG, and one Windows cannot hold (`CON`, `end.`) was
 * written as it is. The second is renamed (lib/schema/slug.ts portableSegment) and said here.
 */
function checkSegment(
  file: string,
  line: number,
  field: string,
  what: string,
  segment: string,
  out: Checker,
  written = segment,
  /** Off for a post's slug, whose length is checked with its other rules. */
  checkLength = true,
): void {
  const bytes = Buffer.byteLength(segment)
  if (checkLength && bytes > MAX_SEGMENT_BYTES) {
    out.add({
      severity: 'error',
      file,
      line,
      field,
      message: `${what} "${segment.slice(0, 40)}…"가 ${bytes}바이트라 파일 이름으로 쓸 수 없습니다 (최대 ${MAX_SEGMENT_BYTES}바이트, 한글은 한 글자에 3바이트)`,
      fix: `${what}를 줄이세요`,
    })
  } else if (written !== segment) {
    out.add({
      severity: 'warning',
      file,
      line,
      field,
      message: `${what} "${written}"는 Windows와 일부 호스트가 폴더 이름으로 쓸 수 없어 주소를 /${segment}/로 바꿉니다`,
      fix: '다른 이름을 쓰면 이 경고가 사라집니다',
    })
  }
}

/**
 * An author or series file whose name starts with a dot (`.x.yml`, `..yml`): Contentlayer skips it
 * without a word, as it skips such a post, so the author or series would silently not exist.
 */
function checkHiddenFile(file: SourceFile, out: Checker): boolean {
  const name = file.path.split('/').pop() ?? file.path
  if (!name.startsWith('.')) return false
  out.add({
    severity: 'error',
    file: file.path,
    line: 1,
    field: 'file',
    message: `${name}은(는) 점으로 시작하는 숨은 파일이라 빌드가 읽지 않습니다`,
    fix: '파일 이름 앞의 점을 지우세요 (예: kubecon.yml). 쓰지 않는 파일이면 지우세요',
  })
  return true
}

/** Schemes a picture address may have; a site path (`/assets/a.png`) or relative one has none. */
const PICTURE_SCHEMES = ['http', 'https']

/** A picture address (`image:`, `avatar:`) with another scheme (`javascript:`, `data:`): the build refuses it. */
function checkAddress(file: string, fm: ParsedFrontMatter, field: string, what: string, out: Checker): void {
  const value = fm.data[field]
  if (typeof value !== 'string') return
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase()
  if (scheme === undefined || PICTURE_SCHEMES.includes(scheme)) return
  out.add({
    severity: 'error',
    file,
    line: fm.fieldLines[field] ?? 1,
    field,
    message: `${what} 주소가 ${scheme}: 주소라 쓸 수 없습니다`,
    fix: '/assets/a.png 같은 사이트 경로나 https:// 주소를 쓰세요',
  })
}

/** Numeric character references and a few named ones, as a browser reads an attribute (`&#106;` -> `j`). */
function decodeCharacterReferences(text: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    colon: ':',
    tab: '\t',
    newline: '\n',
  }
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (all, hex?: string, dec?: string, name?: string) => {
    const code = hex !== undefined ? parseInt(hex, 16) : dec !== undefined ? Number(dec) : null
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    return named[(name ?? '').toLowerCase()] ?? all
  })
}

/** The 1-based line where a second YAML document starts (`---` or `...` then more), or null for one document. */
function secondDocumentLine(text: string): number | null {
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter })
  if (!Array.isArray(documents) || documents.length < 2) return null
  const second = documents[1]?.range[0] ?? 0
  // The document's range starts after its `---` marker: name the marker's line.
  const markerLine = text.slice(0, second).lastIndexOf('\n---')
  return markerLine === -1 ? lineCounter.linePos(second).line : text.slice(0, markerLine + 1).split('\n').length
}

function parseYamlFile(file: SourceFile, specs: Record<string, FieldSpec>, out: Checker): ParsedFrontMatter | null {
  const text = file.text.replace(/^\uFEFF/, '')
  // Contentlayer's YAML reader throws on a file that holds two documents (`---` between them).
  const second = secondDocumentLine(text)
  if (second !== null) {
    out.add({
      severity: 'error',
      file: file.path,
      line: second,
      field: 'yaml',
      message: '파일에 YAML 문서가 둘 이상 있습니다 (--- 줄이 문서를 나눕니다)',
      fix: '--- 줄을 지우고 한 문서로 합치거나, 둘째 문서를 다른 파일로 옮기세요',
    })
    return null
  }
  // A single document may open with its own `---` marker; the wrapper below adds one.
  const parsed = parseFrontMatter(`---\n${text.replace(/^---[ \t]*\r?\n/, '')}\n---\n`)
  if (!parsed.ok) {
    const line = Math.max(1, parsed.problem.line - 1)
    const d = frontMatterDiagnostic(
      file.path,
      { ...parsed.problem, line },
      lineAt(text.replace(/^---[ \t]*\r?\n/, ''), line),
    )
    out.add({ ...d, field: 'yaml' })
    return null
  }
  const shifted: ParsedFrontMatter = {
    ...parsed.value,
    fieldLines: Object.fromEntries(Object.entries(parsed.value.fieldLines).map(([k, v]) => [k, v - 1])),
    itemLines: Object.fromEntries(
      Object.entries(parsed.value.itemLines).map(([k, v]) => [k, v.map((line) => line - 1)]),
    ),
  }
  checkFields(file.path, shifted, specs, out)
  return shifted
}
