import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BuildContext } from './context'
import { StageClock } from './processes/stage-clock'
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

describe('the extra public files stage', () => {
  it('names the file and the address when an extra file would replace one the blog writes (llms.txt)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'extra-public-'))
    const stagingDir = path.join(root, '.out-staging')
    const extraPublicDir = path.join(root, 'imported')
    mkdirSync(stagingDir)
    mkdirSync(extraPublicDir)
    writeFileSync(path.join(stagingDir, 'llms.txt'), '# 블로그\n')
    writeFileSync(path.join(extraPublicDir, 'llms.txt'), '# 옛 사이트\n')
    const stage = STAGES.find((candidate) => candidate.name === 'Extra public files')
    const context = { root, stagingDir, extraPublicDir, clock: new StageClock() } as unknown as BuildContext
    try {
      expect(() => stage?.run(context)).toThrow(
        'imported/llms.txt: 블로그가 같은 주소 /llms.txt에 이미 페이지나 파일을 씁니다',
      )
      expect(readFileSync(path.join(stagingDir, 'llms.txt'), 'utf8')).toBe('# 블로그\n')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
