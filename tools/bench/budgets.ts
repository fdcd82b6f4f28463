// The performance budgets (docs/performance.md), checked against what `npm run bench` measured.
// Each says pass or fail and by how much, so a miss reads as a number rather than a feeling. Build
// budgets are for this 2-core machine and the real-shaped generated posts (generate-posts.ts).
import type { LighthouseResult } from './lighthouse-run'
import { CATEGORIES } from './lighthouse-run'

export interface ScaleRun {
  posts: number
  builtPosts: number
  wallMs: number
  treeBytes: number
  outBytes: number
  /** Where the time went, to say why a time budget missed. */
  stages?: readonly { name: string; wallMs: number; cpuMs: number | null }[]
  /** out/ by kind of file, to say why the size budget missed. */
  outByKind?: Readonly<Record<string, number>>
  /** The largest processes when memory peaked (`next-build 640 MB + …`). */
  memoryAtPeak?: string
}

export interface BudgetInput {
  runs: readonly ScaleRun[]
  /** First-visit JS (gzip) of a generated post page and of the empty Next.js page. */
  postJsGzip?: number
  emptyPageJsGzip?: number
  postCssGzip?: number
  kubeconHtmlGzip?: number
  lighthouse?: readonly LighthouseResult[]
  /** From saving a post to the open page showing it, in `npm run dev`. */
  devEditMs?: number
  /** A second build after one post changed, caches warm. */
  rebuild?: { posts: number; wallMs: number; stages?: ScaleRun['stages'] }
}

/** 1,000 posts cold: the budget, and the moonshot reported beside it. */
export const COLD_1000_MS = 60_000
export const MOONSHOT_1000_MS = 20_000

export interface BudgetResult {
  budget: string
  measured: string
  pass: boolean
  /** "0.8 KB to spare" or "misses by 12 s (13%)". */
  margin: string
  /** For a miss, what the measurement was made of: the largest stages, kinds of file or processes. */
  why?: string
}

const KB = 1024
const MB = 1024 * KB
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`

function compare(
  budget: string,
  value: number,
  limit: number,
  show: (n: number) => string,
  inclusive = false,
): BudgetResult {
  const pass = inclusive ? value <= limit : value < limit
  const gap = Math.abs(limit - value)
  const share = limit === 0 ? '' : ` (${((gap / limit) * 100).toFixed(0)}%)`
  return {
    budget,
    measured: show(value),
    pass,
    margin: pass ? `${show(gap)} to spare` : `misses by ${show(gap)}${share}`,
  }
}

/** The three longest stages (wall time; CPU time when it differs much), e.g. `Next.js static export 120 s`. */
function longestStages(stages: ScaleRun['stages']): string | undefined {
  if (!stages || stages.length === 0) return undefined
  const top = [...stages].sort((a, b) => b.wallMs - a.wallMs).slice(0, 3)
  return `longest stages: ${top
    .map(
      (stage) =>
        `${stage.name} ${seconds(stage.wallMs)}${stage.cpuMs !== null ? ` (CPU ${seconds(stage.cpuMs)})` : ''}`,
    )
    .join(', ')}`
}

/** The three largest kinds of file per post. */
function largestKinds(run: ScaleRun): string | undefined {
  if (!run.outByKind) return undefined
  const top = Object.entries(run.outByKind)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
  return `per post: ${top.map(([kind, bytes]) => `${kind} ${kb(bytes / run.posts)}`).join(', ')}`
}

/** A result with its explanation when it missed. */
function explained(result: BudgetResult, why: string | undefined): BudgetResult {
  return !result.pass && why ? { ...result, why } : result
}

/** Every budget the measurements allow checking; budgets without their measurement are left out. */
export function checkBudgets(input: BudgetInput): BudgetResult[] {
  const results: BudgetResult[] = []
  for (const run of input.runs) {
    const missing = run.posts - run.builtPosts
    results.push({
      budget: `${run.posts} posts: every post builds`,
      measured: `${run.builtPosts} / ${run.posts}`,
      pass: missing === 0,
      margin: missing === 0 ? 'none skipped' : `${missing} missing`,
    })
  }
  const at = (posts: number) => input.runs.find((run) => run.posts === posts)
  const thousand = at(1000)
  const fiveThousand = at(5000)
  if (thousand) {
    const why = longestStages(thousand.stages)
    results.push(
      explained(compare('1,000 posts build cold in at most 60 s', thousand.wallMs, COLD_1000_MS, seconds, true), why),
    )
    results.push(
      explained(
        compare('moonshot: 1,000 posts cold in at most 20 s', thousand.wallMs, MOONSHOT_1000_MS, seconds, true),
        why,
      ),
    )
  }
  if (input.rebuild?.posts === 1000)
    results.push(
      explained(
        compare('1,000 posts, one changed, caches warm: at most 20 s', input.rebuild.wallMs, 20_000, seconds, true),
        longestStages(input.rebuild.stages),
      ),
    )
  if (thousand && fiveThousand) {
    results.push(
      explained(
        compare(
          '5,000 posts cold in at most 5 × the 1,000-post time',
          fiveThousand.wallMs,
          thousand.wallMs * 5,
          seconds,
          true,
        ),
        longestStages(fiveThousand.stages),
      ),
    )
  }
  if (fiveThousand)
    results.push(
      explained(
        compare('peak memory at 5,000 posts under 1.5 GB', fiveThousand.treeBytes, 1.5 * 1024 * MB, mb),
        fiveThousand.memoryAtPeak && `at the peak: ${fiveThousand.memoryAtPeak}`,
      ),
    )
  if (thousand)
    results.push(
      explained(
        compare('1,000 posts: out/ at most 40 KB per post', thousand.outBytes / thousand.posts, 40 * KB, kb, true),
        largestKinds(thousand),
      ),
    )
  if (input.postJsGzip !== undefined && input.emptyPageJsGzip !== undefined) {
    results.push(
      compare(
        `post page JS at most empty Next.js page (${kb(input.emptyPageJsGzip)}) + 10 KB`,
        input.postJsGzip,
        input.emptyPageJsGzip + 10 * KB,
        kb,
        true,
      ),
    )
  }
  if (input.postCssGzip !== undefined)
    results.push(compare('post page CSS under 20 KB gzip', input.postCssGzip, 20 * KB, kb))
  if (input.kubeconHtmlGzip !== undefined)
    results.push(compare('KubeCon part 1 HTML under 16 KB gzip', input.kubeconHtmlGzip, 16 * KB, kb))
  if (input.devEditMs !== undefined)
    results.push(compare('npm run dev shows an edited post within 2 s', input.devEditMs, 2000, seconds))
  for (const result of input.lighthouse ?? []) {
    const page = decodeURI(new URL(result.url).pathname)
    const low = CATEGORIES.filter((category) => result.scores[category] < 100)
    results.push({
      budget: `Lighthouse ${result.formFactor} ${page}: 100 in all four`,
      measured: CATEGORIES.map((category) => result.scores[category]).join(' / '),
      pass: low.length === 0,
      margin:
        low.length === 0
          ? 'all 100'
          : low.map((category) => `${category} ${100 - result.scores[category]} short`).join(', '),
    })
    results.push({
      budget: `Lighthouse ${result.formFactor} ${page}: CLS 0`,
      measured: result.cls.toFixed(3),
      pass: result.cls === 0,
      margin: result.cls === 0 ? 'no shift' : `misses by ${result.cls.toFixed(3)}`,
    })
  }
  return results
}

/** The budgets as a Markdown table; a miss says what the measurement was made of. */
export function budgetTable(results: readonly BudgetResult[]): string[] {
  return [
    '| budget | measured | result | margin | why (for a miss) |',
    '| --- | ---: | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.budget} | ${r.measured} | ${r.pass ? 'PASS' : 'FAIL'} | ${r.margin} | ${r.pass ? '' : (r.why ?? '')} |`,
    ),
  ]
}
