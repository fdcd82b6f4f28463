import { parse, stringify } from 'yaml'
import { slugifyPretty } from '../../lib/schema/slug'

/** A post as series detection sees it. */
export interface SeriesPost {
  /** Source file name in `_posts/`, e.g. `2019-12-06-kubecon-1.md`. */
  file: string
  title: string
}

export interface SeriesCandidate {
  /** A suggested series id; the maintainer may rename it. */
  id: string
  /** The title the posts share once their part numbers are taken out. */
  title: string
  posts: { file: string; title: string; part: number }[]
  /** The `m` of `[n/m]` or `(n/m)` when the titles say how many parts there are. */
  total: number | null
  /** What does not add up (a part number twice, parts missing), for the report. */
  doubts: string[]
}

/** Part markers old titles use: `[1/6]`, `(1/2)`, `1#` at the start, `(1)`. Two digits at most, so `(2019)` is no part. */
const MARKERS: RegExp[] = [
  /\[\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\]/,
  /\(\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\)/,
  /^\s*(\d{1,2})\s*#(?=\s)/,
  /\(\s*(\d{1,2})\s*\)/,
]

function readMarker(title: string): { base: string; part: number; total: number | null } | null {
  for (const marker of MARKERS) {
    const match = marker.exec(title)
    if (!match) continue
    const base = (title.slice(0, match.index) + ' ' + title.slice(match.index + match[0].length))
      .replace(/\s+/g, ' ')
      .replace(/^[\s\-–:|,·]+|[\s\-–:|,·]+$/g, '')
    return { base, part: Number(match[1]), total: match[2] === undefined ? null : Number(match[2]) }
  }
  return null
}

function suggestId(files: string[], fallback: string): string {
  const stems = files.map((file) => file.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.(md|markdown)$/, ''))
  let prefix = stems[0] ?? ''
  for (const stem of stems) while (!stem.startsWith(prefix)) prefix = prefix.slice(0, -1)
  const id = slugifyPretty(prefix)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .replace(/[-_.,\d]+$/, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
  return id.length >= 3 ? id : fallback
}

/**
 * Lists posts whose titles look like parts of one series (same title once `[1/6]`, `(1/2)`, `1#`
 * or `(1)` is taken out). Nothing is decided here: the report shows these for a person to confirm.
 */
export function detectSeriesCandidates(posts: readonly SeriesPost[]): SeriesCandidate[] {
  const groups = new Map<string, { base: string; posts: SeriesCandidate['posts']; totals: Set<number> }>()
  for (const post of posts) {
    const marker = readMarker(post.title.normalize('NFC'))
    if (!marker || marker.base === '') continue
    const key = marker.base.toLowerCase()
    const group = groups.get(key) ?? { base: marker.base, posts: [], totals: new Set<number>() }
    group.posts.push({ file: post.file, title: post.title, part: marker.part })
    if (marker.total !== null) group.totals.add(marker.total)
    groups.set(key, group)
  }
  const candidates: SeriesCandidate[] = []
  for (const group of groups.values()) {
    const total = group.totals.size === 1 ? ([...group.totals][0] ?? null) : null
    if (group.posts.length < 2 && (total === null || total < 2)) continue
    const sorted = [...group.posts].sort((a, b) => a.part - b.part || (a.file < b.file ? -1 : 1))
    const doubts: string[] = []
    const parts = sorted.map((post) => post.part)
    const repeated = parts.filter((part, index) => parts.indexOf(part) !== index)
    if (repeated.length > 0) doubts.push(`${[...new Set(repeated)].join(', ')}편이 두 번 이상 있습니다`)
    if (group.totals.size > 1) doubts.push(`전체 편 수가 제목마다 다릅니다 (${[...group.totals].join(', ')})`)
    if (total !== null && sorted.length < total) doubts.push(`${total}편 가운데 ${sorted.length}편만 찾았습니다`)
    candidates.push({ id: '', title: group.base, posts: sorted, total, doubts })
  }
  candidates.sort((a, b) => (a.posts[0]!.file < b.posts[0]!.file ? -1 : 1))
  const used = new Set<string>()
  return candidates.map((candidate, index) => {
    let id = suggestId(
      candidate.posts.map((post) => post.file),
      `series-${index + 1}`,
    )
    if (used.has(id)) id = `${id}-${index + 1}`
    used.add(id)
    return { ...candidate, id }
  })
}

/** The candidates as a `--series` mapping file, ready for a maintainer to edit and confirm. */
export function formatSeriesSuggestion(candidates: readonly SeriesCandidate[]): string {
  const mapping = Object.fromEntries(
    candidates.map((c) => [c.id, { title: c.title, posts: c.posts.map((post) => post.file) }]),
  )
  return stringify(mapping, { lineWidth: 0 })
}

/** A series a maintainer confirmed: its id, title and posts (source file names) in reading order. */
export interface ConfirmedSeries {
  id: string
  title: string
  description?: string
  posts: string[]
}

export type SeriesMappingResult = { ok: true; series: ConfirmedSeries[] } | { ok: false; problems: string[] }

const SERIES_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u

/**
 * Reads a `--series` mapping file (`<id>: { title, description?, posts: [file names] }`). Posts may
 * be named with or without their extension; every one must exist and belong to one series only.
 */
export function parseSeriesMapping(text: string, postFiles: readonly string[]): SeriesMappingResult {
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    return { ok: false, problems: [`YAML을 읽을 수 없습니다: ${(error as Error).message.split('\n')[0]}`] }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: ['"<시리즈 id>: { title, posts }" 목록이어야 합니다'] }
  }
  const byStem = new Map(postFiles.map((file) => [file.replace(/\.(md|markdown)$/, ''), file]))
  const owner = new Map<string, string>()
  const problems: string[] = []
  const series: ConfirmedSeries[] = []
  for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
    if (!SERIES_ID.test(id)) problems.push(`${id}: 시리즈 id는 글자, 숫자, -, _만 쓸 수 있습니다`)
    const { title, description, posts } = (entry ?? {}) as Record<string, unknown>
    if (typeof title !== 'string' || title.trim() === '') problems.push(`${id}: title이 없습니다`)
    if (description !== undefined && typeof description !== 'string')
      problems.push(`${id}: description은 글자여야 합니다`)
    if (!Array.isArray(posts) || posts.length === 0) {
      problems.push(`${id}: posts에 글 파일 이름을 순서대로 쓰세요`)
      continue
    }
    const files: string[] = []
    for (const name of posts) {
      const file = byStem.get(String(name).replace(/\.(md|markdown)$/, ''))
      if (file === undefined) {
        problems.push(`${id}: _posts에 ${String(name)} 글이 없습니다`)
      } else if (owner.has(file)) {
        problems.push(`${id}: ${file}은(는) 이미 ${owner.get(file)} 시리즈에 있습니다`)
      } else {
        owner.set(file, id)
        files.push(file)
      }
    }
    series.push({
      id,
      title: String(title ?? ''),
      ...(typeof description === 'string' ? { description } : {}),
      posts: files,
    })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, series }
}

/** A post that names its series itself (`series: Kubernetes 입문` in its front matter). */
export interface DeclaringPost {
  /** The post's path in the old site (`_posts/ko/2020-01-01-a.md`): two folders may hold one file name. */
  source: string
  series: string
  publishedAt: string | null
}

/**
 * The series posts name in their own front matter. Jekyll kept the field for the theme to group
 * by; this blog needs a series file, so each name becomes one (`series/<id>.yml` with the name as
 * its title) and its posts are ordered by date, the order such themes list them in. Ids come from
 * the name and never take one in `taken` (series the blog or the `--series` file already has).
 */
export function declaredSeries(posts: readonly DeclaringPost[], taken: ReadonlySet<string>): ConfirmedSeries[] {
  const groups = new Map<string, DeclaringPost[]>()
  for (const post of posts) {
    const title = post.series.trim()
    if (title === '') continue
    groups.set(title, [...(groups.get(title) ?? []), post])
  }
  const used = new Set(taken)
  const result: ConfirmedSeries[] = []
  for (const [title, members] of groups) {
    const base =
      slugifyPretty(title)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}_-]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'series'
    let id = base
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
    used.add(id)
    const ordered = [...members].sort(
      (a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.source.localeCompare(b.source),
    )
    result.push({ id, title, posts: ordered.map((post) => post.source) })
  }
  return result
}
