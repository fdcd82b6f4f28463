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

  it('leaves out the budgets a run did not measure, and judges the rebuild only at 1,000 posts', () => {
    const budgets = checkBudgets({ runs: [run(100, 20_000, 500, 80)], rebuild: { posts: 100, wallMs: 5_000 } }).map(
      (r) => r.budget,
    )
    expect(budgets).toEqual(['100 posts: every post builds'])
  })
})
