import type { ConfirmedSeries, SeriesCandidate } from './series'
import { formatSeriesSuggestion } from './series'

/** One thing the import did or found, where a person can look at it (`file:line`). */
export interface ReportItem {
  file: string
  line: number
  message: string
}

export interface FileOutcome {
  created: string[]
  updated: string[]
  unchanged: number
  /** Files that already existed with other content and were left alone (no --overwrite). */
  kept: string[]
}

export interface ImportReport {
  source: string
  target: string
  posts: number
  drafts: string[]
  renamed: { from: string; to: string }[]
  pages: { file: string; url: string; legacyPath: string | null }[]
  authors: string[]
  assets: string[]
  /** Files a plugin wrote into the old build with no source file (`/redirects.json`), copied from there. */
  builtFiles: string[]
  frontMatter: ReportItem[]
  /** Plain files of the old site changed on the way so the blog's build takes them (scripts, a missing head). */
  repairedFiles: ReportItem[]
  unknownFields: ReportItem[]
  droppedFields: ReportItem[]
  liquid: ReportItem[]
  links: ReportItem[]
  sameTime: string[][]
  tagVariants: string[][]
  /** Confirmed with `--series`; declared by the posts' own `series:` field (tools/jekyll/series.ts declaredSeries). */
  series: { confirmed: ConfirmedSeries[]; declared: ConfirmedSeries[]; candidates: SeriesCandidate[] }
  skipped: ReportItem[]
  needsHuman: ReportItem[]
  files: FileOutcome
  /** The zone the old site read dates in, written into every imported date as an offset. */
  timeZone: { zone: string; fromConfig: boolean } | null
  /** Old URLs that now answer with a redirect page (posts with another permalink, paginator, feeds). */
  redirects: { from: string; to: string }[]
  /**
   * The editions the posts' languages call for (tools/jekyll/editions.ts): the first edition's
   * language and where it came from, and each other language's folder. Null: one edition.
   */
  editions: {
    site: string
    from: 'addresses' | 'config' | 'posts'
    editions: { locale: string; path: string; posts: number }[]
  } | null
  /** Translations paired with their originals (`translation_of` written), each at its line. */
  translations: ReportItem[]
  /** The old feeds read; `otherFeeds`: feeds that named posts otherwise and keep their own ids at their address. */
  feedIds: { source: string; kept: number; otherFeeds?: string[] } | null
}

/** An empty report for a site, filled in by the planner and then by the writer. */
export function createReport(source: string, target: string): ImportReport {
  return {
    source,
    target,
    posts: 0,
    drafts: [],
    renamed: [],
    pages: [],
    authors: [],
    assets: [],
    builtFiles: [],
    frontMatter: [],
    repairedFiles: [],
    unknownFields: [],
    droppedFields: [],
    liquid: [],
    links: [],
    sameTime: [],
    tagVariants: [],
    series: { confirmed: [], declared: [], candidates: [] },
    skipped: [],
    needsHuman: [],
    files: { created: [], updated: [], unchanged: 0, kept: [] },
    timeZone: null,
    redirects: [],
    feedIds: null,
    editions: null,
    translations: [],
  }
}

const at = (item: ReportItem) => `${item.file}:${item.line}: ${item.message}`

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `■ ${title}`, ...lines.map((line) => `  ${line}`)]
}

/** Whether writing the import changed anything on disk (or, in a dry run, would). */
export function changedAnything(report: ImportReport): boolean {
  return report.files.created.length + report.files.updated.length > 0
}

/** One of the report's three outcomes (or its notes), above the sections that make it up. */
function part(title: string, sections: readonly string[][]): string[] {
  const lines = sections.flat()
  return lines.length === 0 ? [] : ['', `━━ ${title}`, ...lines]
}

/** How many items each outcome counts (outcomeCounts), so the parts' titles and the summary agree. */
function outcomes(report: ImportReport): { converted: number; repaired: number; needsPerson: number } {
  return {
    converted: report.liquid.length + report.links.length + report.translations.length,
    repaired:
      report.frontMatter.length + report.repairedFiles.length + report.droppedFields.length + report.renamed.length,
    needsPerson: report.needsHuman.length,
  }
}

/**
 * The report as people read it at the end of `npm run import:jekyll`, in Korean: a summary, then the
 * three outcomes apart (converted, repaired with what and why, what needs a person), each item with
 * its file and line, then notes that ask nothing of anyone.
 */
export function formatReport(report: ImportReport, options: { dryRun: boolean }): string {
  const { files } = report
  const would = options.dryRun ? ' (미리 보기: 아무것도 쓰지 않았습니다)' : ''
  const seriesCount = report.series.confirmed.length + report.series.declared.length
  const count = outcomes(report)
  const lines = [
    `Jekyll 가져오기 보고서: ${report.source} → ${report.target}${would}`,
    ...section('요약', [
      `글 ${report.posts}개 (초안 ${report.drafts.length}개는 가져왔지만 발행되지 않습니다), 페이지 ${report.pages.length}개, 글쓴이 ${report.authors.length}명, 시리즈 ${seriesCount}개, 자산 파일 ${report.assets.length}개`,
      `파일: 새로 만듦 ${files.created.length}, 바뀜 ${files.updated.length}, 그대로 ${files.unchanged}, 내용이 달라 그대로 둠 ${files.kept.length}`,
      ...outcomeCounts(report),
    ]),
    ...part(`1. 변환 (${count.converted}건): 이 블로그에 같은 것이 있어 옛 사이트가 보여 준 그대로 옮겼습니다`, [
      section(`Liquid 변환 (${report.liquid.length})`, report.liquid.map(at)),
      section(`링크 (${report.links.length})`, report.links.map(at)),
      section(
        `번역: 같은 글의 다른 언어판을 원문에 이었습니다 (${report.translations.length})`,
        report.translations.map(at),
      ),
    ]),
    ...part(`2. 고침 (${count.repaired}건): 이 블로그의 규칙이 Jekyll보다 엄격해 바꿨습니다 (무엇을 왜)`, [
      section(
        '이름을 바꾼 글 (.markdown, .html → .md, 주소는 그대로)',
        report.renamed.map((r) => `${r.from} → ${r.to}`),
      ),
      section(`front matter 고침 (${report.frontMatter.length})`, report.frontMatter.map(at)),
      section(`고친 파일: 블로그 빌드가 받도록 (${report.repairedFiles.length})`, report.repairedFiles.map(at)),
      section(`버린 항목 (${report.droppedFields.length})`, report.droppedFields.map(at)),
    ]),
    ...part(`3. 사람이 확인할 것 (${count.needsPerson}건): 옮기지 못했거나 옛 사이트에서도 깨져 있던 것`, [
      section(`사람이 확인할 것 (${report.needsHuman.length})`, report.needsHuman.map(at)),
    ]),
    ...part('참고: 할 일은 없습니다', [
      section(
        '언어별 판 (site.config.mjs의 editions)',
        report.editions === null
          ? []
          : [
              `첫 판: ${report.editions.site} (${{ addresses: '다른 언어가 저마다 언어 폴더(/en/…)에 있고 이 언어만 그 밖에 있던 옛 주소', config: '_config.yml의 lang', posts: '_config.yml에 lang이 없어 가장 많은 글의 언어' }[report.editions.from]}), 사이트 루트`,
              ...report.editions.editions.map(
                (edition) =>
                  `${edition.locale}: /${edition.path}/ 아래 (글 ${edition.posts}개, 글 주소는 /${edition.path}/<slug>/이고 옛 주소는 그대로 답합니다)`,
              ),
            ],
      ),
      section(
        '시간대',
        report.timeZone === null
          ? []
          : [
              `옛 사이트는 날짜를 ${report.timeZone.zone}${report.timeZone.fromConfig ? ' (_config.yml의 timezone)' : ' (_config.yml에 timezone이 없어 GitHub Pages처럼 UTC)'}로 읽었습니다: 모든 date에 이 시간대의 오프셋을 붙여 같은 시각을 지킵니다`,
            ],
      ),
      section(
        '피드 id',
        report.feedIds === null
          ? []
          : [
              `${report.feedIds.source}의 id(guid)를 글 ${report.feedIds.kept}개의 feed_id에 그대로 옮겼습니다: 구독자에게 새 글로 다시 보이지 않습니다`,
              ...(report.feedIds.otherFeeds ?? []).map(
                (feed) =>
                  `${feed}: 같은 글을 첫 피드와 다른 id로 불렀던 피드라, 그 주소의 피드에는 옛 id를 그대로 씁니다 (legacy-urls.yml의 feed_ids)`,
              ),
            ],
      ),
      section(
        `옛 주소 → 새 주소 (리다이렉트 페이지, ${report.redirects.length})`,
        report.redirects.map((r) => `${r.from} → ${r.to}`),
      ),
      section(
        `블로그가 쓰지 않는 항목: 남겨 두었지만 페이지에 보이지 않습니다 (${report.unknownFields.length})`,
        report.unknownFields.map(at),
      ),
      section(
        '페이지',
        report.pages.map(
          (p) => `${p.url} ← ${p.file}${p.legacyPath ? ` (옛 주소 ${p.legacyPath}는 새 주소로 보냅니다)` : ''}`,
        ),
      ),
      section(`자산 파일: 옛 사이트에서 같은 경로로 복사 (${report.assets.length})`, report.assets),
      section(
        `플러그인이 만든 파일: 원본이 없어 옛 빌드에서 같은 경로로 복사 (${report.builtFiles.length})`,
        report.builtFiles,
      ),
      section('초안 (published: false 또는 draft: true, 빌드에 들어가지 않음)', report.drafts),
      section(
        '같은 시각에 발행된 글 (목록에서는 주소 순서로 보입니다)',
        report.sameTime.map((group) => group.join(', ')),
      ),
      section(
        '대소문자만 다른 태그 (한 태그로 모입니다)',
        report.tagVariants.map((group) => group.join(' = ')),
      ),
      section(
        '확정한 시리즈 (--series)',
        report.series.confirmed.map((s) => `${s.id}: ${s.title} (${s.posts.length}편)`),
      ),
      section(
        '글이 series: 항목으로 밝힌 시리즈 (시리즈 파일을 만들고 날짜 순으로 묶었습니다)',
        report.series.declared.map((s) => `${s.id}: ${s.title} (${s.posts.length}편)`),
      ),
      seriesCandidates(report.series.candidates),
      section(`가져오지 않은 파일 (${report.skipped.length})`, report.skipped.map(at)),
    ]),
    '',
    changedAnything(report)
      ? `${options.dryRun ? '쓸' : '쓰거나 바꾼'} 파일 ${files.created.length + files.updated.length}개.`
      : '바뀐 파일이 없습니다: 이미 가져온 내용과 같습니다.',
  ]
  return `${lines.join('\n')}\n`
}

/**
 * The three kinds of outcome, each counted once: converted (Liquid and links that have an equivalent
 * here), repaired (front matter, fields and files changed so the blog takes them, each with what and
 * why below), and what needs a person (the last part, which nothing else counts).
 */
export function outcomeCounts(report: ImportReport): string[] {
  const { converted, repaired, needsPerson } = outcomes(report)
  return [
    `변환 ${converted}건, 고침 ${repaired}건 (무엇을 왜 고쳤는지는 아래 2번), 사람이 확인할 것 ${needsPerson}건 (아래 3번)`,
  ]
}

function seriesCandidates(candidates: readonly SeriesCandidate[]): string[] {
  if (candidates.length === 0) return []
  const described = candidates.map((c) => {
    const doubts = c.doubts.length > 0 ? ` — 확인: ${c.doubts.join('; ')}` : ''
    return `${c.id}: ${c.title} — ${c.posts.map((p) => `${p.part}편 ${p.file}`).join(', ')}${doubts}`
  })
  const yaml = formatSeriesSuggestion(candidates).trimEnd().split('\n')
  return [
    ...section('시리즈 후보 (확정하지 않으면 시리즈로 묶지 않습니다)', described),
    '  확정하려면 아래를 파일로 저장해 맞는 것만 남기고 고친 뒤 --series <파일>로 다시 실행하세요:',
    ...yaml.map((line) => `    ${line}`),
  ]
}
