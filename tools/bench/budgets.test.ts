import { describe, expect, it } from 'vitest'
import { budgetTable, checkBudgets, type ScaleRun } from './budgets'

const MB = 1024 * 1024
const run = (posts: number, wallMs: number, treeMb: number, outKbPerPost: number): ScaleRun => ({
  posts,
  builtPosts: posts,
  wallMs,
  treeBytes: treeMb * MB,
  outBytes: outKbPerPost * 1024 * posts,
})

describe('checkBudgets', () => {
  it('judges the build budgets at 1,000 and 5,000 posts, with the margin of each', () => {
    const results = checkBudgets({
      runs: [run(1000, 48_000, 900, 38), run(5000, 300_000, 1700, 36)],
      rebuild: { posts: 1000, wallMs: 12_000 },
      devEditMs: 2_500,
    })
    const byName = Object.fromEntries(results.map((r) => [r.budget, r]))
    expect(byName['1,000 posts build cold in at most 60 s']).toMatchObject({ pass: true, margin: '12.0 s to spare' })
    expect(byName['moonshot: 1,000 posts cold in at most 20 s']).toMatchObject({ pass: false })
    expect(byName['1,000 posts, one changed, caches warm: at most 20 s']?.pass).toBe(true)
    // 300 s against 5 × 48 s = 240 s.
    expect(byName['5,000 posts cold in at most 5 × the 1,000-post time']).toMatchObject({
      pass: false,
      margin: 'misses by 60.0 s (25%)',
    })
    expect(byName['peak memory at 5,000 posts under 1.5 GB']?.pass).toBe(false)
    expect(byName['1,000 posts: out/ at most 40 KB per post']).toMatchObject({ pass: true, measured: '38.0 KB' })
    expect(byName['npm run dev shows an edited post within 2 s']?.pass).toBe(false)
    expect(budgetTable(results).filter((line) => line.includes('| FAIL |'))).toHaveLength(4)
  })

  it('says what a missed budget was made of: the longest stages, the largest files, the largest processes', () => {
    const cold: ScaleRun = {
      ...run(1000, 240_000, 900, 100),
      stages: [
        { name: 'Content check', wallMs: 50_000, cpuMs: 85_000 },
        { name: 'Font subset', wallMs: 3_000, cpuMs: 3_000 },
        { name: 'Next.js static export', wallMs: 120_000, cpuMs: 130_000 },
        { name: 'Social images', wallMs: 99_000, cpuMs: null },
      ],
      outByKind: { HTML: 57 * MB, 'Search index': 17 * MB, Feeds: 3 * MB, 'Markdown twins': 20 * MB },
    }
    const big: ScaleRun = { ...run(5000, 1_000_000, 2000, 100), memoryAtPeak: 'next-build 900 MB + worker 600 MB' }
    const results = checkBudgets({ runs: [cold, big] })
    const byName = Object.fromEntries(results.map((r) => [r.budget, r]))
    expect(byName['1,000 posts build cold in at most 60 s']?.why).toBe(
      'longest stages: Next.js static export 120.0 s (CPU 130.0 s), Social images 99.0 s, Content check 50.0 s (CPU 85.0 s)',
    )
    expect(byName['1,000 posts: out/ at most 40 KB per post']?.why).toBe(
      'per post: HTML 58.4 KB, Markdown twins 20.5 KB, Search index 17.4 KB',
    )
    expect(byName['peak memory at 5,000 posts under 1.5 GB']?.why).toBe(
      'at the peak: next-build 900 MB + worker 600 MB',
    )
    // A budget met needs no reason.
    expect(byName['1,000 posts: every post builds']?.why).toBeUndefined()
    const table = budgetTable(results)
    expect(table.find((line) => line.startsWith('| 1,000 posts build cold'))).toMatch(
      /\| FAIL \| misses by .* \| longest stages: /,
    )
  })

  it('leaves out the budgets a run did not measure, and judges the rebuild only at 1,000 posts', () => {
    const budgets = checkBudgets({ runs: [run(100, 20_000, 500, 80)], rebuild: { posts: 100, wallMs: 5_000 } }).map(
      (r) => r.budget,
    )
    expect(budgets).toEqual(['100 posts: every post builds'])
  })
})
