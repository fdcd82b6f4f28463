import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STAGES } from './stages'

describe('the stage list', () => {
  it('says of every stage what it reads and writes', () => {
    for (const stage of STAGES) {
      expect(stage.reads.trim(), stage.name).not.toBe('')
      expect(stage.writes.trim(), stage.name).not.toBe('')
    }
    expect(new Set(STAGES.map((stage) => stage.name)).size).toBe(STAGES.length)
  })

  it('is the table of docs/architecture.md, in the same order', () => {
    const guide = readFileSync('docs/architecture.md', 'utf8')
    const rows = [...guide.matchAll(/^\| (\d+) \| ([^|]+) \|/gm)].map((row) => [Number(row[1]), row[2]?.trim()])
    expect(rows).toEqual(STAGES.map((stage, index) => [index + 1, stage.name]))
  })
})
